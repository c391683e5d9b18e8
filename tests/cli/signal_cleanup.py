#!/usr/bin/env python3
"""A run stopped by SIGINT or SIGTERM while it writes -o OUT leaves neither
OUT nor its temporary file OUT.XXXXXX, and dies of that signal (a shell
sees 128 + signal), as an interrupted tool should.

    signal_cleanup.py NEWSKG WORKDIR

The input is a pipe the test keeps open, so the run is caught mid-read,
after the temporary file was made.
"""
import os
import shutil
import signal
import subprocess
import sys
import time

exe, work = sys.argv[1], sys.argv[2]
problems = []
for sig in (signal.SIGTERM, signal.SIGINT):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = os.path.join(work, "out.ttl")
    proc = subprocess.Popen([exe, "extract", "-q", "-o", out, "-"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(b"Vladimir Putin met Xi Jinping in Moscow.\n")
    proc.stdin.flush()
    deadline = time.time() + 20
    while not os.listdir(work) and time.time() < deadline:
        time.sleep(0.05)
    if not os.listdir(work):
        problems.append("%s: no temporary file appeared" % sig.name)
    proc.send_signal(sig)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        problems.append("%s: the run did not stop" % sig.name)
    proc.stdin.close()
    proc.stderr.close()
    if proc.returncode != -sig:
        problems.append("%s: exit %s, want death by the signal (%d)"
                        % (sig.name, proc.returncode, -sig))
    left = os.listdir(work)
    if left:
        problems.append("%s: left behind %s" % (sig.name, left))
shutil.rmtree(work, ignore_errors=True)
if problems:
    print("FAIL: " + "; ".join(problems))
    sys.exit(1)
print("ok: SIGTERM and SIGINT remove the temporary file and re-raise")

#!/usr/bin/env python3
"""newskg extract with no FILE and a terminal on standard input must say on
stderr that it reads standard input (it used to wait in silence), and read
what is typed up to Ctrl-D.  A pseudo-terminal stands in for the user's.

    tty_stdin.py NEWSKG
"""
import os
import pty
import select
import subprocess
import sys
import time

exe = sys.argv[1]
master, slave = pty.openpty()
# stdin and stderr on the terminal (the note needs both), stdout a pipe
proc = subprocess.Popen([exe, "extract", "-f", "ntriples", "--today", "2024-06-01"],
                        stdin=slave, stderr=slave, stdout=subprocess.PIPE)
os.close(slave)
seen = b""
deadline = time.time() + 20
while b"standard input" not in seen and time.time() < deadline:
    r, _, _ = select.select([master], [], [], 0.5)
    if r:
        try:
            seen += os.read(master, 4096)
        except OSError:
            break
ok_note = b"newskg: reading standard input" in seen
# type an article and end it
os.write(master, b"Vladimir Putin met Xi Jinping in Moscow.\n")
time.sleep(0.2)
os.write(master, b"\x04")
try:
    out, _ = proc.communicate(timeout=30)
except subprocess.TimeoutExpired:
    proc.kill()
    print("FAIL: newskg did not end on Ctrl-D")
    sys.exit(1)
os.close(master)
problems = []
if not ok_note:
    problems.append("no 'reading standard input' note on stderr: %r" % seen)
if proc.returncode != 0:
    problems.append("exit status %d" % proc.returncode)
if b"Q7747" not in out:  # Putin, from the typed text
    problems.append("the typed article was not extracted")
if problems:
    print("FAIL: " + "; ".join(problems))
    sys.exit(1)
print("ok: note shown, typed article extracted")

#!/usr/bin/env python3
"""Run `newskg extract -f nquads` over a corpus on a Dask cluster.

    newskg_dask.py --scheduler tcp://HOST:PORT [--newskg PATH] [--shard-size N]
                   [-o OUT] INPUT... [-- NEWSKG-OPTIONS...]

Splits the inputs into shards, runs newskg on each shard on the workers and
writes the shards' N-Quads to OUT (or stdout) in input order.  N-Quads put
each document in its own named graph and newskg derives every IRI from the
document alone, so the concatenation holds the quads one local run gives
(`ctest -R cluster` checks it, also with a worker killed mid-run).

Inputs:
  FILE.jsonl   split into shards of N records.  Each shard is a file of the
               same name in which the records keep their line numbers (the
               lines before them are left empty), so a record without id
               or url gets the IRI a local run gives it (<file>-<line>).
  DIRECTORY    its files (those newskg reads: .txt .html .htm .jsonl .warc,
               also .gz), N per shard, copied with their paths relative to
               the directory into a directory of the same name.
  other FILE   N per shard, each under its own name.

The shards travel to the workers as task arguments, so workers need no
shared file system, only a `newskg` on their PATH (or --newskg).  A shard
is a pure function of its input: when a worker dies, Dask runs its shards
again elsewhere and the result is the same.  Options after `--` go to every
`newskg extract` (e.g. --today 2024-06-01, -g extra.tsv; a -g file must
exist on the workers).  Exit status as newskg's: 0, 1 when a shard reported
a bad document (its other documents are still written), 2 for usage.

Needs Python 3 with `distributed` (Debian: python3-distributed).
"""
import argparse
import os
import subprocess
import sys
import tempfile

TAKEN = ('.txt', '.html', '.htm', '.jsonl', '.warc')


def newskg_reads(name):
    """Whether newskg's directory walk takes this file (README, Corpora)."""
    if name.startswith('.'):
        return False
    if name.endswith('.gz'):
        name = name[:-3]
    return name.endswith(TAKEN)


def jsonl_shards(path, size):
    """Shards of a JSON Lines file: (name, lines) with blank lines in front
    of each record so it keeps its line number."""
    name = os.path.basename(path)
    with open(path, 'rb') as f:
        lines = f.read().split(b'\n')
    if lines and lines[-1] == b'':
        lines.pop()
    records = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(0, len(records), size):
        first, last = records[k], records[min(k + size, len(records)) - 1]
        body = b'\n' * first + b'\n'.join(lines[first:last + 1]) + b'\n'
        yield ('jsonl', [(name, body)])


def walk(top):
    """Files newskg takes from a directory, in its order (names as bytes)."""
    out = []
    for entry in sorted(os.listdir(os.fsencode(top))):
        if entry.startswith(b'.'):
            continue
        path = os.path.join(os.fsencode(top), entry)
        if os.path.isdir(path):
            out += [os.path.join(entry, sub) for sub in walk(path)]
        elif newskg_reads(os.fsdecode(entry)):
            out.append(entry)
    return out


def directory_shards(top, size):
    base = os.path.basename(os.path.normpath(top))
    files = walk(top)
    for k in range(0, len(files), size):
        members = []
        for rel in files[k:k + size]:
            with open(os.path.join(os.fsencode(top), rel), 'rb') as f:
                members.append((os.path.join(base, os.fsdecode(rel)), f.read()))
        yield ('dir:' + base, members)


def file_shards(paths, size):
    for k in range(0, len(paths), size):
        members = []
        for p in paths[k:k + size]:
            with open(p, 'rb') as f:
                members.append((os.path.basename(p), f.read()))
        yield ('files', members)


def shards_of(inputs, size):
    """Every shard of the inputs, in input order."""
    loose = []
    out = []
    for path in inputs:
        if os.path.isdir(path):
            out += file_shards(loose, size)
            loose = []
            out += directory_shards(path, size)
        elif path.endswith('.jsonl'):
            out += file_shards(loose, size)
            loose = []
            out += jsonl_shards(path, size)
        else:
            loose.append(path)
    out += file_shards(loose, size)
    return out


def run_shard(newskg, options, shard, timeout):
    """On a worker: write the shard to a temporary directory, run newskg on
    it, return (exit status, N-Quads, stderr).  Pure: the same shard gives
    the same bytes, whichever worker and however often it runs."""
    kind, members = shard
    with tempfile.TemporaryDirectory(prefix='newskg-shard-') as tmp:
        for rel, body in members:
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(body)
        if kind.startswith('dir:'):
            args = [os.path.join(tmp, kind[4:])]
        else:
            args = [os.path.join(tmp, rel) for rel, _ in members]
        proc = subprocess.run(
            [newskg, 'extract', '-f', 'nquads', '-q'] + list(options) + args,
            stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    # Temporary paths in messages would differ from run to run.
    err = proc.stderr.replace(os.fsencode(tmp + os.sep), b'')
    return proc.returncode, proc.stdout, err


def submit(client, shards, newskg, options, timeout):
    """One task per shard, each with its own key so a rerun replaces and
    never adds to it."""
    return [client.submit(run_shard, newskg, options, s, timeout,
                          key='newskg-shard-%06d' % i, pure=False)
            for i, s in enumerate(shards)]


def gather(futures, out, timeout):
    """Writes the shards' N-Quads in order; returns the worst exit status."""
    from distributed import wait
    done = wait(futures, timeout=timeout)
    if done.not_done:
        raise TimeoutError('%d shards not done after %s s' % (len(done.not_done), timeout))
    status = 0
    for f in futures:
        rc, quads, err = f.result()
        out.write(quads)
        if err:
            sys.stderr.buffer.write(err)
        status = max(status, rc)
    return status


def main(argv):
    if '--' in argv:
        cut = argv.index('--')
        argv, options = argv[:cut], argv[cut + 1:]
    else:
        options = []
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--scheduler', required=True, help='scheduler address, tcp://HOST:PORT')
    ap.add_argument('--newskg', default='newskg', help='newskg on the workers (default: PATH)')
    ap.add_argument('--shard-size', type=int, default=100,
                    help='records or files per shard (default 100)')
    ap.add_argument('--timeout', type=float, default=3600,
                    help='seconds for the whole run (default 3600)')
    ap.add_argument('-o', '--output', help='N-Quads file (default: stdout)')
    ap.add_argument('inputs', nargs='+')
    a = ap.parse_args(argv)
    if a.shard_size < 1:
        ap.error('--shard-size must be at least 1')
    from distributed import Client
    shards = shards_of(a.inputs, a.shard_size)
    with Client(a.scheduler, timeout=60) as client:
        futures = submit(client, shards, a.newskg, options, a.timeout)
        if a.output:
            # like newskg -o: the file appears only when every shard is in
            tmp = a.output + '.part'
            try:
                with open(tmp, 'wb') as out:
                    rc = gather(futures, out, a.timeout)
                os.replace(tmp, a.output)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        else:
            rc = gather(futures, sys.stdout.buffer, a.timeout)
    return rc


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

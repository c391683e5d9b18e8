#!/usr/bin/env python3
"""Run `newskg extract -f nquads` over a corpus on a Dask cluster.

    newskg_dask.py --scheduler tcp://HOST:PORT [--newskg PATH] [--shard-size N]
                   [--window N] [--timeout S] [-o OUT] INPUT... [-- NEWSKG-OPTIONS...]

Splits the inputs into shards, runs newskg on each shard on the workers and
writes the shards' N-Quads to OUT (or stdout) in input order.  N-Quads put
each document in its own named graph and newskg derives every IRI from the
document alone, so the concatenation holds the quads one local run gives
(`ctest -R cluster` checks it, also with a worker killed mid-run).

Inputs:
  FILE.jsonl   (or .ndjson) split into shards of N records.  Each shard is a file of the
               same name in which the records keep their line numbers (the
               lines before them are left empty), so a record without id
               or url gets the IRI a local run gives it (<file>-<line>).
  DIRECTORY    its files (those newskg reads: .txt .html .htm .jsonl .warc
               and the like, also .gz), N per shard, copied with their paths
               relative to the directory into a directory of the same name;
               a JSON Lines or WARC file in it goes whole into one shard.
  other FILE   N per shard, each under its own name (.jsonl.gz and WARC
               files go whole: unpack JSON Lines to have them split).

The shards travel to the workers as task arguments, so workers need no
shared file system, only a `newskg` on their PATH (or --newskg).  Shards
are read as they are sent, and at most --window of them are in flight, so
the driver's memory stays bounded however large the corpus.  A shard
is a pure function of its input: when a worker dies, Dask runs its shards
again elsewhere and the result is the same.  Options after `--` go to every
`newskg extract` (e.g. --today 2024-06-01, -g extra.tsv; a -g file must
exist on the workers).  Exit status as newskg's: 0, 1 when a shard reported
a bad document (its other documents are still written), 2 for usage.

Needs Python 3 with `distributed` (Debian: python3-distributed).
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
import uuid

# The names newskg's directory walk takes, case aside (its reader.c).
TAKEN = ('.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.warc')


def newskg_reads(name):
    """Whether newskg's directory walk takes this file."""
    if name.startswith('.'):
        return False
    name = name.lower()
    if name.endswith('.gz'):
        name = name[:-3]
    return name.endswith(TAKEN)


def is_jsonl(path):
    """A JSON Lines file the driver splits (compressed ones go whole)."""
    return path.lower().endswith(('.jsonl', '.ndjson')) and not os.path.isdir(path)


def jsonl_shards(path, size):
    """Shards of a JSON Lines file, read as they are needed: each is the
    file's name and its next `size` records, with empty lines in front so
    that every record keeps its line number (how newskg names a record
    without id or url).  Blank lines are no records: newskg skips them."""
    name = os.path.basename(path)
    with open(path, 'rb') as f:
        first, lines, n = 0, [], 0
        for lineno, line in enumerate(f):
            if not lines:
                if not line.strip():
                    continue  # before the shard's first record
                first = lineno
            lines.append(line if line.endswith(b'\n') else line + b'\n')
            if line.strip():
                n += 1
                if n == size:
                    yield ('jsonl', [(name, b'\n' * first + b''.join(lines))])
                    lines, n = [], 0
        if n:
            yield ('jsonl', [(name, b'\n' * first + b''.join(lines))])


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
    """Loose files, `size` per shard, each in a directory of its own so two
    of the same name (from different directories) both stay."""
    for k in range(0, len(paths), size):
        members = []
        for j, p in enumerate(paths[k:k + size]):
            with open(p, 'rb') as f:
                members.append((os.path.join(str(j), os.path.basename(p)), f.read()))
        yield ('files', members)


def shards_of(inputs, size):
    """Every shard of the inputs, in input order, each read only when it is
    asked for (a generator)."""
    loose = []
    for path in inputs:
        if os.path.isdir(path) or is_jsonl(path):
            yield from file_shards(loose, size)
            loose = []
            if os.path.isdir(path):
                yield from directory_shards(path, size)
            else:
                yield from jsonl_shards(path, size)
        else:
            loose.append(path)
    yield from file_shards(loose, size)


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
        try:
            proc = subprocess.run(
                [newskg, 'extract', '-f', 'nquads', '-q'] + list(options) + args,
                stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            # newskg missing on this worker, or stuck: the shard fails
            # (reported, exit 1), the run goes on
            names = ', '.join(rel for rel, _ in members)
            return 1, b'', ('newskg: shard of %s: %s\n' % (names, e)).encode()
    # Temporary paths in messages would differ from run to run.
    err = proc.stderr.replace(os.fsencode(tmp + os.sep), b'')
    return proc.returncode, proc.stdout, err


def run(client, shards, newskg, options, out, timeout, window):
    """Runs the shards on the cluster and writes their N-Quads to `out` in
    order; returns the worst exit status.  At most `window` shards are in
    flight (submitted, not yet written), so the driver holds a bounded part
    of the corpus however large it is.  Each task has its own key, so a
    shard that Dask reruns after a worker died replaces, never adds to,
    its first run."""
    run_id = uuid.uuid4().hex[:12]
    deadline = time.monotonic() + timeout
    pending = collections.deque()
    numbered = enumerate(shards)
    status = 0
    while True:
        for i, shard in numbered:
            pending.append(client.submit(run_shard, newskg, options, shard, timeout,
                                         key='newskg-%s-%06d' % (run_id, i), pure=False))
            if len(pending) >= window:
                break
        if not pending:
            return status
        future = pending.popleft()
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError('the run took longer than %s s' % timeout)
        rc, quads, err = future.result(timeout=left)
        future.release()
        out.write(quads)
        if err:
            sys.stderr.buffer.write(err)
            sys.stderr.flush()
        status = max(status, rc)


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
    ap.add_argument('--timeout', type=float, default=86400,
                    help='seconds for the whole run, and for one shard (default 86400)')
    ap.add_argument('--window', type=int, default=0,
                    help='shards in flight at most (default: 4 per worker thread)')
    ap.add_argument('-o', '--output', help='N-Quads file (default: stdout)')
    ap.add_argument('inputs', nargs='+')
    a = ap.parse_args(argv)
    if a.shard_size < 1:
        ap.error('--shard-size must be at least 1')
    from distributed import Client
    with Client(a.scheduler, timeout=60) as client:
        window = a.window or 4 * max(1, sum(client.nthreads().values()))
        shards = shards_of(a.inputs, a.shard_size)
        if not a.output:
            return run(client, shards, a.newskg, options, sys.stdout.buffer, a.timeout, window)
        # like newskg -o: the file appears only when every shard is in
        tmp = a.output + '.part'
        try:
            with open(tmp, 'wb') as out:
                rc = run(client, shards, a.newskg, options, out, a.timeout, window)
            os.replace(tmp, a.output)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return rc


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

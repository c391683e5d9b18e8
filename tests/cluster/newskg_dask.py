#!/usr/bin/env python3
"""Run `newskg extract -f nquads` over a corpus on a Dask cluster.

    newskg_dask.py --scheduler tcp://HOST:PORT [--newskg PATH] [--shard-size N]
                   [--window N] [--timeout S] [-o OUT] INPUT... [-- NEWSKG-OPTIONS...]

Splits the inputs into shards, runs newskg on each shard on the workers and
writes the shards' N-Quads to OUT (or stdout) in input order.  N-Quads put
each document in its own named graph and newskg derives every IRI from the
document alone, so the concatenation holds the quads one local run gives
(`ctest -R cluster` checks it, also with a worker killed mid-run).

Paths: a file's document IRI is its path as given (newskg --help), so the
driver keeps every path as you gave it.  A worker recreates the shard's
paths under a temporary directory and runs newskg there, as cwd, on the
same arguments: the IRIs are those of `newskg extract` run from the
directory you run the driver from.  `..` works (the worker recreates as
many of your directory's last components as the paths climb).  Absolute
paths are refused with a one-line error (exit 2): the IRI would be the
absolute path, which a worker can only recreate by writing there; give
paths relative to a directory you `cd` into.  Standard input is refused
too.

Inputs:
  FILE.jsonl   (or .ndjson) split into shards of N records.  Each shard is the
               file under its path, in which the records keep their line
               numbers (the lines before them are left empty), so a record
               without id or url gets the IRI a local run gives it
               (<path>-<line>).
  DIRECTORY    its files (those newskg's walk takes: .txt .html .htm .jsonl
               .warc and the like, also .gz; names starting with '.', special
               files and links to directories, unless --follow-links is among
               the newskg options, skipped), N per shard, each under the path
               the walk names it (DIRECTORY/sub/x.txt); the worker runs newskg
               on DIRECTORY.  A JSON Lines or WARC file in it goes whole into
               one shard.
  other FILE   N per shard, each under its path (.jsonl.gz and WARC files go
               whole: unpack JSON Lines to have them split).
As in newskg, no file or directory is read twice, however it is reached
(the same device and inode).

The shards travel to the workers as task arguments, so workers need no
shared file system, only a `newskg` on their PATH (or --newskg).  Shards
are read as they are sent, and at most --window of them are in flight, so
the driver's memory stays bounded however large the corpus.  A shard
is a pure function of its input: when a worker dies, Dask runs its shards
again elsewhere and the result is the same.  Options after `--` go to every
`newskg extract` (e.g. --today 2024-06-01, -g extra.tsv; a -g or
--syntax-model file must exist on the workers, a relative one in the
worker's own directory).  Exit status as newskg's: 0, 1 when a shard reported
a bad document (its other documents are still written), 2 for usage.

Needs Python 3 with `distributed` (Debian: python3-distributed).
"""
import argparse
import collections
import itertools
import os
import stat
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


class Seen:
    """The files and directories read so far, by device and inode, as
    newskg's walk remembers them: none is read twice."""

    def __init__(self):
        self.files, self.dirs = set(), set()

    @staticmethod
    def add(where, st):
        key = (st.st_dev, st.st_ino)
        if key in where:
            return False
        where.add(key)
        return True


def join(directory, name):
    """A path in a directory as newskg's walk spells it (no second '/')."""
    return directory + name if directory.endswith('/') else directory + '/' + name


def walk(top, seen, follow_links):
    """The files newskg's walk takes from directory `top`, in its order
    (entries sorted as bytes, depth first), each named as the walk names
    it: `top` as given joined with the path below it."""
    for entry in sorted(os.listdir(os.fsencode(top))):
        if entry.startswith(b'.'):
            continue
        name = os.fsdecode(entry)
        path = join(top, name)
        try:
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                st = os.stat(path)
                if stat.S_ISDIR(st.st_mode) and not follow_links:
                    continue
        except OSError:
            continue  # vanished, or a dangling link
        if stat.S_ISDIR(st.st_mode):
            if Seen.add(seen.dirs, st):
                yield from walk(path, seen, follow_links)
        elif stat.S_ISREG(st.st_mode) and newskg_reads(name) and Seen.add(seen.files, st):
            yield path


def climb(path):
    """How many directories above the current one a relative path reaches
    (`../../x` 2, `a/../../x` 1, `a/x` 0)."""
    depth = lowest = 0
    for seg in path.split('/'):
        if seg == '..':
            depth -= 1
            lowest = min(lowest, depth)
        elif seg not in ('', '.'):
            depth += 1
    return -lowest


def shard(args, members):
    """A shard: the last components of the current directory that its paths
    climb into (the worker recreates them), newskg's arguments as given and
    the members, (path as given, bytes)."""
    k = max(climb(p) for p in list(args) + [p for p, _ in members])
    here = [c for c in os.getcwd().split('/') if c]
    return (tuple(here[len(here) - k:]) if k else (), list(args), members)


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def jsonl_shards(path, size):
    """Shards of a JSON Lines file, read as they are needed: each is the
    file, under its path as given, with its next `size` records and empty
    lines in front so that every record keeps its line number (how newskg
    names a record without id or url).  Blank lines are no records: newskg
    skips them."""
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
                    yield shard([path], [(path, b'\n' * first + b''.join(lines))])
                    lines, n = [], 0
        if n:
            yield shard([path], [(path, b'\n' * first + b''.join(lines))])


def directory_shards(top, size, seen, follow_links):
    """The walk's files, `size` per shard; the worker runs newskg on the
    directory as given, which then holds the shard's files alone."""
    files = walk(top, seen, follow_links)
    while True:
        members = [(p, read(p)) for p in itertools.islice(files, size)]
        if not members:
            return
        yield shard([top], members)


def file_shards(paths, size):
    """Loose files, `size` per shard, each under its path as given."""
    for k in range(0, len(paths), size):
        chunk = paths[k:k + size]
        yield shard(chunk, [(p, read(p)) for p in chunk])


def shards_of(inputs, size, follow_links=False):
    """Every shard of the inputs, in input order, each read only when it is
    asked for (a generator).  Paths relative to the current directory."""
    seen = Seen()
    loose = []
    for path in inputs:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            if not Seen.add(seen.dirs, st):
                continue  # walked already
        elif stat.S_ISREG(st.st_mode) and not Seen.add(seen.files, st):
            continue  # read already
        if stat.S_ISDIR(st.st_mode) or is_jsonl(path):
            yield from file_shards(loose, size)
            loose = []
            if stat.S_ISDIR(st.st_mode):
                yield from directory_shards(path, size, seen, follow_links)
            else:
                yield from jsonl_shards(path, size)
        else:
            loose.append(path)
    yield from file_shards(loose, size)


def refusal(path):
    """Why the driver cannot take an input, or None."""
    if path == '-':
        return 'standard input cannot be sharded; give files'
    if os.path.isabs(path):
        return ('an absolute path (its documents\' IRIs would name it, and a worker '
                'cannot recreate it): cd to a parent directory and give a relative path')
    if not os.path.exists(path):
        return 'no such file or directory'
    if climb(path) > len([c for c in os.getcwd().split('/') if c]):
        return 'climbs above the root directory'
    return None


def place(root, top, path, body):
    """Writes a member under `root` (the worker's cwd) at its path as
    given; `..` steps up into the recreated components of the user's
    directory, never out of `top` (the temporary directory)."""
    cur = root
    segs = [s for s in path.split('/') if s not in ('', '.')]
    for seg in segs[:-1]:
        cur = os.path.dirname(cur) if seg == '..' else os.path.join(cur, seg)
        if os.path.commonpath([cur, top]) != top:
            raise ValueError('%s climbs out of the shard directory' % path)
        os.makedirs(cur, exist_ok=True)
    with open(os.path.join(cur, segs[-1]), 'wb') as f:
        f.write(body)


def run_shard(newskg, options, shard, timeout):
    """On a worker: recreate the shard's paths under a temporary directory,
    run newskg there (as cwd) on the arguments as the user gave them, return
    (exit status, N-Quads, stderr).  The paths, and so the document IRIs
    and the file names in messages, are the local run's.  Pure: the same
    shard gives the same bytes, whichever worker and however often it
    runs."""
    tail, args, members = shard
    # newskg runs in the shard's directory: a relative newskg, -g or
    # --syntax-model path means one in the worker's own directory
    if os.sep in newskg:
        newskg = os.path.abspath(newskg)
    options = list(options)
    for i, opt in enumerate(options):
        for flag in ('-g', '--gazetteer', '--syntax-model'):
            if opt == flag and i + 1 < len(options):
                options[i + 1] = os.path.abspath(options[i + 1])
            elif flag != '-g' and opt.startswith(flag + '='):
                options[i] = flag + '=' + os.path.abspath(opt[len(flag) + 1:])
    with tempfile.TemporaryDirectory(prefix='newskg-shard-') as tmp:
        top = os.path.realpath(tmp)
        root = os.path.join(top, *tail)
        os.makedirs(root, exist_ok=True)
        for path, body in members:
            place(root, top, path, body)
        try:
            proc = subprocess.run(
                [newskg, 'extract', '-f', 'nquads', '-q'] + list(options) + list(args),
                cwd=root, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            # newskg missing on this worker, or stuck: the shard fails
            # (reported, exit 1), the run goes on
            names = ', '.join(path for path, _ in members)
            return 1, b'', ('newskg: shard of %s: %s\n' % (names, e)).encode()
    return proc.returncode, proc.stdout, proc.stderr


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
    for path in a.inputs:
        why = refusal(path)
        if why:
            print('newskg_dask.py: %s: %s' % (path, why), file=sys.stderr)
            return 2
    from distributed import Client
    with Client(a.scheduler, timeout=60) as client:
        window = a.window or 4 * max(1, sum(client.nthreads().values()))
        shards = shards_of(a.inputs, a.shard_size, '--follow-links' in options)
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

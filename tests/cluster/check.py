#!/usr/bin/env python3
"""The cluster.* checks, run by cluster.sh inside a live Dask cluster.

    check.py equal|kill|virtuoso --cli NEWSKG --data tests/data --work DIR
             [--store-work DIR --store-dir tests/store --node NODE
              --virtuoso VIRTUOSO-T --isql ISQL-VT]

equal     newskg_dask.py, as a user runs it, over JSON Lines files (with
          blank lines, a record without id or url, a malformed line), a
          directory of HTML pages, a loose article and a WARC crawl, all
          given as paths relative to WORK (through '..', './', a trailing
          '/'; document IRIs are paths as given), the local run from WORK
          too: the gathered quads equal the local run's as a set and,
          sorted, byte for byte, and name no temporary path; the exit
          status and the error line are the local run's; both workers ran
          shards; an absolute path is refused on one line (exit 2).
kill      newskg_dask.py as a user runs it, on the same corpus (two
          documents per shard, each shard slowed by 0.3 s); while worker b
          runs a shard, a thread here kills its process group (SIGKILL).  Dask reruns b's shards on a: the result still equals
          the local run (nothing lost, nothing doubled), and the shard b was
          running when it died ended on a.
virtuoso  the store.* articles as one JSON Lines corpus through the
          cluster, each record's id the path the fixture gives newskg; the gathered quads, split by named graph, equal the
          store fixture's local runs and go through tests/store/virtuoso.sh
          (bulk load into a real Virtuoso, the shipped queries' answers).
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import newskg_dask  # noqa: E402  (the driver under test)

TODAY = '2024-06-01'
failures = []


def check(ok, what):
    print(('ok   ' if ok else 'FAIL ') + what, flush=True)
    if not ok:
        failures.append(what)


def lines(data):
    return [l for l in data.split(b'\n') if l]


def wrapper(work, cli, sleep):
    """A newskg for the workers that logs which worker starts and ends
    which shard (named by a checksum of its files) and sleeps first, so a
    shard is still running when the test looks."""
    path = os.path.join(work, 'newskg-logged')
    log = os.path.join(work, 'shards.log')
    with open(path, 'w') as f:
        f.write(f'''#!/bin/sh
id=$(for a in "$@"; do [ -e "$a" ] && find "$a" -type f -exec cat {{}} +; done | cksum | cut -d' ' -f1)
echo "${{NEWSKG_TEST_WORKER:-?}} start $id" >> '{log}'
sleep {sleep}
'{cli}' "$@"
rc=$?
echo "${{NEWSKG_TEST_WORKER:-?}} end $id" >> '{log}'
exit $rc
''')
    os.chmod(path, 0o755)
    return path, log


def read_log(log):
    try:
        with open(log) as f:
            return [l.split() for l in f if l.strip()]
    except FileNotFoundError:
        return []


def rel(path):
    """`path` relative to the current directory (through '..' if need be)."""
    return os.path.relpath(os.path.realpath(path), os.path.realpath(os.getcwd()))


def corpus(data, work, with_malformed):
    """JSON Lines made from the project's articles and pages (24 records
    with ids and dates), the reader test corpus, the HTML directory, and
    a loose article and WARC crawl."""
    sources = sorted(os.path.join(data, 'articles', n) for n in os.listdir(os.path.join(data, 'articles')))
    sources += sorted(os.path.join(data, 'html', n) for n in os.listdir(os.path.join(data, 'html'))
                      if n.endswith('.html'))
    recs = []
    for i in range(24):
        src = sources[i % len(sources)]
        with open(src, encoding='utf-8') as f:
            body = f.read()
        field = 'html' if src.endswith('.html') else 'text'
        recs.append(json.dumps({'id': f'cluster-doc-{i}', 'date': f'2024-0{1 + i % 9}-{10 + i % 18}',
                                field: body}, ensure_ascii=False))
    os.makedirs('corpus', exist_ok=True)
    # Paths relative to the current directory (main() runs in WORK), as a
    # user gives them: a file's document IRI is its path as given, so the
    # driver and the local run must get the same ones.  The project's files
    # are reached through '..' (the html directory with a trailing '/'),
    # the made ones below WORK, one with './'.
    made = os.path.join('corpus', 'cluster.jsonl')
    with open(made, 'w', encoding='utf-8') as f:
        f.write('\n'.join(recs) + '\n')
    inputs = [made, rel(os.path.join(data, 'corpus', 'articles.jsonl'))]
    if with_malformed:
        # a malformed line between good records (ids no other input uses:
        # documents that share an IRI are another matter than sharding)
        with open(sources[0], encoding='utf-8') as f:
            body = f.read()
        bad = './' + os.path.join('corpus', 'bad.jsonl')
        with open(bad, 'w', encoding='utf-8') as f:
            f.write(json.dumps({'id': 'bad-neighbour-1', 'date': '2024-03-05', 'text': body}) + '\n\n')
            f.write('{"id": "bad-2", "text": "Macron met Scholz in Berlin."\n')
            f.write(json.dumps({'url': 'https://news.example.org/cluster/bad-4', 'text': body}) + '\n')
        inputs.append(bad)
    inputs += [rel(os.path.join(data, 'html')) + '/', rel(os.path.join(data, 'articles', 'example-summit.txt')),
               rel(os.path.join(data, 'corpus', 'crawl.warc'))]
    return inputs


def local_run(cli, inputs, options):
    p = subprocess.run([cli, 'extract', '-f', 'nquads', '-q'] + options + inputs,
                       capture_output=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def compare(local, gathered):
    a, b = lines(local), lines(gathered)
    check(len(a) >= 1000, f'the local run gives {len(a)} quads (at least 1000)')
    check(set(a) == set(b), f'the same set of quads ({len(set(a))} local, {len(set(b))} gathered)')
    check(len(a) == len(b), f'nothing lost, nothing doubled ({len(a)} quad lines local, {len(b)} gathered)')
    check(b'\n'.join(sorted(a)) == b'\n'.join(sorted(b)), 'sorted, byte for byte the same')
    print('info ' + ('unsorted too, byte for byte the same' if local == gathered
                     else 'in another order than the local run'))


def equal(a):
    inputs = corpus(a.data, a.work, True)
    options = ['--today', TODAY]
    newskg, log = wrapper(a.work, a.cli, 0)
    out = os.path.join(a.work, 'gathered.nq')
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, os.path.join(HERE, 'newskg_dask.py'),
                        '--scheduler', os.environ['NEWSKG_DASK_SCHEDULER'], '--newskg', newskg,
                        '--shard-size', '2', '--timeout', '240', '-o', out] + inputs + ['--'] + options,
                       capture_output=True, timeout=280)
    print(f'info the cluster run took {time.monotonic() - t0:.1f} s')
    rc, quads, err = local_run(a.cli, inputs, options)
    check(p.returncode == rc == 1, f'exit status {p.returncode} as the local run\'s {rc} (1: a malformed line)')
    check(b'bad.jsonl:3: malformed JSON' in err, f'the local run names the malformed line ({err!r})')
    # newskg names a file as given, and the workers run it on the paths as given
    check(p.stderr == err, f'the error lines are the local run\'s: {p.stderr!r} vs {err!r}')
    with open(out, 'rb') as f:
        gathered = f.read()
    compare(quads, gathered)
    summit = rel(os.path.join(a.data, 'articles', 'example-summit.txt')).encode()
    check(b'/doc/' + summit.replace(b'..', b'%2E%2E') + b'> .' in gathered
          and b'newskg-shard-' not in gathered,
          f'document IRIs are the paths as given (doc/{summit.decode()}), no temporary path')
    # an absolute path: refused on one line before any work (exit 2)
    absolute = os.path.abspath(inputs[0])
    p = subprocess.run([sys.executable, os.path.join(HERE, 'newskg_dask.py'),
                        '--scheduler', os.environ['NEWSKG_DASK_SCHEDULER'], '--newskg', newskg,
                        '-o', out + '.abs', absolute], capture_output=True, timeout=60)
    check(p.returncode == 2 and p.stdout == b'' and len(lines(p.stderr)) == 1
          and p.stderr.startswith(f'newskg_dask.py: {absolute}: an absolute path'.encode())
          and not os.path.exists(out + '.abs'),
          f'an absolute path is refused on one line ({p.returncode}, {p.stderr!r})')
    nshards = sum(1 for _ in newskg_dask.shards_of(inputs, 2))
    runs = read_log(log)
    ran = {w for w, ev, _ in runs if ev == 'end'}
    ids = {i for _, ev, i in runs if ev == 'end'}
    check(ran == {'a', 'b'}, f'both workers ran shards ({sorted(ran)})')
    check(len(ids) == nshards and len(runs) == 2 * nshards,
          f'each of the {nshards} shards ran once ({len(ids)} distinct, {len(runs) // 2} runs)')


def kill(a):
    """The driver as a user runs it; a thread here kills worker b while b
    runs a shard."""
    from distributed import Client
    inputs = corpus(a.data, a.work, False)
    options = ['--today', TODAY]
    newskg, log = wrapper(a.work, a.cli, 0.3)
    workers = dict(w.split(':') for w in os.environ['NEWSKG_DASK_WORKERS'].split())
    nshards = sum(1 for _ in newskg_dask.shards_of(inputs, 2))
    killed = {}

    def killer():
        # bounded: gives up after 60 s (the check below then fails)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not stop.is_set():
            events = read_log(log)
            ended = sum(1 for _, ev, _ in events if ev == 'end')
            open_b = [i for w, ev, i in events if w == 'b' and ev == 'start'
                      and ['b', 'end', i] not in events]
            if ended >= 4 and open_b:
                os.killpg(int(workers['b']), signal.SIGKILL)
                killed.update(victim=open_b[0], ended=ended, at=time.monotonic() - t0)
                return
            time.sleep(0.02)

    stop = threading.Event()
    thread = threading.Thread(target=killer)
    out = os.path.join(a.work, 'gathered.nq')
    t0 = time.monotonic()
    thread.start()
    try:
        p = subprocess.run([sys.executable, os.path.join(HERE, 'newskg_dask.py'),
                            '--scheduler', os.environ['NEWSKG_DASK_SCHEDULER'], '--newskg', newskg,
                            '--shard-size', '2', '--timeout', '240', '-o', out] + inputs + ['--'] + options,
                           capture_output=True, timeout=280)
    finally:
        stop.set()
        thread.join()
    print(f'info the cluster run took {time.monotonic() - t0:.1f} s')
    check('victim' in killed, 'worker b was killed while running a shard')
    if 'victim' not in killed:
        return
    victim = killed['victim']
    print(f'info killed b at {killed["at"]:.1f} s, with {killed["ended"]} of {nshards} shards done')
    check(killed['ended'] < nshards, 'the kill landed mid-run')
    # Dask may log that it lost a result held by b and recomputes it (a
    # warning on stderr, the case "nothing lost" is about); newskg itself
    # must report nothing.
    check(p.returncode == 0 and b'newskg:' not in p.stderr,
          f'the driver succeeded ({p.returncode}, {p.stderr[-500:]!r})')
    with Client(os.environ['NEWSKG_DASK_SCHEDULER'], timeout=30) as client:
        left = sorted(w['name'] for w in client.scheduler_info()['workers'].values())
    check(left == ['a'], f'the scheduler has only worker a left ({left})')
    events = read_log(log)
    check(['b', 'end', victim] not in events, 'b never finished the shard it died in')
    check(['a', 'end', victim] in events, 'Dask reran that shard on a, where it finished')
    ended = {i for _, ev, i in events if ev == 'end'}
    check(len(ended) == nshards, f'every one of the {nshards} shards ended somewhere ({len(ended)})')
    _, quads, _ = local_run(a.cli, inputs, options)
    with open(out, 'rb') as f:
        compare(quads, f.read())


def virtuoso(a):
    """The store articles (tests/store/articles.tsv) through the cluster,
    loaded into Virtuoso by the store test's own script."""
    manifest = os.path.join(a.store_dir, 'articles.tsv')
    recs, graphs = [], {}
    for row in open(manifest, encoding='utf-8'):
        if row.startswith('#') or not row.strip():
            continue
        rel, date, _gaz = row.rstrip('\n').split('\t')
        name = os.path.splitext(os.path.basename(rel))[0]
        # the fixture runs newskg on the file from tests/data, so its
        # document id is the path `rel`; the record carries it as its id
        with open(os.path.join(a.data, rel), encoding='utf-8') as f:
            recs.append(json.dumps({'id': rel, 'date': date, 'text': f.read()}, ensure_ascii=False))
        with open(os.path.join(a.store_work, name + '.nq'), 'rb') as f:
            fixture = f.read()
        graph = lines(fixture)[0].rsplit(b' ', 2)[1]
        graphs[graph] = (name, fixture)
    src = 'store.jsonl'
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(recs) + '\n')
    out = os.path.join(a.work, 'gathered.nq')
    # the odd article's gazetteer for every shard: it names no one the
    # other articles mention (the split below equals their own runs)
    gaz = os.path.join(a.data, 'odd', 'odd-gazetteer.tsv')
    p = subprocess.run([sys.executable, os.path.join(HERE, 'newskg_dask.py'),
                        '--scheduler', os.environ['NEWSKG_DASK_SCHEDULER'], '--newskg', a.cli,
                        '--shard-size', '1', '--timeout', '240', '-o', out, src,
                        # the store fixture is written with the mention layer
                        '--', '--today', TODAY, '--provenance', 'mentions', '-g', gaz],
                       capture_output=True, timeout=280)
    check(p.returncode == 0 and p.stderr == b'', f'the cluster run succeeded ({p.returncode}, {p.stderr!r})')
    by_graph = {}
    with open(out, 'rb') as f:
        for l in lines(f.read()):
            by_graph.setdefault(l.rsplit(b' ', 2)[1], []).append(l)
    check(set(by_graph) == set(graphs), f'one named graph per article ({len(by_graph)} of {len(graphs)})')
    load = os.path.join(a.work, 'load')
    os.makedirs(load, exist_ok=True)
    for graph, (name, fixture) in graphs.items():
        got = by_graph.get(graph, [])
        check(sorted(got) == sorted(lines(fixture)), f'{name}: the quads of its local run (store fixture)')
        with open(os.path.join(load, name + '.nq'), 'wb') as f:
            f.write(b'\n'.join(got) + b'\n')
    if failures:
        return
    p = subprocess.run(['sh', os.path.join(a.store_dir, 'virtuoso.sh'), load, a.node,
                        a.virtuoso, a.isql], timeout=280)
    check(p.returncode == 0, 'virtuoso.sh: bulk load, the shipped queries answer as on a local run, '
          'per-article delete and reload')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['equal', 'kill', 'virtuoso'])
    for opt in ('--cli', '--data', '--work'):
        ap.add_argument(opt, required=True)
    for opt in ('--store-work', '--store-dir', '--node', '--virtuoso', '--isql'):
        ap.add_argument(opt)
    a = ap.parse_args()
    for opt in ('cli', 'data', 'work', 'store_work', 'store_dir'):
        if getattr(a, opt):
            setattr(a, opt, os.path.abspath(getattr(a, opt)))
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    # the local runs and the driver run here, on paths relative to WORK
    os.chdir(a.work)
    {'equal': equal, 'kill': kill, 'virtuoso': virtuoso}[a.mode](a)
    if failures:
        print(f'cluster.{a.mode}: {len(failures)} check(s) failed', file=sys.stderr)
        return 1
    print(f'cluster.{a.mode}: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())

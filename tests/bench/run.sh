#!/usr/bin/env bash
# Throughput and memory of newskg beside its previous version and the tools
# a user would otherwise pick, on two corpora, in one run.  Not a ctest: it
# takes minutes and its numbers depend on the machine.
#
#   tests/bench/run.sh [SIZE_MB]          (default 20, per corpus)
#
# 1. builds newskg (Release) from the working tree in $BENCH_DIR (default
#    build-bench/) and, for the side-by-side rows, the revision $BASE_REV
#    (default 900cd38, main before provenance levels and the own N-Triples
#    writer; BASE_REV= skips it);
# 2. makes two SIZE_MB JSON Lines corpora (tests/bench/make_corpus.py,
#    fixed seed, kept for reruns): "diplomacy", the project's example
#    articles shuffled and re-named (nearly every sentence has a trigger:
#    the worst case), and "general", a news-feed mix in which one article
#    in ten is such an article and the rest are sentences of the UD
#    treebanks in $UD_DIR (default ../shared/ud; the general rows are
#    skipped without it);
# 3. runs `newskg extract -f nquads -j 1` (the default output, the parser
#    in the pipeline) on each, and -j 2 (its output must be the same
#    bytes), --frames surface (no parser: what the parser costs), every
#    provenance level, every format for peak RSS, and the old binary with
#    its default; the share of sentences parsed comes from the -v summary;
# 4. runs raptor2's `rapper -c` reading the default N-Quads output (newskg
#    must write faster than the reference parser reads), compromise on the
#    first $COMPROMISE_MB MB (default 3) and wink-nlp on the first $WINK_MB
#    MB (default 20) of the diplomacy corpus (npm installs them into
#    tests/bench/node_modules the first time; PEERS=0 skips them);
# 5. prints markdown tables, each row with its command.
#
# MB = 10^6 bytes.  "text MB/s" counts only the articles' text; "per CPU-s"
# divides by user+system time, which is what the per-core targets mean
# and what stays put when other processes share the machine (wall time
# does not; nor, on a loaded machine, the -j 2 wall speed-up).  newskg's rates are end to end (start-up, gazetteer, reading,
# extraction, serialization); the peers' are their own timers around the
# per-article loop (start-up and model loading excluded), as
# shared/research/perf-anchors.md measured them, so they flatter the peers.
set -euo pipefail

SIZE_MB=${1:-20}
COMPROMISE_MB=${COMPROMISE_MB:-3}
WINK_MB=${WINK_MB:-20}
PEERS=${PEERS:-1}
BASE_REV=${BASE_REV-900cd38}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$ROOT/tests/bench
WORK=${BENCH_DIR:-$ROOT/build-bench}
UD_DIR=${UD_DIR:-$ROOT/../shared/ud}
mkdir -p "$WORK"

echo "bench: building newskg (Release) in $WORK/release" >&2
cmake -S "$ROOT" -B "$WORK/release" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$WORK/release" -j2 >/dev/null
NEWSKG=$WORK/release/newskg
OLD=
if [ -n "$BASE_REV" ]; then
  old_src=$WORK/base-$BASE_REV
  if [ ! -x "$old_src/build/newskg" ]; then
    echo "bench: building $BASE_REV (Release) in $old_src" >&2
    rm -rf "$old_src" && mkdir -p "$old_src"
    git -C "$ROOT" archive "$BASE_REV" | tar -x -C "$old_src"
    cmake -S "$old_src" -B "$old_src/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$old_src/build" -j2 >/dev/null
  fi
  OLD=$old_src/build/newskg
fi

corpus() { # NAME [make_corpus options]: path of the corpus, made once
  local c=$WORK/$1-${SIZE_MB}MB.jsonl
  shift
  if [ ! -s "$c" ] || [ ! -s "$c.meta" ]; then
    echo "bench: making $c" >&2
    python3 "$BENCH/make_corpus.py" "$SIZE_MB" "$c" "$@"
  fi
  echo "$c"
}
CORPORA=(diplomacy)
declare -A CORPUS
CORPUS[diplomacy]=$(corpus diplomacy)
if [ -d "$UD_DIR" ]; then
  CORPUS[general]=$(corpus general --general "$UD_DIR")
  CORPORA=(general diplomacy)
else
  echo "bench: no treebanks in $UD_DIR: the general-news rows are skipped" >&2
fi
meta() { awk -v k="$2" '$1 == k { print $2 }' "$1.meta"; }

# run LOG COMMAND...: wall seconds, cpu seconds, peak RSS MiB into $WALL
# $CPU $RSS; stdout into LOG.out, stderr LOG.err
run() {
  local log=$1
  shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err"
  t1=$(date +%s%N)
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log.time")
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$log.time")
}
rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf (s > 0 ? "%.2f" : "-"), b / 1e6 / s }'; }

ROWS=()
LEVELS=()
SPEEDUP=()
declare -A PARSED CPU1 WALL1
RAPPER_ROWS=()
IDENTICAL=()
# newskg_row CORPUS LABEL BINARY OUTFILE ARGS...: one run, one table row
newskg_row() {
  local name=$1 label=$2 bin=$3 outfile=$4
  shift 4
  local c=${CORPUS[$name]} tb
  tb=$(meta "$c" text_bytes)
  local log=$WORK/$name-${label// /_}
  local cmd="$(basename "$bin") extract $* $(basename "$c") > $(basename "$outfile")"
  echo "bench: $name: $label" >&2
  # -v: the summary with the sentences parsed (the old binary: -q)
  local v=-v
  [ "$bin" = "$NEWSKG" ] || v=-q
  run "$log" sh -c "'$bin' extract $v $* '$c' > '$outfile'"
  LAST_LOG=$log
  local out_bytes
  out_bytes=$(stat -c %s "$outfile")
  ROWS+=("| $name | $label | $(rate "$tb" "$WALL") | **$(rate "$tb" "$CPU")** | $WALL | $CPU | $RSS | $(awk -v b="$out_bytes" 'BEGIN{printf "%.1f", b/1e6}') | \`$cmd\` |")
}

for name in "${CORPORA[@]}"; do
  c=${CORPUS[$name]}
  recs=$(meta "$c" records)
  o=$WORK/$name
  newskg_row "$name" "newskg -j 1, N-Quads (default: facts)" "$NEWSKG" "$o.j1.nq" -f nquads -j 1
  PARSED[$name]=$(sed -n 's/.*; \([0-9]*\) sentences, \([0-9]*\) parsed, \([0-9.]*%\)).*/\2 of \1 (\3)/p' "$LAST_LOG.err")
  CPU1[$name]=$CPU WALL1[$name]=$WALL
  newskg_row "$name" "newskg -j 2, N-Quads (default: facts)" "$NEWSKG" "$o.j2.nq" -f nquads -j 2
  SPEEDUP+=("$name: -j 2 wall speed-up $(awk -v a="${WALL1[$name]}" -v b="$WALL" 'BEGIN{printf "%.2f", (b > 0 ? a / b : 0)}')x (target 1.8x); CPU -j 1 ${CPU1[$name]} s, -j 2 $CPU s")
  if cmp -s "$o.j1.nq" "$o.j2.nq"; then IDENTICAL+=("$name: -j 2 output = -j 1 output, byte for byte")
  else IDENTICAL+=("$name: **-j 2 output differs from -j 1**"); fi
  newskg_row "$name" "newskg -j 1, N-Quads, --frames surface (no parser)" "$NEWSKG" "$o.surface.nq" -f nquads --frames surface
  for level in mentions none; do
    newskg_row "$name" "newskg -j 1, N-Quads, provenance $level" "$NEWSKG" "$o.$level.nq" -f nquads --provenance $level
  done
  for lv in facts:j1 mentions:mentions none:none; do
    f=$o.${lv#*:}.nq
    LEVELS+=("| $name | ${lv%%:*} | $(awk -v b="$(stat -c %s "$f")" -v n="$recs" 'BEGIN{printf "%.0f", b/n}') | $(awk -v t="$(wc -l <"$f")" -v n="$recs" 'BEGIN{printf "%.1f", t/n}') |")
  done
  for fmt in turtle ntriples rdfxml graphml; do
    newskg_row "$name" "newskg -j 1, $fmt" "$NEWSKG" "$o.out.$fmt" -f $fmt
  done
  if [ -n "$OLD" ]; then
    newskg_row "$name" "old ($BASE_REV) -j 1, N-Quads (its default)" "$OLD" "$o.old.nq" -f nquads
    newskg_row "$name" "old ($BASE_REV) -j 1, Turtle" "$OLD" "$o.old.ttl" -f turtle
    LEVELS+=("| $name | old ($BASE_REV) | $(awk -v b="$(stat -c %s "$o.old.nq")" -v n="$recs" 'BEGIN{printf "%.0f", b/n}') | $(awk -v t="$(wc -l <"$o.old.nq")" -v n="$recs" 'BEGIN{printf "%.1f", t/n}') |")
  fi
  # the reference parser reading newskg's default output
  if command -v rapper >/dev/null; then
    echo "bench: $name: rapper -c" >&2
    run "$WORK/$name-rapper" rapper -c -i nquads "$o.j1.nq"
    nq=$(stat -c %s "$o.j1.nq")
    triples=$(sed -n 's/.*returned \([0-9]*\) .*/\1/p' "$WORK/$name-rapper.err")
    w1=$(awk -F'|' -v l="$name" '$2 ~ " "l" " && $3 ~ "-j 1, N-Quads \\(default" { print $7 }' <(printf '%s\n' "${ROWS[@]}"))
    RAPPER_ROWS+=("| $name | $(awk -v b="$nq" 'BEGIN{printf "%.1f", b/1e6}') | ${triples:-?} | $(rate "$nq" "$CPU") | $(awk -v t="${triples:-0}" -v s="$CPU" 'BEGIN{printf "%.0f", t/s}') | $(rate "$nq" "$w1") | \`rapper -c -i nquads $(basename "$o.j1.nq")\` |")
  fi
done

PEER_ROWS=()
if [ "$PEERS" = 1 ]; then
  if [ ! -d "$BENCH/node_modules/compromise" ] || [ ! -d "$BENCH/node_modules/wink-nlp" ]; then
    echo "bench: npm install (compromise, wink-nlp) into tests/bench/node_modules" >&2
    (cd "$BENCH" && npm install --no-audit --no-fund >/dev/null)
  fi
  c=${CORPUS[diplomacy]}
  tb=$(meta "$c" text_bytes)
  ab=$(meta "$c" bytes)
  for peer in compromise:$COMPROMISE_MB wink:$WINK_MB; do
    p=${peer%%:*} mb=${peer#*:}
    echo "bench: $p on the first $mb MB" >&2
    run "$WORK/$p" node "$BENCH/peer_$p.js" "$c" "$mb"
    read -r _ pb ps _ pitems <"$WORK/$p.out"
    ptext=$(awk -v b="$pb" -v t="$tb" -v a="$ab" 'BEGIN { printf "%.0f", b * t / a }')
    PEER_ROWS+=("| diplomacy (first $mb MB) | $p | $(rate "$ptext" "$ps") | $ps | $RSS | $pitems entities | \`node tests/bench/peer_$p.js $(basename "$c") $mb\` |")
  done
fi

echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%d)."
for name in "${CORPORA[@]}"; do
  c=${CORPUS[$name]}
  echo "Corpus $name: $(awk -v b="$(meta "$c" bytes)" 'BEGIN{printf "%.1f", b/1e6}') MB of JSON Lines, $(meta "$c" records) articles ($(meta "$c" diplomatic) diplomatic), $(awk -v b="$(meta "$c" text_bytes)" 'BEGIN{printf "%.1f", b/1e6}') MB of text."
done
for name in "${CORPORA[@]}"; do
  tb=$(meta "${CORPUS[$name]}" text_bytes)
  echo "Share of sentences parsed, $name: ${PARSED[$name]:-?} (newskg -j 1, default frames); per core $(rate "$tb" "${CPU1[$name]}") text MB per CPU-s."
done
echo "Times are user+system CPU seconds and wall seconds of one run each; the machine's cores are shared, so CPU time is the figure to compare."
echo
echo "| corpus | run | text MB/s (wall) | text MB/s per CPU-s | wall s | CPU s | peak RSS MiB | output MB | command |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
echo
printf '%s\n' "${IDENTICAL[@]}"
printf '%s\n' "${SPEEDUP[@]}"
echo
echo "| corpus | provenance | bytes per article | triples per article |"
echo "|---|---|---:|---:|"
printf '%s\n' "${LEVELS[@]}"
if [ ${#RAPPER_ROWS[@]} -gt 0 ]; then
  echo
  echo "| corpus | N-Quads MB | triples | rapper reads MB per CPU-s | rapper triples per CPU-s | newskg writes MB per CPU-s | command |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${RAPPER_ROWS[@]}"
fi
if [ ${#PEER_ROWS[@]} -gt 0 ]; then
  echo
  echo "| corpus | peer | text MB/s (own timer) | s | peak RSS MiB | items | command |"
  echo "|---|---|---:|---:|---:|---|---|"
  printf '%s\n' "${PEER_ROWS[@]}"
fi

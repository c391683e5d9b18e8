#!/usr/bin/env bash
# Throughput and memory of newskg beside the tools a user would otherwise
# pick, on one corpus, in one run.  Not a ctest: it takes minutes and its
# numbers depend on the machine.
#
#   tests/bench/run.sh [SIZE_MB]          (default 100)
#
# 1. builds newskg (Release) in $BENCH_DIR (default build-bench/);
# 2. makes a SIZE_MB JSON Lines corpus from the project's example articles
#    (tests/bench/make_corpus.py: sentences shuffled across articles, names
#    swapped from ontology/gazetteer.tsv, fixed seed), kept for reruns;
# 3. runs `newskg extract -f ntriples -j N` over it for N in $JOBS
#    (default "1 2"), output to /dev/null, under /usr/bin/time -v;
# 4. runs compromise (people/places/organizations) on the first
#    $COMPROMISE_MB MB (default 3) and wink-nlp (readDoc().entities()) on
#    the first $WINK_MB MB (default 20) of the same corpus — npm installs
#    them into tests/bench/node_modules the first time;
# 5. prints a markdown table.
#
# MB = 10^6 bytes of JSON Lines input; "text MB/s" counts only the
# articles' text.  newskg's rates are end to end (wall clock of the whole
# process: start-up, gazetteer, reading, extraction, serialization); the
# peers' are their own timers around the per-article loop, as
# shared/research/perf-anchors.md measured them (start-up and model
# loading excluded), so they flatter the peers slightly.
set -euo pipefail

SIZE_MB=${1:-100}
JOBS=${JOBS:-"1 2"}
COMPROMISE_MB=${COMPROMISE_MB:-3}
WINK_MB=${WINK_MB:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$ROOT/tests/bench
WORK=${BENCH_DIR:-$ROOT/build-bench}
mkdir -p "$WORK"

echo "bench: building newskg (Release) in $WORK/release" >&2
cmake -S "$ROOT" -B "$WORK/release" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$WORK/release" -j2 >/dev/null
NEWSKG=$WORK/release/newskg

CORPUS=$WORK/corpus-${SIZE_MB}MB.jsonl
if [ ! -s "$CORPUS" ] || [ ! -s "$CORPUS.meta" ]; then
  echo "bench: making a ${SIZE_MB} MB corpus: $CORPUS" >&2
  python3 "$BENCH/make_corpus.py" "$SIZE_MB" "$CORPUS"
fi
meta() { awk -v k="$1" '$1 == k { print $2 }' "$CORPUS.meta"; }
BYTES=$(meta bytes)
TEXT_BYTES=$(meta text_bytes)
RECORDS=$(meta records)

if [ ! -d "$BENCH/node_modules/compromise" ] || [ ! -d "$BENCH/node_modules/wink-nlp" ]; then
  echo "bench: npm install (compromise, wink-nlp) into tests/bench/node_modules" >&2
  (cd "$BENCH" && npm install --no-audit --no-fund >/dev/null)
fi

# run LOG COMMAND...: wall seconds, cpu seconds, peak RSS MiB into $WALL
# $CPU $RSS; the command's stdout into LOG.out (first line), stderr LOG.err
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
declare -A WALL_J
for j in $JOBS; do
  echo "bench: newskg -j $j on $SIZE_MB MB ($RECORDS articles)" >&2
  log=$WORK/newskg-j$j
  run "$log" sh -c "'$NEWSKG' extract -f ntriples -v -j $j '$CORPUS' > /dev/null"
  docs=$(sed -n 's/^newskg: \([0-9]*\) documents read, \([0-9]*\) extracted.*/\2/p' "$log.err")
  WALL_J[$j]=$WALL
  per_core=$(awk -v b="$BYTES" -v c="$CPU" 'BEGIN { printf "%.2f", b / 1e6 / c }')
  ROWS+=("| newskg -j $j → N-Triples | $(rate "$BYTES" "$WALL") | $(rate "$TEXT_BYTES" "$WALL") | $per_core | $(awk -v b="$BYTES" 'BEGIN{printf "%.0f", b/1e6}') | $WALL | $CPU | $RSS | ${docs:-?} articles extracted |")
done

echo "bench: compromise on the first $COMPROMISE_MB MB" >&2
log=$WORK/compromise
run "$log" node "$BENCH/peer_compromise.js" "$CORPUS" "$COMPROMISE_MB"
read -r _ cb cs _ citems <"$log.out"
ctext=$(awk -v b="$cb" -v t="$TEXT_BYTES" -v a="$BYTES" 'BEGIN { printf "%.0f", b * t / a }')
ROWS+=("| compromise 14.17 people/places/organizations | $(rate "$cb" "$cs") | $(rate "$ctext" "$cs") | $(rate "$cb" "$cs") | $(awk -v b="$cb" 'BEGIN{printf "%.1f", b/1e6}') | $WALL | $CPU | $RSS | $citems entities |")

echo "bench: wink-nlp on the first $WINK_MB MB" >&2
log=$WORK/wink
run "$log" node "$BENCH/peer_wink.js" "$CORPUS" "$WINK_MB"
read -r _ wb ws _ witems <"$log.out"
wtext=$(awk -v b="$wb" -v t="$TEXT_BYTES" -v a="$BYTES" 'BEGIN { printf "%.0f", b * t / a }')
ROWS+=("| wink-nlp 2.4 + lite web model, entities() | $(rate "$wb" "$ws") | $(rate "$wtext" "$ws") | $(rate "$wb" "$ws") | $(awk -v b="$wb" 'BEGIN{printf "%.1f", b/1e6}') | $WALL | $CPU | $RSS | $witems entities |")

echo
echo "Corpus: $SIZE_MB MB of JSON Lines ($RECORDS articles, $(awk -v b="$TEXT_BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB of article text), $(nproc) cores, $(date -u +%Y-%m-%d)."
echo
echo "| tool | MB/s | text MB/s | MB/s per CPU-second | input MB | wall s | CPU s | peak RSS MiB | items |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
if [ -n "${WALL_J[1]:-}" ] && [ -n "${WALL_J[2]:-}" ]; then
  echo
  echo "-j 2 speed-up over -j 1: $(awk -v a="${WALL_J[1]}" -v b="${WALL_J[2]}" 'BEGIN { printf "%.2f×", a / b }') (wall clock)."
fi

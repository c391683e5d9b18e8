#!/usr/bin/env bash
# Time and memory of newskg on ONE long document, by size and format: is
# the time per MB flat (linear in length) and the memory bounded by a
# window (64 KiB of text), not by the document?  Then the peak memory of a
# batch of articles in every format.  Not a ctest (wall clock and RSS
# depend on the machine); issue 13 asks for time per MB flat within 1.5x
# from 0.1 to 50 MB, issue 12 for flat memory in every format.
#
#   tests/bench/long_document.sh [NEWSKG] [SIZES_MB...]
#       (default: build/newskg, sizes 0.1 1 10 50; FORMATS="nquads turtle"
#       the formats of the long-document rows; LINE=sentence for the
#       issue's repeated sentence instead of the example article;
#       BATCH_MB=N (default 0: none) adds a batch of N MB of JSON Lines
#       articles (tests/bench/make_corpus.py, fixed seed) written in every
#       format, with its peak RSS)
#
# Each document is the example article's text on a single line (its
# paragraphs joined by spaces), repeated to the size: article-like
# sentences, about 30 names per KB, no line breaks for the windows to cut
# at.  Each run writes to a pipe (its bytes counted) under /usr/bin/time.
# Start-up (the built-in gazetteer and syntax model) is measured on an
# empty document and shown apart; "s/MB" is the time of the run less
# start-up, per MB: wall clock, and CPU (user + system), which a busy
# machine disturbs less; "RSS - start" is the peak RSS less that of the
# empty document: what the document itself costs (its text is held whole,
# as read: 1 MB per MB, plus one window's working memory).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NEWSKG=$(realpath "${1:-$ROOT/build/newskg}")
shift || true
SIZES=${*:-0.1 1 10 50}
WORK=${BENCH_DIR:-$ROOT/build-bench}/long
mkdir -p "$WORK"

# LINE=sentence: instead, the one article-like sentence of issue 13,
# repeated (many meetings of the same people: the case that was quadratic)
one_line=$WORK/line.txt
if [ "${LINE:-article}" = sentence ]; then
  WORK=$WORK/sentence
  mkdir -p "$WORK"
  one_line=$WORK/line.txt
  printf '%s ' "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on Thursday under the aegis of Charles Michel, the third such meeting this year." > "$one_line"
else
  tr '\n' ' ' < "$ROOT/tests/data/articles/example-summit.txt" | tr -s ' ' > "$one_line"
fi

: > "$WORK/empty.txt"
/usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$NEWSKG" extract -q -f ntriples \
  --today 2024-06-01 "$WORK/empty.txt" > /dev/null
read -r T0 U0 S0 M0 < "$WORK/t"
C0=$(python3 -c "print(round($U0 + $S0, 2))")
echo "start-up (empty document): $T0 s wall, $C0 s CPU, peak RSS $((M0 / 1024)) MiB"
echo
echo "| size | format | wall s | wall s/MB | CPU s | CPU s/MB | peak RSS MiB | RSS - start MiB | output MB | command |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for mb in $SIZES; do
  doc=$WORK/doc-$mb.txt
  bytes=$(python3 -c "print(int($mb * 1e6))")
  if [ ! -s "$doc" ] || [ "$(stat -c %s "$doc")" -ne "$bytes" ]; then
    python3 - "$one_line" "$doc" "$bytes" <<'PY'
import sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = open(src, "rb").read()
out = (s * (n // len(s) + 1))[:n]
# end on a whole character
while out and (out[-1] & 0xC0) == 0x80:
    out = out[:-1]
open(dst, "wb").write(out + b" " * (n - len(out)))
PY
  fi
  for fmt in ${FORMATS:-nquads turtle}; do
    # from WORK, by a relative path: the document IRI is the path as
    # given, and a long absolute one would add output bytes per triple
    (cd "$WORK" && /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$NEWSKG" \
      extract -q -f "$fmt" --today 2024-06-01 "doc-$mb.txt") | wc -c > "$WORK/bytes"
    read -r T U S RSS < "$WORK/t"
    out_mb=$(python3 -c "print(round($(cat "$WORK/bytes") / 1e6, 1))")
    python3 -c "
t, t0, c, c0, mb, rss, m0 = $T, $T0, $U + $S, $C0, $mb, $RSS, $M0
print('| %s MB | $fmt | %.2f | %.3f | %.2f | %.3f | %.0f | %.0f | %s | \`newskg extract -f $fmt doc-%s.txt\` |' % (mb, t, (t - t0) / mb, c, (c - c0) / mb, rss / 1024, max(0, rss - m0) / 1024, '$out_mb', mb))"
  done
done

BATCH_MB=${BATCH_MB:-0}
[ "$BATCH_MB" = 0 ] && exit 0
batch=$WORK/batch-$BATCH_MB.jsonl
[ -s "$batch" ] || python3 "$ROOT/tests/bench/make_corpus.py" "$BATCH_MB" "$batch" > /dev/null
echo
echo "Batch: $BATCH_MB MB of JSON Lines articles ($(sed -n 's/^records //p' "$batch.meta") records)"
echo
echo "| format | wall s | CPU s | peak RSS MiB | RSS - start MiB | output MB | command |"
echo "|---|---|---|---|---|---|---|"
for fmt in nquads ntriples turtle rdfxml graphml "graphml --graph actors" dot; do
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$NEWSKG" extract -q -f $fmt \
    --today 2024-06-01 "$batch" | wc -c > "$WORK/bytes"
  read -r T U S RSS < "$WORK/t"
  out_mb=$(python3 -c "print(round($(cat "$WORK/bytes") / 1e6, 1))")
  python3 -c "
t, c, rss, m0 = $T, $U + $S, $RSS, $M0
print('| $fmt | %.1f | %.1f | %.0f | %.0f | %s | \`newskg extract -f $fmt batch-$BATCH_MB.jsonl\` |' % (t, c, rss / 1024, max(0, rss - m0) / 1024, '$out_mb'))"
done

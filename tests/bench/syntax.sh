#!/usr/bin/env bash
# Accuracy and speed of the syntax stage (tagger + parser) on the UD
# treebanks with gold tokens.  Not a ctest: it needs the treebanks, which
# are not in the repository.
#
#   tests/bench/syntax.sh [MODEL]     (default: the built-in model)
#
# Reads $UD_DIR (default ../shared/ud beside the checkout) for
# en_ewt/en_ewt-ud-{dev,test}.conllu and en_pud/en_pud-ud-test.conllu;
# skips (exit 0, a note on stderr) when they are absent.  Prints a
# markdown table: UPOS, UAS, LAS (percent of words, punctuation included,
# LAS with relation subtypes) and words/s, which `newskg parse --eval`
# measures on the CPU time of its thread (tag + parse, one core; model
# loading and file reading excluded), so the figure holds on a shared
# machine too.
#
# No peer runs beside it: Debian 12 packages no UD tagger/parser (no
# UDPipe, spaCy, Stanza or MaltParser in apt), and this bench installs
# nothing from other registries.  UDPipe 1.2's published EWT figures are
# in the README for comparison.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
UD=${UD_DIR:-$ROOT/../shared/ud}
WORK=${BENCH_DIR:-$ROOT/build-bench}
MODEL=${1:-}

if [ ! -f "$UD/en_ewt/en_ewt-ud-test.conllu" ]; then
  echo "bench: no UD treebanks in $UD (set UD_DIR); skipped" >&2
  exit 0
fi

echo "bench: building newskg (Release) in $WORK/release" >&2
cmake -S "$ROOT" -B "$WORK/release" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$WORK/release" -j2 --target newskg_cli >/dev/null
NEWSKG=$WORK/release/newskg
args=()
[ -n "$MODEL" ] && args=(--model "$MODEL")

echo "| treebank | UPOS | UAS | LAS | words/s (1 core) |"
echo "|---|---|---|---|---|"
for tb in en_ewt/en_ewt-ud-dev en_ewt/en_ewt-ud-test en_pud/en_pud-ud-test; do
  f=$UD/$tb.conllu
  [ -f "$f" ] || continue
  out=$("$NEWSKG" parse "${args[@]}" --eval "$f")
  get() { printf '%s\n' "$out" | sed -n "s/^$1: //p"; }
  echo "| $(basename "$tb") | $(get UPOS) | $(get UAS) | $(get LAS) | $(get 'words\/s') |"
done

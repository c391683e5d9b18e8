#!/bin/sh
# A binary file among articles (issue 13 #6): skipped with one warning
# line naming it, counted as failed in the summary, the run goes on; an
# article with a few bad bytes is still extracted.
#
#   binary_in_directory.sh NEWSKG ARTICLE BAD_UTF8_ARTICLE WORKDIR
set -u
exe=$1 article=$2 bad=$3 work=$4
rm -rf "$work" && mkdir -p "$work/d" || exit 1
cp "$article" "$work/d/a.txt"
head -c 200000 "$exe" > "$work/d/b.txt"   # an executable, named like an article
cp "$bad" "$work/d/c.txt"                  # a real article, a few bad bytes
"$exe" extract -v -f ntriples "$work/d" > "$work/out.nt" 2> "$work/err"
rc=$?
fail=0
n=$(grep -c 'nif-core#Context> \.$' "$work/out.nt")
[ "$rc" -eq 1 ] || { echo "FAIL: exit $rc, want 1 (a failed document)"; fail=1; }
[ "$n" -eq 2 ] || { echo "FAIL: $n documents written, want 2 (a and c)"; fail=1; }
grep -q "/doc/c.txt#\|/doc/c#\|c\.txt" "$work/out.nt" || { echo "FAIL: c.txt not extracted"; fail=1; }
[ "$(grep -c "" "$work/err")" -eq 2 ] || { echo "FAIL: want 2 stderr lines (warning, summary)"; fail=1; }
grep -q "^newskg: warning: skipped '.*/d/b\.txt': not text: [0-9]*% of its" "$work/err" ||
  { echo "FAIL: no warning naming b.txt"; fail=1; }
grep -q "^newskg: 3 documents read, 2 extracted, 1 failed" "$work/err" ||
  { echo "FAIL: summary does not count it failed"; fail=1; }
[ $fail -eq 0 ] || { echo "stderr:"; cat "$work/err"; }
rm -rf "$work"
[ $fail -eq 0 ] && echo "ok: binary skipped with a warning, counted failed, the rest extracted"
exit $fail

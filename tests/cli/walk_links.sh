#!/bin/sh
# The directory walk reads every article once, whatever links point at it,
# does not follow links to directories unless --follow-links, and never
# opens a FIFO (a read would block forever).
#
#   walk_links.sh NEWSKG ARTICLE WORKDIR
#
# The tree:  d/a.txt           the article
#            d/alias.txt -> a.txt      a link to a file
#            d/hard.txt              a hard link to a.txt
#            d/sub/b.txt             a second article
#            d/sib -> sub            a link to a sibling directory
#            d/loop -> .             a link back to itself
#            d/root -> /             a link out of the tree (as into a mounted proc)
#            d/pipe.txt              a FIFO
# Either way, two documents (a and b) come out, each once.
set -u
exe=$1 article=$2 work=$3
rm -rf "$work" && mkdir -p "$work/d/sub" || exit 1
d=$work/d
cp "$article" "$d/a.txt"
sed 's/Brussels/Geneva/g' "$article" > "$d/sub/b.txt"
ln -s a.txt "$d/alias.txt"
ln "$d/a.txt" "$d/hard.txt"
ln -s sub "$d/sib"
ln -s . "$d/loop"
ln -s / "$d/root"
mkfifo "$d/pipe.txt"
fail=0
for opt in "" --follow-links; do
  # --follow-links would walk the whole file system through d/root: it is
  # given a tree without that link
  [ -n "$opt" ] && rm -f "$d/root"
  timeout 60 "$exe" extract -q -f ntriples $opt "$d" > "$work/out.nt" 2> "$work/err"
  rc=$?
  n=$(grep -c 'nif-core#Context> \.$' "$work/out.nt")
  if [ "$rc" -ne 0 ] || [ "$n" -ne 2 ]; then
    echo "FAIL ${opt:-default}: exit $rc, $n documents (want 0 and 2):"
    grep 'nif-core#Context> \.$' "$work/out.nt" | cut -d' ' -f1
    cat "$work/err"
    fail=1
  fi
done
rm -rf "$work"
[ $fail -eq 0 ] && echo "ok: each article once, no link followed by default, no FIFO opened"
exit $fail

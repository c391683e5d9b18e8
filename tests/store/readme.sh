#!/bin/sh
# store.readme: runs the shell blocks of the README's "Querying the graph"
# and "Gephi and Graphviz" sections as a user would, in a scratch
# directory, and checks what they print and write.
#
#   readme.sh MARKDOWN CLI SOURCE_DIR NODE
#
# Only what cannot run here is changed: `npm install oxigraph@...` is
# replaced by the pinned copy in tests/store/node_modules (NODE_PATH), and
# Virtuoso's ports (the "SQL=1111 HTTP=8890" line) by free loopback ports.
# The Virtuoso server the README starts is shut down on every exit.
set -eu

MD=$1
CLI=$2
SRC=$3
NODE=$4

DIR=$(mktemp -d "${TMPDIR:-/tmp}/newskg-readme.XXXXXX")
cleanup() {
  rc=$?
  if [ -f "$DIR/ports" ]; then
    . "$DIR/ports"
    isql-vt "$SQL" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    # the daemon's pid is in its lock file (VIRT_PID=...); make sure
    pid=$(sed -n 's/^VIRT_PID=//p' "$DIR/vdb/virtuoso.lck" 2>/dev/null || true)
    i=0
    while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
      sleep 0.2
      i=$((i + 1))
    done
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  fi
  if [ $rc -ne 0 ]; then
    echo "--- output of the README commands ---" >&2
    cat "$DIR/out.txt" >&2 2>/dev/null || true
  fi
  rm -rf "$DIR"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The shell blocks of the two sections, in order.
awk '
  /^## / { on = ($0 ~ /^## Querying the graph/ || $0 ~ /^## Gephi and Graphviz/) }
  on && /^```sh$/ { inblock = 1; next }
  inblock && /^```$/ { inblock = 0; print ""; next }
  on && inblock { print }
' "$MD" >"$DIR/blocks.sh"
grep -q 'newskg extract -f nquads' "$DIR/blocks.sh" || {
  echo "no README commands found in $MD" >&2
  exit 1
}

free_port() {
  "$NODE" -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
SQL=$(free_port)
HTTP=$(free_port)
echo "SQL=$SQL" >"$DIR/ports"

sed -e "s/^SQL=1111 HTTP=8890 .*/SQL=$SQL HTTP=$HTTP/" \
    -e 's/^npm install oxigraph@.*/: npm install: the pinned copy is on NODE_PATH/' \
    -e 's|-o ontology/example-summit.png|-o example-summit.png|' \
    "$DIR/blocks.sh" >"$DIR/run.sh"

mkdir -p "$DIR/build"
ln -s "$CLI" "$DIR/build/newskg"
ln -s "$SRC/tests" "$DIR/tests"
ln -s "$SRC/ontology" "$DIR/ontology"
(cd "$DIR" && NODE_PATH="$SRC/tests/store/node_modules" sh -e run.sh) >"$DIR/out.txt" 2>&1

# Oxigraph's CSV and Virtuoso's (which quotes strings)
pair='Ilham Aliyev"*,"*http://www.wikidata.org/entity/Q7035479"*,"*Nikol Pashinyan'
n=$(grep -c "$pair" "$DIR/out.txt" || true)
if [ "$n" -lt 2 ]; then
  echo "who met whom: '$pair' printed $n times, want 2 (Oxigraph, Virtuoso)" >&2
  exit 1
fi
grep -q 'edgedefault="undirected"' "$DIR/summit-actors.graphml"
head -c 8 "$DIR/example-summit.png" | od -c | grep -q 'P   N   G'
echo "store.readme: the README's commands run and answer as shown"

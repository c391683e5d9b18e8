#!/bin/sh
# store.virtuoso: newskg's N-Quads in a real Virtuoso server.
#
#   virtuoso.sh WORK NODE [VIRTUOSO-T ISQL-VT]
#
# Starts virtuoso-t (Debian's virtuoso-opensource) with its own temporary
# database directory and a virtuoso.ini that listens on two free loopback
# ports (SQL for isql, HTTP for /sparql), bulk-loads WORK/*.nq (one named
# graph per article) with ld_dir + rdf_loader_run, and runs queries.mjs
# against /sparql: every graph holds its article's quads, and
# ontology/queries/*.rq give the answers of expected.json.  Then, per
# article, deletes its graph (SPARQL CLEAR GRAPH for one, DROP GRAPH for
# the other), checks it is gone and the rest intact, reloads the file with
# ld_add and checks everything again.  The server is stopped and the
# directory removed on every exit, failures included.
set -eu

WORK=$1
NODE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
VIRTUOSO=${3:-virtuoso-t}
ISQL=${4:-isql-vt}

DIR=$(mktemp -d "${TMPDIR:-/tmp}/newskg-virtuoso.XXXXXX")
PID=
cleanup() {
  rc=$?
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    # a clean shutdown first, then the hard way
    "$ISQL" "127.0.0.1:$SQL_PORT" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    i=0
    while kill -0 "$PID" 2>/dev/null && [ $i -lt 50 ]; do
      sleep 0.2
      i=$((i + 1))
    done
    kill -9 "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  if [ $rc -ne 0 ] && [ -f "$DIR/virtuoso.log" ]; then
    echo "--- virtuoso.log (last lines) ---" >&2
    tail -n 20 "$DIR/virtuoso.log" >&2
  fi
  rm -rf "$DIR"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two free loopback ports (asked of the kernel, so nothing else holds them).
free_port() {
  "$NODE" -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
SQL_PORT=$(free_port)
HTTP_PORT=$(free_port)
while [ "$HTTP_PORT" = "$SQL_PORT" ]; do HTTP_PORT=$(free_port); done

mkdir -p "$DIR/data" "$DIR/www"
# The article files keep their names (spaces, '#', '%'): the loader must
# take them as they are.
for f in "$WORK"/*.nq; do
  case $(basename "$f") in all.*) continue ;; esac
  cp "$f" "$DIR/data/"
done

cat >"$DIR/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $DIR/virtuoso.db
ErrorLogFile       = $DIR/virtuoso.log
LockFile           = $DIR/virtuoso.lck
TransactionFile    = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $DIR/virtuoso-temp.db
TransactionFile    = $DIR/virtuoso-temp.trx

[Parameters]
ServerPort         = 127.0.0.1:$SQL_PORT
DisableUnixSocket  = 1
DirsAllowed        = ., $DIR/data
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CheckpointInterval = 0

[HTTPServer]
ServerPort           = 127.0.0.1:$HTTP_PORT
ServerRoot           = $DIR/www
ServerThreads        = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows   = 100000
EOF

"$VIRTUOSO" +foreground +configfile "$DIR/virtuoso.ini" >"$DIR/server.out" 2>&1 &
PID=$!

# Statements go in on standard input, one per line: isql decodes %XX in an
# exec= argument, which would turn the IRI ".../odd%20names" into
# ".../odd names".
isql() {
  out=$(printf '%s\n' "$1" | "$ISQL" "127.0.0.1:$SQL_PORT" dba dba VERBOSE=OFF \
    BANNER=OFF PROMPT=OFF ECHO=OFF 2>&1) || {
    echo "isql failed: $1" >&2
    echo "$out" >&2
    return 1
  }
  case $out in *"*** Error"*)
    echo "isql error: $1" >&2
    echo "$out" >&2
    return 1
    ;;
  esac
  printf '%s\n' "$out"
}

# Wait for SQL and HTTP (a new database takes a few seconds to create).
i=0
until "$ISQL" "127.0.0.1:$SQL_PORT" dba dba exec="select 1;" >/dev/null 2>&1 &&
  "$NODE" -e "fetch('http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "virtuoso-t exited:" >&2
    cat "$DIR/server.out" >&2
    exit 1
  fi
  i=$((i + 1))
  if [ $i -ge 120 ]; then
    echo "virtuoso-t did not come up in 60 s" >&2
    exit 1
  fi
  sleep 0.5
done
echo "virtuoso: up on 127.0.0.1:$SQL_PORT (SQL) and :$HTTP_PORT (HTTP)"

ENDPOINT=http://127.0.0.1:$HTTP_PORT/sparql
# Quads carry their graph; the ld_dir graph is for triples only.
DEFAULT_GRAPH=urn:newskg:test:unused

load_errors() {
  isql "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" |
    grep -v '^\s*$' | grep -v 'Rows\.' || true
}

isql "ld_dir('$DIR/data', '*.nq', '$DEFAULT_GRAPH');
rdf_loader_run();
checkpoint;" >/dev/null
errs=$(load_errors)
if [ -n "$errs" ] && printf '%s' "$errs" | grep -q 'nq'; then
  echo "bulk load errors: $errs" >&2
  exit 1
fi
"$NODE" "$HERE/queries.mjs" endpoint "$ENDPOINT" "$DIR/data"

# Per article: delete its named graph, check, reload, check.  The first
# with SPARQL CLEAR GRAPH, the rest with DROP SILENT GRAPH (Virtuoso refuses
# a plain DROP of a graph that no CREATE GRAPH made).
verb="CLEAR GRAPH"
for f in "$DIR"/data/*.nq; do
  name=$(basename "$f" .nq)
  graph=$(head -n 1 "$f" | sed 's/.*<\([^>]*\)> \.$/\1/')
  isql "SPARQL $verb <$graph>;" >/dev/null
  "$NODE" "$HERE/queries.mjs" endpoint "$ENDPOINT" "$DIR/data" --without "$name"
  isql "DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = '$f';
ld_add('$f', '$DEFAULT_GRAPH');
rdf_loader_run();
checkpoint;" >/dev/null
  "$NODE" "$HERE/queries.mjs" endpoint "$ENDPOINT" "$DIR/data"
  echo "virtuoso: $verb <$graph> and reload: as before"
  verb="DROP SILENT GRAPH"
done
echo "store.virtuoso: all checks passed"

#!/bin/sh
# A real Dask cluster on loopback for the cluster.* tests:
#
#   cluster.sh PYTHON WORK COMMAND [ARGS...]
#
# Starts a dask-scheduler and two dask-workers (PYTHON -m distributed.cli.*,
# so the interpreter that has `distributed` runs them) listening on
# 127.0.0.1 only, on ports the kernel picks (the scheduler writes its
# address to a scheduler file; nothing can take a port between a probe and
# its use).  Then runs COMMAND with
#
#   NEWSKG_DASK_SCHEDULER   tcp://127.0.0.1:PORT
#   NEWSKG_DASK_WORKERS     "a:PGID b:PGID", each worker in its own process
#                           group, so killing it kills the newskg it runs
#
# and each worker exports NEWSKG_TEST_WORKER=a or b to the tasks it runs.
# The trap stops the workers and the scheduler on every exit, failures and
# signals included; every wait is bounded.
set -eu

PY=$1
WORK=$2
shift 2

rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
PGIDS=

stop() {
  rc=$?
  for p in $PGIDS; do kill -TERM "-$p" 2>/dev/null || true; done
  i=0
  while [ $i -lt 50 ]; do
    alive=
    for p in $PGIDS; do kill -0 "-$p" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
    i=$((i + 1))
  done
  for p in $PGIDS; do kill -KILL "-$p" 2>/dev/null || true; done
  # A server left running is a failure too (ports, CPU for the next test).
  sleep 0.2
  for p in $PGIDS; do
    if kill -0 "-$p" 2>/dev/null; then
      echo "cluster: process group $p still running after SIGKILL" >&2
      rc=1
    fi
  done
  if [ $rc -ne 0 ]; then
    for log in "$WORK"/*.log; do
      [ -f "$log" ] || continue
      echo "--- $(basename "$log") (last lines) ---" >&2
      tail -n 15 "$log" >&2
    done
  fi
  exit $rc
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# setsid: each server leads its own process group (the trap and the
# worker-kill test signal the group).  $! is then the group id.
start() {
  log=$1
  shift
  setsid "$@" >"$WORK/$log.log" 2>&1 </dev/null &
  PGIDS="$PGIDS $!"
  LAST=$!
}

# The dashboard needs bokeh and would listen on more ports: off.
start scheduler "$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 \
  --no-dashboard --scheduler-file "$WORK/scheduler.json"
i=0
until [ -s "$WORK/scheduler.json" ]; do
  i=$((i + 1))
  if [ $i -ge 300 ]; then
    echo "dask-scheduler wrote no scheduler file in 30 s" >&2
    exit 1
  fi
  sleep 0.1
done

# --no-nanny: a killed worker stays dead (a nanny would restart it, and the
# test wants Dask to move its tasks to the other one).  One thread each:
# two workers, two shards at a time, on two cores.
WORKERS=
for w in a b; do
  mkdir -p "$WORK/worker-$w"
  start "worker-$w" env NEWSKG_TEST_WORKER=$w "$PY" -m distributed.cli.dask_worker \
    --scheduler-file "$WORK/scheduler.json" --host 127.0.0.1 --no-nanny \
    --nthreads 1 --no-dashboard --name "$w" --death-timeout 60 \
    --local-directory "$WORK/worker-$w"
  WORKERS="$WORKERS $w:$LAST"
done

NEWSKG_DASK_SCHEDULER=$("$PY" - "$WORK/scheduler.json" <<'EOF'
import json, sys
from distributed import Client
address = json.load(open(sys.argv[1]))['address']
# Loopback only: the tests never open a port on another address.
if not address.startswith('tcp://127.0.0.1:'):
    sys.exit('scheduler listens on %s, not on 127.0.0.1' % address)
with Client(address, timeout=30) as c:
    c.wait_for_workers(2, timeout=60)
    for w in c.scheduler_info()['workers']:
        if not w.startswith('tcp://127.0.0.1:'):
            sys.exit('worker listens on %s, not on 127.0.0.1' % w)
print(address)
EOF
)
export NEWSKG_DASK_SCHEDULER
NEWSKG_DASK_WORKERS=${WORKERS# }
export NEWSKG_DASK_WORKERS
echo "cluster: scheduler $NEWSKG_DASK_SCHEDULER, workers $NEWSKG_DASK_WORKERS"

"$@"

#!/usr/bin/env bash
# Benchmark (not a test; it asserts nothing about time): the most expensive
# read-only request one user can send under the body cap, as an
# administrator of a province on the all-China grid (issue 7, item 4).
#
#   tests/bench/cost.sh [DIVISION_DIR]
#
# For each database (a fresh SQLite file and a fresh PostgreSQL database):
# `safegrid import-divisions DIR` (all of China, ≈665k nodes), an
# administrator of $PROVINCE (default 41, 河南省), the release server, then
# tests/src/bin/cost_bench: it looks for the worst request the server
# accepts: for each shape (1–3 nested `nodes`/`children` lists, `first`
# 100 down to 1) as many aliases as fit under the body cap and the server
# accepts (a request refused before it runs answers at once, so the search
# costs nothing); the accepted ones run, the slowest is the worst (the
# search stops at the first that runs 10 s), while $ME_CLIENTS clients ask
# `me` in a loop. It reports:
#   - the heavy request: its shape, how long the server took, its status and
#     size;
#   - `me` while it ran: p50/p99/max and failures (and p99 on the idle server);
#   - the server's peak resident memory (VmHWM of the server process).
#
# Environment:
#   SAFEGRID_BIN           the server binary to measure (default: build this
#                          checkout's release binary); e.g. an older build
#                          to measure before a change
#   SAFEGRID_BENCH_PG_URL  PostgreSQL (default postgres://postgres@127.0.0.1:5432);
#                          the script creates and drops safegrid_bench_cost
#   SKIP_PG=1 / SKIP_SQLITE=1   skip one database
#   PROVINCE (41)          the province code of the administrator
#   ME_CLIENTS (2)         concurrent `me` clients
# Results: printed, and written to /tmp/cost-<time>/results.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${1:-$ROOT/../shared/data/china-division}
DIR=$(cd "$DIR" && pwd)
PG_URL=${SAFEGRID_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
PG_DB=safegrid_bench_cost
PROVINCE=${PROVINCE:-41}
ME_CLIENTS=${ME_CLIENTS:-2}
ADMIN=province-admin
export COST_BENCH_PASSWORD=safegrid-bench-admin
OUT=/tmp/cost-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$OUT"

# The server is measured in its release build; the driver is only a client
# (its timings are taken around whole HTTP requests), so its debug build does.
echo "== building the binaries"
(cd "$ROOT" && cargo build -p tests --bin cost_bench)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [[ -z ${SAFEGRID_BIN:-} ]]; then
    (cd "$ROOT" && cargo build --release -p api --bin safegrid)
    BIN=$TARGET/release/safegrid
else
    BIN=$SAFEGRID_BIN
fi
DRIVER=$TARGET/debug/cost_bench
[[ -x $BIN && -x $DRIVER ]] || { echo "no binaries ($BIN, $DRIVER)" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
    if [[ -z ${SKIP_PG:-} ]]; then
        psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

declare -a ROWS=()

# one LABEL URL
one() {
    local label=$1 url=$2
    echo "== $label: importing all of China"
    SAFEGRID_DATABASE_URL=$url RUST_LOG=warn "$BIN" migrate >/dev/null
    SAFEGRID_DATABASE_URL=$url RUST_LOG=warn "$BIN" import-divisions "$DIR" | tail -n 1
    SAFEGRID_DATABASE_URL=$url RUST_LOG=warn "$BIN" create-admin --username "$ADMIN" \
        --node-code "$PROVINCE" --password "$COST_BENCH_PASSWORD" >/dev/null
    local port; port=$(free_port)
    SAFEGRID_DATABASE_URL=$url SAFEGRID_BIND=127.0.0.1:$port SAFEGRID_DATA_DIR=$WORK/data \
        SAFEGRID_RATE_LIMIT=100000000 RUST_LOG=warn "$BIN" serve >"$OUT/server-$label.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 150); do
        curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        sleep 0.2
    done
    echo "== $label: measuring"
    "$DRIVER" --server "http://127.0.0.1:$port" --username "$ADMIN" --pid "$SERVER_PID" \
        --me-clients "$ME_CLIENTS" --label "$label" | tee "$OUT/measure-$label.log"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
    while IFS='|' read -r _ l shape status took size p99 idle failed n rss; do
        ROWS+=("| $l | $shape | $status | $took | $size | $p99 ms | $idle ms | $failed of $n | $rss MB |")
    done < <(grep '^RESULT|' "$OUT/measure-$label.log")
}

if [[ -z ${SKIP_SQLITE:-} ]]; then
    one SQLite "sqlite://$WORK/cost.db?mode=rwc"
fi
if [[ -z ${SKIP_PG:-} ]]; then
    if psql "$PG_URL/postgres" -qc "SELECT 1" >/dev/null 2>&1; then
        psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1
        psql "$PG_URL/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
        one PostgreSQL "$PG_URL/$PG_DB"
    else
        echo "PostgreSQL does not answer at $PG_URL; skipped" >&2
    fi
fi

{
    echo "# Cost benchmark ($(nproc) CPUs, $(date -u +%F), $BIN)"
    echo
    echo "| database | worst accepted request | answer | server time | size | me p99 while it ran | me p99 idle | me failed | server peak RSS |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} | tee "$OUT/results.md"
echo "(written to $OUT/results.md)"

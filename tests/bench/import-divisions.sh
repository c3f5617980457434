#!/usr/bin/env bash
# Benchmark (not a test): `safegrid import-divisions` of all of China
# (≈665k nodes) into a fresh SQLite file and a fresh PostgreSQL database,
# reporting wall time, peak memory (maximum resident set size) and the node
# count, then a second, idempotent run (it must insert nothing).
#
#   tests/bench/import-divisions.sh [DIVISION_DIR]
#
# DIVISION_DIR defaults to ../shared/data/china-division relative to the
# repository root. PostgreSQL: $SAFEGRID_BENCH_PG_URL (default
# postgres://postgres@127.0.0.1:5432); the script creates and drops the
# database safegrid_bench_import. Set SKIP_PG=1 or SKIP_SQLITE=1 to skip one.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${1:-$ROOT/../shared/data/china-division}
DIR=$(cd "$DIR" && pwd)
PG_URL=${SAFEGRID_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
PG_DB=safegrid_bench_import

if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (/usr/bin/time) ..." >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

echo "== building the release binary"
(cd "$ROOT" && cargo build --release -p api)
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/safegrid
[[ -x $BIN ]] || { echo "no binary at $BIN" >&2; exit 1; }

WORK=$(mktemp -d)
cleanup() {
    rm -rf "$WORK"
    if [[ -z ${SKIP_PG:-} ]]; then
        psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

declare -a REPORT=()

# timed LABEL URL: one import run, measured by GNU time.
timed() {
    local label=$1 url=$2
    # Migrations first, untimed, so the numbers are the import alone.
    SAFEGRID_DATABASE_URL=$url "$BIN" migrate >/dev/null
    SAFEGRID_DATABASE_URL=$url RUST_LOG=${RUST_LOG:-info,sqlx=warn,sea_orm=warn} \
        /usr/bin/time -v -o "$WORK/time.txt" "$BIN" import-divisions "$DIR" >"$WORK/out.txt" 2>&1 || {
        cat "$WORK/out.txt" >&2
        echo "import failed ($label)" >&2
        exit 1
    }
    local wall rss stats
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    stats=$(tail -n 1 "$WORK/out.txt")
    printf '   %-22s wall %-9s peak RSS %6d MB   %s\n' "$label" "$wall" "$((rss / 1024))" "$stats"
    REPORT+=("$(printf '%-22s wall %-9s peak RSS %6d MB   %s' "$label" "$wall" "$((rss / 1024))" "$stats")")
}

count_sqlite() {
    python3 - "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(con.execute("SELECT COUNT(*) FROM grid_nodes").fetchone()[0])
PY
}

if [[ -z ${SKIP_SQLITE:-} ]]; then
    echo "== SQLite"
    FILE=$WORK/bench.db
    URL="sqlite://$FILE?mode=rwc"
    timed "SQLite, fresh" "$URL"
    timed "SQLite, second run" "$URL"
    n=$(count_sqlite "$FILE")
    size=$(du -m "$FILE" | cut -f1)
    echo "   nodes in grid_nodes: $n; database file ${size} MB"
    REPORT+=("SQLite nodes: $n, file ${size} MB")
fi

if [[ -z ${SKIP_PG:-} ]]; then
    echo "== PostgreSQL ($PG_URL)"
    if ! psql "$PG_URL/postgres" -qc "SELECT 1" >/dev/null 2>&1; then
        echo "   PostgreSQL does not answer at $PG_URL; skipped" >&2
        REPORT+=("PostgreSQL: not reachable, skipped")
    else
        psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1
        psql "$PG_URL/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
        URL="$PG_URL/$PG_DB"
        timed "PostgreSQL, fresh" "$URL"
        timed "PostgreSQL, second run" "$URL"
        n=$(psql "$URL" -tAc "SELECT COUNT(*) FROM grid_nodes")
        size=$(psql "$URL" -tAc "SELECT pg_size_pretty(pg_total_relation_size('grid_nodes'))")
        echo "   nodes in grid_nodes: $n; table with indexes $size"
        REPORT+=("PostgreSQL nodes: $n, table+indexes $size")
    fi
fi

echo
echo "== summary ($(nproc) CPUs, $(date -u +%F))"
printf '   %s\n' "${REPORT[@]}"

#!/usr/bin/env bash
# Benchmark (not a test; it asserts nothing about time): a realistic year of
# field records, then the two queries a township and a county open every
# day, timed through the API and as the same SQL run bare (issue 3,
# "Acceptance").
#
#   tests/bench/field-records.sh [DIVISION_DIR]
#
# Datasets (each into a fresh SQLite file and a fresh PostgreSQL database):
#   fenggang  the demo grid of `safegrid serve --demo` (凤冈县: 14 townships,
#             87 villages, their groups, officers, liaisons, the deliberate
#             gaps), a login for everyone in post and for township leaders
#             (包村领导), and a year of records: ≈35,000 inspections, ≈3,500
#             hazards with their history.
#   zunyi     the same demo, then all of 遵义市 (520300) from
#             `safegrid import-divisions DIR --under 5203`, 8–15 villager groups
#             per imported village, an officer for most villages and a liaison
#             for most groups, and ≈850,000 inspections, ≈85,000 hazards.
# The records (tests/src/bin/field_bench): per post a habit — behind, steady
# or ahead of the quota (officer ≥ 4, liaison ≥ 3 a month) — scaled to the
# target; working days and hours, China time; sectors from the `sectors`
# table, seasonal; short Chinese notes; leader visits; ≈10% find a hazard,
# most fixed on the spot or rectified and verified, some rectifying, some
# overdue (with the server's automatic escalation replayed), a few passed
# up by hand; every step a `hazard_events` row. Rows use the entity types
# the server writes with. No photos, and no audit rows for generated data.
#
# Measured, per dataset × database (after a warm-up, REPS times each):
#   township month  monthOverview(nodeId: <busiest township>, month: <last
#                   complete month>) — skipped with a note if the server does
#                   not have it yet
#   overdue list    hazards(under: <county with most overdue>, overdue: true,
#                   first: 50) { totalCount edges { node { id title deadline
#                   handlingNodeName } } }
# through POST /graphql of the release server (as an administrator of
# 遵义市), and the statements the server issues for them (built with the
# server's own query code, written to the results directory) run bare
# through the same driver. Latency p50/p95/mean in ms, and API÷SQL at p50.
# Then the money pages (issue 9), through the API only (MONEY_REPS times):
#   city ledger     subsidyLedger(nodeId: 遵义市, year: <this year>) with
#                   every post's row and the totals
#   county ranking  scorecardRanking(countyId: <county with most townships>,
#                   year: <this year>), every card computed from the records
#
# Environment:
#   SAFEGRID_BENCH_PG_URL  PostgreSQL server (default
#                          postgres://postgres@127.0.0.1:5432); the script
#                          creates and drops the database safegrid_bench_field
#   SKIP_PG=1 / SKIP_SQLITE=1   skip one database
#   BENCH_SETS             datasets, default "fenggang zunyi"
#   REPS (200), WARMUP (20)     repetitions per query
#   MONEY_REPS (50)             repetitions per money query (after 5 warm-up)
#   FENGGANG_INSPECTIONS (35000), ZUNYI_INSPECTIONS (850000)
#   KEEP=1                 keep the databases (path printed) for a look after
# Results: printed, and written to /tmp/field-records-<time>/results.md with
# the generator's log and the measured statements.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${1:-$ROOT/../shared/data/china-division}
DIR=$(cd "$DIR" && pwd)
PG_URL=${SAFEGRID_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
PG_DB=safegrid_bench_field
SETS=${BENCH_SETS:-fenggang zunyi}
REPS=${REPS:-200}
WARMUP=${WARMUP:-20}
ADMIN=bench-admin
export FIELD_BENCH_PASSWORD=safegrid-bench-admin
OUT=/tmp/field-records-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$OUT"

if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (/usr/bin/time) ..." >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

echo "== building the release binaries"
(cd "$ROOT" && cargo build --release -p api -p tests --bin safegrid --bin field_bench)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}/release
BIN=$TARGET/safegrid
GEN=$TARGET/field_bench
[[ -x $BIN && -x $GEN ]] || { echo "no binaries in $TARGET" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    if [[ -z ${KEEP:-} ]]; then
        rm -rf "$WORK"
        if [[ -z ${SKIP_PG:-} ]]; then
            psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
        fi
    else
        echo "kept: $WORK (SQLite files), PostgreSQL database $PG_DB (the last dataset)"
    fi
}
trap cleanup EXIT

declare -a ROWS=() SIZES=() MONEY=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# count URL TABLE
count() {
    if [[ $1 == sqlite* ]]; then
        python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM "+sys.argv[2]).fetchone()[0])' "$FILE" "$2"
    else
        psql "$1" -tAc "SELECT COUNT(*) FROM $2"
    fi
}

# serve URL LOG: starts the release server on URL, waits until it answers.
serve() {
    PORT=$(free_port)
    SAFEGRID_DATABASE_URL=$1 SAFEGRID_BIND=127.0.0.1:$PORT SAFEGRID_DATA_DIR=$WORK/data \
        SAFEGRID_RATE_LIMIT=100000000 RUST_LOG=warn "$BIN" serve >"$2" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 150); do
        curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "the server did not start; see $2" >&2
    exit 1
}

stop() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

# capture URL SET: PostgreSQL logs every statement of one server run
# (log_statement=all for its sessions only) while each query is sent once;
# the benchmark's statements must appear there verbatim.
capture() {
    local log; log=$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n 1)
    if [[ -z $log || ! -r $log ]]; then
        echo "   (no readable PostgreSQL log: statements not cross-checked)"
        return 0
    fi
    local from; from=$(stat -c %s "$log")
    serve "$1?options=-c%20log_statement%3Dall" "$OUT/server-capture-$2.log"
    SAFEGRID_DATABASE_URL=$1 "$GEN" measure --server "http://127.0.0.1:$PORT" --username "$ADMIN" \
        --label capture --probe-only --statements-out "$OUT/statements-$2-pg.sql" >/dev/null
    stop
    tail -c "+$((from + 1))" "$log" >"$OUT/postgres-log-$2.txt"
    python3 - "$OUT/statements-$2-pg.sql" "$OUT/postgres-log-$2.txt" <<'PY' | tee -a "$OUT/statement-check.txt"
import re, sys
ours = [l.rstrip(";\n") for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("--")]
logged = set(m.group(1).strip() for m in re.finditer(r"LOG:  (?:execute [^:]+|statement): (.*)", open(sys.argv[2], encoding="utf-8", errors="replace").read()))
found = sum(1 for s in ours if s in logged)
print(f"   statements cross-check ({sys.argv[1].rsplit('/',1)[-1]}): {found} of {len(ours)} found verbatim in the server's PostgreSQL log")
PY
}

# one SET DB: generate, serve, measure.
one() {
    local set=$1 db=$2 url label inspections
    case $set in
        fenggang) inspections=${FENGGANG_INSPECTIONS:-35000}; label="Fenggang" ;;
        zunyi) inspections=${ZUNYI_INSPECTIONS:-850000}; label="Zunyi" ;;
        *) echo "unknown dataset $set" >&2; exit 1 ;;
    esac
    if [[ $db == sqlite ]]; then
        FILE=$WORK/$set.db
        rm -f "$FILE" "$FILE-wal" "$FILE-shm"
        url="sqlite://$FILE?mode=rwc"
        label="$label · SQLite"
    else
        psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1
        psql "$PG_URL/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
        url="$PG_URL/$PG_DB"
        label="$label · PostgreSQL"
    fi
    echo "== $label: generating"
    local log=$OUT/generate-$set-$db.log started=$SECONDS
    SAFEGRID_DATABASE_URL=$url nice "$GEN" setup | tee "$log"
    if [[ $set == zunyi ]]; then
        SAFEGRID_DATABASE_URL=$url RUST_LOG=warn nice "$BIN" import-divisions "$DIR" --under 5203 | tee -a "$log"
    fi
    SAFEGRID_DATABASE_URL=$url nice /usr/bin/time -v -o "$WORK/time.txt" "$GEN" generate --inspections "$inspections" | tee -a "$log"
    local took=$((SECONDS - started))
    local rss; rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    SAFEGRID_DATABASE_URL=$url RUST_LOG=warn "$BIN" create-admin --username "$ADMIN" --node-code 5203 --password "$FIELD_BENCH_PASSWORD" >/dev/null
    local size
    if [[ $db == sqlite ]]; then
        # Checkpoint the WAL so the file size is the database's.
        python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$FILE"
        size="$(du -m "$FILE" | cut -f1) MB file"
    else
        # What autovacuum would have done by the time anyone asks.
        psql "$url" -qc "VACUUM ANALYZE" >/dev/null
        size="$(psql "$url" -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))") database"
    fi
    SIZES+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %d:%02d | %d MB |' "$label" \
        "$(count "$url" grid_nodes)" "$(count "$url" accounts)" "$(count "$url" inspections)" \
        "$(count "$url" hazards)" "$(count "$url" hazard_events)" "$size" $((took / 60)) $((took % 60)) $((rss / 1024)))")

    if [[ $db == pg ]]; then capture "$url" "$set"; fi
    echo "== $label: measuring"
    serve "$url" "$OUT/server-$set-$db.log"
    SAFEGRID_DATABASE_URL=$url "$GEN" measure --server "http://127.0.0.1:$PORT" --username "$ADMIN" \
        --label "$label" --reps "$REPS" --warmup "$WARMUP" \
        --statements-out "$OUT/statements-$set-$db.sql" | tee "$OUT/measure-$set-$db.log"
    SAFEGRID_DATABASE_URL=$url "$GEN" money --server "http://127.0.0.1:$PORT" --username "$ADMIN" \
        --label "$label" --reps "${MONEY_REPS:-50}" | tee "$OUT/money-$set-$db.log"
    stop
    while IFS='|' read -r _ l q target rest; do
        MONEY+=("| $l | $q | $target | ${rest//|/ | } |")
    done < <(grep '^MONEY|' "$OUT/money-$set-$db.log")
    while IFS='|' read -r _ l q target rest; do
        ROWS+=("| $l | $q | $target | ${rest//|/ | } |")
    done < <(grep '^RESULT|' "$OUT/measure-$set-$db.log")
}

for set in $SETS; do
    if [[ -z ${SKIP_SQLITE:-} ]]; then one "$set" sqlite; fi
    if [[ -z ${SKIP_PG:-} ]]; then
        if psql "$PG_URL/postgres" -qc "SELECT 1" >/dev/null 2>&1; then
            one "$set" pg
        else
            echo "   PostgreSQL does not answer at $PG_URL; skipped" >&2
        fi
    fi
done

{
    echo "## Field records benchmark ($(date -u +%F), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "Latency in ms over $REPS sequential requests after $WARMUP warm-up; SQL = the server's statements for the query run bare through the same driver."
    echo
    echo "| dataset · database | query | for | API p50 | API p95 | API mean | SQL p50 | SQL p95 | SQL mean | API÷SQL (p50) | statements | answer |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Money pages through the API, ${MONEY_REPS:-50} sequential requests after 5 warm-up:"
    echo
    echo "| dataset · database | query | for | API p50 | API p95 | API mean | answer size | answer |"
    echo "|---|---|---|---:|---:|---:|---:|---|"
    printf '%s\n' "${MONEY[@]}"
    echo
    echo "| dataset · database | grid nodes | accounts | inspections | hazards | hazard events | size | generation (m:ss) | generator peak RSS |"
    echo "|---|---:|---:|---:|---:|---:|---|---:|---:|"
    printf '%s\n' "${SIZES[@]}"
    if [[ -f $OUT/statement-check.txt ]]; then echo; cat "$OUT/statement-check.txt"; fi
} | tee "$OUT/results.md"
echo
echo "results: $OUT/results.md (statements and logs alongside)"

#!/usr/bin/env bash
# SafeGrid's one test command (README): installs and starts what the tests
# need on a fresh machine, then runs
#   1. every Rust test of the workspace: unit tests, and the integration
#      tests (real server, real HTTP) on SQLite;
#   2. the integration tests again on PostgreSQL (TEST_DATABASE_URL, default
#      postgres://postgres@127.0.0.1:5432); skipped, saying so, when none
#      answers, unless SAFEGRID_REQUIRE_POSTGRES=1 (CI), which fails instead;
#   3. the web app's unit tests (natively), the web app build and the server build;
#   4. the browser tests in headless Chromium (`npm test` in tests/browser;
#      screenshots: target/screenshots and tests/browser/screenshots);
#   5. the crash test: kill -9 of the real server during writes.
# Exits non-zero if anything failed. Debug builds only: no release build here.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
STARTED=$(date +%s)
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/safegrid-run.XXXXXX")
trap 'rm -rf "$LOGS"' EXIT
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export DEBIAN_FRONTEND=noninteractive
# Integration tests wait on the database and the network more than on the
# CPU: more threads than cores finish sooner.
export RUST_TEST_THREADS="${RUST_TEST_THREADS:-4}"
# The in-process test server's worker threads take the default stack: a
# debug build's GraphQL futures (one merged Query and Mutation of every
# capability) outgrew 2 MiB on PostgreSQL, so threads get 16 MiB here.
export RUST_MIN_STACK="${RUST_MIN_STACK:-16777216}"
PG_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432}"
PG_URL="${PG_URL%/}"

SUMMARY=()
FAILED_STEPS=0
say() { printf '\n==> %s\n' "$*"; }
elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
is_root() { [ "$(id -u)" = 0 ]; }

APT_UPDATED=0
apt_install() {
    if ! is_root || ! command -v apt-get >/dev/null; then
        echo "cannot install $* (not root, or no apt-get): install it and run again" >&2
        return 1
    fi
    if [ "$APT_UPDATED" = 0 ]; then
        apt-get update -qq && APT_UPDATED=1
    fi
    apt-get install -y -qq "$@" </dev/null
}

# step NAME COMMAND...: runs a step, keeps its output for the counts.
step() {
    local name=$1 log t0
    shift
    log="$LOGS/$(printf '%02d' ${#SUMMARY[@]}).log"
    t0=$(date +%s)
    say "$name"
    if "$@" 2>&1 | tee "$log"; then
        SUMMARY+=("ok       $name ($(elapsed "$t0"))")
    else
        SUMMARY+=("FAILED   $name ($(elapsed "$t0"))")
        FAILED_STEPS=$((FAILED_STEPS + 1))
        touch "$log.failed"
    fi
}

skip() {
    SUMMARY+=("SKIPPED  $1")
    say "SKIPPED: $1"
}

# ---------------------------------------------------------------- setup
setup() {
    if command -v rustup >/dev/null; then
        rustup target add wasm32-unknown-unknown || return 1
    else
        echo "rustup not found: the web app needs the wasm32-unknown-unknown target" >&2
        return 1
    fi
    if [ ! -x /usr/bin/chromium ]; then
        echo "installing Chromium (Debian package) for the browser test"
        apt_install chromium chromium-driver || return 1
    fi
    # Without a CJK font the screenshots show boxes instead of Chinese.
    if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
        echo "installing a Chinese font for the browser screenshots"
        apt_install fonts-wqy-microhei || return 1
    fi
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "installing Node.js and npm for the browser test"
        apt_install nodejs npm || return 1
    fi
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || return 1
}

pg_answers() {
    command -v psql >/dev/null || return 1
    psql "$PG_URL/postgres" -XAtqc 'select 1' >/dev/null 2>&1
}

pg_start_local() {
    local versions
    versions=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$versions" ] && is_root || return 1
    echo "starting the local PostgreSQL $versions cluster"
    pg_ctlcluster --skip-systemctl-redirect "$versions" main start || true
    for _ in $(seq 1 30); do
        pg_answers && return 0
        sleep 1
    done
    return 1
}

# A machine with no PostgreSQL at all gets Debian's, with a password for
# TCP logins (Debian does not trust 127.0.0.1 by default).
pg_install_local() {
    [ -z "${TEST_DATABASE_URL:-}" ] || return 1
    echo "installing PostgreSQL (Debian package)"
    apt_install postgresql postgresql-client || return 1
    pg_start_local
    pg_answers && return 0
    su postgres -c "psql -XAtqc \"ALTER USER postgres PASSWORD 'postgres'\"" || return 1
    PG_URL="postgres://postgres:postgres@127.0.0.1:5432"
    pg_answers
}

# Test databases whose test process is gone (a killed run; the demo
# template of the run that just ended).
pg_drop_leftovers() {
    local name pid
    psql "$PG_URL/postgres" -XAtqc "SELECT datname FROM pg_database WHERE datname LIKE 'safegrid\_test\_%'" 2>/dev/null |
        while read -r name; do
            pid=${name#safegrid_test_}
            pid=${pid%%_*}
            [ -n "$pid" ] && [ -d "/proc/$pid" ] && continue
            psql "$PG_URL/postgres" -XAtqc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true
        done
}

ensure_postgres() {
    pg_answers && return 0
    pg_start_local && return 0
    if [ "${SAFEGRID_REQUIRE_POSTGRES:-0}" = 1 ] && [ ! -d /etc/postgresql ]; then
        pg_install_local && return 0
    fi
    return 1
}

# ---------------------------------------------------------------- tests
say "SafeGrid tests in $ROOT (target: ${CARGO_TARGET_DIR:-target})"
step "setup: wasm target, Chromium, browser test packages" setup

step "unit tests and integration tests on SQLite" \
    env -u SAFEGRID_TEST_BACKEND cargo test --workspace --exclude frontend

# The web app's own unit tests (outbox back-off, drafts, dates, i18n) run
# natively: they test logic, not the browser.
step "web app unit tests (cargo test -p frontend)" cargo test -p frontend

if ensure_postgres; then
    export TEST_DATABASE_URL="$PG_URL"
    step "integration tests on PostgreSQL ($PG_URL)" \
        env SAFEGRID_TEST_BACKEND=postgres cargo test -p tests --test api
    pg_drop_leftovers
elif [ "${SAFEGRID_REQUIRE_POSTGRES:-0}" = 1 ]; then
    SUMMARY+=("FAILED   integration tests on PostgreSQL: no PostgreSQL answers at $PG_URL (SAFEGRID_REQUIRE_POSTGRES=1)")
    FAILED_STEPS=$((FAILED_STEPS + 1))
    say "FAILED: no PostgreSQL answers at $PG_URL and SAFEGRID_REQUIRE_POSTGRES=1"
else
    skip "integration tests on PostgreSQL: no PostgreSQL answers at $PG_URL (set TEST_DATABASE_URL; only SQLite was tested)"
fi

step "web app build (cargo run -p xtask -- frontend)" cargo run -q -p xtask -- frontend
step "server build (cargo build -p api)" cargo build -q -p api

if [ -f frontend/dist/index.html ] && [ -x /usr/bin/chromium ] && [ -d tests/browser/node_modules ]; then
    step "browser tests in headless Chromium (login 360x740 and 1280x800; field work offline at 360x740)" \
        bash -c 'cd tests/browser && npm test --silent'
else
    SUMMARY+=("FAILED   browser test: needs frontend/dist, /usr/bin/chromium and tests/browser/node_modules")
    FAILED_STEPS=$((FAILED_STEPS + 1))
fi

if command -v python3 >/dev/null || apt_install python3; then
    step "crash test: kill -9 during writes keeps every acknowledged write (SQLite)" \
        bash -c 'cd tests/system && node --test crash.test.mjs'
else
    SUMMARY+=("FAILED   crash test: needs python3 (for SQLite's integrity_check)")
    FAILED_STEPS=$((FAILED_STEPS + 1))
fi

# ---------------------------------------------------------------- summary
passed=0 failed=0 skipped=0
for log in "$LOGS"/*.log; do
    [ -f "$log" ] || continue
    read -r p f i < <(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed; \([0-9]*\) ignored.*/\1 \2 \3/p' "$log" |
        awk '{p+=$1; f+=$2; i+=$3} END {print p+0, f+0, i+0}')
    read -r np nf ns < <(sed -n 's/^# \(pass\|fail\|skipped\) \([0-9]*\)$/\1 \2/p' "$log" |
        awk '$1=="pass"{p+=$2} $1=="fail"{f+=$2} $1=="skipped"{s+=$2} END {print p+0, f+0, s+0}')
    passed=$((passed + p + np))
    failed=$((failed + f + nf))
    skipped=$((skipped + i + ns))
    # A step that failed without a failing test (a build error) counts once.
    if [ -f "$log.failed" ] && [ $((f + nf)) = 0 ]; then failed=$((failed + 1)); fi
done
failed=$((failed > FAILED_STEPS ? failed : FAILED_STEPS))

printf '\n==== SafeGrid test summary (%s) ====\n' "$(elapsed "$STARTED")"
printf '%s\n' "${SUMMARY[@]}"
printf 'screenshots: %s\n' "$ROOT/target/screenshots"
echo "total: $passed passed, $failed failed, $skipped skipped"
[ "$FAILED_STEPS" = 0 ]

//! SafeGrid's black-box tests live in `tests/api/` (one test binary, `api`):
//! each test starts the real server on port 0 over a fresh database and
//! talks to it over HTTP. `tests/browser/` drives the web app in headless
//! Chromium, and `tests/run.sh` runs everything. This library is empty.

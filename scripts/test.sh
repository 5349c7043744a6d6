#!/usr/bin/env bash
# Runs every check and test: formatting, lints (native and wasm), the unit
# tests of every crate, the API tests against a real server on a real SQLite
# file (and again on PostgreSQL when DATABASE_URL names one), the API fuzzed
# from its OpenAPI document, then the browser tests in headless Chromium
# against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says how long the one before took, and the whole run its total.
started=$SECONDS
last=
step() {
  if [ -n "$last" ]; then printf '\033[2m(%ss)\033[0m\n' $((SECONDS - last)); fi
  last=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}
build= fuzz=
finish() {
  # A build or a fuzzing still under way when a step failed goes with the run.
  if [ -n "$build" ]; then kill -- "-$build" 2>/dev/null || true; fi
  if [ -n "$fuzz" ]; then kill -- "-$fuzz" 2>/dev/null || true; fi
  printf '\033[2m(%ss; %ss in all)\033[0m\n' $((SECONDS - ${last:-$started})) $((SECONDS - started))
}
trap finish EXIT

step "tools"
scripts/setup.sh --browser

step "format"
cargo fmt --all --check

step "lint"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p portal --target wasm32-unknown-unknown --features split -- -D warnings

# The release build of the app (its own build folder, scripts/build-app.sh)
# runs from here on beside the tests, which mostly wait for their disks,
# servers and fixed-time fuzzer; it is waited for before the browser tests.
mkdir -p target/test-logs
# (A session of its own, so that a failed step stops it, cargo and all.)
setsid scripts/build-app.sh >target/test-logs/build.txt 2>&1 &
build=$!

step "unit and API tests"
# Built once; on SQLite, and on PostgreSQL when DATABASE_URL names one, side
# by side (the tests mostly wait for their disks and servers). The whole
# workspace both times, so that nothing is built again with other features.
env -u DATABASE_URL cargo test --workspace --no-run
# The fuzzer (a fixed 90 s against the server just built) runs beside them.
setsid scripts/fuzz-api.sh >target/test-logs/fuzz.txt 2>&1 &
fuzz=$!
case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*)
    logs=target/test-logs
    mkdir -p "$logs"
    env -u DATABASE_URL cargo test --workspace >"$logs/sqlite.txt" 2>&1 &
    sqlite=$!
    cargo test --workspace --tests >"$logs/postgres.txt" 2>&1 &
    postgres=$!
    sqlite_status=0 postgres_status=0
    wait "$sqlite" || sqlite_status=$?
    wait "$postgres" || postgres_status=$?
    printf '\n\033[1m-- on SQLite\033[0m\n'
    cat "$logs/sqlite.txt"
    printf '\n\033[1m-- on PostgreSQL\033[0m\n'
    cat "$logs/postgres.txt"
    if [ "$sqlite_status" != 0 ] || [ "$postgres_status" != 0 ]; then
      echo "unit and API tests failed (SQLite: $sqlite_status, PostgreSQL: $postgres_status)" >&2
      exit 1
    fi
    ;;
  *)
    env -u DATABASE_URL cargo test --workspace
    ;;
esac

# Waits for the step begun in the background as `pid`, shows its log, and
# stops the run if it failed.
finished() {
  local pid=$1 log=$2 failure=$3 status=0
  wait "$pid" || status=$?
  cat "$log"
  if [ "$status" != 0 ]; then
    echo "$failure" >&2
    exit 1
  fi
}

step "API fuzzing (schemathesis, from the OpenAPI document; begun with the tests)"
finished "$fuzz" target/test-logs/fuzz.txt "the API fuzzing found a problem"
fuzz=

step "build the app (begun after the lint)"
finished "$build" target/test-logs/build.txt "the app's build failed"
build=

step "browser tests"
# Against target/debug/portal-server as the tests' build left it: a `cargo
# build -p portal-server` would build every dependency again with the
# server's features alone, not the workspace's, for nothing but time and disk.
# Two files at a time, each with its own server and browser (they pass on a
# loaded machine too); a test that hangs fails after two minutes instead of
# holding CI.
node --test --test-concurrency=2 --test-timeout=120000 tests/

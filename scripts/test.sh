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
trap 'printf "\033[2m(%ss; %ss in all)\033[0m\n" $((SECONDS - ${last:-$started})) $((SECONDS - started))' EXIT

step "tools"
scripts/setup.sh --browser

step "format"
cargo fmt --all --check

step "lint"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p portal --target wasm32-unknown-unknown --features split -- -D warnings

step "unit and API tests"
# Built once; on SQLite, and on PostgreSQL when DATABASE_URL names one, side
# by side (the tests mostly wait for their disks and servers). The whole
# workspace both times, so that nothing is built again with other features.
env -u DATABASE_URL cargo test --workspace --no-run
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

step "API fuzzing (schemathesis, from the OpenAPI document), and the app's build beside it"
# The fuzzer runs the server the tests built, for its fixed time, while the
# release build of the app takes the cores it leaves.
mkdir -p target/test-logs
scripts/fuzz-api.sh >target/test-logs/fuzz.txt 2>&1 &
fuzz=$!
build_status=0 fuzz_status=0
scripts/build-app.sh || build_status=$?
wait "$fuzz" || fuzz_status=$?
cat target/test-logs/fuzz.txt
if [ "$build_status" != 0 ] || [ "$fuzz_status" != 0 ]; then
  echo "the app's build ($build_status) or the fuzzer ($fuzz_status) failed" >&2
  exit 1
fi
cargo build -p portal-server

step "browser tests"
# Two files at a time, each with its own server and browser (they pass on a
# loaded machine too); a test that hangs fails after two minutes instead of
# holding CI.
node --test --test-concurrency=2 --test-timeout=120000 tests/

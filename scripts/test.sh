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

step "unit and API tests (SQLite)"
env -u DATABASE_URL cargo test --workspace

case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*)
    step "API tests (PostgreSQL)"
    # The whole workspace, as above, so that nothing is built again for it.
    cargo test --workspace --tests
    ;;
esac

step "API fuzzing (schemathesis, from the OpenAPI document)"
scripts/fuzz-api.sh

step "build the app"
scripts/build-app.sh
cargo build -p portal-server

step "browser tests"
# A test that hangs fails after two minutes instead of holding CI.
node --test --test-concurrency=1 --test-timeout=120000 tests/

#!/usr/bin/env bash
# Fuzzes the API from its own OpenAPI document with schemathesis, every check
# on, reviewer routes included: a debug server on loopback with a fresh SQLite
# database, a reviewer's token, a request to aim at and a survey to list.
# Bounded in examples and time; fails on any finding, or if the server died.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

SCHEMATHESIS=target/tools/pypi/bin/schemathesis
server=target/debug/portal-server
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
mkdir "$work/dist"
echo '<!DOCTYPE html><title>portal</title>' >"$work/dist/index.html"
# Limits high enough for the fuzzer's pace (the limits have tests of their own).
cat >"$work/portal.toml" <<TOML
[limits]
lookup_burst = 1000000
lookups_per_minute = 1000000
submission_burst = 1000000
submissions_per_minute = 1000000
sign_in_burst = 1000000
sign_ins_per_minute = 1000000
draft_burst = 1000000
address_burst = 1000000
addresses_per_minute = 1000000
drafts_per_minute = 1000000
min_fill_seconds = 0
TOML
token=$(env -u DATABASE_URL "$server" --database "$work/portal.db" reviewer add Fuzz --role coordinator 2>/dev/null)
env -u DATABASE_URL "$server" --database "$work/portal.db" --config "$work/portal.toml" \
  serve --addr "127.0.0.1:$port" --dist "$work/dist" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('$base/api/health')" 2>/dev/null && break
  sleep 0.1
done
read -r PORTAL_REFERENCE _ < <(python3 scripts/fuzz/seed.py "$base" "$token")
export PORTAL_REFERENCE

"$SCHEMATHESIS" --config-file scripts/fuzz/schemathesis.toml run "$base/api/openapi.json" \
  --checks all -H "Authorization: Bearer $token" \
  --max-examples "${FUZZ_EXAMPLES:-100}" --max-time "${FUZZ_SECONDS:-90}" \
  --seed "${FUZZ_SEED:-20261201}" --workers 2 --no-color --output-truncate true

if ! kill -0 "$pid" 2>/dev/null || grep -q "panicked" "$work/server.log"; then
  say "the server did not survive the run:"
  tail -20 "$work/server.log"
  exit 1
fi
say "the server answered every request of the run and is still up"

#!/usr/bin/env bash
# Installs (Debian packages) and starts a local PostgreSQL with a `portal`
# role and database, where missing, then prints its URL for DATABASE_URL:
#   export DATABASE_URL=$(scripts/postgres.sh)
# Idempotent: a running server and an existing role are left as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
exec 3>&1 1>&2 # only the URL on standard output

apt_install postgresql
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  say "creating a PostgreSQL $version cluster"
  as_root pg_createcluster "$version" main >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
# The server outlives this script: it must not inherit any descriptor beyond
# the standard three (pg_ctl sends those to its log), or whoever reads this
# script's output, `$(scripts/postgres.sh)` or a CI log, waits for it forever.
pg_ctl_detached() {
  (for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
  done; as_root pg_ctlcluster "$version" "$cluster" "$1")
}
wait_ready() { for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done; }
if [ "$status" != online ]; then
  say "starting PostgreSQL $version/$cluster on port $port"
  pg_ctl_detached start
fi
wait_ready

sql() { as_postgres psql -p "$port" -tAq -c "$1"; }
# The API tests run many servers at once, each with its own pool.
if [ "$(sql "SHOW max_connections")" -lt 400 ]; then
  say "raising max_connections to 400 (restart)"
  sql "ALTER SYSTEM SET max_connections = 400"
  pg_ctl_detached restart
  wait_ready
fi
if [ "$(sql "SELECT 1 FROM pg_roles WHERE rolname = 'portal'")" != 1 ]; then
  say "creating the portal role and database"
  sql "CREATE ROLE portal LOGIN CREATEDB PASSWORD 'portal'"
fi
if [ "$(sql "SELECT 1 FROM pg_database WHERE datname = 'portal'")" != 1 ]; then
  sql "CREATE DATABASE portal OWNER portal"
fi
echo "postgres://portal:portal@127.0.0.1:$port/portal" >&3

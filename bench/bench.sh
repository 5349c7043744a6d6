#!/usr/bin/env bash
# Benchmarks of the portal; they print figures and assert nothing.
#
#   bench/bench.sh size    bytes a first visit of each public page downloads, and a
#                          whole session, in chunks and as one bundle (raw, gzip, brotli)
#   bench/bench.sh page    Lighthouse, mobile preset, 3 runs per page, medians
#   bench/bench.sh api     wrk against the release server on loopback, on SQLite,
#                          and on PostgreSQL too when DATABASE_URL names one
#                          (DATABASE_URL=$(scripts/postgres.sh) bench/bench.sh api)
#   bench/bench.sh scale   the reviewers' area with 100 000 generated requests: queue,
#                          filters, search, dashboard and public counts, p50 and p99,
#                          beside one indexed read (SQLite, and PostgreSQL when
#                          DATABASE_URL names one)
#   bench/bench.sh all     size, page and api, then the README table is rewritten
#
# It builds the release app and server first (scripts/build-app.sh, cargo) and
# installs what it needs: wrk (apt), Lighthouse (npm, in bench/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
mkdir -p bench/out

. scripts/lib.sh

scripts/setup.sh --browser >/dev/null
scripts/build-app.sh >/dev/null
cargo build --release -q -p portal-server
export PORTAL_SERVER="$PWD/target/release/portal-server"

case "$what" in
  size)
    # The same app as one bundle, beside the chunks.
    sed 's/ data-cargo-features="split"//' index.html > single.html
    trap 'rm -f single.html' EXIT
    # Built as the chunks are (scripts/lib.sh), for a fair comparison.
    wasm_release_env
    PATH="$PWD/scripts/bin:$PWD/node_modules/.bin:$PATH" trunk build single.html --release \
      --cargo-profile wasm-release --offline --dist bench/single-dist >/dev/null
    node bench/size.mjs ;;
  page)
    [ -d bench/node_modules/lighthouse ] || npm ci --prefix bench --no-audit --no-fund >/dev/null
    node bench/page.mjs ;;
  api)
    apt_install wrk sqlite3
    node bench/api.mjs ;;
  scale)
    apt_install sqlite3
    node bench/scale.mjs ;;
  all)
    "$0" size
    "$0" page
    "$0" api
    node bench/table.mjs ;;
  *) echo "usage: bench/bench.sh [size|page|api|scale|all]" >&2; exit 2 ;;
esac

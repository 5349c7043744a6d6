#!/usr/bin/env bash
# Builds everything in release mode and serves the app and the API on
# http://127.0.0.1:8080 with an embedded SQLite database in ./data/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-app.sh
cargo build --release -p portal-server
exec target/release/portal-server serve --addr "${PORTAL_ADDR:-127.0.0.1:8080}" --dist dist --database "${DATABASE_URL:-data/portal.db}"

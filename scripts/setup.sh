#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, only where it is
# missing: the wasm target, pinned Trunk and wasm-bindgen CLI, the npm tools
# (binaryen's wasm-opt 132, playwright-core, axe-core), brotli, and for the
# tests Debian's Chromium and ChromeDriver, Debian's nginx (in front of a
# server in a test of the deployment) and systemd-analyze (its unit), the API fuzzer schemathesis and
# Prometheus' text parser prometheus-client and the Standard Webhooks reference
# library standardwebhooks (PyPI, in target/tools/pypi).
# Idempotent and quick when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
SCHEMATHESIS_VERSION=4.32.5
PROMETHEUS_CLIENT_VERSION=0.23.1
STANDARDWEBHOOKS_VERSION=1.1.0
. scripts/lib.sh

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes a while once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen's CLI must be exactly the version of the crate in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Without --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# The splitter of the public app (scripts/bin/wasm-bindgen), pinned with
# the helpers in Cargo.lock and wasm-bindgen.
WASM_SPLIT_VERSION=0.2.4
# (it has no --version: cargo's list of installed packages tells)
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes a minute or two once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools"
  npm ci --no-audit --no-fund --loglevel=error
fi

apt_install brotli
if [ "${1:-}" = "--browser" ]; then
  apt_install chromium chromium-driver sqlite3 nginx systemd
  venv=target/tools/pypi
  if [ ! -x "$venv/bin/pip" ]; then
    python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$venv"; }
  fi
  if [ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != "schemathesis, version $SCHEMATHESIS_VERSION" ]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (PyPI)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  # The API tests parse the metrics with it (crates/server/tests/api/metrics.rs).
  if [ "$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("prometheus-client"))' 2>/dev/null)" != "$PROMETHEUS_CLIENT_VERSION" ]; then
    say "installing prometheus-client $PROMETHEUS_CLIENT_VERSION (PyPI)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "prometheus-client==$PROMETHEUS_CLIENT_VERSION"
  fi
  # The hosting side of the API tests checks each delivery and signs its
  # reports with it (crates/server/tests/api/spaces.rs).
  if [ "$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("standardwebhooks"))' 2>/dev/null)" != "$STANDARDWEBHOOKS_VERSION" ]; then
    say "installing standardwebhooks $STANDARDWEBHOOKS_VERSION (PyPI)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "standardwebhooks==$STANDARDWEBHOOKS_VERSION"
  fi
fi

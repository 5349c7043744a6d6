#!/usr/bin/env bash
# Builds the release app into dist/ (size-optimised wasm) and pre-compresses
# every file with brotli and gzip for the server to send as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --cargo-profile wasm-release --offline >/dev/null
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.txt' -o -name '*.json' \) |
  while read -r file; do
    brotli -f -q 11 -o "$file.br" "$file"
    gzip -f -9 -k "$file"
  done
wasm=$(ls dist/*.wasm)
printf '[build] %s: %s bytes, gzip %s, brotli %s\n' "$wasm" "$(stat -c %s "$wasm")" "$(stat -c %s "$wasm.gz")" "$(stat -c %s "$wasm.br")"

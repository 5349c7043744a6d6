#!/usr/bin/env bash
# Builds the release apps into dist/ (the public site, cut into chunks that
# each page fetches when first shown) and dist/admin/ (the reviewers' area),
# size-optimised wasm, and pre-compresses every file with brotli and gzip for
# the server to send as they are. scripts/bin/ comes first on PATH: its
# wasm-bindgen splits the public app before the real one runs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
export PATH="$PWD/scripts/bin:$PWD/node_modules/.bin:$PATH"
# A build folder of its own: the release build of the apps runs beside the
# native builds and tests without waiting for their lock (and shares no
# artefact with them anyway: another target, another profile).
export CARGO_TARGET_DIR="$PWD/target/wasm"
# Nothing the apps are made of changed since dist/ was built: it is kept
# (the wasm post-processing and the compression take minutes each time).
inputs=$(find src crates/core locales style public scripts/bin index.html admin.html \
  Trunk.toml Cargo.toml Cargo.lock build.rs .cargo package-lock.json \
  scripts/build-app.sh scripts/lib.sh scripts/stage-chunks.mjs -type f -print0 2>/dev/null |
  sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
stamp=target/wasm/dist.inputs
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ] && [ -f dist/index.html ] && [ -f dist/admin/index.html ]; then
  echo "[build] dist/ is up to date with its sources"
  exit 0
fi
rm -f "$stamp"
wasm_release_env
trunk build --release --cargo-profile wasm-release --offline >/dev/null
# The reviewers' area is a bundle of its own, served under /admin/.
trunk build admin.html --release --cargo-profile wasm-release --offline \
  --dist target/wasm/admin-dist --public-url /admin/ >/dev/null
rm -rf dist/admin
mv target/wasm/admin-dist dist/admin
# Two files at a time (brotli's best level takes a while on the wasm).
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.txt' -o -name '*.json' \) -print0 |
  xargs -0 -P 2 -n 1 sh -c 'brotli -f -q 11 -o "$1.br" "$1" && gzip -f -9 -k "$1"' compress
for wasm in dist/*_bg.wasm dist/admin/*.wasm; do
  printf '[build] %s: %s bytes, gzip %s, brotli %s\n' "$wasm" "$(stat -c %s "$wasm")" "$(stat -c %s "$wasm.gz")" "$(stat -c %s "$wasm.br")"
done
echo "$inputs" >"$stamp"

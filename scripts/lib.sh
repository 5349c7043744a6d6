# Shell helpers shared by the scripts (sourced, not run).

say() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; exit 1; fi
}

# Installs the Debian packages that are missing, and only those.
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return
  say "installing ${missing[*]} (apt)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The release builds of the apps (scripts/build-app.sh, and the benchmark's
# one-bundle build) leave out what only a developer reads: the file and line
# of a panic (-Zlocation-detail=none) and the text of `{:?}` (-Zfmt-debug=none,
# used by the apps only in error logs). Measured on 2026-12-07: the public
# main module 213.5 -> 207.1 kB brotli, all public wasm 31.5 kB smaller raw.
# Both are unstable flags of the pinned stable rustc, hence RUSTC_BOOTSTRAP
# for these builds only; a panic in the browser then says less where it
# happened. RUSTFLAGS replaces .cargo/config.toml's target flags, so
# `--cfg erase_components` is repeated here.
wasm_release_env() {
  export RUSTC_BOOTSTRAP=1
  export RUSTFLAGS="--cfg erase_components -Zlocation-detail=none -Zfmt-debug=none"
}

#!/usr/bin/env bash
# Installs what building (and, with --tests, testing) needs and is missing. Idempotent: every
# step is skipped when its tool is already there at the right version.
# Needs only a Rust toolchain (rustup) and Debian; run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

for_tests=0
[ "${1:-}" = "--tests" ] && for_tests=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

command -v cargo >/dev/null || { echo "setup: a Rust toolchain is needed (https://rustup.rs)" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than these machines have.
if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14$'; then
  say "installing trunk 0.21.14 (several minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

# Trunk cannot download wasm-bindgen here; the CLI must equal the library in Cargo.lock.
# Not --locked: its lock file asks for a crate version the registry here does not have.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wbg}$"; then
  say "installing wasm-bindgen-cli ${wbg} (a few minutes)"
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

apt_needed=()
command -v brotli >/dev/null || apt_needed+=(brotli)
if [ "$for_tests" = 1 ]; then
  [ -x /usr/bin/chromium ] || apt_needed+=(chromium)
  command -v npm >/dev/null || apt_needed+=(nodejs npm)
fi
if [ "${#apt_needed[@]}" -gt 0 ]; then
  say "installing Debian packages: ${apt_needed[*]}"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq "${apt_needed[@]}" </dev/null
fi

if [ "$for_tests" = 1 ]; then
  # Playwright drives Debian's Chromium; it never downloads a browser of its own.
  stamp=end2end/node_modules/.installed-lock.json
  if ! cmp -s end2end/package-lock.json "$stamp" 2>/dev/null; then
    say "installing the end-to-end test packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    cp end2end/package-lock.json "$stamp"
  fi
fi
say "ready"

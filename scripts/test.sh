#!/usr/bin/env bash
# Installs what is missing and runs every test: unit and integration tests (cargo), then the
# browser tests (Playwright in Debian's Chromium) against the real server and the real build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
start=$(date +%s)
bash scripts/setup.sh --tests

echo "== unit and integration tests"
cargo test --workspace --locked

echo "== building the app (Trunk, release) and the server for the browser tests"
trunk build --release
# The debug server: its build is shared with `cargo test` above.
cargo build --locked -p server

echo "== browser tests"
(cd end2end && npx playwright test)

echo "== all tests passed in $(( $(date +%s) - start )) s"

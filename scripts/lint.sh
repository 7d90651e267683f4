#!/usr/bin/env bash
# Formatting and clippy for the server build and for the browser (wasm) build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p app --features csr --target wasm32-unknown-unknown --locked -- -D warnings

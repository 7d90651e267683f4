#!/usr/bin/env bash
# Installs what is missing, builds the app and the server in release mode, and runs them:
# http://127.0.0.1:3000 (production at /production, training at /training), data in ./data.
# Extra arguments go to the server (see `target/release/server --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
trunk build --release
cargo build --release --locked -p server
exec target/release/server "$@"

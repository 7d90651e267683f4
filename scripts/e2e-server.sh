#!/usr/bin/env bash
# Started by Playwright (end2end/playwright.config.ts): the debug server in test mode with a
# fresh data directory, serving the release build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d -t traces-e2e-XXXXXX)
trap 'rm -rf "$data"' EXIT
# A small fictional directory (operators, authorities, control bodies) on production, so that
# the searches of step 2 find something. The training instance gets its demo world (which
# contains the same directory) when the server starts.
target/debug/server --data-dir "$data" directory import --instance production \
  --file end2end/fixtures/organisations.csv >/dev/null
TRACES_TEST_MODE=1 target/debug/server \
  --addr "127.0.0.1:${TRACES_E2E_PORT:-3100}" --data-dir "$data" --dist-dir dist &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT INT TERM
wait "$pid"

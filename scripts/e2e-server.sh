#!/usr/bin/env bash
# Started by Playwright (end2end/playwright.config.ts): the debug server in test mode with a
# fresh data directory, serving the release build of the app.
#
# The data directory is TRACES_E2E_DATA_DIR when set (playwright.config.ts sets it, so that
# tests can run the server's command line, like `admin create-commission-user`, on the same
# SQLite database: WAL and a busy timeout make that safe), else a new temporary one. A
# directory named traces-e2e-* is removed when the server stops.
set -euo pipefail
cd "$(dirname "$0")/.."
server="${CARGO_TARGET_DIR:-target}/debug/server"
if [[ -n "${TRACES_E2E_DATA_DIR:-}" ]]; then
  data=$TRACES_E2E_DATA_DIR
  mkdir -p "$data"
else
  data=$(mktemp -d -t traces-e2e-XXXXXX)
fi
cleanup() {
  case "$(basename "$data")" in
    traces-e2e-*) rm -rf "$data" ;;
  esac
}
trap cleanup EXIT
# A small fictional directory (operators, authorities, control bodies) on production, so that
# the searches of step 2 find something. The training instance gets its demo world (which
# contains the same directory) when the server starts.
"$server" --data-dir "$data" directory import --instance production \
  --file end2end/fixtures/organisations.csv >/dev/null
TRACES_TEST_MODE=1 "$server" \
  --addr "127.0.0.1:${TRACES_E2E_PORT:-3100}" --data-dir "$data" --dist-dir dist &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; cleanup' EXIT INT TERM
wait "$pid"

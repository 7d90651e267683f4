#!/usr/bin/env bash
# Trunk post_build hook: writes .gz and .br copies of the text and wasm files Trunk staged.
# brotli is optional (scripts/setup.sh installs it); without it the server compresses on the fly.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
have_brotli=0
command -v brotli >/dev/null 2>&1 && have_brotli=1
find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.json' \) -print0 |
  while IFS= read -r -d '' file; do
    gzip -9 -k -f -n "$file"
    if [ "$have_brotli" = 1 ]; then brotli -q 11 -k -f "$file"; fi
  done

#!/usr/bin/env bash
# `make bench` (after `make dist`): native rules and search benches, then every browser measurement in
# one headless Chromium (bench/run.mjs), written to bench/REPORT.md and bench/results.json.
#   bash scripts/bench.sh [search] [ttfc] [size] [rules] [model] [realtitles]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
STAGE=target/bench-stage
mkdir -p "$STAGE"
[ -f dist/noc-widget-app_bg.wasm ] || { echo "[bench] dist/ is not built: run 'make dist'" >&2; exit 1; }

if [ $# -eq 0 ] || [[ " $* " == *" rules "* ]]; then
  echo "[bench] native rules engine (ee-rules example bench)"
  cargo run -q --release -p ee-rules --example bench > "$STAGE/rules-native.txt" || { echo "[bench] native rules bench failed" >&2; rm -f "$STAGE/rules-native.txt"; }
  cat "$STAGE/rules-native.txt" 2>/dev/null || true
  echo "[bench] native search (noc-search example bench)"
  cargo run -q --release -p noc-search --example bench > "$STAGE/search-native.txt" 2>/dev/null || rm -f "$STAGE/search-native.txt"
  cat "$STAGE/search-native.txt" 2>/dev/null || true
fi
if [ $# -eq 0 ] || [[ " $* " == *" model "* ]]; then
  # The committed ranker must be what `make model` fits from the current code and data (issue 22).
  echo "[bench] search model: make model again, compared byte for byte (about 5 minutes)"
  bash scripts/model.sh --check > "$STAGE/model-check.txt" 2>&1 || echo "[bench] the committed search model is NOT reproduced: run 'make model'" >&2
  tail -1 "$STAGE/model-check.txt"
fi
if [ $# -eq 0 ] || [[ " $* " == *" realtitles "* ]]; then
  bash bench/real-titles/run.sh || echo "[bench] real titles failed" >&2
fi
node bench/run.mjs "$@"
node scripts/readme-figures.mjs

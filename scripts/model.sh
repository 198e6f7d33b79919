#!/usr/bin/env bash
# `make model`: refits the search ranker, data/search/model-en.bin and model-fr.bin, from the NOC's
# own titles (docs/search-model.md). Deterministic: the same inputs and pinned tools give the same bytes.
#   1. model_data example: training rows (titles, lead statements) and held-out noisy titles
#   2. fit.py heldout: the model without the held-out titles
#   3. model_blend example: how model and word matcher combine, fitted on the held-out titles
#   4. fit.py final: the model on every row, with that blend -> data/search/model-<lang>.bin
# `bash scripts/model.sh --check` (`make model-check`, also run by `make bench`): the same steps, the
# final models written to target/model/check/ and compared byte for byte with the committed ones;
# exits 1 when they differ (a change to the search code or the NOC data then needs `make model`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup-python.sh
PY=bench/.venv/bin/python
OUT=target/model
FINAL=data/search
CHECK=""
if [ "${1:-}" = "--check" ]; then CHECK=1; FINAL="$OUT/check"; fi
mkdir -p "$OUT/heldout" "$FINAL"
rm -f "$OUT"/*.blend
echo "[model] 1/4 training rows"
cargo run -q --release -p noc-search --example model_data -- "$OUT"
echo "[model] 2/4 held-out models"
for lang in en fr; do "$PY" bench/model/fit.py "$OUT" "$lang" heldout "$OUT/heldout/model-$lang.bin"; done
echo "[model] 3/4 blend"
cargo run -q --release -p noc-search --example model_blend -- "$OUT" "$OUT/heldout" | grep -E '^(en|fr): '
echo "[model] 4/4 final models"
for lang in en fr; do "$PY" bench/model/fit.py "$OUT" "$lang" final "$FINAL/model-$lang.bin"; done
sha256sum "$FINAL/model-en.bin" "$FINAL/model-fr.bin"
if [ -n "$CHECK" ]; then
  for lang in en fr; do
    if ! cmp -s "$FINAL/model-$lang.bin" "data/search/model-$lang.bin"; then
      echo "[model] check: data/search/model-$lang.bin is not what 'make model' fits from the current code and data: run 'make model'" >&2
      exit 1
    fi
  done
  echo "[model] check: make model reproduces data/search/model-en.bin and model-fr.bin byte for byte"
fi

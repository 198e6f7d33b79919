#!/usr/bin/env bash
# `make model`: refits the search ranker, data/search/model-en.bin and model-fr.bin, from the NOC's
# own titles (docs/search-model.md). Deterministic: the same inputs and pinned tools give the same bytes.
#   1. model_data example: training rows (titles, lead statements) and held-out noisy titles
#   2. fit.py heldout: the model without the held-out titles
#   3. model_blend example: how model and word matcher combine, fitted on the held-out titles
#   4. fit.py final: the model on every row, with that blend -> data/search/model-<lang>.bin
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup-python.sh
PY=bench/.venv/bin/python
OUT=target/model
mkdir -p "$OUT/heldout"
rm -f "$OUT"/*.blend
echo "[model] 1/4 training rows"
cargo run -q --release -p noc-search --example model_data -- "$OUT"
echo "[model] 2/4 held-out models"
for lang in en fr; do "$PY" bench/model/fit.py "$OUT" "$lang" heldout "$OUT/heldout/model-$lang.bin"; done
echo "[model] 3/4 blend"
cargo run -q --release -p noc-search --example model_blend -- "$OUT" "$OUT/heldout" | grep -E '^(en|fr): '
echo "[model] 4/4 final models"
for lang in en fr; do "$PY" bench/model/fit.py "$OUT" "$lang" final "data/search/model-$lang.bin"; done
sha256sum data/search/model-en.bin data/search/model-fr.bin

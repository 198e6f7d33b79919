#!/usr/bin/env bash
# `make bench`, real coded job titles (issue 22): ours (native, the widget's set-up), MiniSearch (Node)
# and the linear baseline (scikit-learn, bench/model/baseline.py) on ../shared/data/real-titles/
# when present, each half apart (fit / check), with the ablation of the hand rules and the 20 most
# common kinds of miss on the fit half. Writes bench/real-titles.json and bench/real-titles.md.
# The folder has no licence: it is read here and never copied; skipped cleanly when absent.
set -euo pipefail
. "$(dirname "$0")/locate.sh" "[bench] real titles:"
STAGE=target/bench-stage
mkdir -p "$STAGE"
echo "[bench] real titles: ours (native)"
cargo run -q --release -p noc-bench-real-titles -- --check --ablate --failures --json "$STAGE/real-ours.json" | tee "$STAGE/real-ours.txt"
echo "[bench] real titles: MiniSearch"
node bench/real-titles-minisearch.mjs "$STAGE/real-minisearch.json"
echo "[bench] real titles: linear baseline"
bash scripts/setup-python.sh
bench/.venv/bin/python bench/model/baseline.py "$REAL" "$STAGE/real-baseline.json"
python3 bench/real-titles/check-realistic.py "$REAL"
node bench/real-titles-report.mjs "$STAGE" bench/real-titles.md bench/real-titles.json

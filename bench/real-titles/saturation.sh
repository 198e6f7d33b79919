#!/usr/bin/env bash
# What else the NOC's own data can add to the ranker (issue 22): each change tried on the FIT half of
# the real titles only (bench/model/saturation.py), written to bench/real-titles-saturation.md.
# About 5 minutes; not part of `make bench`. Skipped cleanly when the real titles are absent.
set -euo pipefail
. "$(dirname "$0")/locate.sh" "[saturation]"
STAGE=target/saturation
mkdir -p "$STAGE"
bash scripts/setup-python.sh
cargo run -q --release -p noc-search --example model_data -- "$STAGE" --extra
cargo run -q --release -p noc-bench-real-titles -- --evidence "$STAGE/fit-evidence.tsv"
bench/.venv/bin/python bench/model/saturation.py "$STAGE" "$STAGE/fit-evidence.tsv" "$REAL" "$STAGE/table.md"
{
  echo "## What else the NOC's own data adds (issue 22, fit half of the real titles only)"
  echo
  echo "Written by \`bench/real-titles/saturation.sh\` on $(date -u +%Y-%m-%d). Each row changes one thing from the shipped ranker (model refitted in memory, every weight kept) and ranks all 516 unit groups of each fit-half title; the check half is never read."
  echo
  cat "$STAGE/table.md"
} > bench/real-titles-saturation.md
echo "[saturation] bench/real-titles-saturation.md"

#!/usr/bin/env bash
# Installs, idempotently, the Python tools of `make model` and of the linear baseline in `make bench`
# (scikit-learn and its pinned dependencies, bench/model/requirements.txt) into bench/.venv. Only
# those two targets need it; `make serve` and `make test` do not.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=bench/.venv
REQ=bench/model/requirements.txt
command -v python3 >/dev/null || { echo "[setup-python] ERROR: python3 not found (3.10+ needed)" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup-python] creating $VENV"
  python3 -m venv "$VENV"
fi
if [ ! -f "$VENV/.stamp" ] || [ "$REQ" -nt "$VENV/.stamp" ]; then
  echo "[setup-python] installing $(grep -v '^#' "$REQ" | tr '\n' ' ')"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQ"
  touch "$VENV/.stamp"
fi

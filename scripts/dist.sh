#!/usr/bin/env bash
# Builds the release bundle into dist/ (skeleton: trunk only).
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release

# Sourced by run.sh and saturation.sh: moves to the project root, puts cargo and the project's Node
# tools on PATH, and sets REAL to the real coded titles (REAL_TITLES, or ../shared/data/real-titles/).
# When they are absent the calling script ends here, successfully, saying it skipped ($1: its tag).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
REAL="${REAL_TITLES:-../shared/data/real-titles/survey-titles-tuning.tsv}"
if [ ! -f "$REAL" ]; then
  echo "$1 skipped ($REAL is absent)"
  exit 0
fi

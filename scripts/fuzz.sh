#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for N seconds each (default 60): `bash scripts/fuzz.sh [SECONDS]`.
# Uses cargo-fuzz (libFuzzer, nightly) when available; otherwise each target's stable loop
# (random bytes + mutated seeds through the same check), so it works on stable too.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-${FUZZ_SECONDS:-60}}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/fuzz}"

# FUZZ_TARGETS="profile search_query" limits the run to some targets.
targets="${FUZZ_TARGETS:-$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^noc-fuzz$')}"
have_cargo_fuzz=0
if cargo fuzz --version >/dev/null 2>&1 && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  have_cargo_fuzz=1
fi

for target in $targets; do
  echo "[fuzz] $target for ${SECONDS_PER_TARGET}s"
  if [ "$have_cargo_fuzz" = 1 ] && [ -z "${FUZZ_STABLE:-}" ]; then
    # Generated inputs go to a scratch corpus outside git; fuzz/seeds/<target> (committed) and
    # fuzz/corpus/<target> (local, git-ignored) are read as extra seeds when present.
    scratch="$CARGO_TARGET_DIR/corpus-$target"
    mkdir -p "$scratch"
    extra=()
    for d in "seeds/$target" "corpus/$target"; do [ -d "fuzz/$d" ] && extra+=("$d"); done
    (cd fuzz && cargo +nightly fuzz run "$target" --features libfuzzer "$scratch" "${extra[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=4096)
  else
    echo "[fuzz] cargo-fuzz/nightly not available (or FUZZ_STABLE set): running the stable loop"
    cargo run -q --release --manifest-path fuzz/Cargo.toml --bin "$target" -- "$SECONDS_PER_TARGET"
  fi
done

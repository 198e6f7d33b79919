#!/usr/bin/env bash
# Builds the release bundle into dist/ (run by `make dist`, after `make web-data`):
#   dist/noc-widget.js                 the loader (the one script tag sites paste)
#   dist/noc-widget-app.js, _bg.wasm   wasm-bindgen `--target web` glue and the optimised WebAssembly
#   dist/noc-widget-card.js, _bg.wasm  the same for the card-only build (`--no-default-features --features hydration`), which
#                                      the loader uses on pages whose elements are all <noc-card>
#   dist/data/**                       the data files the widget fetches by name
#   dist/prerender/{en,fr}/*.html      every element's first paint (516 cards, search, calculator, widget),
#                                      rendered natively by src/bin/prerender.rs; the loader shows it at once
#   dist/noc-widget.css                the widget's whole stylesheet (pre-rendered paints, `noc show --html`)
#   dist/index.html, blog-example.html demo pages
#   dist/noc-widget-offline.html       one self-contained file: works from disk with no network
#   dist/npm/                          the npm package `noc-widget` (scripts/npm/build.mjs): the runtime
#                                      files above, an ES module entry, types, custom-elements.json
#   dist/wordpress/noc-widget.zip      the WordPress plugin (wordpress/, scripts/wordpress-zip.mjs), carrying
#                                      the runtime files above byte for byte
# and prints a size table (raw / gzip / brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

FINAL="${DIST:-dist}"
# Built beside the final directory and moved into place at the end, so a test running meanwhile never
# sees a half-written bundle.
DIST="$FINAL.building"
WEB_DATA="${WEB_DATA:-target/web-data}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
WASM_IN="$TARGET_DIR/wasm32-unknown-unknown/release/noc_widget_app.wasm"
STAGE="$TARGET_DIR/dist-stage"

say()  { printf '[dist] %s\n' "$*"; }
fail() { printf '[dist] ERROR: %s\n' "$*" >&2; exit 1; }

[ -f "$WEB_DATA/facts.bin" ] || [ -d "$WEB_DATA/en" ] || fail "no data files in $WEB_DATA: run 'make web-data' first"
command -v wasm-bindgen >/dev/null || fail "wasm-bindgen not found: run 'make setup'"
command -v wasm-opt >/dev/null || fail "wasm-opt not found (node_modules/.bin): run 'make setup'"

rm -rf "$STAGE" && mkdir -p "$STAGE"
rm -rf "$DIST" && mkdir -p "$DIST/data"
# build NAME CARGO_FEATURE_ARGS...: compiles, runs wasm-bindgen into $STAGE and wasm-opt into $DIST.
build() {
  local name="$1"; shift
  say "compiling $name (release, wasm32)"
  # Not stripped here, so wasm-bindgen can read the target_features section; wasm-opt strips below.
  CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown -p noc-widget-app --lib "$@"
  say "generating the JS glue of $name (wasm-bindgen --target web)"
  wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name "$name" "$WASM_IN"
  [ ! -d "$STAGE/snippets" ] || fail "wasm-bindgen produced snippets/: the offline build cannot inline them"
  say "optimising $name (wasm-opt -Oz)"
  wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    -o "$DIST/${name}_bg.wasm" "$STAGE/${name}_bg.wasm"
  node scripts/minify-glue.mjs "$STAGE/$name.js" "$DIST/$name.js" || fail "could not minify the glue of $name"
}
# A test bundle (`make dist-test`): DIST_FEATURES adds cargo features to the full build (e.g. test-hooks)
# and DIST_FULL_ONLY=1 skips the card-only build and the offline file, to keep its build short.
# Both builds hydrate the pre-rendered first paint (yew feature `hydration`): the nodes the reader (or a
# screen reader) is on survive the takeover.
if [ -z "${DIST_FULL_ONLY:-}" ]; then build noc-widget-card --no-default-features --features hydration; fi
build noc-widget-app ${DIST_FEATURES:+--features "$DIST_FEATURES"}
say "pre-rendering every element's first paint (yew server renderer, native)"
# The same components, rendered natively with every data file; the wasm hydrates them in the browser.
# One date for the paints and the loader: the calculator's paint shows today's date (print line, rounds
# freshness), so the loader hydrates it with that date (`paintDate`) and the calculator then moves to today.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"
paint_date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)"
cargo run -q --profile prerender --features ssr --bin prerender -- "$DIST"
node scripts/minify-css.mjs "$DIST/noc-widget.css" || fail "could not minify noc-widget.css"
n_paints="$(find "$DIST/prerender" -name '*.html' | wc -l)"
[ "$n_paints" = $(( (516 + 3) * 2 )) ] || fail "expected $(( (516 + 3) * 2 )) pre-rendered first paints, found $n_paints"
# The loader learns the unit-group codes (from the exported card files) so it can prefetch a card's data.
codes="$(cd "$WEB_DATA/en" && ls cards-*.bin | sed 's/^cards-\([0-9]\{5\}\)\.bin$/\1/' | sort | tr -d '\n')"
[ "${#codes}" = $((516 * 5)) ] || fail "expected 516 unit-group card files in $WEB_DATA/en, found $(( ${#codes} / 5 ))"
# ... and its version, the workspace's (Cargo.toml), which is also the npm package's.
version="$(node -e "import('./scripts/npm/build.mjs').then((m) => console.log(m.workspaceVersion()))")"
# The loader, bundled from static/loader with those facts defined in, minified (it is on every reader's
# critical path). The test bundle's is the test build (illegal state transitions throw; NocWidget.__state).
loader_test=""
case "${DIST_FEATURES:-}" in *test-hooks*) loader_test="--test" ;; esac
node scripts/build-loader.mjs "$DIST/noc-widget.js" --codes "$codes" --version "$version" --paint-date "$paint_date" $loader_test \
  || fail "could not write the loader"
cp -r "$WEB_DATA/." "$DIST/data/"

say "demo pages"
# index.html is trunk's page for `make serve`; in dist the loader tag is all it needs.
perl -0pe 's/[ \t]*<link data-trunk[^>]*>\n//g' index.html > "$DIST/index.html"
cp static/blog-example.html static/demo.js static/demo.css "$DIST/"

if [ -z "${DIST_FULL_ONLY:-}" ]; then
  say "offline single file"
  node scripts/offline-html.mjs "$DIST" "$DIST/noc-widget-offline.html"
  # The npm package holds both builds, so the test bundle (full build only) has none.
  say "npm package (npm/)"
  node scripts/npm/build.mjs package "$DIST" "$DIST/npm"
  say "WordPress plugin (wordpress/noc-widget.zip)"
  node scripts/wordpress-zip.mjs "$DIST" "$DIST/wordpress/noc-widget.zip" || fail "could not make the WordPress plugin"
fi

rm -rf "$FINAL" && mv "$DIST" "$FINAL"
node scripts/size-table.mjs "$FINAL"

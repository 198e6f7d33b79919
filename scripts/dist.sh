#!/usr/bin/env bash
# Builds the release bundle into dist/ (run by `make dist`, after `make web-data`):
#   dist/noc-widget.js                 the loader (the one script tag sites paste)
#   dist/noc-widget-app.js, _bg.wasm   wasm-bindgen `--target web` glue and the optimised WebAssembly
#   dist/data/**                       the data files the widget fetches by name
#   dist/index.html, blog-example.html demo pages
#   dist/noc-widget-offline.html       one self-contained file: works from disk with no network
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

say "compiling the widget (release, wasm32)"
# Not stripped here, so wasm-bindgen can read the target_features section; wasm-opt strips below.
CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown -p noc-widget-app --lib

say "generating the JS glue (wasm-bindgen --target web)"
rm -rf "$STAGE" && mkdir -p "$STAGE"
wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name noc-widget-app "$WASM_IN"
[ ! -d "$STAGE/snippets" ] || fail "wasm-bindgen produced snippets/: the offline build cannot inline them"

say "optimising the WebAssembly (wasm-opt -Oz)"
rm -rf "$DIST" && mkdir -p "$DIST/data"
wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  -o "$DIST/noc-widget-app_bg.wasm" "$STAGE/noc-widget-app_bg.wasm"
cp "$STAGE/noc-widget-app.js" "$DIST/"
cp static/noc-widget.js "$DIST/"
cp -r "$WEB_DATA/." "$DIST/data/"

say "demo pages"
# index.html is trunk's page for `make serve`; in dist the loader tag is all it needs.
perl -0pe 's/[ \t]*<link data-trunk[^>]*>\n//g' index.html > "$DIST/index.html"
cp static/blog-example.html static/demo.js static/demo.css "$DIST/"

say "offline single file"
node scripts/offline-html.mjs "$DIST" "$DIST/noc-widget-offline.html"

rm -rf "$FINAL" && mv "$DIST" "$FINAL"
node scripts/size-table.mjs "$FINAL"

#!/usr/bin/env bash
# Installs, idempotently, everything `make serve` and `make test` need.
# Each step checks first and says what it installs; a failure stops with a clear message.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21"
WASM_BINDGEN_VERSION="0.2.130"

say()  { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo not found: install Rust (rustup) first"
command -v npm   >/dev/null || fail "npm not found: install Node.js 20+ first"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "installing Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || fail "could not add the wasm32-unknown-unknown target"
fi

for component in rustfmt clippy; do # `make lint` (part of `make test`)
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    say "installing Rust component ${component}"
    rustup component add "${component}" || fail "could not add the ${component} component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q "trunk ${TRUNK_VERSION}\."; then
  say "installing trunk ~${TRUNK_VERSION} (takes about 9 minutes once)"
  cargo install trunk --version "~${TRUNK_VERSION}" --locked || fail "could not install trunk"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "${WASM_BINDGEN_VERSION}"; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}"
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force || fail "could not install wasm-bindgen-cli"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] || [ package.json -nt node_modules/.setup-stamp ]; then
  say "installing npm dev dependencies (binaryen, esbuild, playwright-core, ...)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi \
    || fail "npm install failed"
  touch node_modules/.setup-stamp
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Chromium and ChromeDriver from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver \
    || fail "could not install chromium / chromium-driver from Debian"
fi
# The WordPress plugin's tests (tests/e2e/wordpress.test.mjs) run a real WordPress: Debian's 6.1 with its
# default theme, MariaDB and PHP; PHP_CodeSniffer lints the plugin; gettext compiles its translations and
# zip packs it (scripts/wordpress-zip.mjs).
WP_PACKAGES="wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml php-codesniffer gettext zip unzip"
missing=""
for package in $WP_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
done
if [ -n "$missing" ]; then
  say "installing from Debian for the WordPress plugin and its tests:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing \
    || fail "could not install$missing from Debian"
fi
say "all set"

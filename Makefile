# The two commands: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
# Incremental caches doubled target/ on a clean build (6 GB of 17); CI builds once. Set it to 1 to keep them.
export CARGO_INCREMENTAL ?= 0

.PHONY: setup serve test lint test-native test-browser test-e2e dist dist-test bench fuzz clean model model-check

setup:
	@bash scripts/setup.sh

serve: setup web-data
	node scripts/build-loader.mjs target/loader/noc-widget.js --dev
	trunk serve --release

# Data files the widget loads at run time, written by the same code the native `noc` embeds.
web-data:
	rm -rf target/web-data # files of an older layout would otherwise stay and be shipped
	cargo run -q -p noc-cli -- export-data target/web-data --no-compress

test: setup
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-browser
	$(MAKE) test-e2e

# Formatting and clippy with warnings as errors, on every target (tests too), natively and for the
# wasm builds (full and card-only). Clippy reads `rust-version` (1.85): newer std APIs are errors.
# The loader's modules (static/loader, JavaScript with JSDoc types) are type-checked, strict.
lint:
	tsc --noEmit -p static/loader
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p noc-widget-app -p noc-ui --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p noc-widget-app --target wasm32-unknown-unknown --no-default-features --features hydration --lib -- -D warnings

test-native:
	cargo test --workspace --exclude noc-widget-app
	# The widget crate's own native test (its modules form no circle); noc-ui's ran above.
	cargo test -p noc-widget-app --lib

test-browser:
	cargo test -p noc-widget-app --target wasm32-unknown-unknown
	# The UI's pure logic (form model, share link, timeline) as WebAssembly too.
	cargo test -p noc-ui --target wasm32-unknown-unknown --lib

# E2E_REPEAT=N runs the whole suite N times in a row (stops at the first failing run), each timed.
test-e2e: dist dist-test
	@n=$${E2E_REPEAT:-1}; for i in $$(seq "$$n"); do \
	  start=$$(date +%s); \
	  node --test --test-concurrency=1 tests/e2e/ || { echo "[e2e] run $$i of $$n failed"; exit 1; }; \
	  echo "[e2e] run $$i of $$n passed in $$(( $$(date +%s) - start )) s"; \
	done

dist: setup web-data
	bash scripts/dist.sh

bench: setup dist
	bash scripts/bench.sh

# Refits the search ranker (data/search/model-*.bin) from the NOC's own titles: docs/search-model.md.
model: setup
	bash scripts/model.sh

# Fits the ranker again into target/model/check and compares it byte for byte with the committed one.
model-check: setup
	bash scripts/model.sh --check

# The full build plus test hooks (a deliberate trap) for tests/e2e/restart.test.mjs; never shipped.
dist-test: setup web-data
	DIST=dist-test DIST_FEATURES=test-hooks DIST_FULL_ONLY=1 bash scripts/dist.sh

fuzz: setup
	bash scripts/fuzz.sh

clean:
	rm -rf dist dist.building dist-test dist-test.building target/web-data target/trunk-dist

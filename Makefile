# The two commands of the README, and the steps they are made of.
#   make run   installs what is missing, builds, serves app + API on http://127.0.0.1:$(PORT)
#   make test  installs what is missing, runs every check and test
# Both are idempotent; on a second run they only rebuild what changed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run
MAKEFLAGS += --no-print-directory

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Playwright must use Debian's chromium, never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER ?= /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
PORT ?= 8080
# First-load budget, brotli KB (wasm + JS + CSS + HTML + the largest locale): where
# the app stands, ratcheted down with every win (docs/performance.md has the
# history). Never raise it without a note there.
SIZE_BUDGET_KB ?= 355.5
DATA_DIR ?= ./data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BACKEND := target/server/injixo-backend
ASSETS := target/server/assets
# The injixo Cloud Link stand-in; the backend serves it as the Linux x64 download.
CLOUD_LINK := target/server/injixo-cloud-link
# The SPA as linked, before wasm-bindgen: what `assets split` cuts the chunks from.
WASM_RAW := $(or $(CARGO_TARGET_DIR),target)/wasm32-unknown-unknown/release/injixo_integrations.wasm
WEB_SOURCES := $(shell find src locales style contract/src -type f) build.rs index.html Trunk.toml Cargo.toml Cargo.lock .cargo/config.toml
BACKEND_SOURCES := $(shell find backend/src contract/src -type f) backend/Cargo.toml Cargo.lock
CLOUD_LINK_SOURCES := $(shell find cloud-link/src contract/src -type f) cloud-link/Cargo.toml Cargo.lock

.PHONY: run test setup setup-build setup-browser web backend cloud-link lint unit contract-fuzz wasm-test e2e lighthouse-a11y size size-check screenshots bench floor clean

## ---- the two commands --------------------------------------------------------

run: web backend
	@mkdir -p "$(DATA_DIR)"
	@echo "Starting the reference backend; open the URL below. Ctrl-C stops it."
	PORT=$(PORT) DATA_DIR=$(DATA_DIR) DIST_DIR=dist CLOUD_LINK_BIN=$(CLOUD_LINK) $(BACKEND)

test: setup lint unit web backend contract-fuzz wasm-test e2e lighthouse-a11y size-check
	@echo "make test: all checks passed"

## ---- tools (installed only when missing or of the wrong version) -------------

setup: setup-build setup-browser

setup-build: node_modules/.package-lock.json
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
	  || cargo install --locked trunk@$(TRUNK_VERSION)
	@# Not --locked: wasm-bindgen-cli's own lockfile pins a yanked crate.
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@# Trunk runs offline, so every crate must be in the local registry first.
	@cargo fetch --locked -q

setup-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  || { $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; }

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## ---- builds -------------------------------------------------------------------

web: dist/index.html

# A failed step removes index.html, so the next make runs all of them again.
dist/index.html: $(WEB_SOURCES) | setup-build backend
	trunk build --release && $(ASSETS) split dist $(WASM_RAW) \
	  && $(ASSETS) finalize dist && $(ASSETS) precompress dist \
	  || { rm -f dist/index.html; exit 1; }

backend: $(BACKEND) $(CLOUD_LINK)

cloud-link: $(CLOUD_LINK)

$(BACKEND) $(ASSETS) &: $(BACKEND_SOURCES)
	cargo build --locked --profile server -p injixo-backend --bins
	@touch $(BACKEND) $(ASSETS)

$(CLOUD_LINK): $(CLOUD_LINK_SOURCES)
	cargo build --locked --profile server -p injixo-cloud-link
	@touch $(CLOUD_LINK)

## ---- checks -------------------------------------------------------------------

lint: setup-build
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked -p injixo-integrations --target wasm32-unknown-unknown --all-targets -- -D warnings
	@# Second opinion on the locales, from the shared tools (skipped if absent).
	@if [ -x ../shared/tools/ftl-check ]; then ../shared/tools/ftl-check locales; fi

unit:
	cargo test --locked --workspace

# Schemathesis (in .venv/, installed when missing) against the server binary and
# docs/openapi.yaml: no 5xx, and every response as documented.
contract-fuzz: backend
	BACKEND_BIN=$(BACKEND) bash scripts/contract-fuzz.sh

wasm-test: setup-build setup-browser
	cargo test --locked -p injixo-integrations --target wasm32-unknown-unknown --test components --test csv_components

e2e: web backend setup-browser
	npx playwright test --config e2e/playwright.config.ts

# Every page and dialog in every language, with a contact sheet (not part of test).
screenshots: web backend setup-browser
	npx playwright test --config e2e/screens/playwright.config.ts
	@echo "open screenshots/sheet/index.html"

# Lighthouse 12 (desktop preset, accessibility only) must score 100 on overview,
# catalogue, Freshchat form and an integration's page, in English and German.
lighthouse-a11y: web backend setup-browser
	node scripts/bench/lighthouse-a11y.mjs

# Performance figures next to their targets, one table, also in target/bench-last-run.txt
# (not part of test: figures, never a failure). BENCH_RUNS=1 make bench for a quick look.
bench: web backend setup-browser
	node scripts/bench/bench.mjs
	@# The CSV engine: the backend's analysis of a 7 MB file, and the wizard's preview
	@# after a mapping change on a 1 MB sample in Chromium (optimised, as shipped).
	cargo run --locked --profile server -q -p injixo-backend --example csv_bench
	cargo test --locked --release -p injixo-integrations --target wasm32-unknown-unknown --test csv_bench -- --nocapture

# The size floor of the stack: the smallest Leptos apps built with our settings, in
# four steps (bench/floor); figures, not part of test. docs/performance.md has them.
floor: backend setup-build
	scripts/floor.sh

size: web
	@$(ASSETS) size dist

size-check: web
	@$(ASSETS) size dist --budget-kb $(SIZE_BUDGET_KB)

clean:
	rm -rf dist target test-results playwright-report

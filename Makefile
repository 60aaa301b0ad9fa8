# Two commands for a new user (see README): `make serve` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# Intermediate build files (compiled dependencies) are shared per machine, outside the clone, so
# CI runs and local runs reuse them; final binaries stay in each checkout's own target/.
export CARGO_BUILD_BUILD_DIR ?= $(HOME)/.cache/minsk-explainer/build

WASM_TEST_RUNNER := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

.PHONY: help setup data serve build classroom bench waterfall size profile test test-native test-wasm test-e2e lint

help:
	@echo "make serve   install what is missing, then serve the app on http://127.0.0.1:8080"
	@echo "make test    install what is missing, then run every check and test"
	@echo "make build   build the release site into dist/ for static hosting (SITE_URL=https://... sets its public address)"
	@echo "make classroom  the release site, and its offline copy in one file: dist/minsk-explainer-offline.html"
	@echo "make data    rebuild public/data/*.json from data/*.csv"
	@echo "make bench   measure this build beside the baseline release: sizes, paint, step changes, memory, Lighthouse"
	@echo "make size    what the wasm is made of, per crate (installs twiggy)"
	@echo "make waterfall  where a cold load spends its time: requests and main-thread tasks"
	@echo "make profile where a step change and a cold start spend their time (a build that keeps names, profiled in Chromium)"

# The shared build folder keys this crate's artifacts by a workspace-relative hash, so every clone
# on the machine (CI's fresh ones included) writes the same files, and cargo judges them by the
# mtimes of whichever checkout asks: a clone built after an edit here made that edit look built
# (a stale wasm beside a fresh prerender, which failed to hydrate). Touching the crate root
# makes each make run rebuild this crate (not its dependencies) from its own checkout's sources.
# The build script's output is shared the same way (the bundled first view: a baseline built by
# `make bench` left its older model's bytes, which this checkout's prerender could not read), so
# touching build.rs makes it run again too.
setup:
	@tools/setup.sh
	@touch src/lib.rs build.rs

data:
	python3 tools/build_data.py

serve: setup
	trunk serve

# A release build: trunk, then each page's Content-Security-Policy (tools/csp.py) and public
# address, then the offline classroom copy made from the finished page (tools/classroom.py).
define RELEASE
trunk build --release
for page in index sources glossary key-dates questions questions-answers; do python3 tools/csp.py dist/$$page.html || exit 1; done
for page in dist/*/*.html; do python3 tools/csp.py $$page || exit 1; done
sed -i 's#https://minsk-explainer.example/#$(SITE_URL)#g' dist/index.html dist/*/index.html
python3 tools/classroom.py dist
endef

# The public address, set once when deploying: `make build SITE_URL=https://news.example/minsk/`.
# It fills the canonical link, the editions' alternates and the social-preview URLs of each
# edition's page (dist/index.html, dist/<lang>/index.html).
SITE_URL ?= https://minsk-explainer.example/

build: setup
	$(RELEASE)

# The offline classroom copy is part of every release build (the page links it); this names it.
classroom: build
	@ls -l dist/minsk-explainer-offline.html

size: build
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	python3 tools/wasm_breakdown.py

waterfall: build
	node bench/waterfall.mjs dist

# A second build without wasm-opt (names kept) in its own folder, so dist/ stays the release build.
profile: setup
	sed 's/data-wasm-opt="z"/data-wasm-opt="0" data-keep-debug/' index.html > index-profile.html
	trunk build --release --dist target/dist-profile index-profile.html; status=$$?; rm -f index-profile.html; exit $$status
	python3 tools/csp.py target/dist-profile/index.html
	node bench/profile-steps.mjs target/dist-profile
	node bench/profile-start.mjs target/dist-profile

# Benchmark: this release build and the baseline release (bench/baseline, or BASELINE=<ref>),
# both served and measured in one run under a throttled mobile profile, median of 5 interleaved
# runs, plus Lighthouse (median of 3); fails if a measure is more than 15% worse than the baseline.
BENCH_RUNS ?= 5
bench: build
	baseline=$$(bench/baseline.sh) && CHROME_PATH=/usr/bin/chromium node bench/bench.mjs $(BENCH_RUNS) $(CURDIR)/dist $$baseline

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features hydrate --all-targets -- -D warnings

test-native:
	python3 tools/build_data.py --check
	python3 tools/map_data.py --check
	@test -f "$${ARTICLE_TXT:-../shared/source/article.txt}" || echo "SKIPPED: the checks against the article's text (quotes verbatim, our own words) need ../shared/source/article.txt beside the clone, or ARTICLE_TXT=<path>; the publisher's text is not in the repo"
	cargo test
	cargo test --features ssr --test prerender

test-wasm:
	$(WASM_TEST_RUNNER) cargo test --target wasm32-unknown-unknown --features hydrate --test web

test-e2e:
	$(RELEASE)
	node bench/budget.mjs
	npx playwright test --config end2end/playwright.config.mjs

test: setup lint test-native test-wasm test-e2e

#!/usr/bin/env bash
# Runs every check: formatting, lints, native tests, browser tests, the release build with its
# size report, and the end-to-end tests. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "lint (native and wasm)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown --features split -- -D warnings
cargo clippy --locked -p soleus-leptos-app --target wasm32-unknown-unknown -- -D warnings

step "native tests (the property tests print their reach per decision)"
cargo test --locked -- --show-output

step "the crate a Leptos app adds: its docs build without warnings, and cargo package builds it from the packaged files"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked -p soleus
cargo package --locked --allow-dirty

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build (the embed, the example Leptos app that uses the component, the bundle for site owners, the npm package)"
trunk build --release
(cd examples/leptos-app && trunk build --release)
node scripts/release.mjs
node scripts/npm-package.mjs

step "bundle size (fails over the budget in budgets.json)"
node scripts/size-report.mjs dist --check

step "end-to-end tests (playwright-core + axe-core against the release build)"
node --test --test-concurrency=1 tests/e2e/

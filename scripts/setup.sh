#!/usr/bin/env bash
# Installs what a fresh machine lacks to build, serve and test the widget, at pinned versions.
# Idempotent: each step checks first, so a second run takes seconds and changes nothing.
# Only the crates, npm and Debian registries are used; Trunk is configured never to download.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen pin in Cargo.toml
WASM_SPLIT_VERSION=0.2.4 # splits a module the way leptos' own `wasm_split` (wasm_split_helpers 0.2.3) expects

log() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# No --locked: wasm-bindgen-cli's lockfile pins a crate version the registry no longer serves.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Splits the quiz's steps out of the module after the build (scripts/post-build.mjs).
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

# npm tools from the lockfile; the stamp records which lockfile is installed.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  log "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.setup-lock-hash
fi

# Debian's Chromium for the browser tests. Never Debian's binaryen: its wasm-opt breaks the
# module. apt can fail half-way when downloaded packages vanish; re-running succeeds.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing Debian chromium and chromium-driver"
  as_root apt-get update -qq
  for attempt in 1 2 3 4; do
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; then
      break
    fi
    [ "$attempt" = 4 ] && { log "apt-get failed 4 times"; exit 1; }
    log "apt-get failed (attempt $attempt); retrying"
    sleep 3
  done
fi

# Trunk builds offline, so every crate must already be in the local registry cache.
cargo fetch --locked --quiet

log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $WASM_SPLIT_VERSION, $(node_modules/.bin/wasm-opt --version | cut -d' ' -f2-), $(chromium --version 2>/dev/null | head -1)"

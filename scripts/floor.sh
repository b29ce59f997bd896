#!/usr/bin/env bash
# `make floor`: builds the four steps of bench/floor (A counter, B + router, C + Fluent,
# D + API list and form) exactly as the app is built — release profile, Trunk 0.21.14
# offline, wasm-bindgen 0.2.130, wasm-opt 132 -Oz, `--cfg erase_components` from
# .cargo/config.toml, the app's Cargo.lock — and prints each first load, brotli.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR="$root/target/floor"
export PATH="$root/node_modules/.bin:$PATH"
cd "$root/bench/floor"
# The app's versions of every crate (the floor's own entry is added to this copy).
cp "$root/Cargo.lock" Cargo.lock
cargo fetch --quiet
mkdir -p "$CARGO_TARGET_DIR"
declare -A what=([a]="A: counter" [b]="B: + router, 3 routes" [c]="C: + Fluent, negotiation" [d]="D: + API list, form, POST")
# One page; each step is a cargo feature (bench/floor/Cargo.toml), A none.
declare -A features=([a]="" [b]="router" [c]="fluent" [d]="api")
printf '%-28s %12s %12s\n' "step (brotli, KB = 1024 B)" "wasm" "first load"
for v in a b c d; do
  dist="$CARGO_TARGET_DIR/dist-$v"
  if ! trunk build --release --dist "$dist" ${features[$v]:+--features "${features[$v]}"} index.html \
    >"$CARGO_TARGET_DIR/$v.log" 2>&1; then
    cat "$CARGO_TARGET_DIR/$v.log" >&2
    exit 1
  fi
  table=$("$root/target/server/assets" size "$dist")
  wasm=$(awk '$1 == "wasm" { printf "%.1f", $(NF-1) / 1024 }' <<<"$table")
  total=$(awk '/^total \(KB\)/ { print $(NF-1) }' <<<"$table")
  printf '%-28s %12s %12s\n' "${what[$v]}" "$wasm" "$total"
done

#!/usr/bin/env bash
# The whole test suite: formatting and clippy, unit tests, then every test
# program compiled and run natively (x86-64) and cross-compiled for aarch64
# and run under qemu, each also under the collector's stress mode
# (ALC_GC_STRESS: collect very often, poison freed memory, verify the heap
# after each collection), and a sample under valgrind's memcheck.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== formatting (cargo fmt --check)" >&2
cargo fmt --all --check
cargo build --release
cargo build --release -p alrt -p alrt-jit --target aarch64-unknown-linux-gnu
# Lints as errors (the set is [workspace.lints] in Cargo.toml). --release so
# clippy reuses the release profile's build-script outputs; it still checks
# every dependency once (about 2 minutes cold, seconds after that).
echo "== clippy (warnings are errors)" >&2
cargo clippy --release --all-targets -- -D warnings
cargo test --release --workspace --exclude alrt
# rt's unit tests share rt's process-wide state (the class registries and
# caches are plain statics: rt runs Al code on one thread), so they run on
# one thread; the collector's state is per thread.
cargo test --release -p alrt -- --test-threads=1
# The slow passes run a fixed sample of the programs (one in N, chosen by a
# hash of each name, plus every program of programs/gc/: see
# tests/programs.rs), smaller for the slower passes, to keep CI's time down;
# ALC_TEST_LONG=1 runs them over everything.
slow() {
    local divisor=$1
    shift
    if [ "${ALC_TEST_LONG:-0}" = 1 ]; then
        divisor=1
    fi
    env "$@" ALC_TEST_SAMPLE="$divisor" cargo test --release -p alc-tests --test programs -- programs/
}
echo "== test programs under GC stress (x86-64)" >&2
slow 3 ALC_GC_STRESS=1 ALC_TEST_TIMEOUT=120
echo "== test programs cross-compiled for aarch64, run under qemu" >&2
slow 6 ALC_TEST_TARGET=aarch64-unknown-linux-gnu ALC_TEST_TIMEOUT=300
echo "== test programs for aarch64 under GC stress" >&2
slow 12 ALC_GC_STRESS=1 ALC_TEST_TARGET=aarch64-unknown-linux-gnu ALC_TEST_TIMEOUT=300
echo "== valgrind memcheck (no invalid read or write)" >&2
memcheck() {
    ALC_TEST_VALGRIND=1 ALC_TEST_TIMEOUT=900 cargo test --release -p alc-tests --test programs -- "$@"
}
memcheck examples/
if [ "${ALC_TEST_LONG:-0}" = 1 ]; then
    memcheck programs/
else
    memcheck programs/gc/
    memcheck programs/difftest/seed_000
fi

#!/bin/sh
# Copies every test program into fuzz/seeds/programs/ (not kept in git), the
# seed corpus of the compiler targets: run a target on its kept corpus and
# the seeds, e.g. `cargo +nightly fuzz run frontend corpus/frontend seeds/programs`.
# File names are content hashes, as libFuzzer names corpus files.
set -eu
cd "$(dirname "$0")"
out=seeds/programs
mkdir -p "$out"
find ../tests/programs ../tests/compile_errors ../tests/pending ../examples -name '*.al' |
while read -r f; do
    cp "$f" "$out/$(sha1sum "$f" | cut -c1-40)"
done
echo "$(ls "$out" | wc -l) seeds in fuzz/$out"

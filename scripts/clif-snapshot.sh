#!/usr/bin/env bash
# Writes `alc --emit clif` of every test program, example and benchmark into
# a directory, one file per program, so two compilers' output can be compared
# with `diff -r` (used to show that a refactoring leaves generated code alone).
#   scripts/clif-snapshot.sh ALC OUTDIR
set -euo pipefail
alc=$(realpath "$1"); out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
progs=$(find tests/programs examples bench -name '*.al' | sort)
if [ -d ../shared/bench ]; then progs="$progs $(ls ../shared/bench/*.al)"; fi
for p in $progs; do
    name=$(echo "$p" | sed 's|^\.\./||; s|/|__|g')
    "$alc" "$p" --emit clif >"$out/$name.clif" 2>"$out/$name.err" || true
done
echo "clif-snapshot: $(echo $progs | wc -w) programs into $out" >&2

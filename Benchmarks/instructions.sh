#!/usr/bin/env bash
# Instructions executed by one cold `folio build` of a generated series, counted by valgrind's
# callgrind: unlike wall time on a shared machine, the count repeats to within a few in a
# million from run to run, so it shows changes of a fraction of a percent (one thread runs at a
# time under valgrind, so it says nothing about parallelism or the kernel's share).
#
# usage: Benchmarks/instructions.sh [PROFILES] [FOLIO_BINARY]     e.g. Benchmarks/instructions.sh 1000
#
# Without a binary it builds Folio in release mode. valgrind 3.19 cannot read this toolchain's
# debug information, so it runs a copy stripped of it (`strip -g`); function names stay.
# Prints the total and the functions that execute most; the whole profile is left in
# $BENCH_DIR/callgrind.out for `callgrind_annotate`.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1000}
dir=${BENCH_DIR:-/tmp/folio-bench}
command -v valgrind >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
}
if [ -n "${2:-}" ]; then
    folio=$2
else
    swift build -c release --static-swift-stdlib --product folio >/dev/null 2>&1
    folio=$(swift build -c release --show-bin-path)/folio
fi
site="$dir/$size"
mkdir -p "$dir"
[ -d "$site/Content" ] || python3 Benchmarks/generate-series.py "$site" "$size" >/dev/null
stripped="$dir/folio.stripped"
cp "$folio" "$stripped" && strip -g "$stripped"
out="$dir/callgrind.site"
rm -rf "$out"
valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" "$stripped" build "$site" --output "$out" \
    2>&1 | grep -E "refs|rror" || true
rm -rf "$out"
callgrind_annotate "$dir/callgrind.out" 2>/dev/null | sed -n '/^Ir/,$p' | sed -n 3,22p | cut -c1-150

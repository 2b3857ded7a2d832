#!/usr/bin/env bash
# Fuzzes the pipeline from a profile file's bytes to pages with libFuzzer, for SECONDS seconds
# (default 600), starting from the corpus in Tests/Fuzz/corpus and adding what it finds there.
# A crash is saved as Tests/Fuzz/crash-*; replay one with
#   swift build --product FolioFuzz && .build/debug/FolioFuzz Tests/Fuzz/crash-...
#
# AddressSanitizer and its leak check are on.
#
# usage: Tests/Fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
swift build --product FolioFuzz --scratch-path .build-fuzz -c debug \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFOLIO_LIBFUZZER \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null
binary=.build-fuzz/debug/FolioFuzz
mkdir -p Tests/Fuzz/corpus
"$binary" Tests/Fuzz/corpus -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=Tests/Fuzz/ -print_final_stats=1 2>&1 | tail -25

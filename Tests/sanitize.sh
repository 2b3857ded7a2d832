#!/usr/bin/env bash
# The test suite under AddressSanitizer, then under ThreadSanitizer, each in a build folder of
# its own (a first run builds everything again, about 5 minutes each on 2 cores).
#
# usage: Tests/sanitize.sh [address|thread ...]
set -euo pipefail
cd "$(dirname "$0")/.."
export LSAN_OPTIONS="suppressions=$PWD/Tests/lsan-suppressions.txt"
for sanitizer in ${@:-address thread}; do
    echo "swift test --sanitize=$sanitizer"
    swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" 2>&1 | tail -15
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
done

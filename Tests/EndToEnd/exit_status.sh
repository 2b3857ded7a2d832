#!/usr/bin/env bash
# The CLI's exit status and messages: a good build exits 0; a bad input exits 1 with the located
# error on stderr and leaves Output/ as it was; `folio check` the same, writing nothing.
#
# usage: Tests/EndToEnd/exit_status.sh PATH/TO/folio
set -uo pipefail
folio=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$(dirname "$0")/../FolioTests/Fixtures/small-site" "$work/site"
failed=0
expect() {  # expect STATUS DESCRIPTION COMMAND...
    local want=$1 what=$2
    shift 2
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" -eq "$want" ]; then echo "ok: $what (exit $got)"; else
        echo "FAIL: $what: exit $got, expected $want"; cat "$work/err"; failed=1
    fi
}
expect 0 "a good site builds" "$folio" build "$work/site"
before=$(cd "$work/site/Output" && find . -type f -exec sha256sum {} + | sort)
printf -- '---\nname: Ben Adair\nnumber: zero\ndate: 2024-01-01\n---\nText.\n' >"$work/site/Content/people/ben-adair.md"
expect 1 "a profile with a bad number fails" "$folio" build "$work/site"
if grep -q "^Content/people/ben-adair.md:3:9: error: 'number' must be a whole number greater than 0, not 'zero'" "$work/err"; then
    echo "ok: the error is on stderr with its file, line and column"
else
    echo "FAIL: no located error on stderr"; cat "$work/err"; failed=1
fi
after=$(cd "$work/site/Output" && find . -type f -exec sha256sum {} + | sort)
if [ "$before" = "$after" ]; then echo "ok: Output/ is as it was"; else echo "FAIL: Output/ changed"; failed=1; fi
expect 1 "folio check fails on it too" "$folio" check "$work/site"
expect 64 "an unknown option is a usage error" "$folio" build --no-such-option
exit $failed

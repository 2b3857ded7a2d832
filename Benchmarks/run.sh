#!/usr/bin/env bash
# Full-build benchmark: Folio against the cmark CLI (the floor: parsing and rendering the same
# Markdown once, in C, on one core), on generated series, in one run on this machine.
#
# usage: Benchmarks/run.sh [SIZES] [RUNS]      e.g. Benchmarks/run.sh "1000 10000" 3
# Prints wall and CPU time, peak memory, pages/s and MB of Markdown/s (medians of RUNS), the
# Folio/cmark ratio, the time of a second build with nothing changed, and Folio's own stage
# times. Series are generated once into $BENCH_DIR (default /tmp/folio-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 10000"}
runs=${2:-3}
dir=${BENCH_DIR:-/tmp/folio-bench}

need=()
command -v cmark >/dev/null || need+=(cmark)
[ -x /usr/bin/time ] || need+=(time)
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev pkg-config)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
swift build -c release --product folio >/dev/null 2>&1
folio=$(swift build -c release --show-bin-path)/folio

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure OUT_FILE COMMAND...: appends "wall user sys maxrss_kb" for one run
measure() {
    local out=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$out.one" "$@" >/dev/null 2>&1
    cat "$out.one" >>"$out"
}

printf '%-8s %-22s %9s %9s %9s %11s %11s\n' profiles what wall_s cpu_s peak_MB pages_per_s MB_md_per_s
for n in $sizes; do
    site="$dir/$n"
    [ -d "$site/Content" ] || python3 Benchmarks/generate-series.py "$site" "$n" >/dev/null
    mb=$(du -sb "$site/Content/people" | awk '{printf "%.2f", $1/1048576}')
    rm -f "$dir/$n".*.txt
    for _ in $(seq "$runs"); do
        rm -rf "$site/Output"
        measure "$dir/$n.full.txt" "$folio" build "$site"
        measure "$dir/$n.again.txt" "$folio" build "$site"
        measure "$dir/$n.cmark.txt" sh -c "cat '$site'/Content/people/*.md | cmark"
    done
    pages=$("$folio" build "$site" | sed -E 's/Built ([0-9,]+) pages.*/\1/' | tr -d ,)
    for what in full again cmark; do
        f="$dir/$n.$what.txt"
        wall=$(awk '{print $1}' "$f" | median)
        cpu=$(awk '{print $2+$3}' "$f" | median)
        rss=$(awk '{print $4/1024}' "$f" | median)
        label=$([ $what = full ] && echo "folio build (cold)" || ([ $what = again ] && echo "folio build (no change)" || echo "cmark CLI (floor)"))
        pps=$(awk -v p="$pages" -v w="$wall" 'BEGIN {printf "%.0f", (w > 0 ? p / w : 0)}')
        mbs=$(awk -v m="$mb" -v w="$wall" 'BEGIN {printf "%.1f", (w > 0 ? m / w : 0)}')
        printf '%-8s %-22s %9s %9.2f %9.0f %11s %11s\n' "$n" "$label" "$wall" "$cpu" "$rss" "$pps" "$mbs"
        eval "wall_$what=$wall"
    done
    awk -v f="$wall_full" -v c="$wall_cmark" 'BEGIN {printf "         ratio folio/cmark (wall): %.2f (target: at most 1.0)\n", f / c}'
    echo "         stages of one build:"
    rm -rf "$site/Output"
    "$folio" build "$site" --timings | tail -n +2 | sed 's/^/         /'
done

#!/usr/bin/env bash
# The performance benchmark: Folio against the cmark CLI (the floor: parsing and rendering the
# same Markdown once, in C, on one core) and against Hugo (the same profiles built into the same
# page set with the templates in Benchmarks/hugo/), on generated series, in one run on this
# machine, so that the ratios are measured under the same load.
#
# usage: Benchmarks/run.sh [SIZES] [RUNS]      e.g. Benchmarks/run.sh "1000 10000" 3
#
# For each size it prints, as medians of RUNS: wall and CPU time, peak memory, pages/s and MB of
# Markdown/s of `folio build` (cold process, empty output folder), of a second build with
# nothing changed, of the cmark CLI over all the profiles and of Hugo; the ratios Folio/cmark
# and Folio/Hugo; whether the second build wrote anything; the edit-to-reload latency of
# `folio serve`; Folio's stage times (templates, writing and the site graph apart); and, when
# 10,000 comes before 100,000 among the sizes, the ratio of their cold builds' wall times.
# Series are generated once into $BENCH_DIR (default /tmp/folio-bench). Every program (Folio,
# Hugo, the cmark CLI) writes its output under $OUT_DIR; when it is not set, under
# /dev/shm/folio-bench-out if /dev/shm is a tmpfs and the machine has 8 GB of memory available
# (the disk's state and write-back weigh on the ratios: README), else beside the series;
# `OUT_DIR=` (set, empty) puts it beside the series, on the disk, in any case. It also prints the
# 100,000/10,000 ratios of user and system CPU time, and, when the largest size is 100,000 or
# more, how fast new memory comes on the machine (below). It installs cmark and hugo (Debian
# packages) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 10000"}
runs=${2:-3}
dir=${BENCH_DIR:-/tmp/folio-bench}
# Hugo needs about 1.6 GB at 10,000 profiles; above this size it is left out.
hugo_max=${HUGO_MAX:-10000}
available_kb=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
if [ -z "${OUT_DIR+set}" ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] \
    && [ "$available_kb" -gt $((8 * 1024 * 1024)) ]; then
    out_root=/dev/shm/folio-bench-out
else
    out_root=${OUT_DIR:-}
fi
mkdir -p "$dir" ${out_root:+"$out_root"}

need=()
command -v cmark >/dev/null || need+=(cmark)
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev pkg-config)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The release build as the README gives it: Swift's runtime and Foundation linked in.
swift build -c release --static-swift-stdlib --product folio >/dev/null 2>&1
folio=$(swift build -c release --show-bin-path)/folio

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $(swift --version 2>&1 | head -1)"
echo "cmark $(cmark --version | head -1 | awk '{print $2}'), $(hugo version | awk '{print $1, $2}'); medians of $runs runs"
echo "outputs written to: ${out_root:-beside the series in $dir} ($(stat -f -c %T "${out_root:-$dir}"))"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Each cold build starts without an output folder, as after `rm -rf Output`.
# On a tmpfs (where deleting costs the next build nothing, unlike on ext4 below) each program's
# output is deleted as soon as it has been measured, so that every program runs with no earlier
# output kept in memory. (Kept, they made each later build write its pages into memory that a
# virtual machine's host may have to back anew: README, "Performance benchmark".)
# On a disk the previous output is moved aside, not deleted: on an ext4 file system without a
# journal (such as this machine's) the kernel skips inodes freed in the last minute (six while
# their table is not yet written back) when it allocates new ones, so deleting 20,000 files
# just before a build made that build (Folio's or Hugo's) wait on the allocator for seconds, a
# cost of the benchmark loop, not of the generator. What an earlier run set aside is deleted
# here, written back, and six minutes pass: with one minute, the cold 10,000-profile builds
# after deleting an earlier run's outputs spent 1.7-2.7 s in the kernel, against 0.6-0.8 s on
# the same disk later (measured in session 6).
trash="${out_root:-$dir}/.trash"
mkdir -p "$trash"
on_tmpfs=$([ "$(stat -f -c %T "$trash")" = tmpfs ] && echo yes || echo no)
if [ -n "$(ls -A "$trash")" ]; then
    if [ "$on_tmpfs" = yes ]; then
        rm -rf "$trash" && mkdir -p "$trash"
    else
        echo "removing the outputs an earlier run set aside, then waiting six minutes (see run.sh)"
        rm -rf "$trash" && mkdir -p "$trash" && sync && sleep 365
    fi
fi
# clear_output PATH: the previous output out of the next cold build's way (see above).
clear_output() {
    if [ "$on_tmpfs" = yes ]; then
        rm -rf "$1"
    elif [ -e "$1" ]; then
        mv "$1" "$trash/$(date +%s%N)"
    fi
}
# measured PATH...: on a tmpfs, outputs deleted once measured (see above).
measured() {
    if [ "$on_tmpfs" = yes ]; then rm -rf "$@"; fi
}

# measure OUT_FILE COMMAND...: appends "wall user sys maxrss_kb" for one run
measure() {
    local out=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$out.one" "$@" >"$out.log" 2>&1
    cat "$out.one" >>"$out"
}

for n in $sizes; do
    site="$dir/$n"
    [ -d "$site/Content" ] || python3 Benchmarks/generate-series.py "$site" "$n" >/dev/null
    hugo_site="$dir/$n-hugo"
    if [ "$n" -le "$hugo_max" ] && [ ! -d "$hugo_site/content/people" ]; then
        rm -rf "$hugo_site" && mkdir -p "$hugo_site/content"
        cp -r Benchmarks/hugo/. "$hugo_site/"
        cp -r "$site/Content/people" "$hugo_site/content/people"
    fi
    mb=$(du -sb "$site/Content/people" | awk '{printf "%.2f", $1/1048576}')
    folio_out=${out_root:+$out_root/$n-folio}
    folio_out=${folio_out:-$site/Output}
    hugo_out=${out_root:+$out_root/$n-hugo}
    hugo_out=${hugo_out:-$hugo_site/public}
    # The cmark CLI's HTML: into the run's log beside the series, or a file under OUT_DIR.
    cmark_to=${out_root:+"> '$out_root/$n-cmark.html'"}
    rm -f "$dir/$n".*.txt
    # The files read once before anything is timed, so that every program finds them in the
    # page cache. Evicted from it, a file costs the first program to read it a read from the
    # disk: a cold 100,000-profile build took 14.5 s with the series' files evicted against 7.9 s
    # with them cached (session 11), and a benchmark run had just measured a first build like
    # that (the series left alone for some minutes), which only Folio, reading first, paid.
    find "$site/Content" -type f -print0 | xargs -0 cat >/dev/null
    if [ "$n" -le "$hugo_max" ]; then find "$hugo_site" -type f -print0 | xargs -0 cat >/dev/null; fi
    hugo_pages=0
    for _ in $(seq "$runs"); do
        clear_output "$folio_out"
        measure "$dir/$n.full.txt" "$folio" build "$site" --output "$folio_out"
        measure "$dir/$n.again.txt" "$folio" build "$site" --output "$folio_out"
        measured "$folio_out"
        # (find | xargs: a glob of 100,000 names is too long for one command line)
        [ -z "$out_root" ] || clear_output "$out_root/$n-cmark.html"
        measure "$dir/$n.cmark.txt" sh -c \
            "find '$site/Content/people' -name '*.md' -print0 | sort -z | xargs -0 cat | cmark $cmark_to"
        measured ${out_root:+"$out_root/$n-cmark.html"}
        if [ "$n" -le "$hugo_max" ]; then
            clear_output "$hugo_out"
            measure "$dir/$n.hugo.txt" hugo --quiet -s "$hugo_site" -d "$hugo_out"
            hugo_pages=$(find "$hugo_out" -name '*.html' | wc -l)
            measured "$hugo_out"
        fi
    done
    pages=$(sed -nE 's/Built ([0-9,]+) pages.*/\1/p' "$dir/$n.full.txt.log" | tr -d ,)
    echo
    printf '%-8s %-24s %8s %8s %8s %8s %11s %11s\n' profiles what pages wall_s cpu_s peak_MB pages_per_s MB_md_per_s
    wall_hugo=0
    for what in full again cmark hugo; do
        f="$dir/$n.$what.txt"
        [ -f "$f" ] || continue
        wall=$(awk '{print $1}' "$f" | median)
        cpu=$(awk '{print $2+$3}' "$f" | median)
        rss=$(awk '{print $4/1024}' "$f" | median)
        case $what in
            full) label="folio build (cold)" count=$pages ;;
            again) label="folio build (no change)" count=$pages ;;
            cmark) label="cmark CLI (floor)" count=$n ;;
            hugo) label="hugo" count=$hugo_pages ;;
        esac
        pps=$(awk -v p="$count" -v w="$wall" 'BEGIN {printf "%.0f", (w > 0 ? p / w : 0)}')
        mbs=$(awk -v m="$mb" -v w="$wall" 'BEGIN {printf "%.1f", (w > 0 ? m / w : 0)}')
        printf '%-8s %-24s %8s %8s %8.2f %8.0f %11s %11s\n' "$n" "$label" "$count" "$wall" "$cpu" "$rss" "$pps" "$mbs"
        eval "wall_$what=$wall"
        eval "rss_$what=$rss"
    done
    eval "cold_$n=$wall_full"
    eval "user_$n=$(awk '{print $2}' "$dir/$n.full.txt" | median)"
    eval "system_$n=$(awk '{print $3}' "$dir/$n.full.txt" | median)"
    # Linearity, when both sizes are in this run: the 100,000-profile cold build against ten times
    # the 10,000-profile one (measured in one run, so under the same load and state of the disk).
    # The CPU time split in two says where a ratio above 10 comes from: the program's own work
    # (user) or the kernel's (system: files, folders, and memory touched for the first time).
    if [ "$n" = 100000 ] && [ -n "${cold_10000:-}" ]; then
        awk -v l="$wall_full" -v s="$cold_10000" -v u="$user_100000" -v u1="$user_10000" \
            -v k="$system_100000" -v k1="$system_10000" 'BEGIN {
            printf "         ratio 100,000/10,000 profiles (wall): %.1f (target: at most 11)\n", l / s
            printf "           CPU time: user %.2f / %.2f s = %.1fx, system %.2f / %.2f s = %.1fx\n", u, u1, u / u1, k, k1, k / k1 }'
    fi
    awk -v f="$wall_full" -v c="$wall_cmark" -v h="$wall_hugo" -v m="$rss_full" 'BEGIN {
        printf "         ratio folio/cmark (wall): %.2f (target: at most 1.0)\n", f / c
        if (h > 0) printf "         ratio folio/hugo (wall):  %.3f (target: at most 0.1)\n", f / h
        printf "         folio peak memory: %.0f MB (target at 10,000: at most 300 MB)\n", m }'
    if grep -q "(nothing changed)" "$dir/$n.again.txt.log"; then
        echo "         second build with nothing changed: wrote no file"
    else
        echo "         second build with nothing changed: WROTE FILES: $(tail -1 "$dir/$n.again.txt.log")"
    fi
    latency=$(python3 Benchmarks/serve-latency.py "$folio" "$site" --edits 10 | grep "edit to reload" || true)
    echo "         folio serve, ${latency:-edit to reload: failed}"
    echo "         stages of one build (pages rendered before writing, to time them apart):"
    clear_output "$folio_out"
    "$folio" build "$site" --output "$folio_out" --timings | tail -n +2 | sed 's/^/         /'
    measured "$folio_out"
done

# What new memory costs on this machine, after the largest sizes: 3 GB written to a tmpfs in
# pieces of 256 MB, each kept until the end, timed one by one. A build of 100,000 profiles
# touches about 1.5 GB of heap and writes 1.3 GB of pages; 10,000 profiles a tenth of that. On
# a virtual machine whose host backs guest memory only when it is first touched (and takes back
# what the guest has left free for a while), the first gigabyte or so comes fast and the rest
# several times slower, whoever touches it: a cost of the host that grows faster than the
# series, and which the ratio above includes whenever a build's memory is new to the host (as
# it was for each later build when earlier outputs were kept in the tmpfs: see clear_output).
largest=$(printf '%s\n' $sizes | sort -n | tail -1)
probe_dir=${out_root:-/dev/shm}
available_kb=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
if [ "$largest" -ge 100000 ] && [ -d "$probe_dir" ] && [ "$(stat -f -c %T "$probe_dir")" = tmpfs ] \
    && [ "$available_kb" -gt $((6 * 1024 * 1024)) ]; then
    pieces=()
    for i in $(seq 12); do
        start=$(date +%s%N)
        dd if=/dev/zero of="$probe_dir/.memory-probe-$i" bs=1M count=256 status=none
        pieces+=($((($(date +%s%N) - start) / 1000000)))
    done
    rm -f "$probe_dir"/.memory-probe-*
    echo
    echo "new memory on this machine: 12 pieces of 256 MB written to tmpfs and kept, ms each:"
    echo "         ${pieces[*]}"
    printf '%s\n' "${pieces[@]}" | sort -n | awk '{t[NR]=$1} END {
        printf "         fastest piece %.1f GB/s, slowest %.2f GB/s\n", 256 / t[1], 256 / t[NR] }'
fi

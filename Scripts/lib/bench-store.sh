# The record store's benchmark section, sourced by Scripts/bench.
# bench_store BIN : runs Scripts/lib/bench-scale.py on the release binary BIN:
# stores of 10 and 10,000 records (the worked example copied for invented
# ASTs, Scripts/lib/gen-store.py) and one of 100,000 for the large listing;
# every command a whole process, the median of BENCH_STORE_RUNS runs (default
# 7) with the largest peak memory. BENCH_LARGE sets the large store's size
# (0 skips it).
# Aims (issue 15): show (full or partial id), saving one record, Tab
# completion and import of one file on 10,000 records within 2x of the same on
# 10; records and records ast=... on 10,000 under 0.15 s with the index and
# 0.8 s without; every command under 60 MB; 100,000 records listed under 1 s.
bench_store() {
    local bin="$1" dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/astpm-bench-store.XXXXXX")
    say "store: generating stores of 10, 10,000 and ${BENCH_LARGE:-100000} records; this takes a few minutes"
    python3 Scripts/lib/bench-scale.py "$bin" "$dir" "${BENCH_STORE_RUNS:-7}" "${BENCH_LARGE:-100000}" || true
    bench_overview "$bin" "$dir"
    rm -rf "$dir"
}

# _bench_run LABEL RUNS CMD... : best wall time and largest peak RSS over RUNS runs.
_bench_run() {
    local label="$1" runs="$2"; shift 2
    local best="" peak=0 i out secs kb log
    log=$(mktemp)
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -o "$log" -f '%e %M' "$@" >/dev/null 2>&1 || true
        out=$(tail -1 "$log")
        secs=${out% *}; kb=${out#* }
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    rm -f "$log"
    printf '  %-44s %6.2f s   %6.1f MB peak\n' "$label" "$best" "$(awk "BEGIN{print $peak/1024}")"
}


# bench_overview BIN DIR : `due` and `report` over 10,000 records (gen-store.py
# varies awards, outcomes and support so both have work to do), and the first
# prompt, which waits at most 0.3 s for the banner's count of what is due.
bench_overview() {
    local bin="$1" dir="$2"
    python3 Scripts/lib/gen-store.py "$dir/overview" 10000 >&2
    "$bin" --store "$dir/overview" records >/dev/null 2>&1 || true   # warm the page cache and the index
    echo "due and report (10,000 records):"
    local store="$dir/overview"
    # What is due across 2,500 ASTs, and the cycle report with its equality view
    # (gen-store.py varies awards, outcomes and support so both have work to do).
    _bench_run "astpm due" 5 "$bin" --store "$store" due
    _bench_run "astpm due --days 365 --json" 5 "$bin" --store "$store" due --days 365 --json
    _bench_run "astpm due --days 365 --ics FILE" 5 "$bin" --store "$store" due --days 365 --ics "$dir/due.ics" --force
    _bench_run "astpm report 2025-26" 5 "$bin" --store "$store" report 2025-26
    _bench_run "astpm report 2025-26 --json" 5 "$bin" --store "$store" report 2025-26 --json
    _bench_run "astpm report 2025-26 --format html -o F" 5 "$bin" --store "$store" report 2025-26 --format html -o "$dir/report.html" --force
    # The banner counts what is due in the next 14 days before the first prompt.
    local empty_prompt full_prompt
    empty_prompt=$(env HOME="$dir/home" XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" \
        LANG=C.UTF-8 TERM=xterm-256color python3 Scripts/lib/benchtime.py prompt 5 'astpm> ' -- "$bin" --store "$dir/empty")
    full_prompt=$(env HOME="$dir/home" XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" \
        LANG=C.UTF-8 TERM=xterm-256color python3 Scripts/lib/benchtime.py prompt 5 'astpm> ' -- "$bin" --store "$store")
    printf '  %-44s %6.0f ms (empty store %.0f ms; median of 5)\n' "first prompt (waits <= 0.3 s for the due count)" "$full_prompt" "$empty_prompt"
}

# The record store's benchmark section, sourced by Scripts/bench.
# bench_store BIN : generates a 10,000-record store (the worked example copied
# for 2,500 invented ASTs) and reports, for the release binary BIN:
#   - `astpm records`, `find`, `due` and `report` whole-process wall time and peak memory
#   - one durable save (`astpm import` of one record) against the same process
#     doing no save, so the difference is the cost of the save itself.
# Aims (issue 5): listing 10,000 records well under a second and under 100 MB.

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

bench_store() {
    local bin="$1" n="${2:-10000}"
    local dir; dir=$(mktemp -d "${TMPDIR:-/tmp}/astpm-bench-store.XXXXXX")
    say "store: generating $n records"
    python3 Scripts/lib/gen-store.py "$dir/store" "$n" >&2
    echo "record store ($n records, $(du -sh "$dir/store" | cut -f1) on disk):"
    "$bin" --store "$dir/store" records >/dev/null 2>&1 || true   # warm the page cache
    _bench_run "astpm records" 5 "$bin" --store "$dir/store" records
    _bench_run "astpm records --json" 5 "$bin" --store "$dir/store" records --json
    _bench_run "astpm records kind=review ast=okafor" 5 "$bin" --store "$dir/store" records kind=review ast=okafor
    _bench_run "astpm find fractions" 5 "$bin" --store "$dir/store" find fractions
    _bench_run "astpm find 'no such text'" 5 "$bin" --store "$dir/store" find "no such text"
    # What is due across 2,500 ASTs, and the cycle report with its equality view
    # (gen-store.py varies awards, outcomes and support so both have work to do).
    _bench_run "astpm due" 5 "$bin" --store "$dir/store" due
    _bench_run "astpm due --days 365 --json" 5 "$bin" --store "$dir/store" due --days 365 --json
    _bench_run "astpm due --days 365 --ics FILE" 5 "$bin" --store "$dir/store" due --days 365 --ics "$dir/due.ics" --force
    _bench_run "astpm report 2025-26" 5 "$bin" --store "$dir/store" report 2025-26
    _bench_run "astpm report 2025-26 --json" 5 "$bin" --store "$dir/store" report 2025-26 --json
    _bench_run "astpm report 2025-26 --format html -o F" 5 "$bin" --store "$dir/store" report 2025-26 --format html -o "$dir/report.html" --force
    # The banner counts what is due in the next 14 days before the first prompt.
    local empty_prompt full_prompt
    empty_prompt=$(env HOME="$dir/home" XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" \
        LANG=C.UTF-8 TERM=xterm-256color python3 Scripts/lib/benchtime.py prompt 5 'astpm> ' -- "$bin" --store "$dir/empty")
    full_prompt=$(env HOME="$dir/home" XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" \
        LANG=C.UTF-8 TERM=xterm-256color python3 Scripts/lib/benchtime.py prompt 5 'astpm> ' -- "$bin" --store "$dir/store")
    printf '  %-44s %6.0f ms (empty store %.0f ms; median of 5)\n' "first prompt (waits <= 0.3 s for the due count)" "$full_prompt" "$empty_prompt"
    # One durable save: import one record into an existing store, against the
    # same process with nothing to save (`records kind=tour`, which lists).
    local one="Guidance/examples/sian-prothero/2025-26-review.md" i t0 t_save=0 t_none=0 runs=10
    "$bin" --store "$dir/small" import "$one" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N); "$bin" --store "$dir/small" records kind=tour >/dev/null 2>&1 || true
        t_none=$((t_none + $(date +%s%N) - t0))
        rm -rf "$dir/small"/sian-prothero-*/
        "$bin" --store "$dir/small" records >/dev/null 2>&1 || true
        t0=$(date +%s%N); "$bin" --store "$dir/small" import "$one" >/dev/null 2>&1 || true
        t_save=$((t_save + $(date +%s%N) - t0))
    done
    printf '  %-44s %6.1f ms (whole process %.1f ms, start-up alone %.1f ms; mean of %d)\n' "one durable save (import 1 record)" \
        "$(awk "BEGIN{print ($t_save - $t_none) / $runs / 1e6}")" "$(awk "BEGIN{print $t_save / $runs / 1e6}")" \
        "$(awk "BEGIN{print $t_none / $runs / 1e6}")" "$runs"
    rm -rf "$dir"
}

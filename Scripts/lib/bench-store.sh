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
    rm -rf "$dir"
}

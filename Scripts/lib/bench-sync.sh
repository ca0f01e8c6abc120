# The git store's sync benchmark, sourced by Scripts/bench.
# bench_sync BIN : a store of BENCH_SYNC_RECORDS records (default 1,000;
# Scripts/lib/gen-store.py) made a git store with a bare remote on a local
# path, cloned as a second machine; then 50 records changed on each side (25
# of them the same records, changed in different fields, so that they merge
# field by field) and each side synced. Every step is one whole process,
# timed once (a sync changes what the next one has to do), with its peak
# memory. git's own config is left out (a scratch HOME, GIT_CONFIG_NOSYSTEM).
bench_sync() {
    local bin="$1" dir n="${BENCH_SYNC_RECORDS:-1000}"
    dir=$(mktemp -d "${TMPDIR:-/tmp}/astpm-bench-sync.XXXXXX")
    mkdir -p "$dir/home"
    printf '[user]\n\tname = Bench\n\temail = bench@example.invalid\n[init]\n\tdefaultBranch = main\n' > "$dir/home/.gitconfig"
    local run=(env HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_STATE_HOME="$dir/home/state"
               GIT_CONFIG_NOSYSTEM=1 LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no)
    echo "sync: a git store of $n records, 50 changed on each side (25 of them the same records, other fields)"
    python3 Scripts/lib/gen-store.py "$dir/a" "$n" >/dev/null
    "${run[@]}" git init --quiet --bare "$dir/remote.git"
    _bench_once "store init --git REMOTE ($n records, one commit)" "${run[@]}" "$bin" --store "$dir/a" store init --git "$dir/remote.git"
    _bench_once "first sync (sends $n records)" "${run[@]}" "$bin" --store "$dir/a" sync
    "${run[@]}" git clone --quiet "$dir/remote.git" "$dir/b"
    _bench_once "sync of a fresh clone (nothing to do)" "${run[@]}" "$bin" --store "$dir/b" sync
    python3 - "$dir" <<'PY'
import os, sys
root = sys.argv[1]
folders = sorted(f for f in os.listdir(os.path.join(root, "a")) if not f.startswith("."))
def edit(side, folder, change):
    path = os.path.join(root, side, folder, "2025-26-review.md")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(change(text))
for folder in folders[:50]:            # here: the notes
    edit("a", folder, lambda t: t.rstrip("\n") + "\n\nAdded at school.\n")
for folder in folders[25:75]:          # there: a field (25 of these records changed here too)
    edit("b", folder, lambda t: t.replace("  high-quality:", "  checked-by: the deputy head\n  high-quality:", 1))
PY
    _bench_once "sync here (commits and sends 50 changes)" "${run[@]}" "$bin" --store "$dir/a" sync
    _bench_once "sync there (50 in, 25 merged by field, 50 out)" "${run[@]}" "$bin" --store "$dir/b" sync
    _bench_once "sync here again (receives the merge)" "${run[@]}" "$bin" --store "$dir/a" sync
    _bench_once "saving one record in the git store (import)" "${run[@]}" "$bin" --store "$dir/a" import Guidance/examples/sian-prothero/2025-26-review.md
    rm -rf "$dir"
}

# _bench_once LABEL CMD... : wall time and peak RSS of one run.
_bench_once() {
    local label="$1" log out
    shift
    log=$(mktemp)
    /usr/bin/time -o "$log" -f '%e %M' "$@" >/dev/null 2>&1 || echo "  ($label: exit status $?)"
    out=$(tail -1 "$log")
    rm -f "$log"
    printf '  %-52s %6.2f s   %6.1f MB peak\n' "$label" "${out% *}" "$(awk "BEGIN{print ${out#* }/1024}")"
}

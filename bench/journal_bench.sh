#!/bin/sh
# Journal benchmark: builds (once) a database with 100,000 journal entries (bench/journal_db.sh), then
# measures search latency (beside the raw FTS5 query, build/journal_search_raw) and list latency, the
# journal page in Chromium, program start to first answer and resident memory (bench/journal_bench.mjs).
# Usage: bench/journal_bench.sh [build-dir]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
bin=$build/truenorth
[ -x "$bin" ] || { echo "journal_bench: $bin not found; build first (cmake --build $build --target truenorth)" >&2; exit 1; }
db=$("$repo/bench/journal_db.sh" "$build")
cmake --build "$build" --target journal_search_raw >/dev/null  # the raw query beside the API
TRUENORTH_BIN=$bin SEARCH_RAW_BIN=$build/journal_search_raw node "$repo/bench/journal_bench.mjs" "$db"
# The integrity check (PRAGMA quick_check) of an existing database runs in the background while the server
# already answers (writes wait for it), so it is not part of the start time above; its cost is shown here.
t0=$(date +%s%N); sqlite3 "$db" "PRAGMA quick_check" >/dev/null; t1=$(date +%s%N)
echo "  background PRAGMA quick_check on the $(du -m "$db" | cut -f1) MB file    $(( (t1 - t0) / 1000000 )) ms (sqlite3 CLI, warm cache)"

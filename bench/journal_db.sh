#!/bin/sh
# Makes (once, again when its inputs change) a database with 100,000 journal entries from
# bench/journal_gen.sql using the sqlite3 CLI, and prints its path. Shared by the benchmarks that need a
# large journal (journal_bench.sh, data_bench.mjs). Usage: bench/journal_db.sh [build-dir]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
command -v sqlite3 >/dev/null || { echo "journal_db: needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 1; }

db=$build/bench/journal-100k.db
if [ ! -f "$db" ] || [ "$repo/bench/journal_gen.sql" -nt "$db" ] || [ "$repo/schema.sql" -nt "$db" ]; then
  mkdir -p "$build/bench"
  rm -f "$db" "$db-wal" "$db-shm"
  echo "Generating 100,000 journal entries into $db (about half a minute)..." >&2
  start=$(date +%s)
  sqlite3 "$db" < "$repo/schema.sql"
  sqlite3 "$db" < "$repo/bench/journal_gen.sql" >/dev/null
  echo "Generated in $(( $(date +%s) - start )) s; $(du -m "$db" | cut -f1) MB" >&2
fi
echo "$db"

// The SQLite database: one connection shared by all server threads behind a mutex, migrations, statements.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "domain/status.h"

namespace tn {

// Thrown by Statement and Connection on any SQLite failure; Database::read/write turn it into a Status,
// so it never escapes the store.
class SqlError : public std::runtime_error {
 public:
  SqlError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }
  Status status() const;

 private:
  int code_;
};

// A prepared statement borrowed from the connection's cache; reset when it goes out of scope.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds parameter `index` (1-based). Returns *this so binds can be chained.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Advances to the next row: true when a row is available, false when done. Throws SqlError on failure.
  bool step();
  // Runs a statement that returns no rows.
  void run();

  std::int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;
  // The column's value, or nullopt when it is NULL.
  std::optional<std::int64_t> optional_int64(int column) const;
  std::optional<int> optional_int(int column) const;
  std::optional<double> optional_real(int column) const;
  std::optional<std::string> optional_text(int column) const;
  // The storage class of a column's value in this row: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT,
  // SQLITE_BLOB or SQLITE_NULL.
  int type(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

// An open SQLite connection with a cache of prepared statements. Not thread-safe: use through Database.
class Connection {
 public:
  // Takes `db` over (closed by the destructor) and gives it the clock kSqlNow reads (see tick_clock).
  explicit Connection(sqlite3* db);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Returns a cached prepared statement for `sql` (one statement). Throws SqlError if it does not compile.
  Statement prepare(const std::string& sql);
  // Runs one or more statements with no parameters and no results. Throws SqlError.
  void exec(const std::string& sql);
  std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }

  // Starts the clock of a write: until the next call, kSqlNow is one timestamp, the current time or, when
  // the clock has not moved on (same millisecond, or set back), one millisecond after the previous write's.
  // So the timestamps of successive writes always increase and "newest first" never ties.
  void tick_clock();

 private:
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::int64_t clock_ms_ = 0;  // the current write's time in milliseconds since 1970; 0 before the first
};

// The SQL expression for now as every record's timestamps store it: ISO 8601 UTC with milliseconds, e.g.
// 2026-03-04T09:15:00.123Z. Inside a Database::write (or rebuild, exclusive) it is the same for the whole
// write and later than the previous write's (see Connection::tick_clock). Records saved by earlier versions
// hold whole seconds (2026-03-04T09:15:00Z).
inline constexpr const char* kSqlNow = "tn_now()";

// Keyset position for lists ordered newest first by a date, then by id: the last (date, id) of the
// previous page.
struct DateCursor {
  std::string date;  // "YYYY-MM-DD"
  std::int64_t id = 0;
};

// Whether check_version's subject names one thing ("this decision") or several ("the life areas").
enum class Noun { kOne, kMany };

// OK when a record's `stored` version is still the `expected` one its editor started from; otherwise the
// Conflict on "version" every store answers a stale edit with: "<subject> was changed elsewhere (in
// another tab?) since you opened it" (were/them for Noun::kMany).
Status check_version(std::int64_t stored, std::int64_t expected, std::string_view subject, Noun noun = Noun::kOne);

// `record` when the store found one, else `not_found` (the store's NotFound naming the id it looked for).
template <typename T>
Result<T> found_or(std::optional<T> record, Status not_found) {
  if (!record) return not_found;
  return std::move(*record);
}

// Deletes the row `id` of `table` (what belongs to it goes by ON DELETE CASCADE); `not_found` when there is
// no such row. Runs inside the caller's write.
Status delete_row(Connection& conn, std::string_view table, std::int64_t id, Status not_found);

// The schema version this program writes: the number of migrations in src/store/migrations.
int latest_schema_version();

// schema.sql: the full current schema, which a new database is created from.
std::string_view schema_sql();

// Runs migration `version` (1..latest_schema_version()) and sets user_version to it, inside the caller's
// transaction and with the caller's foreign-key setting. Throws SqlError. migrate() gives each its own.
void apply_migration(Connection& conn, int version);

// The first row PRAGMA foreign_key_check finds, in words ("a row of X linked to a missing row of Y"), or
// nothing when every foreign key holds.
std::optional<std::string> broken_link(Connection& conn);

// Brings a connection at schema version `from` up to `to` by running each migration in its own
// transaction (migration N sets user_version N), with foreign keys off so a table rebuild cascades nothing.
// A migration that would leave a broken foreign key (PRAGMA foreign_key_check) is rolled back and reported.
// foreign_keys is left as it was. Used by open() and by the upgrade tests.
Status migrate(Connection& conn, int from, int to);

// The user's database file. All access goes through read() and write(), which hold a mutex, so the
// single connection is safe under the server's worker threads.
class Database {
 public:
  // Opens `path`, creating it and its folder when missing, and brings the schema up to date (after a
  // backup into its backups folder, see store/backups.h; when that backup fails, nothing is upgraded).
  // Refuses, without modifying the file: a file that is not SQLite, one written by a newer version of
  // True North, a SQLite file that holds someone else's tables, and one that fails PRAGMA quick_check.
  // The quick_check of a large up-to-date file takes a while, so it runs in the background: reads are
  // served at once, writes wait for it, and integrity() reports it.
  static Result<std::unique_ptr<Database>> open(const std::string& path);

  // The verdict of the integrity check (waits for it). Once it is not OK, every write() returns it.
  Status integrity() const { return integrity_.get(); }

  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() = default;

  // Runs fn(Connection&) with the connection to itself. fn returns Status or Result<T>; a SqlError
  // thrown inside becomes a non-OK Status.
  template <typename Fn>
  auto read(Fn&& fn) -> decltype(fn(std::declval<Connection&>())) {
    std::lock_guard lock(mutex_);
    try {
      return fn(*conn_);
    } catch (const SqlError& e) {
      return e.status();
    }
  }

  // Like read(), inside BEGIN IMMEDIATE: commits when fn returns OK, rolls back otherwise. Refused
  // (and fn not run) when the integrity check failed or the files on disk are no longer the ones
  // opened (see check_files()).
  template <typename Fn>
  auto write(Fn&& fn) -> decltype(fn(std::declval<Connection&>())) {
    return exclusive([&](Connection& conn) -> decltype(fn(conn)) {
      conn.exec("BEGIN IMMEDIATE");
      auto result = fn(conn);
      conn.exec(result.ok() ? "COMMIT" : "ROLLBACK");
      return result;
    });
  }

  // Like write(), with its refusals (and a transaction left open by an error rolled back), but without
  // BEGIN: fn(Connection&) manages its own transactions, as SQLite's backup API does when a restore
  // replaces the whole database. Holds the lock throughout.
  template <typename Fn>
  auto exclusive(Fn&& fn) -> decltype(fn(std::declval<Connection&>())) {
    if (Status checked = integrity(); !checked.ok()) return checked;
    std::lock_guard lock(mutex_);
    if (Status files = check_files_locked(); !files.ok()) return files;
    try {
      conn_->tick_clock();
      return fn(*conn_);
    } catch (const SqlError& e) {
      rollback_after_error();
      return e.status();
    }
  }

  // Like write(), but with foreign keys off while fn runs, so fn may drop, create and refill tables in any
  // order without cascading (an import that replaces everything). fn checks the links itself before it
  // returns OK (see broken_link()); foreign keys are on again afterwards, whatever happened.
  template <typename Fn>
  auto rebuild(Fn&& fn) -> decltype(fn(std::declval<Connection&>())) {
    return exclusive([&](Connection& conn) -> decltype(fn(conn)) {
      conn.exec("PRAGMA foreign_keys = OFF");  // no effect inside a transaction, so it goes first
      try {
        conn.exec("BEGIN IMMEDIATE");
        auto result = fn(conn);
        conn.exec(result.ok() ? "COMMIT" : "ROLLBACK");
        conn.exec("PRAGMA foreign_keys = ON");
        return result;
      } catch (const SqlError&) {
        rollback_after_error();
        sqlite3_exec(conn.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        throw;
      }
    });
  }

  // Whether the database file and its -wal and -shm files at path() are still the ones this connection
  // opened. When one was deleted, moved away or replaced, every later write() is refused with the
  // reason (the first time, the data is made safe: written back into the database file when only its
  // -wal/-shm went, else copied to a "<path>.rescued-<time>.db" file beside it). Cheap: three stat calls.
  Status check_files() {
    std::lock_guard lock(mutex_);
    return check_files_locked();
  }

  const std::string& path() const { return path_; }

 private:
  // A file's identity on disk (device and inode); ino 0 when the file is absent.
  struct FileId {
    std::uint64_t dev = 0;
    std::uint64_t ino = 0;
    bool operator==(const FileId&) const = default;
  };
  static FileId file_id(const std::string& path);

  Database(std::unique_ptr<Connection> conn, std::string path, std::shared_future<Status> integrity);
  void rollback_after_error();
  Status check_files_locked();
  // Makes what was saved safe after the files changed under the connection; returns the sentence to add.
  std::string rescue_after_files_changed(bool main_file_kept);

  std::mutex mutex_;
  std::unique_ptr<Connection> conn_;
  std::string path_;
  std::shared_future<Status> integrity_;
  FileId main_id_, wal_id_, shm_id_;  // as opened
  Status files_status_;               // sticky: once the files changed, writes stay refused
};

}  // namespace tn

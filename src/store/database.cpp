// The SQLite database: one connection shared by all server threads behind a mutex, migrations, statements.
#include "store/database.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <future>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "embedded.h"
#include "store/backups.h"

namespace tn {
namespace {

constexpr std::string_view kMigrationsDir = "src/store/migrations/";

[[noreturn]] void throw_sql(sqlite3* db, int rc) { throw SqlError(rc, sqlite3_errmsg(db)); }

std::int64_t system_now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// tn_now(): the connection's clock (see Connection::tick_clock) as ISO 8601 UTC with milliseconds.
void sql_now(sqlite3_context* context, int, sqlite3_value**) {
  const std::int64_t clock_ms = *static_cast<const std::int64_t*>(sqlite3_user_data(context));
  const std::int64_t ms = clock_ms > 0 ? clock_ms : system_now_ms();
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[40];
  const std::size_t n = std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(stamp + n, sizeof stamp - n, ".%03dZ", static_cast<int>(ms % 1000));
  sqlite3_result_text(context, stamp, -1, SQLITE_TRANSIENT);
}

// The migration files in order; migration N is the N-th file, named NNNN_<what>.sql.
std::vector<const EmbeddedFile*> migration_files() {
  std::vector<const EmbeddedFile*> files;
  for (const EmbeddedFile& f : sql_files()) {
    if (std::string_view(f.path).starts_with(kMigrationsDir)) files.push_back(&f);
  }
  std::sort(files.begin(), files.end(),
            [](const EmbeddedFile* a, const EmbeddedFile* b) { return std::string_view(a->path) < b->path; });
  return files;
}

std::int64_t query_int(Connection& conn, const std::string& sql) {
  Statement st = conn.prepare(sql);
  return st.step() ? st.int64(0) : 0;
}

// Takes group and other permissions off the database and its -wal and -shm files (made by an older True
// North, or copied in), so other users of the computer cannot read the journal.
void make_owner_only(const std::string& path) {
  for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
    struct stat info {};
    if (stat(file.c_str(), &info) == 0 && (info.st_mode & 077) != 0) chmod(file.c_str(), info.st_mode & 0700);
  }
}

Status refuse(const std::string& path, const std::string& why) {
  return Status::Internal("refusing to open " + path + ": " + why + ". The file was not changed.");
}

// Runs PRAGMA quick_check: OK, or the refusal quoting SQLite's first finding.
Status quick_check(Connection& conn, const std::string& path) {
  Statement check = conn.prepare("PRAGMA quick_check");
  const std::string verdict = check.step() ? check.text(0) : "no answer";
  if (verdict != "ok") return refuse(path, "it failed SQLite's integrity check (" + verdict + ")");
  return Status::Ok();
}

// quick_check on a read-only connection of its own, so it can run beside the server's connection.
Status quick_check_file(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection conn(raw);
  if (rc != SQLITE_OK) return refuse(path, std::string("it cannot be read (") + sqlite3_errstr(rc) + ")");
  try {
    conn.exec("PRAGMA busy_timeout = 5000");
    return quick_check(conn, path);
  } catch (const SqlError& e) {
    return refuse(path, "it is damaged (" + std::string(e.what()) + ")");
  }
}

}  // namespace

Status SqlError::status() const {
  switch (code_ & 0xff) {
    case SQLITE_CONSTRAINT: return Status::Conflict("this conflicts with data already saved");
    case SQLITE_FULL:
      return Status::Error(Code::kDiskFull, "the disk is full; nothing was saved. Free some space and save again");
    case SQLITE_READONLY:
      return Status::Error(Code::kUnavailable,
                           "the database file can no longer be written (it became read-only); nothing was saved");
    case SQLITE_IOERR:
      return Status::Error(Code::kUnavailable,
                           "the disk reported an error while saving (" + std::string(what()) + "); nothing was saved");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::Internal("the database is busy: " + std::string(what()));
    default: return Status::Internal(std::string("database error: ") + what());
  }
}

Statement::~Statement() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) throw_sql(sqlite3_db_handle(stmt_), rc);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) throw_sql(sqlite3_db_handle(stmt_), rc);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) throw_sql(sqlite3_db_handle(stmt_), rc);
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) throw_sql(sqlite3_db_handle(stmt_), rc);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw_sql(sqlite3_db_handle(stmt_), rc);
}

void Statement::run() {
  while (step()) {
  }
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
int Statement::type(int column) const { return sqlite3_column_type(stmt_, column); }

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  return is_null(column) ? std::nullopt : std::optional(int64(column));
}
std::optional<int> Statement::optional_int(int column) const {
  return is_null(column) ? std::nullopt : std::optional(static_cast<int>(int64(column)));
}
std::optional<double> Statement::optional_real(int column) const {
  return is_null(column) ? std::nullopt : std::optional(real(column));
}
std::optional<std::string> Statement::optional_text(int column) const {
  return is_null(column) ? std::nullopt : std::optional(text(column));
}

std::string Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

Statement Connection::prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) throw_sql(db_, rc);
    it = cache_.emplace(sql, stmt).first;
  }
  return Statement(it->second);
}

Connection::Connection(sqlite3* db) : db_(db) {
  // kSqlNow is tn_now(); were this to fail (no memory), a statement using it fails with "no such function".
  if (db_) {
    sqlite3_create_function(db_, "tn_now", 0, SQLITE_UTF8 | SQLITE_DIRECTONLY, &clock_ms_, sql_now, nullptr, nullptr);
  }
}

void Connection::tick_clock() { clock_ms_ = std::max(system_now_ms(), clock_ms_ + 1); }

void Connection::exec(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string what = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw SqlError(rc, what);
  }
}

Status check_version(std::int64_t stored, std::int64_t expected, std::string_view subject, Noun noun) {
  if (stored == expected) return Status::Ok();
  const bool many = noun == Noun::kMany;
  return Status::Conflict(std::string(subject) + (many ? " were" : " was") +
                              " changed elsewhere (in another tab?) since you opened " + (many ? "them" : "it"),
                          "version");
}

Status delete_row(Connection& conn, std::string_view table, std::int64_t id, Status not_found) {
  conn.prepare("DELETE FROM " + std::string(table) + " WHERE id = ?1").bind(1, id).run();
  return conn.changes() == 0 ? not_found : Status::Ok();
}

int latest_schema_version() { return static_cast<int>(migration_files().size()); }

std::string_view schema_sql() {
  for (const EmbeddedFile& f : sql_files()) {
    if (std::string_view(f.path) == "schema.sql") return f.text();
  }
  return {};
}

void apply_migration(Connection& conn, int version) {
  conn.exec(std::string(migration_files().at(static_cast<std::size_t>(version - 1))->text()));
  conn.exec("PRAGMA user_version = " + std::to_string(version));
}

std::optional<std::string> broken_link(Connection& conn) {
  Statement check = conn.prepare("PRAGMA foreign_key_check");
  if (!check.step()) return std::nullopt;
  return "a row of " + check.text(0) + " linked to a missing row of " + check.text(2);
}

Status migrate(Connection& conn, int from, int to) {
  const auto files = migration_files();
  // A migration may rebuild tables (create new_X, copy, drop X, rename): with foreign keys on, dropping X would
  // first delete its rows and cascade to the child tables. The pragma is ignored inside a transaction, so it
  // is switched off around them and the links are checked before each COMMIT instead.
  const bool foreign_keys = query_int(conn, "PRAGMA foreign_keys") != 0;
  conn.exec("PRAGMA foreign_keys = OFF");
  Status result = Status::Ok();
  for (int version = from + 1; version <= to && result.ok(); ++version) {
    const EmbeddedFile& file = *files.at(static_cast<std::size_t>(version - 1));
    const std::string failed =
        "upgrading the database to version " + std::to_string(version) + " (" + file.path + ") failed: ";
    try {
      conn.exec("BEGIN IMMEDIATE");
      apply_migration(conn, version);
      if (const auto broken = broken_link(conn)) {
        result = Status::Internal(failed + "it would leave " + *broken +
                                  " (PRAGMA foreign_key_check), so it was rolled back");
      } else {
        conn.exec("COMMIT");
      }
    } catch (const SqlError& e) {
      result = Status::Internal(failed + e.what());
    }
    if (!result.ok()) sqlite3_exec(conn.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  conn.exec(foreign_keys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
  return result;
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && !fs::is_regular_file(path, ec)) return refuse(path, "it is not a regular file");
  if (!exists) {
    const fs::path folder = fs::path(path).parent_path();
    if (!folder.empty() && !fs::create_directories(folder, ec) && ec) {
      return Status::Internal("cannot create the folder " + folder.string() + ": " + ec.message());
    }
  }

  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (exists ? 0 : SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  auto conn = std::make_unique<Connection>(raw);
  if (rc != SQLITE_OK) return Status::Internal("cannot open " + path + ": " + sqlite3_errstr(rc));
  sqlite3_extended_result_codes(raw, 1);
  // SQLite quietly opens a file it may not write read-only; every save would then fail.
  const std::string folder = fs::absolute(path, ec).parent_path().string();
  if (sqlite3_db_readonly(raw, "main") == 1 || access(path.c_str(), W_OK) != 0) {
    return refuse(path, "it is read-only (check its permissions and attributes, e.g. chmod u+w or chattr -i), "
                        "so nothing could be saved");
  }
  if (access(folder.c_str(), W_OK) != 0) {
    return refuse(path, "its folder " + folder + " is read-only, and SQLite needs to write its -wal and -shm files "
                        "there, so nothing could be saved");
  }

  const int latest = latest_schema_version();
  std::int64_t version = 0;
  try {
    conn->exec("PRAGMA busy_timeout = 5000");
    version = query_int(*conn, "PRAGMA user_version");
    const auto tables = query_int(*conn, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    if (version > latest) {
      return refuse(path, "it was written by a newer version of True North (schema " + std::to_string(version) +
                              "; this program knows up to " + std::to_string(latest) +
                              "). Install the newer True North to open it");
    }
    if (version == 0 && tables > 0) return refuse(path, "it is a SQLite database that belongs to another program");
    // A file about to be upgraded is checked first; an up-to-date one in the background (see integrity()).
    if (version > 0 && version < latest) {
      if (Status s = quick_check(*conn, path); !s.ok()) return s;
      if (const auto saved = back_up(path, BackupReason::kBeforeMigration); !saved.ok()) {
        return refuse(path, "it needs an upgrade to schema " + std::to_string(latest) +
                                ", and the backup that comes first failed (" + saved.status().message() + ")");
      }
    }

    {
      Statement wal = conn->prepare("PRAGMA journal_mode = WAL");
      if (!wal.step() || wal.text(0) != "wal") return Status::Internal("cannot switch " + path + " to WAL mode");
    }
    // A file that was in rollback-journal mode gets its -wal and -shm at its first read: made here, so the
    // files check_files() remembers are the ones this connection uses.
    query_int(*conn, "SELECT count(*) FROM sqlite_master");
    conn->exec("PRAGMA synchronous = FULL");
    conn->exec("PRAGMA foreign_keys = ON");
    make_owner_only(path);

    if (version == 0) {
      conn->exec("BEGIN IMMEDIATE");
      conn->exec(std::string(schema_sql()));
      conn->exec("COMMIT");
      if (query_int(*conn, "PRAGMA user_version") != latest) {
        return Status::Internal("schema.sql does not set user_version to " + std::to_string(latest));
      }
    } else if (Status s = migrate(*conn, static_cast<int>(version), latest); !s.ok()) {
      return s;
    }
  } catch (const SqlError& e) {
    if ((e.code() & 0xff) == SQLITE_NOTADB) return refuse(path, "it is not a SQLite database");
    if ((e.code() & 0xff) == SQLITE_CORRUPT) return refuse(path, "it is damaged (" + std::string(e.what()) + ")");
    return Status::Internal("cannot open " + path + ": " + e.what());
  }
  std::promise<Status> unchecked;
  unchecked.set_value(Status::Ok());
  std::shared_future<Status> integrity =
      exists && version == latest ? std::async(std::launch::async, quick_check_file, path).share()
                                  : unchecked.get_future().share();
  return std::unique_ptr<Database>(new Database(std::move(conn), path, std::move(integrity)));
}

Database::Database(std::unique_ptr<Connection> conn, std::string path, std::shared_future<Status> integrity)
    : conn_(std::move(conn)),
      path_(std::move(path)),
      integrity_(std::move(integrity)),
      main_id_(file_id(path_)),
      wal_id_(file_id(path_ + "-wal")),
      shm_id_(file_id(path_ + "-shm")) {}

Database::FileId Database::file_id(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return {};
  return {static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
}

Status Database::check_files_locked() {
  if (!files_status_.ok()) return files_status_;
  const bool main_kept = file_id(path_) == main_id_;
  if (main_kept && file_id(path_ + "-wal") == wal_id_ && file_id(path_ + "-shm") == shm_id_) return Status::Ok();
  files_status_ = Status::Error(
      Code::kUnavailable,
      std::string("the database file ") + path_ + (main_kept ? " lost its -wal or -shm file" : " was moved, replaced or deleted") +
          " while True North was running, so nothing more can be saved. " + rescue_after_files_changed(main_kept) +
          " Stop True North and start it again.");
  std::cerr << "truenorth: " << files_status_.message() << std::endl;
  return files_status_;
}

std::string Database::rescue_after_files_changed(bool main_file_kept) {
  try {
    if (main_file_kept) {
      // The connection still holds the deleted -wal open: writing it back keeps every saved change.
      conn_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
      return "Everything saved so far was written back into the database file.";
    }
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &local);
    const std::string copy = path_ + ".rescued-" + stamp + ".db";
    Statement vacuum = conn_->prepare("VACUUM INTO ?");
    vacuum.bind(1, copy).run();
    // The -wal beside the path is still this connection's: emptied, it cannot be replayed into the
    // file that now sits at the path when someone opens it.
    conn_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return "Everything saved until now was copied to " + copy + ".";
  } catch (const SqlError& e) {
    return "Making a safe copy failed too (" + std::string(e.what()) + ").";
  }
}

void Database::rollback_after_error() {
  if (!sqlite3_get_autocommit(conn_->handle())) {
    sqlite3_exec(conn_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

}  // namespace tn

// Backups of the database: consistent copies made with SQLite's online backup API on a connection of their
// own, the backups folder beside the database (rotation, owner-only files, the last failure), checking a
// file before a restore, and restoring one into the live database.
#include "store/backups.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

namespace tn {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kDefaultDatabaseName = "truenorth.db";
constexpr const char* kTemporarySuffix = ".tmp";
constexpr UnixTime kStaleTemporarySeconds = 3600;  // a temporary file this old belongs to no running backup

std::string errno_text() { return std::strerror(errno); }

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

UnixTime unix_now() { return static_cast<UnixTime>(std::time(nullptr)); }

// A backup that could not be made: disk full, or a Conflict on "backup" saying why.
Status backup_failed(const std::string& why, bool disk_full = false) {
  if (disk_full) return Status::Error(Code::kDiskFull, "the disk is full, so the backup was not made (" + why + ")");
  return Status::Conflict(why, "backup");
}

bool is_disk_full(int sqlite_code) { return (sqlite_code & 0xff) == SQLITE_FULL; }

// A unique name for a temporary file in `folder` (hidden, ending in .tmp, so listing never shows it).
std::string temporary_path(const fs::path& folder, const std::string& what) {
  static std::atomic<int> counter = 0;
  return (folder / ("." + what + "-" + std::to_string(getpid()) + "-" + std::to_string(++counter) + kTemporarySuffix))
      .string();
}

// Removes a temporary database file and what SQLite may have left beside it, unless kept.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    if (path_.empty()) return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) unlink((path_ + suffix).c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  // Creates it empty and owner-only (SQLite gives its journal the same permissions).
  Status create() const {
    const int fd = open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return backup_failed("cannot create " + path_ + ": " + errno_text(), errno == ENOSPC);
    close(fd);
    return Status::Ok();
  }
  const std::string& path() const { return path_; }
  // The file was renamed into place: nothing to remove.
  void release() { path_.clear(); }

 private:
  std::string path_;
};

// Opens the SQLite file at `path` (never creating it) with a busy timeout.
Result<std::unique_ptr<Connection>> open_file(const std::string& path, bool writable) {
  sqlite3* raw = nullptr;
  const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  auto conn = std::make_unique<Connection>(raw);
  if (rc != SQLITE_OK) return Status::Conflict(std::string("cannot be opened (") + sqlite3_errstr(rc) + ")", "backup");
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, 5000);
  return conn;
}

std::int64_t query_int(Connection& conn, const std::string& sql) {
  Statement st = conn.prepare(sql);
  return st.step() ? st.int64(0) : 0;
}

bool has_table(Connection& conn, const std::string& name) {
  Statement st = conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
  st.bind(1, name);
  return st.step();
}

std::optional<std::int64_t> count_if_table(Connection& conn, const std::string& table, const std::string& sql) {
  if (!has_table(conn, table)) return std::nullopt;
  return query_int(conn, sql);
}

// What the database on `conn` holds. Throws SqlError.
BackupContents read_contents(Connection& conn) {
  BackupContents c;
  c.schema_version = static_cast<int>(query_int(conn, "PRAGMA user_version"));
  c.journal_entries =
      count_if_table(conn, "journal_entries", "SELECT count(*) FROM journal_entries WHERE deleted_at IS NULL");
  c.decisions = count_if_table(conn, "decisions", "SELECT count(*) FROM decisions");
  c.initiatives = count_if_table(conn, "initiatives", "SELECT count(*) FROM initiatives");
  c.core_values = count_if_table(conn, "value_sort_top",
                                 "SELECT count(*) FROM value_sort_top WHERE sort_id = (SELECT id FROM value_sorts "
                                 "WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1)");
  return c;
}

// The first finding of PRAGMA integrity_check on `conn`, or "ok".
std::string integrity_verdict(Connection& conn) {
  Statement check = conn.prepare("PRAGMA integrity_check");
  return check.step() ? check.text(0) : "no answer";
}

// Copies every page of `source` into the empty database file at `target` in one step (one read
// transaction: a consistent snapshot, while other connections keep writing to the WAL), leaves the copy in
// rollback-journal mode so it is one self-contained file, and closes it.
Status copy_pages(Connection& source, const std::string& target) {
  auto dest = open_file(target, true);
  if (!dest.ok()) return backup_failed("cannot open the new copy " + target);
  sqlite3_backup* backup = sqlite3_backup_init((*dest)->handle(), "main", source.handle(), "main");
  if (!backup) return backup_failed(std::string("cannot start the copy: ") + sqlite3_errmsg((*dest)->handle()));
  int rc = SQLITE_BUSY;
  for (int attempt = 0; attempt < 100 && (rc == SQLITE_BUSY || rc == SQLITE_LOCKED); ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    rc = sqlite3_backup_step(backup, -1);
  }
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finished != SQLITE_OK) {
    const int code = rc != SQLITE_DONE ? rc : finished;
    return backup_failed(std::string("copying failed: ") + sqlite3_errstr(code), is_disk_full(code));
  }
  try {
    Statement mode = (*dest)->prepare("PRAGMA journal_mode = DELETE");
    mode.step();
  } catch (const SqlError& e) {
    return backup_failed(std::string("finishing the copy failed: ") + e.what(), is_disk_full(e.code()));
  }
  return Status::Ok();
}

Status fsync_path(const std::string& path, bool folder) {
  const int fd = open(path.c_str(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
  if (fd < 0) return backup_failed("cannot open " + path + " to flush it: " + errno_text());
  const bool synced = fsync(fd) == 0;
  const std::string why = errno_text();
  close(fd);
  if (!synced) return backup_failed("cannot flush " + path + " to disk: " + why, errno == ENOSPC);
  return Status::Ok();
}

// The integrity check of the finished copy at `path` and what it holds.
Result<BackupContents> check_copy(const std::string& path) {
  auto conn = open_file(path, false);
  if (!conn.ok()) return backup_failed("the copy cannot be read back");
  try {
    const std::string verdict = integrity_verdict(**conn);
    if (verdict != "ok") return backup_failed("the copy failed SQLite's integrity check (" + verdict + ")");
    return read_contents(**conn);
  } catch (const SqlError& e) {
    return backup_failed(std::string("the copy cannot be read back: ") + e.what());
  }
}

// Whether `target` is the database at `db_path` or one of its -wal, -shm or -journal files.
bool is_database_file(const std::string& db_path, const fs::path& target) {
  std::error_code ec;
  const fs::path db = fs::weakly_canonical(fs::absolute(db_path), ec);
  const fs::path file = fs::weakly_canonical(target, ec);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    if (file == fs::path(db.string() + suffix)) return true;
  }
  return false;
}

// The folder's backups: every file whose name is a backup_file_name().
std::vector<std::string> backup_names(const std::string& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (parse_backup_file_name(name) && entry.is_regular_file(ec)) names.push_back(name);
  }
  return names;
}

// Creates the backups folder owner-only (or makes an existing one owner-only).
Status make_folder(const std::string& folder) {
  if (mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
    return backup_failed("cannot create the backups folder " + folder + ": " + errno_text(), errno == ENOSPC);
  }
  struct stat info {};
  if (stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    return backup_failed(folder + " is not a folder, so no backup can be kept there");
  }
  if ((info.st_mode & 077) != 0) chmod(folder.c_str(), 0700);
  return Status::Ok();
}

// Holds an exclusive lock on the backups folder's .lock file: backups of one database are made one at a
// time, by threads of this process and by other processes (truenorth backup while the server runs).
class FolderLock {
 public:
  explicit FolderLock(const std::string& folder)
      : fd_(open((folder + "/.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)) {
    if (fd_ >= 0 && flock(fd_, LOCK_EX) != 0) {
      close(fd_);
      fd_ = -1;
    }
  }
  ~FolderLock() {
    if (fd_ >= 0) close(fd_);
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_;
};

// Removes temporary files that no running backup can still be writing (older than an hour).
void remove_stale_temporary_files(const std::string& folder, UnixTime now) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    struct stat info {};
    if (name.starts_with(".") && name.ends_with(kTemporarySuffix) && stat(entry.path().c_str(), &info) == 0 &&
        now - info.st_mtime > kStaleTemporarySeconds) {
      unlink(entry.path().c_str());
    }
  }
}

// Removes the backups rotation does not keep and stale temporary files, then flushes the folder.
void rotate(const std::string& folder, UnixTime now) {
  for (const std::string& name : backups_to_remove(backup_names(folder), now)) unlink((folder + "/" + name).c_str());
  remove_stale_temporary_files(folder, now);
  fsync_path(folder, true);
}

std::string failure_path(const std::string& db_path) { return db_path + ".backup-error"; }

void record_failure(const std::string& db_path, const BackupFailure& failure) {
  const std::string path = failure_path(db_path);
  const std::string text =
      nlohmann::json{{"at", failure.at}, {"reason", reason_key(failure.reason)}, {"message", failure.message}}.dump();
  const std::string temporary = path + kTemporarySuffix;
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return;
  const bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && fsync(fd) == 0;
  close(fd);
  if (!written || rename(temporary.c_str(), path.c_str()) != 0) unlink(temporary.c_str());
}

// What the backup file at `path` (not a backup_file_name) is, for the list: its size and contents.
BackupInfo describe(const std::string& path, const std::string& name) {
  BackupInfo info;
  info.name = name;
  info.path = path;
  std::error_code ec;
  info.size = static_cast<std::int64_t>(fs::file_size(path, ec));
  if (const auto parsed = parse_backup_file_name(name)) {
    info.time = parsed->time;
    info.reason = parsed->reason;
  }
  auto conn = open_file(path, false);
  if (!conn.ok()) {
    info.problem = "it cannot be opened";
    return info;
  }
  try {
    info.contents = read_contents(**conn);
    if (info.contents->schema_version == 0) {
      info.contents.reset();
      info.problem = "it is not a True North database";
    }
  } catch (const SqlError& e) {
    info.problem = (e.code() & 0xff) == SQLITE_NOTADB ? "it is not a SQLite database"
                                                      : "it cannot be read (" + std::string(e.what()) + ")";
  }
  return info;
}

// describe() for a backup in the folder, remembered per file (a backup never changes once written).
BackupInfo describe_remembered(const std::string& path, const std::string& name) {
  struct Remembered {
    std::int64_t size;
    std::int64_t mtime_ns;
    BackupInfo info;
  };
  static std::mutex mutex;
  static std::map<std::string, Remembered> remembered;
  struct stat st {};
  stat(path.c_str(), &st);
  const std::int64_t mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  {
    std::lock_guard lock(mutex);
    const auto it = remembered.find(path);
    if (it != remembered.end() && it->second.size == st.st_size && it->second.mtime_ns == mtime_ns) {
      return it->second.info;
    }
  }
  BackupInfo info = describe(path, name);
  std::lock_guard lock(mutex);
  remembered[path] = {static_cast<std::int64_t>(st.st_size), mtime_ns, info};
  return info;
}

// The AUTOINCREMENT counters (table, last id) of the database on `conn`.
std::vector<std::pair<std::string, std::int64_t>> id_counters(Connection& conn) {
  std::vector<std::pair<std::string, std::int64_t>> counters;
  if (!has_table(conn, "sqlite_sequence")) return counters;
  Statement st = conn.prepare("SELECT name, seq FROM sqlite_sequence");
  while (st.step()) counters.emplace_back(st.text(0), st.int64(1));
  return counters;
}

// Raises each AUTOINCREMENT counter of `conn` to at least `counters`, so no id used before is given again.
void raise_id_counters(Connection& conn, const std::vector<std::pair<std::string, std::int64_t>>& counters) {
  conn.exec("BEGIN IMMEDIATE");
  for (const auto& [table, seq] : counters) {
    if (!has_table(conn, table)) continue;
    conn.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1").bind(1, table).bind(2, seq).run();
    if (conn.changes() == 0) {
      conn.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)").bind(1, table).bind(2, seq).run();
    }
  }
  conn.exec("COMMIT");
}

// Replaces every page of `live` by those of the prepared copy at `prepared` (its counters raised first).
// Runs under the Database's lock, outside any transaction. Throws SqlError.
Status replace_pages(Connection& live, const std::string& prepared) {
  auto source = open_file(prepared, true);
  if (!source.ok()) return source.status();
  raise_id_counters(**source, id_counters(live));
  sqlite3_backup* backup = sqlite3_backup_init(live.handle(), "main", (*source)->handle(), "main");
  if (!backup) return Status::Internal(std::string("cannot start the restore: ") + sqlite3_errmsg(live.handle()));
  const int rc = sqlite3_backup_step(backup, -1);
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finished != SQLITE_OK) {
    const int code = rc != SQLITE_DONE ? rc : finished;
    if (is_disk_full(code)) return SqlError(code, "disk full").status();
    return Status::Internal(std::string("restoring failed: ") + sqlite3_errstr(code));
  }
  return Status::Ok();
}

// A copy of the restorable file at `file` in `folder`, upgraded to the current schema: the temporary
// file (removed when it goes out of scope) and what it holds.
Result<BackupContents> prepare_restore(const std::string& file, const BackupContents& contents, TemporaryFile& copy) {
  if (Status s = copy.create(); !s.ok()) return s;
  auto source = open_file(file, false);
  if (!source.ok()) return source.status();
  if (Status s = copy_pages(**source, copy.path()); !s.ok()) return s;
  source->reset();
  auto conn = open_file(copy.path(), true);
  if (!conn.ok()) return conn.status();
  try {
    if (contents.schema_version < latest_schema_version()) {
      if (Status s = migrate(**conn, contents.schema_version, latest_schema_version()); !s.ok()) {
        return Status::Conflict("the backup cannot be upgraded to this True North's schema: " + s.message() +
                                    "; nothing was restored",
                                "backup");
      }
    }
    return read_contents(**conn);
  } catch (const SqlError& e) {
    return backup_failed(std::string("preparing the restore failed: ") + e.what(), is_disk_full(e.code()));
  }
}

}  // namespace

std::string backups_folder(const std::string& db_path) {
  const fs::path db = fs::absolute(db_path);
  const std::string name = db.filename().string();
  return (db.parent_path() / (name == kDefaultDatabaseName ? "backups" : db.stem().string() + "-backups")).string();
}

std::string database_real_path(const std::string& db_path) {
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(fs::absolute(db_path), ec);
  return ec ? fs::absolute(db_path).string() : real.string();
}

Result<WrittenBackup> write_backup_file(const std::string& db_path, const std::string& target) {
  const fs::path target_path = fs::absolute(target);
  if (is_database_file(db_path, target_path)) {
    return backup_failed(target + " is the database itself (or one of its files); choose another file for the backup");
  }
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec)) return backup_failed("there is no database at " + db_path);
  auto source = open_file(db_path, false);
  if (!source.ok()) return backup_failed("the database " + db_path + " " + source.status().message());
  try {
    if (query_int(**source, "PRAGMA user_version") == 0) {
      return backup_failed(db_path + " is not a True North database, so it was not backed up");
    }
  } catch (const SqlError& e) {
    return backup_failed("the database " + db_path + " cannot be read: " + e.what());
  }

  TemporaryFile copy(temporary_path(target_path.parent_path(), target_path.filename().string()));
  if (Status s = copy.create(); !s.ok()) return s;
  WrittenBackup written;
  const auto copy_start = Clock::now();
  if (Status s = copy_pages(**source, copy.path()); !s.ok()) return s;
  source->reset();
  if (Status s = fsync_path(copy.path(), false); !s.ok()) return s;
  written.copy_ms = ms_since(copy_start);
  const auto check_start = Clock::now();
  auto contents = check_copy(copy.path());
  if (!contents.ok()) return contents.status();
  written.check_ms = ms_since(check_start);
  if (rename(copy.path().c_str(), target_path.c_str()) != 0) {
    return backup_failed("cannot move the backup into place at " + target_path.string() + ": " + errno_text());
  }
  copy.release();
  if (Status s = fsync_path(target_path.parent_path().string(), true); !s.ok()) return s;

  BackupInfo& info = written.info;
  info.name = target_path.filename().string();
  info.path = target_path.string();
  info.size = static_cast<std::int64_t>(fs::file_size(target_path, ec));
  info.contents = *contents;
  const auto parsed = parse_backup_file_name(info.name);
  info.time = parsed ? parsed->time : unix_now();
  info.reason = parsed ? parsed->reason : BackupReason::kManual;
  return written;
}

Result<WrittenBackup> back_up(const std::string& db_path, BackupReason reason) {
  const UnixTime now = unix_now();
  const std::string folder = backups_folder(db_path);
  Result<WrittenBackup> written = [&]() -> Result<WrittenBackup> {
    if (Status s = make_folder(folder); !s.ok()) return s;
    FolderLock lock(folder);
    if (!lock.held()) return backup_failed("cannot lock the backups folder " + folder + ": " + errno_text());
    UnixTime time = now;
    std::error_code ec;
    while (fs::exists(folder + "/" + backup_file_name(time, reason), ec)) ++time;
    auto result = write_backup_file(db_path, folder + "/" + backup_file_name(time, reason));
    if (result.ok()) rotate(folder, now);
    return result;
  }();
  if (written.ok()) {
    unlink(failure_path(db_path).c_str());
  } else {
    record_failure(db_path, {utc_timestamp(now), reason, written.status().message()});
  }
  return written;
}

Result<std::optional<WrittenBackup>> back_up_if_due(const std::string& db_path, BackupReason reason) {
  std::vector<UnixTime> times;
  for (const std::string& name : backup_names(backups_folder(db_path))) {
    times.push_back(parse_backup_file_name(name)->time);
  }
  if (!backup_due(times, unix_now())) return std::optional<WrittenBackup>();
  auto written = back_up(db_path, reason);
  if (!written.ok()) return written.status();
  return std::optional<WrittenBackup>(std::move(*written));
}

Result<std::vector<BackupInfo>> list_backups(const std::string& db_path) {
  const std::string folder = backups_folder(db_path);
  std::vector<BackupInfo> items;
  for (const std::string& name : backup_names(folder)) items.push_back(describe_remembered(folder + "/" + name, name));
  std::sort(items.begin(), items.end(), [](const BackupInfo& a, const BackupInfo& b) {
    return a.time != b.time ? a.time > b.time : a.name > b.name;
  });
  return items;
}

std::optional<BackupInfo> newest_backup(const std::string& db_path) {
  const std::string folder = backups_folder(db_path);
  std::optional<BackupInfo> newest;
  for (const std::string& name : backup_names(folder)) {
    const BackupName parsed = *parse_backup_file_name(name);
    if (newest && (parsed.time < newest->time || (parsed.time == newest->time && name < newest->name))) continue;
    newest = BackupInfo();
    newest->name = name;
    newest->path = folder + "/" + name;
    newest->time = parsed.time;
    newest->reason = parsed.reason;
  }
  if (newest) {
    std::error_code ec;
    newest->size = static_cast<std::int64_t>(fs::file_size(newest->path, ec));
  }
  return newest;
}

std::optional<BackupFailure> last_backup_failure(const std::string& db_path) {
  std::ifstream in(failure_path(db_path));
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json saved = nlohmann::json::parse(text.str(), nullptr, false);
  BackupFailure failure{"", BackupReason::kManual, "a backup failed (its record beside the database is unreadable)"};
  if (saved.is_object()) {
    failure.at = saved.value("at", "");
    failure.message = saved.value("message", failure.message);
    failure.reason = parse_reason(saved.value("reason", "")).value_or(BackupReason::kManual);
  }
  return failure;
}

Status secure_backups(const std::string& db_path) {
  const std::string folder = backups_folder(db_path);
  struct stat info {};
  if (stat(folder.c_str(), &info) != 0) return Status::Ok();
  if (!S_ISDIR(info.st_mode)) return Status::Ok();
  if ((info.st_mode & 077) != 0 && chmod(folder.c_str(), 0700) != 0) {
    return Status::Internal("cannot make the backups folder " + folder + " owner-only: " + errno_text());
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    struct stat file {};
    if (lstat(entry.path().c_str(), &file) == 0 && S_ISREG(file.st_mode) && (file.st_mode & 077) != 0 &&
        chmod(entry.path().c_str(), file.st_mode & 0700) != 0) {
      return Status::Internal("cannot make the backup " + entry.path().string() + " owner-only: " + errno_text());
    }
  }
  remove_stale_temporary_files(folder, unix_now());
  return Status::Ok();
}

Result<std::string> backup_path(const std::string& db_path, const std::string& name) {
  if (!parse_backup_file_name(name)) {
    return Status::Invalid("name",
                           "name must be the file name of a backup, like truenorth-2026-12-01T120000Z-daily.db");
  }
  const std::string path = backups_folder(db_path) + "/" + name;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Status::NotFound("there is no backup named " + name);
  return path;
}

Result<BackupContents> check_restorable(const std::string& path) {
  const std::string shown = fs::path(path).filename().string();
  const auto refuse = [&](const std::string& why) {
    return Status::Conflict(shown + " cannot be restored: " + why + ". Nothing was changed.", "backup");
  };
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Status::NotFound("there is no backup file at " + path);
  auto conn = open_file(path, false);
  if (!conn.ok()) return refuse("it " + conn.status().message());
  try {
    const auto version = query_int(**conn, "PRAGMA user_version");
    const int latest = latest_schema_version();
    if (version > latest) {
      return refuse("it was made by a newer True North (schema " + std::to_string(version) + "; this one knows up to " +
                    std::to_string(latest) + "). Install the newer True North to restore it");
    }
    if (version <= 0 || !has_table(**conn, "vision")) return refuse("it is not a True North database");
    if (const std::string verdict = integrity_verdict(**conn); verdict != "ok") {
      return refuse("it is damaged (SQLite's integrity check found: " + verdict + ")");
    }
    return read_contents(**conn);
  } catch (const SqlError& e) {
    if ((e.code() & 0xff) == SQLITE_NOTADB) return refuse("it is not a True North database (not even a SQLite file)");
    if ((e.code() & 0xff) == SQLITE_CORRUPT) return refuse("it is damaged (" + std::string(e.what()) + ")");
    return refuse("it cannot be read (" + std::string(e.what()) + ")");
  }
}

Result<RestoreOutcome> restore_backup(Database& db, const std::string& file) {
  const auto contents = check_restorable(file);
  if (!contents.ok()) return contents.status();
  const std::string folder = backups_folder(db.path());
  if (Status s = make_folder(folder); !s.ok()) return s;
  TemporaryFile copy(temporary_path(folder, "restore"));
  RestoreOutcome outcome;
  auto prepared = prepare_restore(file, *contents, copy);
  if (!prepared.ok()) return prepared.status();
  outcome.restored = *prepared;
  outcome.upgraded_from = contents->schema_version < latest_schema_version() ? contents->schema_version : 0;

  auto undo = back_up(db.path(), BackupReason::kBeforeRestore);
  if (!undo.ok()) {
    return Status::Error(undo.status().code(),
                         "the workbook as it is now could not be backed up first (" + undo.status().message() +
                             "), so nothing was restored",
                         "backup");
  }
  outcome.undo = undo->info;
  if (Status s = db.exclusive([&](Connection& live) { return replace_pages(live, copy.path()); }); !s.ok()) return s;
  return outcome;
}

}  // namespace tn

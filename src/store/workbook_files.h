// The files beside the database: the access token, the lock that allows one server per database, the
// temporary files a server works with (uploads, decrypted files, exports being made); and the random
// secrets the token and the calendar feed's address are made of.
#pragma once

#include <memory>
#include <string>

#include "domain/status.h"

namespace tn {

// A new secret: 64 hex digits (32 bytes) from the kernel's random source; an internal error when it cannot
// be read. The access token and the calendar feed's address are made of one.
Result<std::string> random_secret();

// The access token's file for the database at `db_path`: db_path + ".token".
std::string access_token_path(const std::string& db_path);

// The access token kept beside the database: read from access_token_path(db_path), or created there
// (64 hex digits from the kernel's random source, owner-only 0600) when the file is missing. A token
// file that others may read is made owner-only again. An unreadable or malformed file is an error.
Result<std::string> load_or_create_access_token(const std::string& db_path);

// OK unless the database file is missing although True North has used it before (its token file is
// there): then an error saying so, because creating an empty workbook in its place would hide the loss.
Status check_database_not_lost(const std::string& db_path);

// What a temporary file beside the database is for.
enum class WorkingFile {
  kUpload,     // an upload being received or imported ("upload")
  kDecrypted,  // an encrypted file, decrypted for an import or restore ("decrypted")
  kExport,     // an export being made before it is sent ("export")
};

// The mkstemp() template of a working file of the database at `db_path`: db_path + ".upload-XXXXXX" (or
// ".decrypted-", ".export-"). Only the process holding the DatabaseLock makes them, and removes them when done.
std::string working_file_template(const std::string& db_path, WorkingFile purpose);

// A working file of a database: made empty and owner-only, removed when this object goes.
class WorkingFileHandle {
 public:
  // Creates a new working file for `purpose` beside the database at `db_path`; Unavailable (with the
  // reason) when it cannot be made.
  static Result<std::unique_ptr<WorkingFileHandle>> create(const std::string& db_path, WorkingFile purpose);
  ~WorkingFileHandle();
  WorkingFileHandle(const WorkingFileHandle&) = delete;
  WorkingFileHandle& operator=(const WorkingFileHandle&) = delete;

  const std::string& path() const { return path_; }

 private:
  explicit WorkingFileHandle(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

// Removes the working files of `db_path` that a server stopped half-way (a crash, kill -9, a cut power)
// left behind: every file named like working_file_template() with six characters in place of XXXXXX.
// Call it holding the DatabaseLock: only the lock's holder makes such files, so none of them is in use.
// Files of other databases in the same folder are never touched. Returns how many were removed.
int remove_leftover_working_files(const std::string& db_path);

// An exclusive lock on db_path + ".lock", held for the life of this object. The kernel releases it when
// the process ends in any way, so a crash never leaves a stale lock behind.
class DatabaseLock {
 public:
  // Takes the lock, creating the database's folder (owner-only) when missing. When another process
  // holds it, fails with a message that names that process and what it wrote with describe_holder().
  static Result<std::unique_ptr<DatabaseLock>> acquire(const std::string& db_path);

  // Writes `text` (e.g. "process 123 serving http://127.0.0.1:8740/") into the lock file for the
  // refusal message of the next process that tries.
  void describe_holder(const std::string& text);

  ~DatabaseLock();
  DatabaseLock(const DatabaseLock&) = delete;
  DatabaseLock& operator=(const DatabaseLock&) = delete;

 private:
  explicit DatabaseLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace tn

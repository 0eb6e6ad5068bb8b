// The files beside the database: the access token, and the lock that allows one server per database; and
// the random secrets the token and the calendar feed's address are made of.
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

// Backups of the database: consistent copies made with SQLite's online backup API on a connection of their
// own, the backups folder beside the database (rotation, owner-only files, the last failure), checking a
// file before a restore, and restoring one into the live database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/backups.h"
#include "domain/status.h"
#include "store/database.h"

namespace tn {

// What a backup holds. A count is nullopt when the backup's schema has no such records yet (it was made
// by an older True North).
struct BackupContents {
  int schema_version = 0;
  std::optional<std::int64_t> journal_entries;  // not counting the trash
  std::optional<std::int64_t> decisions;
  std::optional<std::int64_t> initiatives;
  std::optional<std::int64_t> core_values;  // the ranked values of the newest finished card sort
};

// One backup file.
struct BackupInfo {
  std::string name;   // its file name (in the backups folder: a backup_file_name())
  std::string path;   // its absolute path
  UnixTime time = 0;  // when it was made (from its name; for other files, their modification time)
  BackupReason reason = BackupReason::kManual;
  std::int64_t size = 0;                    // bytes
  std::optional<BackupContents> contents;   // nullopt when the file cannot be read as a True North database
  std::string problem;                      // why not, when contents is nullopt
};

// A backup just written, with how long its two steps took.
struct WrittenBackup {
  BackupInfo info;
  double copy_ms = 0;   // the copy (backup API) and fsync
  double check_ms = 0;  // PRAGMA integrity_check of the copy
};

// The last automatic or manual backup into the backups folder that failed, until one succeeds again.
struct BackupFailure {
  std::string at;  // API timestamp of the attempt
  BackupReason reason = BackupReason::kManual;
  std::string message;  // why it failed, for the person
};

// The folder that holds the backups of the database at `db_path`: "backups" beside it, or
// "<name>-backups" beside a database not named truenorth.db (so two workbooks in one folder never mix).
// Absolute.
std::string backups_folder(const std::string& db_path);

// The real absolute path of the database at `db_path` (symbolic links and ".." resolved), as people look
// for it in their file manager.
std::string database_real_path(const std::string& db_path);

// Writes a consistent copy of the True North database at `db_path` to `target` (any path but the
// database's own files): SQLite's backup API on a read-only connection of its own (the server's writes go
// on meanwhile), into an owner-only temporary file beside `target`, fsynced, checked with PRAGMA
// integrity_check, then renamed over `target` and the folder fsynced. On failure `target` is untouched and
// no temporary file remains; the error says why (no database there, not a True North database, the disk
// is full, ...).
Result<WrittenBackup> write_backup_file(const std::string& db_path, const std::string& target);

// A backup of the database at `db_path` into backups_folder(db_path) (created owner-only), named
// backup_file_name(now, reason) (a second later when that name is taken), then rotation (RotationPolicy's
// defaults) of the backups there. Backups of one database are made one at a time, also across processes.
// A failure is recorded (see last_backup_failure()) and returned; a success clears the record. This is
// what an import calls before it replaces the workbook (with BackupReason::kBeforeImport).
Result<WrittenBackup> back_up(const std::string& db_path, BackupReason reason);

// back_up(db_path, reason) when backup_due() says one is due now, else nothing (an empty optional).
Result<std::optional<WrittenBackup>> back_up_if_due(const std::string& db_path, BackupReason reason);

// The backups in backups_folder(db_path), newest first, each with what it holds (read once per file and
// remembered). No folder yet: an empty list.
Result<std::vector<BackupInfo>> list_backups(const std::string& db_path);

// The newest backup in backups_folder(db_path) without reading what it holds, or nullopt when there is none.
std::optional<BackupInfo> newest_backup(const std::string& db_path);

// The failure recorded by back_up() for the database at `db_path` (it outlives a restart), or nullopt.
std::optional<BackupFailure> last_backup_failure(const std::string& db_path);

// Makes backups_folder(db_path) owner-only (0700) and every file in it owner-only (0600), also the ones
// made before True North did so, and removes temporary files left by a backup that was interrupted.
// OK when there is no folder yet.
Status secure_backups(const std::string& db_path);

// The absolute path of the backup `name` in backups_folder(db_path): InvalidArgument (field "name") when
// `name` is not a backup file name, NotFound when there is no such backup.
Result<std::string> backup_path(const std::string& db_path, const std::string& name);

// What the file at `path` holds when it can be restored: a SQLite database written by True North, at
// most latest_schema_version(), that passes PRAGMA integrity_check. Otherwise a Conflict (field "backup")
// saying which of these it is not. Reads only.
Result<BackupContents> check_restorable(const std::string& path);

// What a restore did.
struct RestoreOutcome {
  BackupContents restored;  // what the workbook holds now
  int upgraded_from = 0;    // the backup's schema version when it was upgraded after the restore, else 0
  BackupInfo undo;          // the backup of the workbook as it was just before (restore it to undo)
};

// Replaces everything in `db` by the backup at `file`. In order: check_restorable(file); a copy of it,
// upgraded to the current schema when it is older, in the backups folder; a back_up() of the workbook as
// it is now (BackupReason::kBeforeRestore); then SQLite's backup API from the copy INTO db's own
// connection under its write lock (so no other write can interleave and open readers see the old or the
// new workbook, never a mix). Ids stay never reused: each table's AUTOINCREMENT counter keeps the higher
// of the two. Any refusal or failure before the last step leaves the workbook exactly as it was.
Result<RestoreOutcome> restore_backup(Database& db, const std::string& file);

}  // namespace tn

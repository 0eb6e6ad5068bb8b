// Backup rules without I/O: the file names (time and reason), when one is due, and which ones rotation keeps.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tn {

// Why a backup was made; part of its file name.
enum class BackupReason {
  kStart,            // the server started and the newest backup was older than a day
  kDaily,            // the server has been running for a day since the last one
  kManual,           // "Back up now" or `truenorth backup`
  kBeforeMigration,  // the database was about to be upgraded to a newer schema
  kBeforeRestore,    // a restore was about to replace the workbook (restoring this one undoes it)
  kBeforeImport,     // an import was about to replace the workbook
};

// The reason as its file names and the API spell it: "start", "daily", "manual", "before-migration",
// "before-restore", "before-import".
std::string_view reason_key(BackupReason reason);

// The reason whose reason_key() is `key`, or nullopt.
std::optional<BackupReason> parse_reason(std::string_view key);

// Seconds since 1970-01-01T00:00:00Z.
using UnixTime = std::int64_t;

// What a backup's file name says: when it was made (UTC, to the second) and why.
struct BackupName {
  UnixTime time = 0;
  BackupReason reason = BackupReason::kManual;
};

// The file name of a backup made at `time` for `reason`, e.g. "truenorth-2026-12-01T120000Z-daily.db".
// Names sort by time as plain text.
std::string backup_file_name(UnixTime time, BackupReason reason);

// The parts of a backup file name made by backup_file_name; nullopt for any other text (so a name from a
// URL can never point outside the backups folder: no slashes, dots or unknown reasons get through).
std::optional<BackupName> parse_backup_file_name(std::string_view name);

// `time` as an API timestamp: "2026-12-01T12:00:00Z".
std::string utc_timestamp(UnixTime time);

// A day, in seconds.
inline constexpr UnixTime kSecondsPerDay = 86400;

// Whether a new automatic backup is due at `now`: when there is none yet, or the newest of `times` is a
// day old or older. A newest backup from the future (the clock was turned back) counts as fresh.
bool backup_due(const std::vector<UnixTime>& times, UnixTime now);

// How many backups rotation keeps, as backup tools count: the newest backup of each of the last `daily`
// days that have one, of the last `weekly` ISO weeks, and of the last `monthly` calendar months (UTC).
struct RotationPolicy {
  int daily = 7;
  int weekly = 4;
  int monthly = 12;
};

// The names among `names` that rotation removes at `now` under `policy`. Kept: what the policy keeps, and
// every backup made in the last day (or dated in the future), so that the backup made before a restore
// or an import is there to undo it. Names that are not backup file names are never removed.
std::vector<std::string> backups_to_remove(const std::vector<std::string>& names, UnixTime now,
                                           const RotationPolicy& policy = {});

}  // namespace tn

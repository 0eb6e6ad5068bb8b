// `truenorth restore [--db PATH] FILE`: replaces the workbook by a backup, after backing up what is there.
#include "cli/restore_command.h"

#include <sys/stat.h>

#include <iostream>

#include "cli/command_line.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/encrypted_files.h"
#include "store/journal_import.h"
#include "store/workbook_files.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth restore [--db PATH] FILE

Replaces your workbook by the backup FILE (for example one from the backups folder beside the database).
What the workbook holds now is backed up first, so restoring that backup undoes the restore.
A file that is not a True North database, is damaged, or was made by a newer True North is refused and
nothing changes; a backup made by an older True North is upgraded after it is restored.
True North must not be running on the database: stop it first, or restore from its Data page instead.
An encrypted backup (truenorth backup --encrypt) is recognised: the passphrase is asked for, or taken
from TRUENORTH_PASSPHRASE; a wrong one or a changed file changes nothing.

  --db PATH   the database (default $XDG_DATA_HOME/truenorth/truenorth.db,
              or ~/.local/share/truenorth/truenorth.db)
  --help      show this help

Exit status: 0 when the backup was restored, 1 (with the reason) when nothing was changed.
)";

}  // namespace

int run_restore_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("restore", args, kUsage);
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (line.operands.size() != 1) {
    return command_failed("restore", "give the backup FILE to restore (see truenorth restore --help)");
  }
  umask(077);
  const auto lock = DatabaseLock::acquire(line.db_path);
  if (!lock.ok()) {
    return command_failed("restore", "nothing was restored: " + lock.status().message() +
                                         " (A running True North restores from its Data page.)");
  }
  const auto db = Database::open(line.db_path);
  if (!db.ok()) {
    return command_failed("restore", db.status().message() +
                                         " Nothing was restored; if the database is damaged, move it (with its -wal "
                                         "and -shm files) away and run the restore again.");
  }
  // An encrypted backup is decrypted into a working file beside the database first (the lock is ours).
  std::unique_ptr<WorkingFileHandle> decrypted;
  if (detect_file(line.operands[0]) == DataFileKind::kEncrypted) {
    const auto passphrase = read_passphrase(false);
    if (!passphrase.ok()) return command_failed("restore", passphrase.status().message());
    auto opened = decrypt_to_working_file(line.operands[0], line.db_path, *passphrase);
    if (!opened.ok()) return command_failed("restore", opened.status().message() + "; nothing was restored");
    decrypted = std::move(*opened);
  }
  const auto outcome = restore_backup(**db, decrypted ? decrypted->path() : line.operands[0]);
  if (!outcome.ok()) return command_failed("restore", outcome.status().message());
  std::cout << "Restored " << line.operands[0] << " into " << line.db_path << " ("
            << describe_contents(outcome->restored) << ")"
            << (outcome->upgraded_from ? ", upgraded from schema " + std::to_string(outcome->upgraded_from) : "")
            << ".\nThe workbook as it was is kept in " << outcome->undo.path << "; restore that file to undo this.\n";
  return 0;
}

}  // namespace tn

// `truenorth backup [--db PATH] [FILE]`: a consistent, checked copy of the database, also while it is in use.
#include "cli/backup_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/command_line.h"
#include "domain/encrypted_file.h"
#include "store/backups.h"
#include "store/encrypted_files.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth backup [--db PATH] [--encrypt FILE | FILE]

Makes a consistent copy of your True North database, also while True North is running on it (it keeps
answering), checks the copy with SQLite's integrity check, and keeps it readable by you only.

  FILE        where to write the copy (a file already there is replaced once the copy is checked).
              Without FILE the copy goes to the backups folder beside the database, named by its
              time, and older backups there are rotated: every backup of the last day is kept, then
              the newest of each of the last 7 days, 4 weeks and 12 months.
  --encrypt   encrypt the copy written to FILE with a passphrase (asked for, or TRUENORTH_PASSPHRASE;
              README "Encrypted files"); truenorth restore reads it back. The backups folder keeps
              plain copies, as private as the database beside them, so --encrypt needs FILE.
  --db PATH   the database (default $XDG_DATA_HOME/truenorth/truenorth.db,
              or ~/.local/share/truenorth/truenorth.db)
  --help      show this help

Exit status: 0 when the backup was made, 1 (with the reason) when it was not.
)";

std::string seconds(double ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f s", ms / 1000);
  return text;
}

// The checked copy, written beside `target` for a moment and encrypted into it; the exit code.
int encrypted_backup(const std::string& db_path, const std::string& target) {
  auto passphrase = read_passphrase(true);
  if (passphrase.ok()) {
    if (Status checked = check_new_passphrase(*passphrase); !checked.ok()) passphrase = checked;
  }
  if (!passphrase.ok()) return command_failed("backup", passphrase.status().message());
  const std::string plain = target + ".plain";
  const auto written = write_backup_file(db_path, plain);
  if (!written.ok()) return command_failed("backup", written.status().message());
  const Status encrypted = encrypt_file(plain, target, *passphrase);
  unlink(plain.c_str());
  if (!encrypted.ok()) return command_failed("backup", encrypted.message());
  std::cout << "Backed up " << db_path << " to " << target << ", encrypted (" << describe_contents(*written->info.contents)
            << "; checked before it was encrypted)\n";
  return 0;
}

}  // namespace

int run_backup_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("backup", args, kUsage, {{}, {"--encrypt"}});
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (line.operands.size() > 1) return command_failed("backup", "give at most one FILE (see truenorth backup --help)");
  const bool encrypt = line.options.contains("--encrypt");
  if (encrypt && line.operands.empty()) {
    return command_failed("backup", "--encrypt needs the FILE to write (see truenorth backup --help)");
  }
  umask(077);
  if (encrypt) return encrypted_backup(line.db_path, line.operands[0]);
  const auto written = line.operands.empty() ? back_up(line.db_path, BackupReason::kManual)
                                              : write_backup_file(line.db_path, line.operands[0]);
  if (!written.ok()) return command_failed("backup", written.status().message());
  const BackupInfo& info = written->info;
  std::cout << "Backed up " << line.db_path << " to " << info.path << " (" << human_size(info.size) << ": "
            << describe_contents(*info.contents) << "; copied in " << seconds(written->copy_ms) << ", checked in "
            << seconds(written->check_ms) << ")\n";
  return 0;
}

}  // namespace tn

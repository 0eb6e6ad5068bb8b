// `truenorth backup [--db PATH] [FILE]`: a consistent, checked copy of the database, also while it is in use.
#include "cli/backup_command.h"

#include <sys/stat.h>

#include <cstdio>
#include <iostream>

#include "cli/command_line.h"
#include "store/backups.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth backup [--db PATH] [FILE]

Makes a consistent copy of your True North database, also while True North is running on it (it keeps
answering), checks the copy with SQLite's integrity check, and keeps it readable by you only.

  FILE        where to write the copy (a file already there is replaced once the copy is checked).
              Without FILE the copy goes to the backups folder beside the database, named by its
              time, and older backups there are rotated: every backup of the last day is kept, then
              the newest of each of the last 7 days, 4 weeks and 12 months.
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

}  // namespace

int run_backup_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("backup", args, kUsage);
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (line.operands.size() > 1) return command_failed("backup", "give at most one FILE (see truenorth backup --help)");
  umask(077);
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

// truenorth import: makes a workbook hold what a JSON archive holds, refusing while a server runs on it.
#include "cli/import_command.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command_line.h"
#include "store/archive_store.h"
#include "store/backups.h"
#include "store/workbook_files.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth import [--db PATH] [--replace] FILE

Makes the workbook hold exactly what the JSON archive FILE holds (from truenorth export or the Data page),
ids, history and the trash included. FILE may be - for standard input. An archive from an older True
North is upgraded as it is imported. Everything happens in one transaction: if anything is wrong with
the file, the workbook stays as it was. True North must not be running on the database meanwhile.

Options:
  --db PATH    the database (default $XDG_DATA_HOME/truenorth/truenorth.db,
               or ~/.local/share/truenorth/truenorth.db); created when missing
  --replace    replace what the workbook holds (needed unless it is new and empty)
  --help       show this help
)";

void remove_database_files(const std::string& db_path) {
  std::error_code ec;
  for (const std::string& file : {db_path, db_path + "-wal", db_path + "-shm"}) std::filesystem::remove(file, ec);
}

// Opens (or creates) the database and imports the archive into it; the database is closed on return.
Result<ImportSummary> open_and_import(const std::string& db_path, std::istream& archive, bool replace) {
  auto db = Database::open(db_path);
  if (!db.ok()) return db.status();
  if (Status checked = (*db)->integrity(); !checked.ok()) return checked;
  return import_archive(**db, archive, replace);
}

// The import, once the database is locked: its error message, or "" on success.
std::string import_into(const std::string& db_path, std::istream& archive, bool replace, const std::string& shown) {
  std::error_code ec;
  const bool existed = std::filesystem::exists(db_path, ec);
  // What a replace would overwrite is backed up first, so the import can be undone by a restore.
  if (existed && replace) {
    const auto backup = back_up(db_path, BackupReason::kBeforeImport);
    if (!backup.ok()) return "nothing was imported, because the backup before replacing failed: " + backup.status().message();
  }
  const auto imported = open_and_import(db_path, archive, replace);
  if (!imported.ok()) {
    if (!existed) remove_database_files(db_path);
    if (imported.status().field() == "replace") {
      return "the workbook " + db_path + " already holds data, and importing replaces all of it: run again with "
             "--replace to do that";
    }
    return shown + ": " + imported.status().message();
  }
  const ArchiveHeader& header = imported->archive;
  std::cout << "Imported " << imported->rows << " rows from " << shown << " into " << db_path
            << " (an archive of schema " << header.schema_version << " made by True North " << header.app_version
            << " on " << header.exported_at << ")" << (imported->replaced ? "; what it held before was replaced" : "")
            << "\n";
  return "";
}

}  // namespace

int run_import_command(const std::vector<std::string>& args) {
  const auto read = read_arguments("import", args, kUsage, {{}, {"--replace"}});
  if (!read.line) return read.exit_code;
  const CommandLine& line = *read.line;
  if (line.operands.size() != 1) {
    return command_failed("import", "name one archive FILE to import (see truenorth import --help)");
  }
  umask(077);
  const std::string& file = line.operands.front();
  const std::string& db_path = line.db_path;

  std::ifstream opened;
  if (file != "-") {
    opened.open(file, std::ios::binary);
    if (!opened) return command_failed("import", "cannot read " + file + " (" + std::strerror(errno) + ")");
  }
  auto lock = DatabaseLock::acquire(db_path);
  if (!lock.ok()) return command_failed("import", "refusing to import: " + lock.status().message());
  if (Status kept = check_database_not_lost(db_path); !kept.ok()) return command_failed("import", kept.message());
  const std::string failed =
      import_into(db_path, file == "-" ? std::cin : opened, line.options.contains("--replace"),
                  file == "-" ? "standard input" : file);
  return failed.empty() ? 0 : command_failed("import", failed);
}

}  // namespace tn

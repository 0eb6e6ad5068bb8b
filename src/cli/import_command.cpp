// truenorth import: makes a workbook hold what a JSON archive holds, or adds a jrnl or Day One journal to
// it, refusing while a server runs on it.
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
#include "store/encrypted_files.h"
#include "store/journal_import.h"
#include "store/workbook_files.h"

namespace tn {
namespace {

constexpr const char* kUsage = R"(Usage: truenorth import [--db PATH] [--replace] FILE

Makes the workbook hold exactly what the JSON archive FILE holds (from truenorth export or the Data page),
ids, history and the trash included. FILE may be - for standard input. An archive from an older True
North is upgraded as it is imported. Everything happens in one transaction: if anything is wrong with
the file, the workbook stays as it was. True North must not be running on the database meanwhile.

An encrypted FILE (truenorth export --encrypt) is recognised: the passphrase is asked for, or taken from
TRUENORTH_PASSPHRASE. A wrong passphrase or a changed file changes nothing.

FILE may also be a journal kept in another tool: a jrnl JSON export (jrnl --export json) or a Day One
JSON export (Journal.json, or the .zip holding it). Its entries are added to the journal, with their
dates, titles, tags and text; nothing is replaced, and entries already there are skipped.

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

// Standard input, copied into a working file beside the database (so its kind can be told from its first
// bytes and a .zip read), or the error message.
Result<std::unique_ptr<WorkingFileHandle>> copy_stdin(const std::string& db_path) {
  auto file = WorkingFileHandle::create(db_path, WorkingFile::kUpload);
  if (!file.ok()) return file.status();
  std::ofstream out((*file)->path(), std::ios::binary | std::ios::trunc);
  out << std::cin.rdbuf();
  out.close();
  if (!out) return Status::Error(Code::kUnavailable, "cannot keep standard input beside " + db_path + " (is the disk full?)");
  return file;
}

// Opens (or creates) the database and adds the journal export to it; the database is closed on return.
Result<JournalImportSummary> open_and_add(const std::string& db_path, const std::string& file, bool zip) {
  auto db = Database::open(db_path);
  if (!db.ok()) return db.status();
  if (Status checked = (*db)->integrity(); !checked.ok()) return checked;
  if (zip) return import_journal_zip(**db, file, local_date_at);
  std::ifstream in(file, std::ios::binary);
  return import_journal(**db, in, local_date_at);
}

// Adds the journal export at `file` to the journal; its error message, or "" on success. A database
// created for it is removed again when nothing could be added.
std::string add_journal(const std::string& db_path, const std::string& file, bool zip, const std::string& shown) {
  std::error_code ec;
  const bool existed = std::filesystem::exists(db_path, ec);
  const auto summary = open_and_add(db_path, file, zip);
  if (!summary.ok()) {
    if (!existed) remove_database_files(db_path);
    return shown + ": " + summary.status().message();
  }
  std::cout << "Added " << summary->imported << (summary->imported == 1 ? " entry" : " entries") << " from " << shown
            << " (" << (summary->format == "day_one" ? "a Day One" : "a jrnl") << " export) to the journal of "
            << db_path;
  if (summary->skipped > 0) std::cout << "; skipped " << summary->skipped << ":";
  std::cout << "\n";
  for (const SkippedEntry& entry : summary->reasons) std::cout << "  " << entry.where << ": " << entry.reason << "\n";
  if (summary->skipped > static_cast<std::int64_t>(summary->reasons.size())) std::cout << "  ...\n";
  if (summary->media_left_out > 0) {
    std::cout << "Photos and other attachments of " << summary->media_left_out
              << " entries were left out: only text is imported.\n";
  }
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

  if (file != "-" && !std::ifstream(file, std::ios::binary)) {
    return command_failed("import", "cannot read " + file + " (" + std::strerror(errno) + ")");
  }
  auto lock = DatabaseLock::acquire(db_path);
  if (!lock.ok()) return command_failed("import", "refusing to import: " + lock.status().message());
  if (Status kept = check_database_not_lost(db_path); !kept.ok()) return command_failed("import", kept.message());
  std::unique_ptr<WorkingFileHandle> stdin_copy;
  if (file == "-") {
    auto copied = copy_stdin(db_path);
    if (!copied.ok()) return command_failed("import", copied.status().message());
    stdin_copy = std::move(*copied);
  }
  std::string path = file == "-" ? stdin_copy->path() : file;
  const std::string shown = file == "-" ? "standard input" : file;
  std::unique_ptr<WorkingFileHandle> decrypted;
  if (detect_file(path) == DataFileKind::kEncrypted) {
    const auto passphrase = read_passphrase(false);
    if (!passphrase.ok()) return command_failed("import", passphrase.status().message());
    auto opened = decrypt_to_working_file(path, db_path, *passphrase);
    if (!opened.ok()) return command_failed("import", shown + ": " + opened.status().message() + "; nothing was imported");
    decrypted = std::move(*opened);
    path = decrypted->path();
  }
  std::string failed;
  switch (detect_file(path)) {
    case DataFileKind::kJournalJson: failed = add_journal(db_path, path, false, shown); break;
    case DataFileKind::kZip: failed = add_journal(db_path, path, true, shown); break;
    case DataFileKind::kDatabase:
      failed = shown + " is a database file (a backup?), not an export: use truenorth restore " + shown;
      break;
    case DataFileKind::kEncrypted: failed = shown + " was encrypted twice: decrypt it once more first"; break;
    case DataFileKind::kArchive: {
      std::ifstream archive(path, std::ios::binary);
      failed = import_into(db_path, archive, line.options.contains("--replace"), shown);
    }
  }
  return failed.empty() ? 0 : command_failed("import", failed);
}

}  // namespace tn

// Journals kept in other tools (jrnl, Day One) added to the journal: never replacing anything, one
// transaction per import.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "domain/data_file.h"
#include "domain/journal_import.h"
#include "store/database.h"

namespace tn {

// An entry of the export that was not added, and why.
struct SkippedEntry {
  std::string where;   // e.g. "entries[3]", or "Travel.json entries[3]" in a Day One .zip with several journals
  std::string reason;  // e.g. "it has no date", "already in your journal"
};

// What a journal import did.
struct JournalImportSummary {
  std::string format;                // "jrnl" or "day_one"
  std::int64_t imported = 0;         // entries added
  std::int64_t skipped = 0;          // entries not added
  std::vector<SkippedEntry> reasons;  // the first kMaxSkippedShown of them
  std::int64_t media_left_out = 0;   // entries added without their photos or other attachments
};

inline constexpr std::size_t kMaxSkippedShown = 50;

// The kind of the file at `path`, from its first bytes (see detect_data_file); kArchive when it cannot be
// read (the archive's reader then says why).
DataFileKind detect_file(const std::string& path);

// The date in this computer's time zone at `unix_seconds`: how a Day One time becomes an entry's date.
Date local_date_at(std::int64_t unix_seconds);

// Adds each entry of the jrnl or Day One JSON export in `in` (see read_journal_export) to the journal as
// a free entry, in one transaction: a file that cannot be read (not JSON, cut short, not a journal
// export) adds nothing and is that Invalid error. An entry is skipped, with its reason, when it cannot be
// one (no date, no text), breaks a rule of the journal (e.g. a body over 100,000 characters: the rule's
// message), or is already in the journal outside the trash (same date, title and body), so an export
// imported twice adds nothing the second time.
Result<JournalImportSummary> import_journal(Database& db, std::istream& in, const LocalDateOf& local_date);

// Like import_journal for a Day One .zip export: every .json file at the top of the zip (Journal.json,
// or one per journal) is imported, in one transaction; its photos and other files are left out. Invalid
// (field "import") when the file is not a readable zip or holds no .json at its top.
Result<JournalImportSummary> import_journal_zip(Database& db, const std::string& zip_path,
                                                const LocalDateOf& local_date);

}  // namespace tn

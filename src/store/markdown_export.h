// The Markdown export of the whole workbook as a .zip (domain/markdown_export.h renders each note): the
// stores give the modules, the journal is read one entry at a time while the zip is written.
#pragma once

#include <string>
#include <string_view>

#include "domain/date.h"
#include "store/database.h"

namespace tn {

// Writes the workbook in `db` as a .zip of Markdown notes to `zip_path` (created, or replaced when it
// exists; owner-only): README.md, one note per module and one per journal entry (the trash included).
// Memory stays bounded by one entry's note however long the journal: each note is rendered from the
// database when the zip takes it. `today` dates the module notes. Unavailable (with the reason) when the
// file cannot be written, DiskFull when the disk is full; a half-written file is removed.
Status write_markdown_export(Database& db, const std::string& zip_path, std::string_view app_version, const Date& today);

}  // namespace tn

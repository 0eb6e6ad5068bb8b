// Journals kept in other tools, read as journal entries: a jrnl JSON export (`jrnl --export json`) and a
// Day One JSON export (Journal.json), each read as a stream, one entry at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/journal.h"
#include "domain/status.h"

namespace tn {

enum class JournalFormat { kJrnl, kDayOne };

// "jrnl" or "day_one", as the API names the formats.
std::string_view journal_format_key(JournalFormat format);

// One entry of an export, as read.
struct ForeignEntry {
  std::size_t index = 0;           // its place in the export's "entries" list, from 0
  std::optional<EntryInput> entry;  // kind "free", ready for normalise_entry; empty when it cannot be one
  std::string problem;             // why it cannot be an entry, when `entry` is empty
  bool media_left_out = false;     // it had photos, audio or other attachments, which are not imported
};

// The local calendar date of a moment given in seconds since 1970 (UTC); Day One stores UTC times.
using LocalDateOf = std::function<Date(std::int64_t unix_seconds)>;

// Reads a journal export from `in`, keeping one entry in memory, and calls `each` for every element of
// its "entries" list in order; a non-OK Status from `each` stops the reading and is returned. The format
// is told by the content: an entry with "creationDate" (or a top-level "metadata") is Day One's, one
// with "date" jrnl's; `format` is set once known (jrnl when the list is empty). How an entry is read:
//   jrnl     date "YYYY-MM-DD" (its "time" is not kept), title, body; "tags" with their "@" dropped.
//            A title without a body becomes the body (jrnl keeps a one-line entry in its title).
//   Day One  creationDate (ISO 8601 UTC) made a local date by `local_date`; "text" is Markdown whose
//            first line (a "# heading" or plain) is the title and the rest the body; "tags". References
//            to its photos (![](dayone-moment://…)) are taken out, and media_left_out says so.
// Tags become journal tags: a leading @ or # dropped, then characters a tag cannot hold turned into
// '-', at most 40 characters. A title over 200 characters goes to the start of the body instead. An
// entry without a valid date or without any text is handed over with `problem` set. Errors, each Invalid:
// "import" for an empty file, not JSON or cut short (with line and column); "format" for JSON that is
// not a journal export (not an object, or no "entries" list of objects).
Status read_journal_export(std::istream& in, const LocalDateOf& local_date,
                           const std::function<Status(const ForeignEntry&)>& each, JournalFormat& format);

// The tag `raw` from another tool as a journal tag (see read_journal_export), or "" when nothing is left.
std::string foreign_tag(std::string_view raw);

}  // namespace tn

// What a file handed to an import is, told from its first bytes, so one route and one command take them all.
#pragma once

#include <cstddef>
#include <string_view>

namespace tn {

enum class DataFileKind {
  kArchive,      // a True North JSON archive, or anything that is not one of the others (its reader says why)
  kJournalJson,  // a JSON object that does not start like an archive: a jrnl or Day One export
  kZip,          // a .zip (Day One's export holds Journal.json)
  kEncrypted,    // a file encrypted by True North (see domain/encrypted_file.h)
  kDatabase,     // a SQLite database: a backup, for restore rather than import
};

// How many leading bytes detect_data_file needs at most.
inline constexpr std::size_t kDataFileHeadBytes = 4096;

// The kind of a file from its first bytes (`head`, up to kDataFileHeadBytes; the whole file when it is
// shorter). JSON is told apart by its first key: an archive starts with "format" (or another of its
// header fields, "sequences" or "tables"); any other object is taken for a journal export. A UTF-8 byte
// order mark and whitespace before the JSON are skipped. Anything unrecognised is kArchive, whose reader
// then explains what is wrong with it.
DataFileKind detect_data_file(std::string_view head);

}  // namespace tn

// The JSON archive of a whole workbook (README "Data: the export format"): its name and version, writing
// it piece by piece and reading it as a stream of events, so neither side holds a whole workbook in memory.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/date.h"
#include "domain/status.h"

namespace tn {

inline constexpr std::string_view kArchiveFormat = "truenorth-archive";
// Raised whenever the layout of the file changes (not for a new table or column: those are the schema's).
inline constexpr std::int64_t kArchiveFormatVersion = 1;

// What an archive says about itself before its data.
struct ArchiveHeader {
  std::string format{kArchiveFormat};
  std::int64_t format_version = kArchiveFormatVersion;
  std::string app_version;          // the True North that wrote it, e.g. "0.1.0"
  std::int64_t schema_version = 0;  // the database schema its tables follow (PRAGMA user_version)
  std::string exported_at;          // ISO 8601 UTC, e.g. 2026-03-04T09:15:00.123Z
};

// An AUTOINCREMENT counter: the largest id `table` ever handed out (SQLite's sqlite_sequence).
using ArchiveSequence = std::pair<std::string, std::int64_t>;

// Writes an archive: one line for the header and sequences, then each table's columns and each of its
// rows on a line of its own. Text goes to `output` in pieces of about 64 KiB (never empty), so memory
// holds one row and one piece. Call begin(), then table() followed by its rows, for every table, then
// finish(). Each call returns false once `output` has returned false (nothing more is written then).
class ArchiveWriter {
 public:
  using Output = std::function<bool(std::string_view)>;
  explicit ArchiveWriter(Output output) : output_(std::move(output)) {}
  ArchiveWriter(const ArchiveWriter&) = delete;
  ArchiveWriter& operator=(const ArchiveWriter&) = delete;

  bool begin(const ArchiveHeader& header, const std::vector<ArchiveSequence>& sequences);
  bool table(std::string_view name, const std::vector<std::string>& columns);
  // One row of the current table: an array of numbers, strings and nulls in the order of its columns.
  // Text that is not valid UTF-8 (never produced by True North) is written with U+FFFD in its place.
  bool row(const nlohmann::json& values);
  // Closes the archive and hands over what is still buffered.
  bool finish();

 private:
  bool put(std::string_view text);
  bool flush();

  Output output_;
  std::string buffer_;
  bool ok_ = true;
  bool in_table_ = false;
  bool first_table_ = true;
  bool first_row_ = true;
};

// What read_archive hands over, in the order of the file. Each call returns OK to go on; any other Status
// stops the reading and is what read_archive returns.
class ArchiveSink {
 public:
  virtual ~ArchiveSink() = default;
  // Once, before any data, with a header whose format and format version this program reads.
  virtual Status header(const ArchiveHeader& header) = 0;
  // Each entry of "sequences".
  virtual Status sequence(const std::string& table, std::int64_t value) = 0;
  // Each table, before its rows, with its column names as listed.
  virtual Status table(const std::string& name, const std::vector<std::string>& columns) = 0;
  // Each row of the current table: a JSON array of numbers, strings and nulls. `field` names it for
  // errors, e.g. "tables.journal_entries.rows[12]".
  virtual Status row(const nlohmann::json& values, const std::string& field) = 0;
  // Once, after the last byte, when the whole archive was read.
  virtual Status finish() = 0;
};

// Reads the archive in `in` and tells `sink` what it holds as it goes, keeping one row in memory. Returns
// the sink's first error, or an invalid-argument Status whose field is "archive" or the JSON path of the
// problem and whose message says what is wrong: an empty file; not JSON, or cut short (with the line
// and column); not a True North archive (not an object whose "format" is kArchiveFormat, given before
// the data); a format_version newer than kArchiveFormatVersion; a header field of the wrong type or
// missing (format, format_version, schema_version are required; app_version, exported_at optional
// strings); an unknown field; no "tables"; a table without "columns" (a list of names, before "rows")
// or "rows" (a list of arrays of numbers, strings and nulls); a sequence that is not a whole number >= 0.
// Whether the schema version, tables, columns and values fit a database is the sink's to judge.
Status read_archive(std::istream& in, ArchiveSink& sink);

// The name an archive exported on `day` is offered under: "truenorth-export-2026-03-04.json".
std::string archive_file_name(const Date& day);

// What a column holds, from its declared type by SQLite's affinity rules: INT -> integer; CHAR, CLOB,
// TEXT -> text; REAL, FLOA, DOUB -> real; anything else (BLOB, NUMERIC, none) -> any.
enum class ColumnKind { kInteger, kText, kReal, kAny };
ColumnKind column_kind(std::string_view declared_type);

// "" when the archive value `value` fits a column of `kind`, else what it must be (e.g. "must be a whole
// number or null"). Null always fits (NOT NULL is the table's to enforce); an integer column takes whole
// numbers, a real one any number, a text one strings, an "any" one numbers and strings.
std::string cell_problem(ColumnKind kind, const nlohmann::json& value);

}  // namespace tn

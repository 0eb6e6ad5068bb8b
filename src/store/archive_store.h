// Export and import of the whole workbook as one JSON archive (domain/archive.h), table by table: every
// table of the schema travels with its column names, so a new module is exported without a change here.
// SQLite's own tables stay out (the AUTOINCREMENT counters travel as "sequences"), and so does the
// full-text index, which an import rebuilds.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "domain/archive.h"
#include "store/database.h"

namespace tn {

// A consistent, read-only view of a database file for an export: a connection of its own holding one read
// transaction, which in WAL mode is a snapshot. A running server's Database is not locked meanwhile:
// its writes go on and never show half-way in the archive.
class ArchiveSnapshot {
 public:
  // Opens `db_path` read-only and starts the snapshot. Never changes the file. NotFound when there is no
  // file; Internal when it is not a SQLite database, not a True North one, or written by a newer True
  // North (schema above latest_schema_version()). An older schema is fine: the archive says which.
  static Result<std::unique_ptr<ArchiveSnapshot>> open(const std::string& db_path);

  // The schema version of the file (its PRAGMA user_version).
  int schema_version() const { return schema_version_; }

  // Writes the whole archive through `output` row by row: the header (`app_version`, the file's schema
  // version, the time now), the sequences in the order SQLite keeps them, then every table in name order
  // with its rows in key order, so the same data always gives the same text. Unavailable when `output`
  // returned false; Internal when a value cannot be written as JSON (binary data, never stored by True North).
  Status write(std::string_view app_version, const ArchiveWriter::Output& output);

  ArchiveSnapshot(const ArchiveSnapshot&) = delete;
  ArchiveSnapshot& operator=(const ArchiveSnapshot&) = delete;

 private:
  ArchiveSnapshot(std::unique_ptr<Connection> conn, int schema_version)
      : conn_(std::move(conn)), schema_version_(schema_version) {}

  std::unique_ptr<Connection> conn_;
  int schema_version_;
};

// What an import did.
struct ImportSummary {
  ArchiveHeader archive;  // as the file describes itself
  std::int64_t rows = 0;  // rows imported, every table together
  bool replaced = false;  // whether the workbook held data, which the archive replaced
};

// Makes `db` hold exactly what the archive in `in` holds, ids, versions, timestamps and counters
// included, in one transaction: on any error nothing has changed. The workbook is first dropped and
// recreated at the archive's schema version, the rows go in as they are read, then it is upgraded to the
// latest schema like an old database (so older archives import), its links are checked and its
// full-text index is rebuilt. A workbook that holds anything a new one does not needs `replace`
// (Conflict, field "replace", otherwise; the caller backs it up first). Errors, each Invalid naming the
// archive field: those of read_archive(); a schema version newer than this program's; a table or column
// the schema lacks, or one the archive lacks; a row with the wrong number of values, a value of the
// wrong type for its column (see cell_problem) or one a rule of the table refuses (NOT NULL, CHECK,
// UNIQUE); a row linked to a missing row of another table; a journal entry that cannot be indexed.
Result<ImportSummary> import_archive(Database& db, std::istream& in, bool replace);

}  // namespace tn

// Export and import of the whole workbook as one JSON archive (domain/archive.h), table by table: every
// table of the schema travels with its column names, so a new module is exported without a change here.
#include "store/archive_store.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "store/journal_store.h"
#include "store/people_index.h"

namespace tn {
namespace {

using json = nlohmann::json;

struct Column {
  std::string name;
  ColumnKind kind;
};

// A table as the archive sees it: its columns in schema order and the order its rows are written in.
struct Table {
  std::string name;
  std::vector<Column> columns;
  std::string order_by;  // "rowid", or the primary key's columns of a WITHOUT ROWID table
};

std::string sql_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

bool has_table(Connection& conn, const std::string& name) {
  Statement st = conn.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  st.bind(1, name);
  return st.step();
}

// Every ordinary table of the main schema, by name: not SQLite's own (sqlite_sequence, sqlite_stat1) and
// neither virtual tables (the full-text index) nor their shadow tables.
std::vector<Table> archived_tables(Connection& conn) {
  std::vector<Table> tables;
  {
    Statement list = conn.prepare(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    while (list.step()) tables.push_back({list.text(0), {}, list.int64(1) != 0 ? "" : "rowid"});
  }
  for (Table& table : tables) {
    Statement info = conn.prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid");
    info.bind(1, table.name);
    std::map<std::int64_t, std::string> key;
    while (info.step()) {
      table.columns.push_back({info.text(0), column_kind(info.text(1))});
      if (info.int64(2) > 0) key[info.int64(2)] = sql_name(info.text(0));
    }
    for (const auto& [position, column] : key) table.order_by += (table.order_by.empty() ? "" : ", ") + column;
  }
  return tables;
}

std::vector<std::string> column_names(const Table& table) {
  std::vector<std::string> names;
  for (const Column& column : table.columns) names.push_back(column.name);
  return names;
}

std::string select_rows_sql(const Table& table) {
  std::string columns;
  for (const Column& column : table.columns) columns += (columns.empty() ? "" : ", ") + sql_name(column.name);
  return "SELECT " + columns + " FROM " + sql_name(table.name) + " ORDER BY " + table.order_by;
}

// The current row of a select_rows_sql() statement as a JSON array.
Result<json> row_values(const Statement& st, const Table& table) {
  json values = json::array();
  for (int i = 0; i < static_cast<int>(table.columns.size()); ++i) {
    switch (st.type(i)) {
      case SQLITE_INTEGER: values.push_back(st.int64(i)); break;
      case SQLITE_FLOAT: values.push_back(st.real(i)); break;
      case SQLITE_TEXT: values.push_back(st.text(i)); break;
      case SQLITE_NULL: values.push_back(nullptr); break;
      default:
        return Status::Internal("the table " + table.name + " holds binary data in its column " +
                                table.columns[static_cast<std::size_t>(i)].name + ", which a JSON archive cannot carry");
    }
  }
  return values;
}

std::int64_t row_count(Connection& conn, const Table& table) {
  Statement st = conn.prepare("SELECT count(*) FROM " + sql_name(table.name));
  return st.step() ? st.int64(0) : 0;
}

// Every row of `table`, each as its JSON text.
std::vector<std::string> row_texts(Connection& conn, const Table& table) {
  std::vector<std::string> rows;
  Statement st = conn.prepare(select_rows_sql(table));
  while (st.step()) {
    const auto values = row_values(st, table);
    rows.push_back(values.ok() ? values->dump() : values.status().message());
  }
  return rows;
}

// Whether every table holds exactly what the tables of a new workbook (schema.sql) hold: then an import
// replaces nothing anyone wrote. The `workbook` table is about the workbook, not in it (its first day,
// whether the first-run path was skipped), so it does not count.
bool holds_only_new_workbook(Connection& conn) {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection fresh(raw);
  fresh.exec(std::string(schema_sql()));
  for (const Table& table : archived_tables(conn)) {
    if (table.name == "workbook") continue;
    if (!has_table(fresh, table.name) || row_count(conn, table) != row_count(fresh, table) ||
        row_texts(conn, table) != row_texts(fresh, table)) {
      return false;
    }
  }
  return true;
}

// Drops every table (with its indexes) and view, leaving an empty database for the archive's schema.
void drop_everything(Connection& conn) {
  std::vector<std::pair<std::string, std::string>> objects;
  {
    Statement list = conn.prepare(
        "SELECT type, name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    while (list.step()) objects.emplace_back(list.text(0), list.text(1));
  }
  for (const auto& [type, name] : objects) conn.exec((type == "view" ? "DROP VIEW " : "DROP TABLE ") + sql_name(name));
}

// Binds an archive value (already checked by cell_problem) to parameter `index`.
void bind_value(Statement& st, int index, const json& value) {
  if (value.is_null()) st.bind_null(index);
  else if (value.is_number_integer()) st.bind(index, value.get<std::int64_t>());
  else if (value.is_number()) st.bind(index, value.get<double>());
  else st.bind(index, value.get_ref<const std::string&>());
}

// Fills the workbook from read_archive()'s events, inside the caller's transaction (Database::rebuild).
class ImportSink final : public ArchiveSink {
 public:
  ImportSink(Connection& conn, bool replace) : conn_(conn), replace_(replace) {}

  const ImportSummary& summary() const { return summary_; }

  Status header(const ArchiveHeader& header) override {
    const int latest = latest_schema_version();
    if (header.schema_version > latest) {
      return Status::Invalid("schema_version", "this archive was written by a newer True North (schema " +
                                                   std::to_string(header.schema_version) + "; this program knows up to " +
                                                   std::to_string(latest) + "): import it with the newer True North");
    }
    summary_.archive = header;
    summary_.replaced = !holds_only_new_workbook(conn_);
    if (summary_.replaced && !replace_) {
      return Status::Conflict("this workbook already holds data, and importing replaces all of it, so replacing "
                              "must be asked for",
                              "replace");
    }
    schema_ = static_cast<int>(header.schema_version);
    drop_everything(conn_);
    for (int version = 1; version <= schema_; ++version) apply_migration(conn_, version);
    for (Table& table : archived_tables(conn_)) {
      conn_.exec("DELETE FROM " + sql_name(table.name));  // rows the migrations seed; the archive has its own
      tables_.emplace(table.name, std::move(table));
    }
    return Status::Ok();
  }

  Status sequence(const std::string& table, std::int64_t value) override {
    if (!tables_.contains(table) || !has_table(conn_, "sqlite_sequence")) {
      return schema_lacks("sequences." + table, "an id counter for the table " + table);
    }
    sequences_.emplace_back(table, value);
    return Status::Ok();
  }

  Status table(const std::string& name, const std::vector<std::string>& columns) override {
    const std::string field = "tables." + name;
    const auto found = tables_.find(name);
    if (found == tables_.end()) return schema_lacks(field, "a table " + name);
    if (!imported_.insert(name).second) return Status::Invalid(field, field + " appears twice in the archive");
    const Table& table = found->second;
    kinds_.clear();
    std::set<std::string> named;
    std::string names, values;
    for (const std::string& column : columns) {
      const auto it = std::find_if(table.columns.begin(), table.columns.end(),
                                   [&](const Column& c) { return c.name == column; });
      if (it == table.columns.end()) return schema_lacks(field + ".columns", "a column " + name + "." + column);
      if (!named.insert(column).second) {
        return Status::Invalid(field + ".columns", field + ".columns names " + column + " twice");
      }
      kinds_.push_back(it->kind);
      names += (names.empty() ? "" : ", ") + sql_name(column);
      values += (values.empty() ? "?" : ", ?") + std::to_string(kinds_.size());
    }
    for (const Column& column : table.columns) {
      if (std::find(columns.begin(), columns.end(), column.name) == columns.end()) {
        return Status::Invalid(field + ".columns", field + ".columns lacks " + column.name + ", which the table has");
      }
    }
    columns_ = columns;
    insert_sql_ = "INSERT INTO " + sql_name(name) + " (" + names + ") VALUES (" + values + ")";
    return Status::Ok();
  }

  Status row(const json& values, const std::string& field) override {
    if (values.size() != kinds_.size()) {
      return Status::Invalid(field, field + " has " + std::to_string(values.size()) + " values for " +
                                        std::to_string(kinds_.size()) + " columns");
    }
    Statement insert = conn_.prepare(insert_sql_);
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (const std::string problem = cell_problem(kinds_[i], values[i]); !problem.empty()) {
        const std::string cell = field + "[" + std::to_string(i) + "]";
        return Status::Invalid(cell, cell + " (" + columns_[i] + ") " + problem);
      }
      bind_value(insert, static_cast<int>(i) + 1, values[i]);
    }
    try {
      insert.run();
    } catch (const SqlError& e) {
      const int code = e.code() & 0xff;
      if (code != SQLITE_CONSTRAINT && code != SQLITE_MISMATCH) throw;  // e.g. a full disk: not the archive's fault
      return Status::Invalid(field, field + " breaks a rule of its table: " + e.what());
    }
    ++summary_.rows;
    return Status::Ok();
  }

  Status finish() override {
    for (const auto& [name, table] : tables_) {
      if (!imported_.contains(name)) {
        return Status::Invalid("tables." + name, "the archive lacks the table " + name + ", which schema " +
                                                     std::to_string(schema_) + " has");
      }
    }
    // The counters are the archive's, not what the inserts above made of them.
    if (has_table(conn_, "sqlite_sequence")) conn_.exec("DELETE FROM sqlite_sequence");
    for (const auto& [table, value] : sequences_) {
      conn_.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)").bind(1, table).bind(2, value).run();
    }
    if (const auto broken = broken_link(conn_)) return Status::Invalid("tables", "the archive has " + *broken);
    for (int version = schema_ + 1; version <= latest_schema_version(); ++version) apply_migration(conn_, version);
    if (const auto broken = broken_link(conn_)) {
      return Status::Internal("upgrading the imported archive would leave " + *broken);
    }
    if (Status indexed = rebuild_journal_index(conn_); !indexed.ok()) {
      return Status::Invalid("tables.journal_entries", "the archive's " + indexed.message());
    }
    rebuild_people_index(conn_);
    return Status::Ok();
  }

 private:
  Status schema_lacks(const std::string& field, const std::string& what) const {
    return Status::Invalid(field, "the archive has " + what + ", which schema " + std::to_string(schema_) +
                                      " of True North does not have");
  }

  Connection& conn_;
  bool replace_;
  ImportSummary summary_;
  int schema_ = 0;
  std::map<std::string, Table> tables_;  // the tables of the archive's schema
  std::set<std::string> imported_;
  std::vector<ArchiveSequence> sequences_;
  std::vector<std::string> columns_;  // the current table's columns, in the archive's order
  std::vector<ColumnKind> kinds_;
  std::string insert_sql_;
};

}  // namespace

Result<std::unique_ptr<ArchiveSnapshot>> ArchiveSnapshot::open(const std::string& db_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(db_path, ec)) return Status::NotFound("there is no database at " + db_path);
  const auto refuse = [&](const std::string& why) { return Status::Internal("cannot export " + db_path + ": " + why); };
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  auto conn = std::make_unique<Connection>(raw);
  if (rc != SQLITE_OK) return refuse(std::string("it cannot be read (") + sqlite3_errstr(rc) + ")");
  try {
    conn->exec("PRAGMA busy_timeout = 5000");
    conn->exec("BEGIN");
    Statement objects = conn->prepare("SELECT count(*) FROM sqlite_schema");  // starts the read transaction
    const std::int64_t count = objects.step() ? objects.int64(0) : 0;
    Statement version = conn->prepare("PRAGMA user_version");
    const int schema = version.step() ? static_cast<int>(version.int64(0)) : 0;
    if (schema == 0) return refuse(count > 0 ? "it belongs to another program" : "it is not a True North database");
    if (schema > latest_schema_version()) {
      return refuse("it was written by a newer True North (schema " + std::to_string(schema) + ")");
    }
    return std::unique_ptr<ArchiveSnapshot>(new ArchiveSnapshot(std::move(conn), schema));
  } catch (const SqlError& e) {
    if ((e.code() & 0xff) == SQLITE_NOTADB) return refuse("it is not a SQLite database");
    return refuse(e.what());
  }
}

Status ArchiveSnapshot::write(std::string_view app_version, const ArchiveWriter::Output& output) {
  const Status cut_off = Status::Error(Code::kUnavailable, "the archive could not be written out: its destination "
                                                           "stopped taking it");
  try {
    ArchiveHeader header;
    header.app_version = std::string(app_version);
    header.schema_version = schema_version_;
    Statement now = conn_->prepare(std::string("SELECT ") + kSqlNow);
    header.exported_at = now.step() ? now.text(0) : "";
    std::vector<ArchiveSequence> sequences;
    if (has_table(*conn_, "sqlite_sequence")) {
      Statement st = conn_->prepare("SELECT name, seq FROM sqlite_sequence ORDER BY rowid");
      while (st.step()) sequences.emplace_back(st.text(0), st.int64(1));
    }
    ArchiveWriter writer(output);
    if (!writer.begin(header, sequences)) return cut_off;
    for (const Table& table : archived_tables(*conn_)) {
      if (!writer.table(table.name, column_names(table))) return cut_off;
      Statement rows = conn_->prepare(select_rows_sql(table));
      while (rows.step()) {
        const auto values = row_values(rows, table);
        if (!values.ok()) return values.status();
        if (!writer.row(*values)) return cut_off;
      }
    }
    return writer.finish() ? Status::Ok() : cut_off;
  } catch (const SqlError& e) {
    return e.status();
  }
}

Result<ImportSummary> import_archive(Database& db, std::istream& in, bool replace) {
  return db.rebuild([&](Connection& conn) -> Result<ImportSummary> {
    ImportSink sink(conn, replace);
    if (Status read = read_archive(in, sink); !read.ok()) return read;
    return sink.summary();
  });
}

}  // namespace tn

// The JSON archive of a whole workbook (README "Data: the export format"): its name and version, writing
// it piece by piece and reading it as a stream of events, so neither side holds a whole workbook in memory.
#include "domain/archive.h"

#include <cctype>
#include <cstdint>
#include <optional>

namespace tn {
namespace {

using json = nlohmann::json;

constexpr std::size_t kPieceBytes = 64 * 1024;

std::string dumped(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

Status invalid(const std::string& field, const std::string& message) { return Status::Invalid(field, message); }

// Where the reader is in the archive's fixed shape; each "...Value" state waits for the value of a key.
enum class At {
  kStart, kRoot, kHeaderValue, kSequences, kSequenceValue, kTables, kTableValue, kTable, kColumnsValue,
  kColumns, kRowsValue, kRows, kRow, kEnd,
};

// The SAX handler nlohmann::json::sax_parse drives: follows the archive's shape and hands each part to the
// sink. Anything out of place stops the parse with a Status naming it.
class Reader {
 public:
  Reader(ArchiveSink& sink, std::istream& in) : sink_(sink), in_(in) {}

  const Status& status() const { return status_; }

  bool null() { return scalar(json(nullptr)); }
  bool boolean(bool value) { return scalar(json(value)); }
  bool number_integer(json::number_integer_t value) { return scalar(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return scalar(json(value)); }
  bool number_float(json::number_float_t value, const std::string&) { return scalar(json(value)); }
  bool string(json::string_t& value) { return scalar(json(std::move(value))); }
  bool binary(json::binary_t&) { return fail("archive", "the archive holds binary data, which JSON text never does"); }

  bool start_object(std::size_t) {
    if (at_ == At::kStart) return go(At::kRoot);
    if (at_ == At::kHeaderValue && key_ == "sequences") return go(At::kSequences);
    if (at_ == At::kHeaderValue && key_ == "tables") return go(At::kTables);
    if (at_ == At::kTableValue) {
      columns_.clear();
      has_columns_ = false;
      has_rows_ = false;
      return go(At::kTable);
    }
    return misplaced("an object");
  }

  bool end_object() {
    switch (at_) {
      case At::kTable:
        if (!has_rows_) return fail(table_field(), table_field() + " has no \"rows\"");
        return go(At::kTables);
      case At::kTables: has_tables_ = true; return go(At::kRoot);
      case At::kSequences: return go(At::kRoot);
      case At::kRoot:
        if (!start_data()) return false;
        if (!has_tables_) return fail("tables", "the archive has no \"tables\"");
        return go(At::kEnd);  // the sink hears finish() once nothing but whitespace follows (read_archive)
      default: return misplaced("the end of an object");
    }
  }

  bool start_array(std::size_t) {
    if (at_ == At::kColumnsValue) return go(At::kColumns);
    if (at_ == At::kRowsValue) {
      row_index_ = 0;
      return go(At::kRows);
    }
    if (at_ == At::kRows) {
      row_ = json::array();
      return go(At::kRow);
    }
    return misplaced("a list");
  }

  bool end_array() {
    switch (at_) {
      case At::kColumns: has_columns_ = true; return go(At::kTable);
      case At::kRows: has_rows_ = true; return go(At::kTable);
      case At::kRow:
        if (!ok(sink_.row(row_, row_field()))) return false;
        ++row_index_;
        return go(At::kRows);
      default: return misplaced("the end of a list");
    }
  }

  bool key(json::string_t& name) {
    switch (at_) {
      case At::kRoot: return root_key(name);
      case At::kSequences: key_ = std::move(name); return go(At::kSequenceValue);
      case At::kTables: table_ = std::move(name); return go(At::kTableValue);
      case At::kTable:
        if (name == "columns") return go(At::kColumnsValue);
        if (name == "rows") {
          if (!has_columns_) return fail(table_field(), table_field() + " must list its \"columns\" before its \"rows\"");
          return ok(sink_.table(table_, columns_)) && go(At::kRowsValue);
        }
        return fail(table_field() + "." + name, table_field() + " has an unknown field \"" + name + "\"");
      default: return misplaced("a field name");
    }
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
    std::string what = error.what();
    if (const auto start = what.find("] "); start != std::string::npos) what = what.substr(start + 2);
    // The parser stops at the first byte it cannot use: nothing left after it means the file was cut short.
    if (at_ == At::kEnd) return fail("archive", "the archive goes on after its end (two files in one?): " + what);
    const bool cut_short = in_.rdbuf()->sgetc() == std::char_traits<char>::eof();
    return fail("archive", cut_short ? "the archive ends too early (is the file complete?): " + what
                                     : "the archive is not valid JSON: " + what);
  }

 private:
  bool go(At next) {
    at_ = next;
    return true;
  }

  bool ok(Status status) {
    if (status.ok()) return true;
    status_ = std::move(status);
    return false;
  }

  bool fail(const std::string& field, const std::string& message) { return ok(invalid(field, message)); }

  bool foreign(const std::string& why) {
    return fail("format", "this is not a True North archive (" + why + "); export one with truenorth export "
                          "or GET /api/export");
  }

  std::string table_field() const { return "tables." + table_; }
  std::string row_field() const { return table_field() + ".rows[" + std::to_string(row_index_) + "]"; }

  // The field where the reader stands, for "... is out of place" errors.
  std::string here() const {
    switch (at_) {
      case At::kStart: return "archive";
      case At::kRoot: case At::kHeaderValue: return key_.empty() ? "archive" : key_;
      case At::kSequences: case At::kSequenceValue: return "sequences" + (key_.empty() ? "" : "." + key_);
      case At::kTables: return "tables";
      case At::kTableValue: case At::kTable: return table_field();
      case At::kColumnsValue: case At::kColumns: return table_field() + ".columns";
      case At::kRowsValue: case At::kRows: return table_field() + ".rows";
      case At::kRow: return row_field();
      case At::kEnd: break;
    }
    return "archive";
  }

  bool misplaced(const std::string& what) {
    if (at_ == At::kStart) return foreign("it is not a JSON object");
    if (at_ == At::kRow) return fail(row_field(), row_field() + " must hold only numbers, strings and nulls");
    return fail(here(), what + " is out of place in " + here());
  }

  bool root_key(json::string_t& name) {
    static const char* const kHeaderFields[] = {"format", "format_version", "app_version", "schema_version",
                                                "exported_at"};
    key_ = std::move(name);
    if (key_ == "sequences" || key_ == "tables") return start_data() && go(At::kHeaderValue);
    for (const char* field : kHeaderFields) {
      if (key_ == field) {
        if (data_started_) return fail(key_, "\"" + key_ + "\" must come before the data (\"sequences\", \"tables\")");
        return go(At::kHeaderValue);
      }
    }
    if (!has_format_) {
      return foreign("it has no \"format\": \"" + std::string(kArchiveFormat) + "\" before \"" + key_ + "\"");
    }
    return fail(key_.empty() ? "archive" : key_, "the archive has an unknown field \"" + key_ + "\"");
  }

  // Checks the header once the data begins (or the archive ends) and hands it to the sink.
  bool start_data() {
    if (data_started_) return true;
    data_started_ = true;
    if (!has_format_) return foreign("it has no \"format\": \"" + std::string(kArchiveFormat) + "\" field");
    if (!format_version_) return fail("format_version", "the archive has no \"format_version\"");
    if (*format_version_ > kArchiveFormatVersion) {
      return fail("format_version", "this archive is in format version " + std::to_string(*format_version_) +
                                        ", newer than this True North reads (up to " +
                                        std::to_string(kArchiveFormatVersion) + "): import it with a newer True North");
    }
    if (!schema_version_) return fail("schema_version", "the archive has no \"schema_version\"");
    header_.format_version = *format_version_;
    header_.schema_version = *schema_version_;
    return ok(sink_.header(header_));
  }

  bool header_value(json value) {
    const auto whole = [&](std::optional<std::int64_t>& slot) {
      if (!value.is_number_integer() || value.get<std::int64_t>() < 1) {
        return fail(key_, key_ + " must be a whole number from 1");
      }
      slot = value.get<std::int64_t>();
      return go(At::kRoot);
    };
    if (key_ == "format_version") return whole(format_version_);
    if (key_ == "schema_version") return whole(schema_version_);
    if (!value.is_string()) {
      return key_ == "format" ? foreign("its \"format\" is not a name") : fail(key_, key_ + " must be a string");
    }
    std::string text = value.get<std::string>();
    if (key_ == "format") {
      if (text != kArchiveFormat) {
        return foreign("its format is \"" + text + "\", not \"" + std::string(kArchiveFormat) + "\"");
      }
      has_format_ = true;
    }
    if (key_ == "app_version") header_.app_version = std::move(text);
    if (key_ == "exported_at") header_.exported_at = std::move(text);
    return go(At::kRoot);
  }

  bool scalar(json value) {
    switch (at_) {
      case At::kHeaderValue:
        if (key_ == "sequences" || key_ == "tables") return fail(key_, key_ + " must be an object");
        return header_value(std::move(value));
      case At::kSequenceValue:
        if (!value.is_number_integer() || value.get<std::int64_t>() < 0) {
          return fail(here(), here() + " must be a whole number from 0");
        }
        return ok(sink_.sequence(key_, value.get<std::int64_t>())) && go(At::kSequences);
      case At::kColumns:
        if (!value.is_string()) return fail(here(), here() + " must be a list of column names");
        columns_.push_back(value.get<std::string>());
        return true;
      case At::kRow:
        if (value.is_boolean()) return misplaced("true/false");
        row_.push_back(std::move(value));
        return true;
      case At::kTableValue: return fail(here(), here() + " must be an object with \"columns\" and \"rows\"");
      case At::kColumnsValue: case At::kRowsValue: return fail(here(), here() + " must be a list");
      default: return misplaced("a value");
    }
  }

  ArchiveSink& sink_;
  std::istream& in_;
  Status status_;
  At at_ = At::kStart;
  ArchiveHeader header_;
  bool has_format_ = false;
  std::optional<std::int64_t> format_version_;
  std::optional<std::int64_t> schema_version_;
  bool data_started_ = false;
  bool has_tables_ = false;
  std::string key_;
  std::string table_;
  std::vector<std::string> columns_;
  bool has_columns_ = false;
  bool has_rows_ = false;
  std::size_t row_index_ = 0;
  json row_;
};

}  // namespace

bool ArchiveWriter::flush() {
  if (ok_ && !buffer_.empty()) ok_ = output_(buffer_);
  buffer_.clear();
  return ok_;
}

bool ArchiveWriter::put(std::string_view text) {
  if (!ok_) return false;
  buffer_.append(text);
  return buffer_.size() < kPieceBytes || flush();
}

bool ArchiveWriter::begin(const ArchiveHeader& header, const std::vector<ArchiveSequence>& sequences) {
  std::string text = "{\"format\":" + dumped(header.format) +
                     ",\"format_version\":" + std::to_string(header.format_version) +
                     ",\"app_version\":" + dumped(header.app_version) +
                     ",\"schema_version\":" + std::to_string(header.schema_version) +
                     ",\"exported_at\":" + dumped(header.exported_at) + ",\n\"sequences\":{";
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    text += (i == 0 ? "" : ",") + dumped(sequences[i].first) + ":" + std::to_string(sequences[i].second);
  }
  return put(text + "},\n\"tables\":{");
}

bool ArchiveWriter::table(std::string_view name, const std::vector<std::string>& columns) {
  const std::string before = in_table_ ? "]},\n" : "\n";
  in_table_ = true;
  first_row_ = true;
  return put(before + dumped(name) + ":{\"columns\":" + dumped(columns) + ",\"rows\":[");
}

bool ArchiveWriter::row(const json& values) {
  const bool first = first_row_;
  first_row_ = false;
  return put((first ? "\n" : ",\n") + dumped(values));
}

bool ArchiveWriter::finish() {
  const bool written = put(in_table_ ? "]}\n}}\n" : "\n}}\n");
  in_table_ = false;
  return written && flush();
}

Status read_archive(std::istream& in, ArchiveSink& sink) {
  if (in.peek() == std::char_traits<char>::eof()) return invalid("archive", "the archive is empty");
  Reader reader(sink, in);
  const bool parsed = json::sax_parse(in, &reader);
  if (!reader.status().ok()) return reader.status();
  if (!parsed) return invalid("archive", "the archive could not be read");
  return sink.finish();
}

std::string archive_file_name(const Date& day) { return "truenorth-export-" + day.str() + ".json"; }

ColumnKind column_kind(std::string_view declared_type) {
  std::string type(declared_type);
  for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto has = [&](const char* part) { return type.find(part) != std::string::npos; };
  if (has("INT")) return ColumnKind::kInteger;
  if (has("CHAR") || has("CLOB") || has("TEXT")) return ColumnKind::kText;
  if (has("BLOB") || type.empty()) return ColumnKind::kAny;
  if (has("REAL") || has("FLOA") || has("DOUB")) return ColumnKind::kReal;
  return ColumnKind::kAny;
}

std::string cell_problem(ColumnKind kind, const json& value) {
  if (value.is_null()) return "";
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t{INT64_MAX}) {
    return "must be a whole number that fits in 64 bits";
  }
  switch (kind) {
    case ColumnKind::kInteger: return value.is_number_integer() ? "" : "must be a whole number or null";
    case ColumnKind::kReal: return value.is_number() ? "" : "must be a number or null";
    case ColumnKind::kText: return value.is_string() ? "" : "must be a string or null";
    case ColumnKind::kAny: break;
  }
  return value.is_number() || value.is_string() ? "" : "must be a number, a string or null";
}

}  // namespace tn

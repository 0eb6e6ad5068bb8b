// Unit tests for the JSON archive format: what the writer writes the reader reads back; every kind of
// bad file is refused with a message naming the problem; column kinds and the values they take.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "domain/archive.h"

using namespace tn;
using json = nlohmann::json;

namespace {

// Records what read_archive hands over, one line per event; `fail_on` makes that event fail.
class RecordingSink final : public ArchiveSink {
 public:
  explicit RecordingSink(std::string fail_on = "") : fail_on_(std::move(fail_on)) {}

  std::vector<std::string> events;
  ArchiveHeader header_seen;

  Status header(const ArchiveHeader& header) override {
    header_seen = header;
    return add("header " + header.app_version + " " + std::to_string(header.schema_version) + " " + header.exported_at);
  }
  Status sequence(const std::string& table, std::int64_t value) override {
    return add("sequence " + table + " " + std::to_string(value));
  }
  Status table(const std::string& name, const std::vector<std::string>& columns) override {
    return add("table " + name + " " + json(columns).dump());
  }
  Status row(const json& values, const std::string& field) override { return add("row " + field + " " + values.dump()); }
  Status finish() override { return add("finish"); }

 private:
  Status add(std::string event) {
    const bool fail = !fail_on_.empty() && event.starts_with(fail_on_);
    events.push_back(std::move(event));
    return fail ? Status::Invalid("sink", "the sink refused " + fail_on_) : Status::Ok();
  }
  std::string fail_on_;
};

Status read_text(const std::string& text, ArchiveSink& sink) {
  std::istringstream in(text);
  return read_archive(in, sink);
}

// Reads `text` and requires it to be refused on `field` with a message containing `words`.
void check_refused(const std::string& text, const std::string& field, const std::string& words) {
  RecordingSink sink;
  const Status status = read_text(text, sink);
  INFO(text);
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == Code::kInvalidArgument);
  CHECK(status.field() == field);
  CHECK_THAT(status.message(), Catch::Contains(words));
  // A refused archive is never finished, unless the sink itself refused to finish.
  CHECK((status.field() == "sink" || std::find(sink.events.begin(), sink.events.end(), "finish") == sink.events.end()));
}

// A small archive written by ArchiveWriter, as text and as the pieces it was handed over in.
struct Written {
  std::string text;
  std::vector<std::size_t> pieces;
};

Written write_sample(int journal_rows) {
  Written out;
  ArchiveWriter writer([&](std::string_view piece) {
    out.text += piece;
    out.pieces.push_back(piece.size());
    return true;
  });
  ArchiveHeader header;
  header.app_version = "0.1.0";
  header.schema_version = 7;
  header.exported_at = "2026-03-04T09:15:00Z";
  REQUIRE(writer.begin(header, {{"journal_entries", 12}, {"decisions", 3}}));
  REQUIRE(writer.table("empty_table", {"id"}));
  REQUIRE(writer.table("journal_entries", {"id", "title", "mood", "points"}));
  for (int i = 0; i < journal_rows; ++i) {
    REQUIRE(writer.row(json::array({i + 1, "Caf\u00e9 \"quoted\"\nline " + std::to_string(i), nullptr, 12.5})));
  }
  REQUIRE(writer.finish());
  return out;
}

const std::string kHead =
    R"({"format":"truenorth-archive","format_version":1,"app_version":"0.1.0","schema_version":7,"exported_at":"x",)";

}  // namespace

TEST_CASE("what the writer writes, the reader reads back in order", "[archive]") {
  const Written written = write_sample(2);
  RecordingSink sink;
  REQUIRE(read_text(written.text, sink).ok());
  CHECK(sink.events == std::vector<std::string>{
                           "header 0.1.0 7 2026-03-04T09:15:00Z",
                           "sequence journal_entries 12",
                           "sequence decisions 3",
                           "table empty_table [\"id\"]",
                           "table journal_entries [\"id\",\"title\",\"mood\",\"points\"]",
                           "row tables.journal_entries.rows[0] [1,\"Café \\\"quoted\\\"\\nline 0\",null,12.5]",
                           "row tables.journal_entries.rows[1] [2,\"Café \\\"quoted\\\"\\nline 1\",null,12.5]",
                           "finish",
                       });
  CHECK(sink.header_seen.format == kArchiveFormat);
  CHECK(sink.header_seen.format_version == kArchiveFormatVersion);
  // One line per row, so archives can be read and compared with everyday tools.
  CHECK_THAT(written.text, Catch::Contains("\n[1,\"Café \\\"quoted\\\"\\nline 0\",null,12.5],\n[2,"));
}

TEST_CASE("the writer hands its text over in pieces of about 64 KiB, never empty", "[archive]") {
  const Written written = write_sample(5000);
  REQUIRE(written.pieces.size() > 2);
  for (std::size_t i = 0; i + 1 < written.pieces.size(); ++i) CHECK(written.pieces[i] >= 64 * 1024);
  CHECK(written.pieces.back() > 0);
  CHECK(written.pieces.front() < 64 * 1024 + 200);

  int calls = 0;
  ArchiveWriter refusing([&](std::string_view) { return ++calls > 1 ? false : true; });
  REQUIRE(refusing.begin(ArchiveHeader{}, {}));
  REQUIRE(refusing.table("t", {"text"}));
  bool ok = true;
  for (int i = 0; i < 10000 && ok; ++i) ok = refusing.row(json::array({std::string(100, 'x')}));
  CHECK_FALSE(ok);
  CHECK_FALSE(refusing.finish());
  CHECK(calls == 2);  // nothing is written after the output failed
}

TEST_CASE("an empty, malformed or cut-short file is refused", "[archive]") {
  check_refused("", "archive", "the archive is empty");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[[1],[2)", "archive", "ends too early");
  const std::string whole = write_sample(3).text;
  check_refused(whole.substr(0, whole.size() / 2), "archive", "ends too early");
  check_refused(whole.substr(0, whole.size() - 3), "archive", "ends too early");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[[1] [2]]}}})", "archive", "not valid JSON");
  check_refused(whole + "{}", "archive", "goes on after its end");
  check_refused(kHead + "\"tables\":{\"t\":{\"columns\":[\"id\"],\"rows\":[[\"\xff\"]]}}}", "archive", "not valid JSON");
}

TEST_CASE("a file that is not a True North archive says so", "[archive]") {
  check_refused("[1, 2, 3]", "format", "not a True North archive");
  check_refused("\"hello\"", "format", "not a True North archive");
  check_refused(R"({"name": "my notes", "entries": []})", "format", "not a True North archive");
  check_refused(R"({"format": "jrnl", "tables": {}})", "format", "its format is \"jrnl\"");
  check_refused(R"({"format": 3})", "format", "not a True North archive");
  check_refused(R"({"format_version": 1, "schema_version": 7, "tables": {}})", "format", "no \"format\"");
}

TEST_CASE("a newer format version is refused before any data", "[archive]") {
  RecordingSink sink;
  const Status status = read_text(
      R"({"format":"truenorth-archive","format_version":2,"schema_version":7,"tables":{"t":{"columns":[],"rows":[]}}})",
      sink);
  REQUIRE_FALSE(status.ok());
  CHECK(status.field() == "format_version");
  CHECK_THAT(status.message(), Catch::Contains("format version 2, newer than this True North reads (up to 1)"));
  CHECK(sink.events.empty());
}

TEST_CASE("a header field of the wrong type or missing is named", "[archive]") {
  check_refused(R"({"format":"truenorth-archive","format_version":"1","schema_version":7,"tables":{}})",
                "format_version", "must be a whole number");
  check_refused(R"({"format":"truenorth-archive","format_version":1,"schema_version":0,"tables":{}})",
                "schema_version", "must be a whole number from 1");
  check_refused(R"({"format":"truenorth-archive","format_version":1,"tables":{}})", "schema_version",
                "no \"schema_version\"");
  check_refused(R"({"format":"truenorth-archive","schema_version":7,"tables":{}})", "format_version",
                "no \"format_version\"");
  check_refused(R"({"format":"truenorth-archive","format_version":1,"schema_version":7,"app_version":7,"tables":{}})",
                "app_version", "must be a string");
  check_refused(R"({"format":"truenorth-archive","format_version":1,"schema_version":7})", "tables", "no \"tables\"");
  check_refused(kHead + R"("tables":{},"schema_version":8})", "schema_version", "must come before the data");
  check_refused(kHead + R"("notes":"hi","tables":{}})", "notes", "unknown field \"notes\"");
  // Found by fuzz_archive: a field with an empty name is named by "archive", never by an empty field.
  check_refused(kHead + R"("":"hi","tables":{}})", "archive", "unknown field \"\"");
  // Also found by it: bytes after the archive's end refuse it, and the sink never hears finish() for it.
  check_refused(kHead + R"("tables":{}}   x)", "archive", "goes on after its end");
  check_refused(kHead + R"("tables":[]})", "tables", "out of place in tables");
}

TEST_CASE("the shape of tables, rows and sequences is checked", "[archive]") {
  check_refused(kHead + R"("tables":{"t":{"rows":[]}}})", "tables.t", "must list its \"columns\" before its \"rows\"");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"]}}})", "tables.t", "has no \"rows\"");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[],"extra":1}}})", "tables.t.extra",
                "unknown field \"extra\"");
  check_refused(kHead + R"("tables":{"t":{"columns":[1],"rows":[]}}})", "tables.t.columns", "list of column names");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[[{"a":1}]]}}})", "tables.t.rows[0]",
                "only numbers, strings and nulls");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[[1],[[2]]]}}})", "tables.t.rows[1]",
                "only numbers, strings and nulls");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[[true]]}}})", "tables.t.rows[0]",
                "only numbers, strings and nulls");
  check_refused(kHead + R"("tables":{"t":{"columns":["id"],"rows":[1]}}})", "tables.t.rows", "out of place");
  check_refused(kHead + R"("tables":{"t":5}})", "tables.t", "must be an object with \"columns\" and \"rows\"");
  check_refused(kHead + R"("sequences":{"t":-1},"tables":{}})", "sequences.t", "whole number from 0");
  check_refused(kHead + R"("sequences":{"t":"9"},"tables":{}})", "sequences.t", "whole number from 0");
}

TEST_CASE("the sink's refusal stops the reading and is returned", "[archive]") {
  RecordingSink sink("row tables.journal_entries.rows[1]");
  const Status status = read_text(write_sample(5).text, sink);
  CHECK(status.field() == "sink");
  CHECK(sink.events.back() == "row tables.journal_entries.rows[1] [2,\"Café \\\"quoted\\\"\\nline 1\",null,12.5]");
}

TEST_CASE("column kinds follow SQLite's affinity rules and take their values", "[archive]") {
  CHECK(column_kind("INTEGER") == ColumnKind::kInteger);
  CHECK(column_kind("bigint") == ColumnKind::kInteger);
  CHECK(column_kind("TEXT") == ColumnKind::kText);
  CHECK(column_kind("VARCHAR(40)") == ColumnKind::kText);
  CHECK(column_kind("REAL") == ColumnKind::kReal);
  CHECK(column_kind("DOUBLE") == ColumnKind::kReal);
  CHECK(column_kind("") == ColumnKind::kAny);
  CHECK(column_kind("BLOB") == ColumnKind::kAny);
  CHECK(column_kind("NUMERIC") == ColumnKind::kAny);

  CHECK(cell_problem(ColumnKind::kInteger, json(3)).empty());
  CHECK(cell_problem(ColumnKind::kInteger, json(nullptr)).empty());
  CHECK(cell_problem(ColumnKind::kInteger, json(3.5)) == "must be a whole number or null");
  CHECK(cell_problem(ColumnKind::kInteger, json("3")) == "must be a whole number or null");
  CHECK(cell_problem(ColumnKind::kInteger, json(18446744073709551615ULL)) == "must be a whole number that fits in 64 bits");
  CHECK(cell_problem(ColumnKind::kReal, json(3)).empty());
  CHECK(cell_problem(ColumnKind::kReal, json(2.5)).empty());
  CHECK(cell_problem(ColumnKind::kReal, json("2.5")) == "must be a number or null");
  CHECK(cell_problem(ColumnKind::kText, json("text")).empty());
  CHECK(cell_problem(ColumnKind::kText, json(1)) == "must be a string or null");
  CHECK(cell_problem(ColumnKind::kAny, json("x")).empty());
  CHECK(cell_problem(ColumnKind::kAny, json(true)) == "must be a number, a string or null");
}

TEST_CASE("an archive's file name carries the day it was exported", "[archive]") {
  CHECK(archive_file_name(Date{2026, 3, 4}) == "truenorth-export-2026-03-04.json");
}

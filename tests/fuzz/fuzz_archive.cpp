// libFuzzer target for the archive reader: read_archive keeps its contract on any bytes, and what it reads
// is written back by ArchiveWriter as an archive that reads to the same events.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "domain/archive.h"
#include "check.h"

namespace {

using json = nlohmann::json;

// Records the events in order and checks the order read_archive promises: one header first, then
// sequences and tables (each table before its rows), and finish once, last.
class RecordingSink final : public tn::ArchiveSink {
 public:
  tn::Status header(const tn::ArchiveHeader& header) override {
    FUZZ_CHECK(!has_header_ && !finished_);
    FUZZ_CHECK(header.format == tn::kArchiveFormat);
    FUZZ_CHECK(header.format_version >= 1 && header.format_version <= tn::kArchiveFormatVersion);
    FUZZ_CHECK(header.schema_version >= 1);
    has_header_ = true;
    header_ = header;
    return tn::Status::Ok();
  }
  tn::Status sequence(const std::string& table, std::int64_t value) override {
    FUZZ_CHECK(has_header_ && !finished_ && value >= 0);
    sequences_.emplace_back(table, value);
    return tn::Status::Ok();
  }
  tn::Status table(const std::string& name, const std::vector<std::string>& columns) override {
    FUZZ_CHECK(has_header_ && !finished_);
    tables_.push_back({name, columns, {}});
    return tn::Status::Ok();
  }
  tn::Status row(const json& values, const std::string& field) override {
    FUZZ_CHECK(!tables_.empty() && !finished_);
    FUZZ_CHECK(values.is_array());
    for (const json& value : values) FUZZ_CHECK(value.is_number() || value.is_string() || value.is_null());
    FUZZ_CHECK(field == "tables." + tables_.back().name + ".rows[" + std::to_string(tables_.back().rows.size()) + "]");
    tables_.back().rows.push_back(values);
    return tn::Status::Ok();
  }
  tn::Status finish() override {
    FUZZ_CHECK(has_header_ && !finished_);
    finished_ = true;
    return tn::Status::Ok();
  }

  bool finished() const { return finished_; }

  // The events as an archive again, through ArchiveWriter.
  std::string rewritten() const {
    std::string text;
    tn::ArchiveWriter writer([&](std::string_view piece) {
      FUZZ_CHECK(!piece.empty());
      text.append(piece);
      return true;
    });
    FUZZ_CHECK(writer.begin(header_, sequences_));
    for (const Table& table : tables_) {
      FUZZ_CHECK(writer.table(table.name, table.columns));
      for (const json& row : table.rows) FUZZ_CHECK(writer.row(row));
    }
    FUZZ_CHECK(writer.finish());
    return text;
  }

  // The events in one comparable text.
  std::string events() const {
    json all = {{"header", {header_.format_version, header_.schema_version, header_.app_version, header_.exported_at}},
                {"sequences", json::array()}, {"tables", json::array()}};
    for (const auto& [table, value] : sequences_) all["sequences"].push_back({table, value});
    for (const Table& table : tables_) all["tables"].push_back({table.name, table.columns, table.rows});
    return all.dump(-1, ' ', false, json::error_handler_t::replace);
  }

 private:
  struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<json> rows;
  };
  bool has_header_ = false;
  bool finished_ = false;
  tn::ArchiveHeader header_;
  std::vector<tn::ArchiveSequence> sequences_;
  std::vector<Table> tables_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  RecordingSink sink;
  const tn::Status status = tn::read_archive(in, sink);
  if (!status.ok()) {
    // A refusal is an invalid-argument error that names where, says what, and never claims to be done.
    FUZZ_CHECK(status.code() == tn::Code::kInvalidArgument);
    FUZZ_CHECK(!status.field().empty() && !status.message().empty());
    FUZZ_CHECK(!sink.finished());
    return 0;
  }
  FUZZ_CHECK(sink.finished());
  // Written back and read again, the archive gives the same events (text that is not UTF-8 both ways as U+FFFD).
  const std::string again = sink.rewritten();
  std::istringstream reread(again);
  RecordingSink second;
  FUZZ_CHECK(tn::read_archive(reread, second).ok());
  FUZZ_CHECK(second.events() == sink.events());
  return 0;
}

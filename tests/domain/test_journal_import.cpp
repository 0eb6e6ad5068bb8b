// Unit tests for reading jrnl and Day One exports (domain/journal_import.h) and telling files apart (data_file.h).
#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

#include "domain/data_file.h"
#include "domain/journal_import.h"

using tn::ForeignEntry;
using tn::JournalFormat;

namespace {

struct Read {
  tn::Status status;
  JournalFormat format = JournalFormat::kJrnl;
  std::vector<ForeignEntry> entries;
};

// Dates as if this computer's time zone were UTC+2 (a Day One time late in the evening is the next day).
tn::Date utc_plus_two(std::int64_t seconds) { return tn::Date::from_days((seconds + 2 * 3600) / 86400); }

Read read(const std::string& text) {
  Read out;
  std::istringstream in(text);
  out.status = tn::read_journal_export(in, utc_plus_two, [&](const ForeignEntry& e) {
    out.entries.push_back(e);
    return tn::Status::Ok();
  }, out.format);
  return out;
}

}  // namespace

TEST_CASE("a jrnl export: dates, titles, bodies, tags without @, starred as a tag", "[journal_import]") {
  const Read r = read(R"({"tags":{"@work":1},"entries":[
    {"title":"Started.","body":"Met the team.","date":"2024-01-08","time":"18:30","tags":["@work","@Deep Work"],"starred":true},
    {"title":"Long walk.","body":"","date":"2024-01-13","time":"10:05","tags":[],"starred":false},
    {"title":"No date","body":"x","date":"","time":"","tags":[]},
    {"title":"Bad date","body":"x","date":"2024-02-30"}]})");
  REQUIRE(r.status.ok());
  CHECK(r.format == JournalFormat::kJrnl);
  REQUIRE(r.entries.size() == 4);
  const tn::EntryInput& first = *r.entries[0].entry;
  CHECK(first.kind == "free");
  CHECK(first.date == "2024-01-08");
  CHECK(first.title == "Started.");
  CHECK(first.body == "Met the team.");
  CHECK(first.tags == std::vector<std::string>{"work", "deep-work", "starred"});
  SECTION("a title alone is also the body, as jrnl keeps one-line entries") {
    CHECK(r.entries[1].entry->title == "Long walk.");
    CHECK(r.entries[1].entry->body == "Long walk.");
  }
  SECTION("an entry without a valid date is handed over with its problem and its place") {
    CHECK_FALSE(r.entries[2].entry);
    CHECK(r.entries[2].problem == "it has no date");
    CHECK(r.entries[2].index == 2);
    CHECK(r.entries[3].problem == "its date \"2024-02-30\" is not a date (YYYY-MM-DD)");
  }
  const auto normalised = tn::normalise_entry(first);
  CHECK(normalised.ok());
}

TEST_CASE("a Day One export: local dates, the first line as the title, photos left out", "[journal_import]") {
  const Read r = read(R"({"metadata":{"version":"1.0"},"entries":[
    {"creationDate":"2023-11-04T12:15:00Z","text":"# A quiet Saturday\n\nCoffee.\n\n![](dayone-moment://9A8B)\n\nMore.",
     "photos":[{"identifier":"9A8B"}],"tags":["Weekend","Slow living"]},
    {"creationDate":"2023-11-06T23:00:00Z","text":"Said no to Berlin.\nThe travel would eat the evenings.","starred":true},
    {"creationDate":"2023-11-07T21:30:00.250+01:00","text":"One line only"},
    {"creationDate":"yesterday","text":"x"}, {"text":"x"}, 7]})");
  REQUIRE(r.status.ok());
  CHECK(r.format == JournalFormat::kDayOne);
  REQUIRE(r.entries.size() == 6);
  const tn::EntryInput& first = *r.entries[0].entry;
  CHECK(first.date == "2023-11-04");
  CHECK(first.title == "A quiet Saturday");
  CHECK(first.body == "Coffee.\n\n\n\nMore.");
  CHECK(first.tags == std::vector<std::string>{"weekend", "slow-living"});
  CHECK(r.entries[0].media_left_out);
  // 23:00 UTC is the next day two hours east.
  CHECK(r.entries[1].entry->date == "2023-11-07");
  CHECK(r.entries[1].entry->title == "Said no to Berlin.");
  CHECK(r.entries[1].entry->body == "The travel would eat the evenings.");
  CHECK(r.entries[1].entry->tags == std::vector<std::string>{"starred"});
  CHECK_FALSE(r.entries[1].media_left_out);
  CHECK(r.entries[2].entry->date == "2023-11-07");  // 20:30 UTC
  CHECK(r.entries[2].entry->body == "One line only");
  CHECK(r.entries[3].problem == "its creationDate \"yesterday\" is not a time");
  CHECK(r.entries[4].problem == "it has no date");  // no creationDate: read as jrnl's, which has none either
  CHECK(r.entries[5].problem == "it is not an entry (an object)");
}

TEST_CASE("a title over 200 characters opens the body instead", "[journal_import]") {
  const std::string title(201, 't');
  const Read r = read(R"({"entries":[{"date":"2024-01-01","title":")" + title + R"(","body":"rest"}]})");
  REQUIRE(r.status.ok());
  CHECK(r.entries[0].entry->title.empty());
  CHECK(r.entries[0].entry->body == title + "\n\nrest");
}

TEST_CASE("files that are not journal exports are refused with the reason", "[journal_import]") {
  CHECK(read("").status.field() == "import");
  CHECK(read("   ").status.message().find("ends too early") != std::string::npos);
  CHECK(read(R"({"entries":[{"date":"2024-01-01")").status.message().find("ends too early") != std::string::npos);
  CHECK(read(R"({"entries" [1]})").status.message().find("not valid JSON") != std::string::npos);
  const Read array = read(R"([{"date":"2024-01-01","body":"x"}])");
  CHECK(array.status.field() == "format");
  CHECK(array.status.message().find("not a JSON object") != std::string::npos);
  CHECK(read(R"({"notes":[]})").status.message().find("no \"entries\" list") != std::string::npos);
  CHECK(read(R"({"entries":{}})").status.message().find("no \"entries\" list") != std::string::npos);
  const Read empty = read(R"({"tags":{},"entries":[]})");
  CHECK(empty.status.ok());
  CHECK(empty.entries.empty());
}

TEST_CASE("an error from the caller stops the reading", "[journal_import]") {
  std::istringstream in(R"({"entries":[{"date":"2024-01-01","body":"a"},{"date":"2024-01-02","body":"b"}]})");
  int seen = 0;
  JournalFormat format;
  const tn::Status status = tn::read_journal_export(in, utc_plus_two, [&](const ForeignEntry&) {
    ++seen;
    return tn::Status::Internal("disk trouble");
  }, format);
  CHECK(seen == 1);
  CHECK(status.message() == "disk trouble");
}

TEST_CASE("tags from other tools become journal tags", "[journal_import]") {
  CHECK(tn::foreign_tag("@work") == "work");
  CHECK(tn::foreign_tag("#Deep Work") == "deep-work");
  CHECK(tn::foreign_tag("work/life: balance!") == "work-life-balance");
  CHECK(tn::foreign_tag("@@") == "");
  CHECK(tn::foreign_tag("Café") == "café");
  CHECK(tn::foreign_tag(std::string(60, 'x')) == std::string(40, 'x'));
}

TEST_CASE("a file's kind is told from its first bytes", "[data_file]") {
  using tn::DataFileKind;
  CHECK(tn::detect_data_file(R"({"format":"truenorth-archive"})") == DataFileKind::kArchive);
  CHECK(tn::detect_data_file("\xEF\xBB\xBF\n  {\n \"schema_version\":1") == DataFileKind::kArchive);
  CHECK(tn::detect_data_file(R"({"tags":{},"entries":[]})") == DataFileKind::kJournalJson);
  CHECK(tn::detect_data_file(R"( { "metadata" : {} })") == DataFileKind::kJournalJson);
  CHECK(tn::detect_data_file(std::string("PK\x03\x04rest", 8)) == DataFileKind::kZip);
  CHECK(tn::detect_data_file(std::string("SQLite format 3\0rest", 20)) == DataFileKind::kDatabase);
  CHECK(tn::detect_data_file(std::string("TNCRYPT\0\1", 9)) == DataFileKind::kEncrypted);
  for (const char* other : {"", "[1,2]", "{}", "{\"form", "not json"}) {
    CHECK(tn::detect_data_file(other) == DataFileKind::kArchive);
  }
}

// Store tests for the JSON archive: an export imported into a new workbook equals the original table by
// table, an older schema's archive imports and upgrades, and every bad archive leaves the workbook as it was.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "domain/values_catalog.h"
#include "store/archive_store.h"
#include "store/journal_store.h"
#include "store/roads_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

NormalisedEntry entry(const std::string& kind, const std::string& date, const std::string& text,
                      std::vector<std::string> tags) {
  EntryInput in;
  in.kind = kind;
  in.date = date;
  if (kind == "free") in.body = text;
  else in.answers["learned"] = text;
  in.tags = std::move(tags);
  in.mood = 3;
  auto normalised = normalise_entry(in);
  REQUIRE(normalised.ok());
  return *normalised;
}

// Fills a workbook through the stores: the vision and its history, a custom value and a card sort in
// progress, journal entries (one in the trash, one deleted for good), roads with a switch and a deleted road.
void fill(Database& db) {
  VisionFields vision{"I build calm tools.", "Acme", "Less drudgery", "Engineer", "Manager", 7};
  auto saved = save_vision(db, vision, 0);
  REQUIRE(saved.ok());
  vision.statement = "I lead a calm team that builds tools people love.";
  REQUIRE(save_vision(db, vision, saved->version).ok());
  REQUIRE(create_custom_value(db, "Craft", "Doing the work well").ok());
  auto sort = start_sort(db);
  REQUIRE(sort.ok());
  REQUIRE(place_card(db, sort->id, std::string(values_catalog()[0].slug), SortPile::kVeryImportant).ok());
  REQUIRE(create_entry(db, entry("weekly", "2026-03-02", "Ask before assuming, café style.", {"team"})).ok());
  auto trashed = create_entry(db, entry("free", "2025-12-24", "A **quiet** day at home.", {"family", "rest"}));
  REQUIRE(trashed.ok());
  REQUIRE(trash_entry(db, trashed->id).ok());
  auto purged = create_entry(db, entry("free", "2024-01-01", "Gone for good.", {}));
  REQUIRE(purged.ok());
  REQUIRE(trash_entry(db, purged->id).ok());
  REQUIRE(purge_entry(db, purged->id).ok());
  auto first = create_road(db, CareerRoad{"Manager", "People first", false, {{"Talk to Ana", "2026-05-01", false}}}, {});
  auto second = create_road(db, CareerRoad{"Staff engineer", "", false, {}}, {});
  auto third = create_road(db, CareerRoad{"Studio", "", false, {}}, {});
  REQUIRE((first.ok() && second.ok() && third.ok()));
  REQUIRE(choose_road(db, first->id).ok());
  REQUIRE(choose_road(db, second->id).ok());
  REQUIRE(delete_road(db, third->id).ok());
}

// Everything a workbook holds, table by table (SQLite's id counters included) and the full-text index's
// content, in a stable order.
std::string contents(const std::string& path) {
  auto conn = raw_connection(path);
  std::string out = "user_version " + rows(*conn, "PRAGMA user_version");
  std::istringstream tables(rows(*conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'journal_fts%' ORDER BY name"));
  for (std::string line; std::getline(tables, line);) {
    const std::string name = line.substr(0, line.size() - 1);
    out += "== " + name + "\n" + rows(*conn, "SELECT * FROM \"" + name + "\"");
  }
  return out + "== journal_fts\n" + rows(*conn, "SELECT rowid, * FROM journal_fts ORDER BY rowid");
}

// What `snapshot` writes, as one text.
std::string written(ArchiveSnapshot& snapshot) {
  std::string text;
  REQUIRE(snapshot.write("0.1.0", [&](std::string_view piece) {
                    text += piece;
                    return true;
                  }).ok());
  return text;
}

std::string export_text(const std::string& path) {
  auto snapshot = ArchiveSnapshot::open(path);
  REQUIRE(snapshot.ok());
  return written(**snapshot);
}

Result<ImportSummary> import_text(Database& db, const std::string& text, bool replace = false) {
  std::istringstream in(text);
  return import_archive(db, in, replace);
}

// The archive without its export time, which is all that may differ between two exports of the same data.
std::string without_time(std::string text) {
  const auto start = text.find("\"exported_at\":");
  return text.erase(start, text.find(',', start) - start);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The archive with the line of table `name` (an empty table, as fill() leaves some) given twice.
std::string twice(const std::string& text, const std::string& name) {
  const auto start = text.find("\n\"" + name + "\":{");
  const std::string line = text.substr(start, text.find('\n', start + 1) - start);
  REQUIRE(line.ends_with("\"rows\":[]},"));
  return text.substr(0, start) + line + text.substr(start);
}

// A workbook filled by fill() (source.db in a temporary folder) and its archive.
struct FilledWorkbook {
  test::TempDir dir;
  std::unique_ptr<Database> source = test::open_database(dir.file("source.db"));
  std::string archive = (fill(*source), export_text(dir.file("source.db")));
};

}  // namespace

TEST_CASE("an export imported into a new workbook equals the original, table by table", "[archive]") {
  const FilledWorkbook filled;
  const test::TempDir& dir = filled.dir;
  const std::string& archive = filled.archive;
  auto target = test::open_database(dir.file("target.db"));
  const auto imported = import_text(*target, archive);
  REQUIRE(imported.ok());
  CHECK_FALSE(imported->replaced);
  CHECK(imported->archive.schema_version == latest_schema_version());
  CHECK(imported->rows > 20);
  CHECK(contents(dir.file("target.db")) == contents(dir.file("source.db")));
  CHECK(without_time(export_text(dir.file("target.db"))) == without_time(archive));

  // Ids are never reused after an import either: the counters came along.
  auto next = create_entry(*target, entry("free", "2026-03-03", "After the import.", {}));
  REQUIRE(next.ok());
  CHECK(next->id == 4);
  auto search = search_entries(*target, parse_search_terms("\"cafe\""), {}, SearchOrder::kNewest, {}, {}, 10);
  REQUIRE(search.ok());
  CHECK(search->items.size() == 1);
}

TEST_CASE("the export is a snapshot: writes after it began do not show", "[archive]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("live.db"));
  REQUIRE(create_entry(*db, entry("free", "2026-01-01", "Before the export.", {})).ok());
  auto snapshot = ArchiveSnapshot::open(dir.file("live.db"));
  REQUIRE(snapshot.ok());
  REQUIRE(create_entry(*db, entry("free", "2026-01-02", "While it runs.", {})).ok());
  const std::string text = written(**snapshot);
  CHECK_THAT(text, Catch::Contains("Before the export."));
  CHECK_THAT(text, !Catch::Contains("While it runs."));
}

TEST_CASE("an archive of an older schema imports and is upgraded like an old database", "[archive]") {
  test::TempDir dir;
  {
    auto old = raw_connection(dir.file("old.db"));
    REQUIRE(migrate(*old, 0, 5).ok());
    old->exec("UPDATE vision SET statement = 'Old words', version = 3, updated_at = '2025-01-01T00:00:00Z';"
              "INSERT INTO vision_statement_history (statement, saved_at) VALUES ('Old words', '2025-01-01T00:00:00Z');"
              "INSERT INTO personal_values (catalog_slug, created_at) VALUES ('honesty', '2025-01-01T00:00:00Z');"
              "INSERT INTO journal_entries (kind, entry_date, title, body, excerpt, value_ids, created_at, updated_at) "
              "VALUES ('free', '2025-02-03', 'A title', 'Old body', 'Old body', '[1]', 'x', 'x');"
              "INSERT INTO journal_fts (rowid, title, body, answers, tags) VALUES "
              "(((CAST(julianday('2025-02-03') - 2415020.5 AS INTEGER) << 32) + 1), 'A title', 'Old body', '', '');"
              "INSERT INTO initiatives (title, created_at, updated_at) VALUES ('Grow', 'x', 'x');"
              "INSERT INTO initiative_values (initiative_id, position, value_id) VALUES (1, 0, 1);");
  }
  const std::string archive = export_text(dir.file("old.db"));
  CHECK_THAT(archive, Catch::Contains("\"schema_version\":5,"));

  auto target = test::open_database(dir.file("target.db"));
  REQUIRE(import_text(*target, archive).ok());
  test::open_database(dir.file("old.db"));  // the same data upgraded in place, the way an old workbook opens
  CHECK(contents(dir.file("target.db")) == contents(dir.file("old.db")));
  CHECK_THAT(contents(dir.file("target.db")), Catch::Contains("journal_entry_values\n1|0|1|"));
}

TEST_CASE("a workbook with data is only replaced when asked", "[archive]") {
  const FilledWorkbook filled;
  const test::TempDir& dir = filled.dir;
  const std::string& archive = filled.archive;
  auto target = test::open_database(dir.file("target.db"));
  REQUIRE(create_custom_value(*target, "Mine", "").ok());
  const std::string before = contents(dir.file("target.db"));

  const auto refused = import_text(*target, archive);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == Code::kConflict);
  CHECK(refused.status().field() == "replace");
  CHECK(contents(dir.file("target.db")) == before);

  const auto replacing = import_text(*target, archive, true);
  REQUIRE(replacing.ok());
  CHECK(replacing->replaced);
  CHECK(contents(dir.file("target.db")) == contents(dir.file("source.db")));
}

TEST_CASE("every bad archive is refused with its reason and changes nothing", "[archive]") {
  const FilledWorkbook filled;
  const test::TempDir& dir = filled.dir;
  const std::string& good = filled.archive;
  auto target = test::open_database(dir.file("target.db"));
  REQUIRE(save_vision(*target, VisionFields{"Mine", "", "", "", "", 7}, 0).ok());
  const std::string before = contents(dir.file("target.db"));
  const std::string latest = std::to_string(latest_schema_version());

  struct Case {
    std::string archive, field, words;
  };
  const std::vector<Case> cases = {
      {"{\"format\":", "archive", "ends too early"},
      {good.substr(0, good.size() * 2 / 3), "archive", "ends too early"},
      {"{\"entries\":[]}", "format", "not a True North archive"},
      {replaced(good, "\"format_version\":1", "\"format_version\":2"), "format_version", "newer than this True North"},
      {replaced(good, "\"schema_version\":" + latest, "\"schema_version\":99"), "schema_version",
       "written by a newer True North (schema 99"},
      {replaced(good, "\"vision\":{\"columns\":[\"id\",", "\"visions\":{\"columns\":[\"id\","), "tables.visions",
       "has a table visions, which schema " + latest},
      {replaced(good, "\"horizon_years\"", "\"horizon\""), "tables.vision.columns", "a column vision.horizon"},
      {replaced(good, "[\"sort_id\",\"value_id\",\"pile\",\"placed_at\"]", "[\"sort_id\",\"value_id\",\"pile\"]"),
       "tables.value_sort_cards.columns", "lacks placed_at"},
      {replaced(good, "\"I lead a calm team that builds tools people love.\",\"Acme\"", "42,\"Acme\""),
       "tables.vision.rows[0][1]", "(statement) must be a string or null"},
      {replaced(good, "\"Engineer\",\"Manager\",7,", "\"Engineer\",\"Manager\",70,"), "tables.vision.rows[0]",
       "CHECK constraint failed"},
      {replaced(good, ",\"Less drudgery\",\"Engineer\",", ",\"Engineer\","),
       "tables.vision.rows[0]", "has 8 values for 9 columns"},
      {replaced(good, "\"road_milestones\":{\"columns\":[\"road_id\",\"position\",\"title\",\"due_date\",\"done\",\"initiative_id\"],"
                      "\"rows\":[\n[1,",
                "\"road_milestones\":{\"columns\":[\"road_id\",\"position\",\"title\",\"due_date\",\"done\",\"initiative_id\"],"
                "\"rows\":[\n[77,"),
       "tables", "a row of road_milestones linked to a missing row of career_roads"},
      {replaced(good, "\"free\",\"2025-12-24\"", "\"diary\",\"2025-12-24\""), "tables.journal_entries",
       "unknown kind \"diary\""},
      {replaced(good, "\"sequences\":{", "\"sequences\":{\"nothing\":3,"), "sequences.nothing", "an id counter"},
      {twice(good, "list_items"), "tables.list_items", "appears twice"},
  };
  for (const Case& c : cases) {
    INFO(c.field << ": " << c.words);
    const auto imported = import_text(*target, c.archive, true);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.status().code() == Code::kInvalidArgument);
    CHECK(imported.status().field() == c.field);
    CHECK_THAT(imported.status().message(), Catch::Contains(c.words));
    CHECK(contents(dir.file("target.db")) == before);
  }
  // A table left out of the archive is missed.
  const auto start = good.find("\n\"list_items\":");
  const std::string without = good.substr(0, start) + good.substr(good.find('\n', good.find("]}", start)));
  const auto missing = import_text(*target, without, true);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().field() == "tables.list_items");
  CHECK(contents(dir.file("target.db")) == before);
}

TEST_CASE("an export refuses what it cannot carry and files that are not workbooks", "[archive]") {
  test::TempDir dir;
  test::open_database(dir.file("blob.db"));
  raw_connection(dir.file("blob.db"))->exec("UPDATE vision SET statement = x'00ff'");
  auto snapshot = ArchiveSnapshot::open(dir.file("blob.db"));
  REQUIRE(snapshot.ok());
  const Status written = (*snapshot)->write("0.1.0", [](std::string_view) { return true; });
  CHECK(written.code() == Code::kInternal);
  CHECK_THAT(written.message(), Catch::Contains("binary data in its column statement"));

  CHECK(ArchiveSnapshot::open(dir.file("missing.db")).status().code() == Code::kNotFound);
  {
    std::ofstream(dir.file("notes.db")) << "my precious notes, long enough to look like a file of some size";
  }
  CHECK_THAT(ArchiveSnapshot::open(dir.file("notes.db")).status().message(), Catch::Contains("not a SQLite database"));
  raw_connection(dir.file("other.db"))->exec("CREATE TABLE t (x)");
  CHECK_THAT(ArchiveSnapshot::open(dir.file("other.db")).status().message(), Catch::Contains("another program"));
  raw_connection(dir.file("newer.db"))->exec("PRAGMA user_version = 999");
  CHECK_THAT(ArchiveSnapshot::open(dir.file("newer.db")).status().message(), Catch::Contains("newer True North"));

  int calls = 0;
  test::open_database(dir.file("cut.db"));
  auto cut = ArchiveSnapshot::open(dir.file("cut.db"));
  REQUIRE(cut.ok());
  CHECK((*cut)->write("0.1.0", [&](std::string_view) { return ++calls < 1; }).code() == Code::kUnavailable);
}

// Store tests: a database upgraded from the oldest schema equals a fresh one, also with data; unsafe files are
// refused.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "store/database.h"
#include "store/journal_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

// A table's CREATE statement without comments, runs of spaces, spaces before a comma or closing parenthesis,
// or the quotes ALTER TABLE RENAME puts around the name, so a table rebuilt or extended (ALTER TABLE ADD
// COLUMN writes ", <column>" after the last one) by a migration compares equal to the same table created
// from schema.sql.
std::string table_sql(Connection& conn, const std::string& name) {
  std::string sql = rows(conn, "SELECT sql FROM sqlite_master WHERE name = '" + name + "'");
  sql = std::regex_replace(sql, std::regex("--[^\n]*"), "");
  sql = std::regex_replace(sql, std::regex("\\s+"), " ");
  sql = std::regex_replace(sql, std::regex(" ([,)])"), "$1");
  return std::regex_replace(sql, std::regex("^CREATE TABLE \"" + name + "\""), "CREATE TABLE " + name) + "\n";
}

// Everything that defines a schema: objects, their SQL (so AUTOINCREMENT, CHECK and REFERENCES count),
// columns, keys, indexes, and the seeded rows.
std::string fingerprint(const std::string& path) {
  auto conn = raw_connection(path);
  std::ostringstream out;
  out << "user_version " << rows(*conn, "PRAGMA user_version");
  std::istringstream objects(
      rows(*conn, "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
  for (std::string line; std::getline(objects, line);) {
    out << line << '\n';
    const std::string type = line.substr(0, line.find('|'));
    const std::string rest = line.substr(line.find('|') + 1);
    const std::string name = rest.substr(0, rest.find('|'));
    if (type == "table") {
      out << table_sql(*conn, name);
      out << rows(*conn, "PRAGMA table_xinfo('" + name + "')");
      out << rows(*conn, "PRAGMA foreign_key_list('" + name + "')");
      out << rows(*conn, "SELECT * FROM \"" + name + "\"");
    } else if (type == "index") {
      out << rows(*conn, "PRAGMA index_xinfo('" + name + "')");
    } else {
      out << rows(*conn, "SELECT replace(replace(replace(sql, char(10), ' '), '  ', ' '), '  ', ' ') "
                         "FROM sqlite_master WHERE name = '" + name + "'");
    }
  }
  return out.str();
}

}  // namespace

TEST_CASE("a database upgraded from the oldest schema equals a fresh one", "[migrations]") {
  test::TempDir dir;
  REQUIRE(latest_schema_version() >= 1);

  auto fresh = test::open_database(dir.file("fresh.db"));

  {
    auto oldest = raw_connection(dir.file("old.db"));
    REQUIRE(migrate(*oldest, 0, 1).ok());
    CHECK(rows(*oldest, "PRAGMA user_version") == "1|\n");
  }
  auto upgraded = test::open_database(dir.file("old.db"));

  const std::string want = fingerprint(dir.file("fresh.db"));
  CHECK(want.find("user_version " + std::to_string(latest_schema_version())) == 0);
  CHECK(fingerprint(dir.file("old.db")) == want);
}

namespace {

// The journal entries of the stemming upgrade's test: (date, title, body, tags).
struct OldEntry {
  const char* date;
  const char* title;
  const char* body;
  const char* tags;
};
constexpr OldEntry kOldEntries[] = {
    {"2026-01-05", "My daughter's recital", "Leading the team through the café move.", "family"},
    {"2026-01-06", "Quiet week", "Nothing of note; a calm Zürich morning.", ""},
};

// The full-text index as its rows and the terms FTS5 holds for them (every instance), for comparing indexes.
std::string fts_index(const std::string& path) {
  auto conn = raw_connection(path);
  conn->exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, journal_fts, 'instance')");
  return rows(*conn, "SELECT rowid, title, body, answers, tags FROM journal_fts ORDER BY rowid") +
         rows(*conn, "SELECT term, doc, col, offset FROM temp.terms ORDER BY 1, 2, 3, 4");
}

std::vector<std::string> dates_found(Database& db, const char* query) {
  const auto hits = search_entries(db, parse_search_terms(query), {}, SearchOrder::kNewest, {}, {}, 10);
  REQUIRE(hits.ok());
  std::vector<std::string> dates;
  for (const SearchHit& hit : hits->items) dates.push_back(hit.entry.date);
  return dates;
}

}  // namespace

TEST_CASE("the stemming upgrade (migration 9) keeps every entry and indexes it as a fresh database does",
          "[migrations]") {
  test::TempDir dir;
  {
    // Entries as version 8 wrote them: the row, and its full-text row keyed by date and id.
    auto old = raw_connection(dir.file("old.db"));
    REQUIRE(migrate(*old, 0, 8).ok());
    std::int64_t id = 0;
    for (const OldEntry& e : kOldEntries) {
      ++id;
      Statement entry = old->prepare(
          "INSERT INTO journal_entries (id, kind, entry_date, title, body, excerpt, created_at, updated_at) "
          "VALUES (?1, 'free', ?2, ?3, ?4, ?4, '2026-01-07T10:00:00Z', '2026-01-07T10:00:00Z')");
      entry.bind(1, id).bind(2, e.date).bind(3, e.title).bind(4, e.body).run();
      Statement tag = old->prepare("INSERT INTO journal_entry_tags (entry_id, tag, position) SELECT ?1, ?2, 0 WHERE ?2 <> ''");
      tag.bind(1, id).bind(2, e.tags).run();
      Statement fts = old->prepare(
          "INSERT INTO journal_fts (rowid, title, body, answers, tags) "
          "VALUES (((CAST(julianday(?2) - 2415020.5 AS INTEGER) << 32) + ?1), ?3, ?4, '', ?5)");
      fts.bind(1, id).bind(2, e.date).bind(3, e.title).bind(4, e.body).bind(5, e.tags).run();
    }
    CHECK(rows(*old, "SELECT rowid FROM journal_fts WHERE journal_fts MATCH '\"daughters\"*'").empty());
  }
  auto upgraded = test::open_database(dir.file("old.db"));
  auto fresh = test::open_database(dir.file("fresh.db"));
  for (const OldEntry& e : kOldEntries) {
    EntryInput in;
    in.kind = "free";
    in.date = e.date;
    in.title = e.title;
    in.body = e.body;
    if (*e.tags) in.tags = {e.tags};
    const auto entry = normalise_entry(in);
    REQUIRE(entry.ok());
    REQUIRE(create_entry(*fresh, *entry).ok());
  }

  CHECK(fts_index(dir.file("old.db")) == fts_index(dir.file("fresh.db")));
  CHECK(rows(*raw_connection(dir.file("old.db")), "SELECT id, title, body FROM journal_entries ORDER BY id") ==
        "1|My daughter's recital|Leading the team through the café move.|\n"
        "2|Quiet week|Nothing of note; a calm Zürich morning.|\n");
  for (Database* db : {upgraded.get(), fresh.get()}) {
    CHECK(dates_found(*db, "daughters") == std::vector<std::string>{"2026-01-05"});   // daughter's
    CHECK(dates_found(*db, "leading") == std::vector<std::string>{"2026-01-05"});     // Leading
    CHECK(dates_found(*db, "lead") == std::vector<std::string>{"2026-01-05"});
    CHECK(dates_found(*db, "cafe") == std::vector<std::string>{"2026-01-05"});        // accents ignored
    CHECK(dates_found(*db, "zurich mor") == std::vector<std::string>{"2026-01-06"});  // prefixes
    CHECK(dates_found(*db, "\"calm zurich\"") == std::vector<std::string>{"2026-01-06"});
    CHECK(dates_found(*db, "family") == std::vector<std::string>{"2026-01-05"});      // tags
  }
}

TEST_CASE("open creates the folder and sets the pragmas", "[migrations]") {
  test::TempDir dir;
  const std::string path = dir.file("nested/folder/truenorth.db");
  auto db = test::open_database(path);
  const auto mode = db->read([](Connection& c) -> Result<std::string> {
    Statement st = c.prepare("PRAGMA journal_mode");
    st.step();
    std::string journal = st.text(0);
    Statement fk = c.prepare("PRAGMA foreign_keys");
    fk.step();
    Statement sync = c.prepare("PRAGMA synchronous");
    sync.step();
    return journal + "," + fk.text(0) + "," + sync.text(0);
  });
  REQUIRE(mode.ok());
  CHECK(*mode == "wal,1,2");  // synchronous FULL = 2
}

TEST_CASE("a workbook left in rollback-journal mode opens in WAL mode and keeps saving", "[migrations]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  REQUIRE(Database::open(path).ok());
  {
    auto raw = raw_connection(path);  // as the sqlite3 tool leaves a file after `PRAGMA journal_mode=DELETE`
    raw->exec("PRAGMA journal_mode = DELETE");
  }
  REQUIRE_FALSE(std::filesystem::exists(path + "-wal"));
  auto db = test::open_database(path);
  REQUIRE(db->integrity().ok());  // its own read-only connection is done with the files by now
  CHECK(db->check_files().ok());
  const Status saved = db->write([](Connection& c) -> Status {
    c.exec("INSERT INTO journal_entry_tags (entry_id, tag, position) SELECT 1, 'x', 0 WHERE 0");
    return Status::Ok();
  });
  CHECK(saved.ok());
}

TEST_CASE("unsafe files are refused and left untouched", "[migrations]") {
  test::TempDir dir;
  const std::string path = dir.file("file.db");

  SECTION("not a SQLite database") {
    std::ofstream(path) << "These are my notes, not a database.\n";
    const std::string before = test::read_bytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK_THAT(db.status().message(), Catch::Contains("not a SQLite database"));
    CHECK(test::read_bytes(path) == before);
  }

  SECTION("written by a newer version") {
    {
      auto conn = raw_connection(path);
      conn->exec("CREATE TABLE future (x); PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    const std::string before = test::read_bytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK_THAT(db.status().message(), Catch::Contains("newer version of True North"));
    CHECK(test::read_bytes(path) == before);
  }

  SECTION("another program's SQLite database") {
    { raw_connection(path)->exec("CREATE TABLE contacts (name TEXT)"); }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK_THAT(db.status().message(), Catch::Contains("another program"));
  }

  SECTION("a damaged database: reads may start, but no write ever reaches it") {
    {
      auto db = test::open_database(path);
      REQUIRE(db->write([](Connection& c) -> Status {
        c.exec("CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler(x);");
        c.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
               "INSERT INTO filler SELECT printf('row %d with some padding text', i) FROM n");
        return Status::Ok();
      }).ok());
    }
    std::string bytes = test::read_bytes(path);
    REQUIRE(bytes.size() > 12 * 4096);
    for (std::size_t i = bytes.size() - 6 * 4096; i < bytes.size() - 2 * 4096; ++i) bytes[i] = static_cast<char>(0x5A);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;

    auto db = test::open_database(path);
    CHECK_THAT(db->integrity().message(), Catch::Contains("integrity check"));
    const Status write = db->write([](Connection& c) -> Status {
      c.exec("INSERT INTO filler VALUES ('must not be written')");
      return Status::Ok();
    });
    CHECK_FALSE(write.ok());
    CHECK(test::read_bytes(path) == bytes);
  }
}

// Store tests: core-value links live in join tables (migration 7); a version-6 database with links
// upgrades with every link kept, in order, and the stores read and write the join tables.
#include <catch2/catch.hpp>

#include <sstream>

#include "store/database.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

// A version-6 database's rows with every kind of core-value link: journal entries (a JSON array, one with
// a link to value 9, which was deleted), decision criteria (a column) and initiatives (already a join
// table). Journal entry 3 was deleted for good, so the journal's counter stands at 3.
constexpr const char* kVersion6Rows = R"sql(
INSERT INTO personal_values (id, catalog_slug, name, created_at) VALUES
  (2, 'honesty', '', 't'), (5, NULL, 'Craft', 't'), (7, 'family', '', 't');
INSERT INTO journal_entries (id, kind, entry_date, title, body, value_ids, created_at, updated_at) VALUES
  (1, 'free', '2025-03-03', 'Monday', 'A quiet harbour', '[5,2,9]', 't', 't'),
  (2, 'free', '2025-03-04', 'Tuesday', 'Nothing linked', '[]', 't', 't'),
  (3, 'free', '2025-03-05', 'Wednesday', 'Purged later', '[7]', 't', 't');
DELETE FROM journal_entries WHERE id = 3;
INSERT INTO decisions (id, title, created_at, updated_at) VALUES (1, 'Stay or go', 't', 't');
INSERT INTO decision_options VALUES (1, 0, 'Stay', ''), (1, 1, 'Go', '');
INSERT INTO decision_criteria VALUES (1, 0, 'Craft', '', 0, 10, 5), (1, 1, 'Pay', '', 0, 5, NULL),
  (1, 2, 'Family', '', 0, 5, 7);
INSERT INTO initiatives (id, title, created_at, updated_at) VALUES (1, 'Lead', 't', 't');
INSERT INTO initiative_values VALUES (1, 0, 7), (1, 1, 2);
)sql";

std::unique_ptr<Connection> raw_connection(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  return std::make_unique<Connection>(db);
}

std::string query(Database& db, const std::string& sql) {
  return *db.read([&](Connection& conn) -> Result<std::string> {
    std::ostringstream out;
    Statement st = conn.prepare(sql);
    while (st.step()) out << st.text(0) << '\n';
    return out.str();
  });
}

NormalisedEntry entry_linking(std::vector<long long> value_ids) {
  EntryInput in;
  in.kind = "free";
  in.date = "2025-04-01";
  in.body = "A new page";
  in.value_ids = std::move(value_ids);
  auto entry = normalise_entry(in);
  REQUIRE(entry.ok());
  return *entry;
}

std::unique_ptr<Database> upgraded_version6(const test::TempDir& dir) {
  const std::string path = dir.file("v6.db");
  {
    auto conn = raw_connection(path);
    REQUIRE(migrate(*conn, 0, 6).ok());
    conn->exec("PRAGMA foreign_keys = ON");
    conn->exec(kVersion6Rows);
  }
  return test::open_database(path);  // foreign keys on, as the app runs: the rebuilds must not cascade
}

}  // namespace

TEST_CASE("a version-6 database with core-value links upgrades with every link kept", "[value_links]") {
  test::TempDir dir;
  auto db = upgraded_version6(dir);
  REQUIRE(latest_schema_version() >= 7);

  SECTION("journal entries keep their links in order, a link to a deleted value too") {
    CHECK(load_entry(*db, 1)->value_ids == std::vector<long long>{5, 2, 9});
    CHECK(load_entry(*db, 2)->value_ids.empty());
    CHECK(query(*db, "SELECT entry_id || ':' || position || ':' || value_id FROM journal_entry_values "
                     "ORDER BY entry_id, position") == "1:0:5\n1:1:2\n1:2:9\n");
    EntryFilter linked;
    linked.value_id = 2;
    const auto page = list_entries(*db, linked, std::nullopt, 10);
    REQUIRE(page->items.size() == 1);
    CHECK(page->items[0].id == 1);
  }

  SECTION("decision criteria keep their links; a criterion without one stays unlinked") {
    CHECK(load_decision(*db, 1)->draft.value_ids == std::vector<std::optional<std::int64_t>>{5, std::nullopt, 7});
    CHECK(query(*db, "SELECT position || ':' || value_id FROM decision_criterion_values ORDER BY position") ==
          "0:5\n2:7\n");
  }

  SECTION("initiatives keep theirs") {
    CHECK(load_initiative(*db, 1)->fields.value_ids == std::vector<std::int64_t>{7, 2});
  }

  SECTION("the old columns are gone and the journal's counter still skips the purged entry") {
    CHECK(query(*db, "SELECT count(*) FROM pragma_table_info('journal_entries') WHERE name = 'value_ids'") == "0\n");
    CHECK(query(*db, "SELECT count(*) FROM pragma_table_info('decision_criteria') WHERE name = 'value_id'") == "0\n");
    const auto created = create_entry(*db, entry_linking({}));
    REQUIRE(created.ok());
    CHECK(created->id == 4);  // not 3
  }
}

TEST_CASE("the stores write core-value links to the join tables and drop them with their record",
          "[value_links]") {
  test::TempDir dir;
  auto db = upgraded_version6(dir);

  SECTION("a journal entry's links are replaced on update and go when it is purged") {
    const auto entry = create_entry(*db, entry_linking({7, 5}));
    REQUIRE(entry.ok());
    CHECK(entry->value_ids == std::vector<long long>{7, 5});
    const auto updated = update_entry(*db, entry->id, entry_linking({2}), entry->version);
    REQUIRE(updated.ok());
    CHECK(updated->value_ids == std::vector<long long>{2});
    REQUIRE(trash_entry(*db, entry->id).ok());
    REQUIRE(purge_entry(*db, entry->id).ok());
    CHECK(query(*db, "SELECT count(*) FROM journal_entry_values WHERE entry_id = " + std::to_string(entry->id)) ==
          "0\n");
  }

  SECTION("a decision's criterion links follow its matrix and go with the decision") {
    DecisionDraft draft = load_decision(*db, 1)->draft;
    draft.value_ids = {std::nullopt, 2, 5};
    const auto saved = save_decision(*db, 1, draft, 1);
    REQUIRE(saved.ok());
    CHECK(saved->draft.value_ids == std::vector<std::optional<std::int64_t>>{std::nullopt, 2, 5});
    REQUIRE(delete_decision(*db, 1).ok());
    CHECK(query(*db, "SELECT count(*) FROM decision_criterion_values") == "0\n");
  }
}

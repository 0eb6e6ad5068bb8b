// Store tests: migration 6 keeps every row and link of a version-5 database, ids are never reused after it
// (also through the later migrations), and links to deleted records are cleared.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "store/database.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "store/priorities_store.h"
#include "store/roads_store.h"
#include "store/values_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

// Rows of every table at version 5, with links between them. The newest custom value (3, still linked by
// journal entry 1) and the newest decision (3, still linked by road 2) were deleted before the upgrade.
constexpr const char* kVersion5Rows = R"sql(
INSERT INTO vision_statement_history (statement, saved_at) VALUES ('First', 't1'), ('Second', 't2');
INSERT INTO personal_values (id, catalog_slug, name, created_at) VALUES
  (1, 'honesty', '', 't'), (2, NULL, 'Craft', 't'), (3, NULL, 'Gone', 't');
DELETE FROM personal_values WHERE id = 3;
INSERT INTO value_sorts (id, started_at, finished_at) VALUES (1, 't', 't');
INSERT INTO value_sort_cards VALUES (1, 1, 'very_important', 't'), (1, 2, 'very_important', 't');
INSERT INTO value_sort_top VALUES (1, 1, 1, 'Tell the truth'), (1, 2, 2, 'Do it well');
INSERT INTO list_items (list, position, name, created_at, updated_at) VALUES
  ('skills', 0, 'SQL', 't', 't'), ('strengths', 0, 'Focus', 't', 't');
INSERT INTO alignment_assessments (assessed_on, mission, created_at) VALUES ('2025-03-01', 'Help people', 't');
INSERT INTO alignment_ratings VALUES (1, 0, 'skills', 1, 'SQL', 4, '');
INSERT INTO alignment_actions VALUES (1, 'lean_into', 0, 'Data work');
INSERT INTO balance_snapshots (rated_on, created_at) VALUES ('2025-03-01', 't');
INSERT INTO balance_ratings VALUES (1, 0, 'Career', 7);
INSERT INTO decisions (id, title, created_at, updated_at) VALUES
  (1, 'Stay or go', 't', 't'), (2, 'Move city', 't', 't'), (3, 'Deleted', 't', 't');
DELETE FROM decisions WHERE id = 3;
INSERT INTO decision_options VALUES (2, 0, 'Stay', ''), (2, 1, 'Go', '');
INSERT INTO decision_criteria VALUES (2, 0, 'Craft', '', 0, 10, 2), (2, 1, 'Pay', '', 0, 5, NULL);
INSERT INTO decision_scores VALUES (2, 0, 0, 7, 'fine');
INSERT INTO decision_comparisons VALUES (2, 0, 1, 3);
INSERT INTO journal_entries (id, kind, entry_date, title, body, value_ids, created_at, updated_at) VALUES
  (1, 'free', '2025-03-03', 'Monday', 'A quiet harbour', '[1,3]', 't', 't'),
  (2, 'weekly', '2025-03-07', 'Week 10', '', '[2]', 't', 't');
INSERT INTO journal_answers VALUES (2, 'learned', 'Ask earlier', NULL);
INSERT INTO journal_entry_tags VALUES (1, 'calm', 0);
INSERT INTO journal_fts (rowid, title, body, answers, tags) VALUES
  ((CAST(julianday('2025-03-03') - 2415020.5 AS INTEGER) << 32) + 1, 'Monday', 'A quiet harbour', '', 'calm'),
  ((CAST(julianday('2025-03-07') - 2415020.5 AS INTEGER) << 32) + 2, 'Week 10', '', 'Ask earlier', '');
INSERT INTO initiatives (id, title, created_at, updated_at) VALUES (1, 'Lead', 't', 't'), (2, 'Write', 't', 't');
INSERT INTO initiative_values VALUES (1, 0, 1), (1, 1, 2);
INSERT INTO initiative_milestones VALUES (1, 0, 'Start', '', 0);
INSERT INTO stop_doing_items (text, action, initiative_id, created_at, updated_at) VALUES
  ('Status meeting', 'cancel', 1, 't', 't');
INSERT INTO priority_tasks (title, quadrant, initiative_id, created_at, updated_at) VALUES ('Plan', 'do', 2, 't', 't');
INSERT INTO career_roads (id, name, is_current, decision_id, created_at, updated_at) VALUES
  (1, 'Manager', 1, 2, 't', 't'), (2, 'Staff', 0, 3, 't', 't');
INSERT INTO road_milestones VALUES (1, 0, 'Lead a project', '', 0);
INSERT INTO road_switches (from_road_id, from_name, to_road_id, to_name, switched_at) VALUES
  (NULL, '', 1, 'Manager', 't');
)sql";

// Every row of every table (the full-text index with its rowids), by table name.
std::map<std::string, std::string> all_rows(Connection& conn) {
  std::map<std::string, std::string> out;
  std::istringstream names(rows(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name NOT LIKE 'journal_fts_%' ORDER BY name"));
  for (std::string line; std::getline(names, line);) {
    const std::string name = line.substr(0, line.find('|'));
    out[name] = rows(conn, name == "journal_fts" ? "SELECT rowid, * FROM journal_fts" : "SELECT * FROM " + name);
  }
  return out;
}

std::string query(Database& db, const std::string& sql) {
  return *db.read([&](Connection& c) -> Result<std::string> { return rows(c, sql); });
}

NormalisedEntry free_entry(const std::string& body) {
  EntryInput in;
  in.kind = "free";
  in.date = "2025-04-01";
  in.body = body;
  auto entry = normalise_entry(in);
  REQUIRE(entry.ok());
  return *entry;
}

DecisionDraft two_option_draft(const std::string& title) {
  DecisionDraft draft;
  draft.title = title;
  draft.matrix.options = {{"Stay", ""}, {"Go", ""}};
  draft.matrix.criteria = {{"Pay", "", false, 10}};
  draft.value_ids = {std::nullopt};
  return draft;
}

}  // namespace

TEST_CASE("upgrading to version 6 keeps every row and link, and ids are never reused after it", "[ids]") {
  test::TempDir dir;
  const std::string path = dir.file("v5.db");
  std::map<std::string, std::string> before, after;
  {
    auto conn = raw_connection(path);
    REQUIRE(migrate(*conn, 0, 5).ok());
    conn->exec("PRAGMA foreign_keys = ON");
    conn->exec(kVersion5Rows);
    before = all_rows(*conn);
    REQUIRE(latest_schema_version() >= 6);
    REQUIRE(migrate(*conn, 5, 6).ok());  // foreign keys on, as the app runs: the rebuild must not cascade
    CHECK(rows(*conn, "PRAGMA user_version") == "6|\n");
    CHECK(rows(*conn, "PRAGMA foreign_keys") == "1|\n");
    after = all_rows(*conn);
  }
  auto opened = test::open_database(path);  // on to the latest version, where the stores below read it
  Database& db = *opened;

  SECTION("every row is kept; a road linked to a decision deleted before the upgrade loses the link") {
    CHECK(after.at("career_roads") == "1|Manager||1|2|1|t|t|\n2|Staff||0|NULL|1|t|t|\n");
    after.erase("career_roads");
    before.erase("career_roads");
    CHECK(after == before);
    CHECK(search_entries(db, parse_search_terms("harbour"), {}, SearchOrder::kRelevance, {}, {}, 10)->items.at(0).entry.id == 1);
    CHECK(load_entry(db, 1)->value_ids == std::vector<long long>{1, 3});
    CHECK(load_initiative(db, 1)->fields.value_ids == std::vector<std::int64_t>{1, 2});
    CHECK(load_decision(db, 2)->draft.value_ids == std::vector<std::optional<std::int64_t>>{2, std::nullopt});
  }

  SECTION("the counters start at the largest id, above every linked core value id") {
    // feedback_themes: the six default themes migration 10 adds.
    CHECK(query(db, "SELECT name, seq FROM sqlite_sequence ORDER BY name") ==
          "alignment_assessments|1|\nbalance_snapshots|1|\ncareer_roads|2|\ndecisions|2|\nfeedback_themes|6|\ninitiatives|2|\n"
          "journal_entries|2|\nlist_items|2|\npersonal_values|3|\npriority_tasks|1|\nroad_switches|1|\n"
          "stop_doing_items|1|\nvalue_sorts|1|\nvision_statement_history|2|\n");
    const auto value = create_custom_value(db, "Quiet mornings", "");
    REQUIRE(value.ok());
    CHECK(value->id == 4);  // not 3, which journal entry 1 still names
  }

  SECTION("deleting the newest record and adding another never hands out its id") {
    REQUIRE(trash_entry(db, 2).ok());
    REQUIRE(purge_entry(db, 2).ok());
    const auto entry = create_entry(db, free_entry("A new page"));
    REQUIRE(entry.ok());
    CHECK(entry->id > 2);
    CHECK(load_entry(db, 2).status().code() == Code::kNotFound);

    REQUIRE(delete_decision(db, 2).ok());
    const auto decision = create_decision(db, two_option_draft("Another choice"));
    REQUIRE(decision.ok());
    CHECK(decision->id > 2);
    CHECK(load_decision(db, 2).status().code() == Code::kNotFound);

    REQUIRE(delete_initiative(db, 2).ok());
    Initiative teach;
    teach.title = "Teach";
    const auto initiative = create_initiative(db, teach);
    REQUIRE(initiative.ok());
    CHECK(initiative->id > 2);
    CHECK(list_open_tasks(db)->at(0).fields.initiative_id == std::nullopt);  // ON DELETE SET NULL still holds

    REQUIRE(delete_road(db, 2).ok());
    const auto road = create_road(db, CareerRoad{"Founder", "", false, {}}, std::nullopt);
    REQUIRE(road.ok());
    CHECK(road->id > 2);
    CHECK(load_road(db, 2).status().code() == Code::kNotFound);
  }

  SECTION("deleting a decision clears the roads linked to it, with a new version") {
    REQUIRE(delete_decision(db, 2).ok());
    const auto road = load_road(db, 1);
    CHECK(road->decision_id == std::nullopt);
    CHECK(road->version == 2);
    REQUIRE(create_decision(db, two_option_draft("Reuses no id")).ok());
    CHECK(load_road(db, 1)->decision_id == std::nullopt);
    CHECK(load_road(db, 2)->decision_id == std::nullopt);
  }
}

TEST_CASE("an upgrade that would leave a broken foreign key is rolled back", "[ids]") {
  test::TempDir dir;
  auto conn = raw_connection(dir.file("v5.db"));
  REQUIRE(migrate(*conn, 0, 5).ok());
  conn->exec("INSERT INTO decision_options VALUES (99, 0, 'Orphan', '')");  // foreign keys are off here
  conn->exec("PRAGMA foreign_keys = ON");

  const Status upgraded = migrate(*conn, 5, 6);
  REQUIRE_FALSE(upgraded.ok());
  CHECK_THAT(upgraded.message(), Catch::Contains("version 6") && Catch::Contains("decision_options") &&
                                     Catch::Contains("decisions") && Catch::Contains("rolled back"));
  CHECK(rows(*conn, "PRAGMA user_version") == "5|\n");
  CHECK(rows(*conn, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%AUTOINCREMENT%'") == "0|\n");
  CHECK(rows(*conn, "PRAGMA foreign_keys") == "1|\n");
}

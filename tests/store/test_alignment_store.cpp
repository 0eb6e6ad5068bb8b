// Store tests for alignment: snapshots round-trip with their ratings and action lists, the worksheet saves
// with versions, and unknown snapshots are not found.
#include <catch2/catch.hpp>

#include "store/alignment_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

StoredAssessment snapshot(const std::string& assessed_on) {
  StoredAssessment a;
  a.assessed_on = assessed_on;
  a.organisation = "Acme";
  a.mission = "Make warehouse work lighter";
  a.ratings = {{AlignmentCategory::kValues, "Honesty", 4, "mostly"}, {AlignmentCategory::kSkills, "SQL", 2, ""}};
  a.item_ids = {3, 8};
  a.lean_into = {"Data work"};
  a.hand_off = {"Reporting", "Rota"};
  return a;
}

}  // namespace

TEST_CASE("alignment snapshots round-trip with ratings and action lists", "[alignment_store]") {
  test::TempDir dir;
  auto db = Database::open(dir.file("a.db"));
  REQUIRE(db.ok());
  Database& d = **db;

  const auto created = create_assessment(d, snapshot("2026-03-01"));
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK_FALSE(created->created_at.empty());
  const auto loaded = load_assessment(d, created->id);
  REQUIRE(loaded.ok());
  CHECK(loaded->assessed_on == "2026-03-01");
  CHECK(loaded->mission == "Make warehouse work lighter");
  REQUIRE(loaded->ratings.size() == 2);
  CHECK(loaded->ratings[0].category == AlignmentCategory::kValues);
  CHECK(loaded->ratings[0].item == "Honesty");
  CHECK(loaded->ratings[0].rating == 4);
  CHECK(loaded->ratings[0].note == "mostly");
  CHECK(loaded->item_ids == std::vector<std::int64_t>{3, 8});
  CHECK(loaded->lean_into == std::vector<std::string>{"Data work"});
  CHECK(loaded->hand_off == std::vector<std::string>{"Reporting", "Rota"});

  const auto older = create_assessment(d, snapshot("2026-01-15"));
  REQUIRE(older.ok());
  const auto all = load_assessments(d);
  REQUIRE(all->size() == 2);
  CHECK((*all)[0].id == older->id);  // oldest first, by date

  const auto edited = save_assessment_actions(d, created->id, {"Mentoring"}, {}, 1);
  REQUIRE(edited.ok());
  CHECK(edited->version == 2);
  CHECK(edited->lean_into == std::vector<std::string>{"Mentoring"});
  CHECK(edited->hand_off.empty());
  CHECK(save_assessment_actions(d, created->id, {"Mentoring"}, {}, 2)->version == 2);  // unchanged
  const auto stale = save_assessment_actions(d, created->id, {"Other"}, {}, 1);
  CHECK(stale.status().code() == Code::kConflict);
  CHECK(stale.status().field() == "version");

  REQUIRE(delete_assessment(d, created->id).ok());
  CHECK(load_assessments(d)->size() == 1);
}

TEST_CASE("an unknown alignment snapshot is not found", "[alignment_store]") {
  test::TempDir dir;
  auto db = Database::open(dir.file("a.db"));
  REQUIRE(db.ok());
  CHECK(load_assessment(**db, 42).status().code() == Code::kNotFound);
  CHECK(save_assessment_actions(**db, 42, {}, {}, 1).status().code() == Code::kNotFound);
  CHECK(delete_assessment(**db, 42).code() == Code::kNotFound);
}

TEST_CASE("the alignment worksheet saves with versions", "[alignment_store]") {
  test::TempDir dir;
  auto db = Database::open(dir.file("a.db"));
  REQUIRE(db.ok());
  Database& d = **db;
  CHECK(load_worksheet(d)->version == 0);

  AlignmentWorksheet sheet;
  sheet.professional_goals = {"Lead the platform team"};
  sheet.personal_aspirations = {"Dinner with the kids", "Travel more"};
  sheet.links = {{0, 1, WorksheetLinkKind::kConflict, "evenings"}};
  const auto saved = save_worksheet(d, sheet, "Fewer late meetings", 0);
  REQUIRE(saved.ok());
  CHECK(saved->version == 1);
  const auto loaded = load_worksheet(d);
  CHECK(loaded->sheet.professional_goals == sheet.professional_goals);
  CHECK(loaded->sheet.personal_aspirations == sheet.personal_aspirations);
  REQUIRE(loaded->sheet.links.size() == 1);
  CHECK(loaded->sheet.links[0].aspiration_index == 1);
  CHECK(loaded->sheet.links[0].kind == WorksheetLinkKind::kConflict);
  CHECK(loaded->sheet.links[0].note == "evenings");
  CHECK(loaded->adjustments == "Fewer late meetings");
  CHECK_FALSE(loaded->updated_at.empty());

  CHECK(save_worksheet(d, sheet, "Fewer late meetings", 1)->version == 1);  // unchanged
  CHECK(save_worksheet(d, sheet, "Other", 0).status().field() == "version");
}

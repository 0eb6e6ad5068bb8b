// Store tests for alignment: snapshots round-trip with their ratings and action lists (and what their items
// became), the worksheet saves with versions, and unknown snapshots are not found.
#include <catch2/catch.hpp>

#include "store/alignment_store.h"
#include "store/initiatives_store.h"
#include "store/stop_doing_store.h"
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
  test::TempDatabase temp;
  Database& d = temp.db();

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
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_assessment(d, 42).status().code() == Code::kNotFound);
  CHECK(save_assessment_actions(d, 42, {}, {}, 1).status().code() == Code::kNotFound);
  CHECK(delete_assessment(d, 42).code() == Code::kNotFound);
}

TEST_CASE("the alignment worksheet saves with versions", "[alignment_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
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

TEST_CASE("an item of a snapshot becomes an initiative or a stop-doing item, linked both ways", "[alignment_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto created = create_assessment(d, snapshot("2026-03-01"));
  REQUIRE(created.ok());
  const std::int64_t id = created->id;
  REQUIRE(created->lean_into_links.size() == 1);
  CHECK_FALSE(created->lean_into_links[0].linked());

  const auto turned = turn_action_into_initiative(d, {id, AlignmentActionKind::kLeanInto, 0, 1});
  REQUIRE(turned.ok());
  CHECK(turned->assessment.version == 2);
  const ActionLink& link = turned->assessment.lean_into_links[0];
  CHECK(link.initiative_id == turned->record_id);
  CHECK(link.initiative_title == "Data work");
  CHECK(link.initiative_status == "planned");
  const auto initiative = load_initiative(d, turned->record_id);
  REQUIRE(initiative.ok());
  CHECK(initiative->fields.title == "Data work");
  REQUIRE(initiative->origin);
  CHECK(initiative->origin->assessment_id == id);
  CHECK(initiative->origin->assessed_on == "2026-03-01");
  CHECK(initiative->origin->kind == AlignmentActionKind::kLeanInto);
  CHECK(initiative->origin->text == "Data work");

  SECTION("refusals: a stale version, no such item, an item linked already, no such snapshot") {
    const auto stale = turn_action_into_initiative(d, {id, AlignmentActionKind::kHandOff, 0, 1});
    CHECK(stale.status().field() == "version");
    const auto missing = turn_action_into_initiative(d, {id, AlignmentActionKind::kHandOff, 2, 2});
    CHECK(missing.status().code() == Code::kInvalidArgument);
    CHECK(missing.status().field() == "position");
    CHECK(missing.status().message() == "position must be from 0 to 1 (an item of hand_off)");
    const auto twice = turn_action_into_stop_doing(d, {id, AlignmentActionKind::kLeanInto, 0, 2}, {});
    CHECK(twice.status().code() == Code::kConflict);
    CHECK(twice.status().field() == "position");
    CHECK(turn_action_into_initiative(d, {id + 7, AlignmentActionKind::kLeanInto, 0, 2}).status().code() ==
          Code::kNotFound);
    CHECK(load_assessment(d, id)->version == 2);  // nothing changed
  }

  SECTION("a hand-off item goes on the stop-doing list with the action chosen") {
    StopDoingItem fields;
    fields.action = "delegate";
    fields.delegate_to = "Sam";
    const auto stop = turn_action_into_stop_doing(d, {id, AlignmentActionKind::kHandOff, 1, 2}, fields);
    REQUIRE(stop.ok());
    const ActionLink& rota = stop->assessment.hand_off_links[1];
    CHECK(rota.stop_doing_text == "Rota");
    CHECK(rota.stop_doing_action == "delegate");
    CHECK_FALSE(stop->assessment.hand_off_links[0].linked());
    const auto item = load_stop_doing(d, stop->record_id);
    REQUIRE(item.ok());
    CHECK(item->fields.delegate_to == "Sam");
    REQUIRE(item->origin);
    CHECK(item->origin->kind == AlignmentActionKind::kHandOff);
    CHECK(item->origin->text == "Rota");
    fields.delegate_to = "";
    const auto no_one = turn_action_into_stop_doing(d, {id, AlignmentActionKind::kHandOff, 0, 3}, fields);
    CHECK(no_one.status().field() == "delegate_to");
  }

  SECTION("editing the lists keeps a link with its text, also moved, and drops it with the text") {
    const auto moved = save_assessment_actions(d, id, {"Mentoring", "Data work"}, {"Rota"}, 2);
    REQUIRE(moved.ok());
    CHECK_FALSE(moved->lean_into_links[0].linked());
    CHECK(moved->lean_into_links[1].initiative_id == turned->record_id);
    const auto renamed = save_assessment_actions(d, id, {"Mentoring", "Data platform work"}, {"Rota"}, 3);
    REQUIRE(renamed.ok());
    CHECK_FALSE(renamed->lean_into_links[1].linked());
    CHECK_FALSE(load_initiative(d, turned->record_id)->origin);  // the initiative stays, without an origin
  }

  SECTION("deleting the initiative clears the link; deleting the snapshot clears the origin") {
    REQUIRE(delete_initiative(d, turned->record_id).ok());
    CHECK_FALSE(load_assessment(d, id)->lean_into_links[0].linked());
    const auto again = turn_action_into_initiative(d, {id, AlignmentActionKind::kLeanInto, 0, 2});
    REQUIRE(again.ok());
    CHECK(again->record_id > turned->record_id);  // a new initiative, never the old id
    REQUIRE(delete_assessment(d, id).ok());
    const auto kept = load_initiative(d, again->record_id);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->origin);
  }
}

TEST_CASE("two snapshots to compare: the newest and the one before it, or the two asked for", "[alignment_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_compared_assessments(d, std::nullopt, std::nullopt).status().message() == "there is no alignment snapshot yet");
  const auto march = create_assessment(d, snapshot("2026-03-01"));
  const auto january = create_assessment(d, snapshot("2026-01-15"));  // saved later, dated earlier
  REQUIRE((march.ok() && january.ok()));
  const auto defaults = load_compared_assessments(d, std::nullopt, std::nullopt);
  REQUIRE(defaults.ok());
  CHECK(defaults->from.id == january->id);
  CHECK(defaults->to.id == march->id);
  const auto first = load_compared_assessments(d, std::nullopt, january->id);
  CHECK(first.status().code() == Code::kNotFound);
  CHECK(first.status().message() == "there is no snapshot before the one of 2026-01-15 to compare it with");
  const auto asked = load_compared_assessments(d, march->id, january->id);
  REQUIRE(asked.ok());
  CHECK(asked->from.assessed_on == "2026-03-01");
  CHECK(load_compared_assessments(d, 99, std::nullopt).status().message() == "no such alignment snapshot: 99");
  CHECK(load_compared_assessments(d, std::nullopt, 98).status().code() == Code::kNotFound);
}

// Unit tests for the printable pages' data: the plan and a decision's print view, built from real stores.
#include <catch2/catch.hpp>

#include "../store/temp_db.h"
#include "http/plan_view.h"
#include "store/alignment_store.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/lists_store.h"
#include "store/roads_store.h"
#include "store/stop_doing_store.h"
#include "store/vision_store.h"

using namespace tn;

namespace {

const Date kToday{2026, 3, 10};

Initiative initiative(const std::string& title, std::string_view status) {
  Initiative in;
  in.title = title;
  in.status = std::string(status);
  in.start_date = "2026-01-01";
  in.finish_date = "2026-06-30";
  in.measure_of_success = "Two teams use it";
  in.milestones = {{"Draft", "2026-02-01", true}, {"Pilot", "", false}};
  return in;
}

}  // namespace

TEST_CASE("plan_view of an empty workbook leaves every section empty", "[plan_view]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto view = plan_view(d, kToday);
  REQUIRE(view.ok());
  CHECK((*view)["printed_on"] == "10 Mar 2026");
  for (const char* key : {"vision", "values", "alignment", "initiatives", "stop_doing", "boundaries", "self_care"}) {
    CHECK((*view)[key].is_null());
  }
  CHECK((*view)["roads"] == json({{"current", nullptr}, {"others", ""}}));
}

TEST_CASE("plan_view gathers the vision, alignment, active initiatives, open stop-doing items, road and lists",
          "[plan_view]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  REQUIRE(save_vision(d, {"I build calm tools.", "Acme", "Lighter work", "", "Lead", 6}, 0).ok());
  StoredAssessment snapshot;
  snapshot.assessed_on = "2026-03-01";
  snapshot.ratings = {{AlignmentCategory::kValues, "Honesty", 1, ""}, {AlignmentCategory::kStrengths, "Calm", 5, ""}};
  snapshot.item_ids = {1, 2};
  REQUIRE(create_assessment(d, snapshot).ok());
  const auto active = create_initiative(d, initiative("Ship the billing API", kStatusActive));
  REQUIRE(active.ok());
  REQUIRE(create_initiative(d, initiative("Learn Rust someday", kStatusPlanned)).ok());
  REQUIRE(create_stop_doing(d, {"Weekly report", "delegate", "Priya", "2026-04-01", active->id, false}).ok());
  REQUIRE(create_stop_doing(d, {"Old meeting", "cancel", "", "", std::nullopt, true}).ok());
  const auto staff = create_road(d, {"Staff engineer", "", false, {{"Later", "", false}, {"Soon", "2026-04-01", false}}}, {});
  REQUIRE(create_road(d, {"Manager", "", false, {}}, {}).ok());
  REQUIRE(choose_road(d, staff->id).ok());
  REQUIRE(add_kept_item(d, "boundaries", {"No email after 19:00", ""}, validate_profile_item).ok());

  const auto view = plan_view(d, kToday);
  REQUIRE(view.ok());
  const json& v = *view;
  CHECK(v["vision"]["statement"] == "I build calm tools.");
  CHECK(v["vision"]["horizon"] == "6 years");

  const json& alignment = v["alignment"];
  CHECK(alignment["assessed_on"] == "1 Mar 2026");
  CHECK(alignment["suggested"] == true);  // no lists of its own: the suggestions stand in
  CHECK(alignment["lean_into"]["items"].size() == 1);
  CHECK(alignment["categories"]["items"] == json({{{"label", "Values"}, {"score", "0"}}, {{"label", "Strengths"}, {"score", "100"}}}));
  REQUIRE(alignment["warnings"]["items"].size() == 1);
  CHECK_THAT(alignment["warnings"]["items"][0].get<std::string>(), Catch::Contains("Honesty"));

  REQUIRE(v["initiatives"]["items"].size() == 1);
  const json& shown = v["initiatives"]["items"][0];
  CHECK(shown["title"] == "Ship the billing API");
  CHECK(shown["dates"] == "1 Jan 2026 – 30 Jun 2026");
  CHECK(shown["milestones"]["items"] ==
        json({{{"title", "Draft"}, {"due", "1 Feb 2026"}, {"done", true}}, {{"title", "Pilot"}, {"due", ""}, {"done", false}}}));

  CHECK(v["stop_doing"]["items"] ==
        json({{{"text", "Weekly report"}, {"action", "Delegate to Priya by 1 Apr 2026"}, {"initiative", "Ship the billing API"}}}));
  CHECK(v["roads"]["current"]["name"] == "Staff engineer");
  CHECK(v["roads"]["current"]["milestones"]["items"][0]["title"] == "Soon");  // dated milestones first
  CHECK(v["roads"]["others"] == "Manager");
  CHECK(v["boundaries"]["items"] == json({{{"name", "No email after 19:00"}, {"note", ""}}}));
  CHECK(v["self_care"].is_null());
}

TEST_CASE("decision_print_view lays out the matrix with notes, totals, bars and the record", "[plan_view]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(decision_print_view(d, 42).status().code() == Code::kNotFound);

  DecisionDraft draft;
  draft.title = "Take the offer?";
  draft.matrix.options = {{"Stay", ""}, {"Go", "new city"}};
  draft.matrix.criteria = {{"Pay", "", false, 75}, {"Commute", "", true, 25}};
  draft.matrix.scores = {{{6.0, ""}, {std::nullopt, ""}}, {{8.0, "better"}, {2.5, "short"}}};
  draft.value_ids = {std::nullopt, std::nullopt};
  const auto created = create_decision(d, draft);
  REQUIRE(created.ok());
  REQUIRE(save_decision_record(d, created->id, {0, "", "Family", "", "", ""}, created->version).ok());

  const auto view = decision_print_view(d, created->id);
  REQUIRE(view.ok());
  const json& v = *view;
  CHECK(v["layout"] == "roomy");
  CHECK(v["status"] == "Decided");
  CHECK(v["criteria"][0]["weight"] == "75.0%");
  CHECK(v["criteria"][1]["colour"] == criterion_colour(1));
  const json& stay = v["options"][0];
  CHECK(stay["cells"] == json({{{"score", "6"}, {"note", ""}}, {{"score", ""}, {"note", ""}}}));
  CHECK(stay["total"] == "60.0%");
  CHECK(stay["scored_weight"] == "75%");  // a partial total says how much of the weight it covers
  const json& go = v["options"][1];
  CHECK(go["cells"] == json({{{"score", "8"}, {"note", "1"}}, {{"score", "2.5"}, {"note", "2"}}}));
  CHECK(go["total"] == "78.8%");
  CHECK(go["bar"] == json({{{"x", "0.000"}, {"width", "60.000"}, {"colour", criterion_colour(0)}, {"label", "Pay: 60.0 points"}},
                           {{"x", "60.000"}, {"width", "18.750"}, {"colour", criterion_colour(1)}, {"label", "Commute: 18.8 points"}}}));
  CHECK(v["notes"]["items"][1] == json({{"number", "2"}, {"option", "Go"}, {"criterion", "Commute"}, {"note", "short"}}));
  CHECK(v["record"]["chosen"] == "Stay");
  CHECK(v["record"]["rationale"] == "Family");
  CHECK(v["review"].is_null());
}

TEST_CASE("criterion_colour steps round the colour wheel by the golden angle from 160", "[plan_view]") {
  CHECK(criterion_colour(0) == "hsl(160, 55%, 52%)");
  CHECK(criterion_colour(1) == "hsl(298, 55%, 52%)");
  CHECK(criterion_colour(2) == "hsl(75, 55%, 52%)");
}

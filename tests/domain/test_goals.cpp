// Unit tests for the Goals rules: validation, focus rule, SMART check, health, stop-doing list, career roads.
#include <catch2/catch.hpp>

#include "domain/goals.h"

using namespace tn;

namespace {

// An active initiative that passes every rule. Its window 2026-01-01..2026-04-11 is 100 days long
// (January 31 + February 28 + March 31 = 90 days to April 1, plus 10), so each day is one percent.
Initiative smart_initiative() {
  Initiative in;
  in.title = "Ship the billing API v2";
  in.why = "Builds the platform skills my vision needs.";
  in.value_ids = {4};
  in.horizon = "short";
  in.start_date = "2026-01-01";
  in.finish_date = "2026-04-11";
  in.measure_of_success = "Three teams call it in production";
  in.status = "active";
  in.progress = 50;
  return in;
}

std::vector<std::string_view> gap_keys(const Initiative& in) {
  std::vector<std::string_view> keys;
  for (const SmartGap& gap : smart_gaps(in)) keys.push_back(gap.key);
  return keys;
}

Date d(int year, int month, int day) { return Date{year, month, day}; }

}  // namespace

TEST_CASE("validate_initiative accepts a complete initiative and names each bad field", "[goals]") {
  Initiative in = smart_initiative();
  CHECK(validate_initiative(in).ok());

  SECTION("title is required and at most 200 characters") {
    in.title = "   ";
    CHECK(validate_initiative(in).message() == "title is required");
    in.title = std::string(200, 'a');
    CHECK(validate_initiative(in).ok());
    in.title = std::string(201, 'a');
    CHECK(validate_initiative(in).message() == "title must be at most 200 characters");
  }
  SECTION("why is at most 2000 characters") {
    in.why = std::string(2001, 'w');
    CHECK(validate_initiative(in).field() == "why");
  }
  SECTION("value_ids must be positive and distinct") {
    in.value_ids = {4, 0};
    CHECK(validate_initiative(in).message() == "value_ids[1] must be a positive id");
    in.value_ids = {4, 7, 4};
    CHECK(validate_initiative(in).message() == "value_ids[2] repeats a value already linked");
  }
  SECTION("horizon and status must be known words") {
    in.horizon = "medium";
    CHECK(validate_initiative(in).message() == "horizon must be one of short, mid, long");
    in.horizon = "long";
    in.status = "paused";
    CHECK(validate_initiative(in).message() ==
          "status must be one of planned, active, done, dropped, postponed");
  }
  SECTION("dates must be real dates when set") {
    in.start_date = "2026-02-30";
    CHECK(validate_initiative(in).message() == "start_date must be a date like 2026-01-31");
    in.start_date = "2026-01-01";
    in.finish_date = "next spring";
    CHECK(validate_initiative(in).field() == "finish_date");
  }
  SECTION("dates are optional while planning but required once active") {
    in.start_date.clear();
    in.finish_date.clear();
    in.status = "planned";
    CHECK(validate_initiative(in).ok());
    in.status = "active";
    const Status s = validate_initiative(in);
    CHECK(s.code() == Code::kInvalidArgument);
    CHECK(s.message() == "start_date is required when status is active");
    in.start_date = "2026-01-01";
    CHECK(validate_initiative(in).message() == "finish_date is required when status is active");
  }
  SECTION("a finish before the start is saved; the SMART check flags it") {
    in.finish_date = "2025-12-01";
    CHECK(validate_initiative(in).ok());
  }
  SECTION("measure_of_success is at most 1000 characters") {
    in.measure_of_success = std::string(1001, 'm');
    CHECK(validate_initiative(in).field() == "measure_of_success");
  }
  SECTION("progress is 0..100") {
    in.progress = 100;
    CHECK(validate_initiative(in).ok());
    in.progress = 101;
    CHECK(validate_initiative(in).message() == "progress must be between 0 and 100");
    in.progress = -1;
    CHECK(validate_initiative(in).field() == "progress");
  }
  SECTION("milestones: at most 30, each titled, due dates valid") {
    in.milestones = {{"Design", "2026-02-01", true}, {"Build", "", false}, {" ", "", false}};
    CHECK(validate_initiative(in).message() == "milestones[2].title is required");
    in.milestones[2].title = "Launch";
    in.milestones[1].due_date = "2026-02-29";  // 2026 is not a leap year
    CHECK(validate_initiative(in).field() == "milestones[1].due_date");
    in.milestones = std::vector<Milestone>(30, Milestone{"Step", "", false});
    CHECK(validate_initiative(in).ok());
    in.milestones.push_back(Milestone{"One too many", "", false});
    CHECK(validate_initiative(in).message() == "milestones must have at most 30 items");
  }
}

TEST_CASE("check_focus_rule allows at most five active initiatives", "[goals]") {
  const std::vector<std::int64_t> four = {1, 2, 3, 4};
  const std::vector<std::int64_t> five = {1, 2, 3, 4, 5};

  SECTION("a fifth one may start") {
    CHECK(check_focus_rule(four, std::nullopt, "active").status.ok());
    CHECK(check_focus_rule(four, 9, "active").status.ok());
  }
  SECTION("a sixth one is refused with the explanation and the ids to choose from") {
    for (const std::optional<std::int64_t> id :
         {std::optional<std::int64_t>{}, std::optional<std::int64_t>{9}}) {
      const FocusDecision decision = check_focus_rule(five, id, "active");
      CHECK(decision.status.code() == Code::kConflict);
      CHECK(decision.status.field() == "status");
      CHECK(decision.status.message() ==
            "You already have 5 active initiatives. Postpone or drop one before starting another: "
            "focus is what makes them happen.");
      CHECK(decision.active_ids == five);
    }
  }
  SECTION("saving an initiative that is already active is fine") {
    const FocusDecision decision = check_focus_rule(five, 3, "active");
    CHECK(decision.status.ok());
    CHECK(decision.active_ids.empty());
  }
  SECTION("other statuses never count against the limit") {
    for (const char* status : {"planned", "done", "postponed", "dropped"}) {
      CHECK(check_focus_rule(five, 9, status).status.ok());
      CHECK(check_focus_rule(five, 2, status).status.ok());  // finishing one of the five
    }
  }
  SECTION("the message counts what is really active") {
    const FocusDecision decision = check_focus_rule({1, 2, 3, 4, 5, 6}, 7, "active");
    CHECK(decision.status.message().starts_with("You already have 6 active initiatives."));
  }
}

TEST_CASE("smart_gaps lists what an initiative visibly lacks", "[goals]") {
  Initiative in = smart_initiative();
  CHECK(smart_gaps(in).empty());

  SECTION("S: fewer than three words") {
    in.title = "  Ship   it ";
    const std::vector<SmartGap> gaps = smart_gaps(in);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].key == "title_too_short");
    CHECK(gaps[0].letter == 'S');
    CHECK(gaps[0].quality == "Specific");
    CHECK_FALSE(gaps[0].hint.empty());
  }
  SECTION("S: a vague opening without a number") {
    for (const char* title :
         {"Improve my public speaking", "Get better at delegating work", "WORK ON the platform migration",
          "be more visible to leadership", "Focus on, finally, the roadmap"}) {
      in.title = title;
      CHECK(gap_keys(in) == std::vector<std::string_view>{"title_vague_verb"});
    }
  }
  SECTION("S: a number, or a vague word only as part of a longer word, is specific enough") {
    for (const char* title : {"Improve checkout p95 latency to 200 ms", "Improvement plan for the team",
                              "Work onboarding into the hiring kit", "Become the go-to person for billing"}) {
      in.title = title;
      CHECK(smart_gaps(in).empty());
    }
  }
  SECTION("S: at most one gap even when the title is both short and vague") {
    in.title = "Improve communication";
    CHECK(gap_keys(in) == std::vector<std::string_view>{"title_too_short"});
  }
  SECTION("M: a blank measure of success") {
    in.measure_of_success = " \n";
    const std::vector<SmartGap> gaps = smart_gaps(in);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].key == "no_measure");
    CHECK(gaps[0].letter == 'M');
  }
  SECTION("S and M: \"Why: Growth. Done when: Certificate.\" names nothing a reader could check") {
    in.why = "Growth";
    in.measure_of_success = "Certificate";
    CHECK(gap_keys(in) == std::vector<std::string_view>{"measure_too_vague", "measure_not_checkable"});
    const std::vector<SmartGap> gaps = smart_gaps(in);
    CHECK((gaps.at(0).letter == 'S' && gaps.at(1).letter == 'M'));
    CHECK(gaps[1].hint.find("a number") != std::string_view::npos);
  }
  SECTION("M: a measure of several words that names no number, date or outcome") {
    for (const char* measure : {"I feel more confident", "Better communication with the team", "Growth as a leader"}) {
      in.measure_of_success = measure;
      CHECK(gap_keys(in) == std::vector<std::string_view>{"measure_not_checkable"});
    }
  }
  SECTION("M: a number, a date or an observable outcome makes it checkable") {
    for (const char* measure : {"3 talks given at meetups", "Three teams call it in production", "Ready by 30 June",
                                "Done by the end of March", "AWS Solutions Architect exam passed",
                                "Agreed with my manager", "The guide is PUBLISHED internally", "Half the team uses it",
                                "NPS of 40+ in the survey"}) {
      in.measure_of_success = measure;
      INFO(measure);
      CHECK(smart_gaps(in).empty());
    }
  }
  SECTION("S: a short measure is reported once, after a vague title") {
    in.measure_of_success = "Shipped";
    CHECK(gap_keys(in) == std::vector<std::string_view>{"measure_too_vague"});
    in.title = "Improve communication";
    CHECK(gap_keys(in) == std::vector<std::string_view>{"title_too_short"});
  }
  SECTION("outcome and number words count only as whole words") {
    in.measure_of_success = "Someone bypassed the livestream";  // "passed" and "live" only inside words
    CHECK(gap_keys(in) == std::vector<std::string_view>{"measure_not_checkable"});
  }
  SECTION("A: finish before start, but a one-day window is fine") {
    in.finish_date = "2025-12-31";
    const std::vector<SmartGap> gaps = smart_gaps(in);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].key == "finish_before_start");
    CHECK(gaps[0].letter == 'A');
    in.finish_date = "2026-01-01";
    CHECK(smart_gaps(in).empty());
  }
  SECTION("R: no value and not linked to the vision") {
    in.value_ids.clear();
    const std::vector<SmartGap> gaps = smart_gaps(in);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].key == "no_link");
    CHECK(gaps[0].letter == 'R');
    in.supports_vision = true;
    CHECK(smart_gaps(in).empty());
  }
  SECTION("T: no finish date, or one that is not a date") {
    in.finish_date.clear();
    const std::vector<SmartGap> gaps = smart_gaps(in);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].key == "no_finish_date");
    CHECK(gaps[0].letter == 'T');
    in.finish_date = "2026-13-01";
    CHECK(gap_keys(in) == std::vector<std::string_view>{"no_finish_date"});
  }
  SECTION("several gaps come in S-M-A-R-T order") {
    Initiative empty;
    CHECK(gap_keys(empty) ==
          std::vector<std::string_view>{"title_too_short", "no_measure", "no_link", "no_finish_date"});
    in.title = "Ship";
    in.measure_of_success.clear();
    in.finish_date = "2025-06-01";
    in.value_ids.clear();
    CHECK(gap_keys(in) ==
          std::vector<std::string_view>{"title_too_short", "no_measure", "finish_before_start", "no_link"});
  }
}

TEST_CASE("next_milestone_index picks the earliest undone milestone", "[goals]") {
  SECTION("dated ones by date, ties in list order, done ones skipped") {
    const std::vector<Milestone> ms = {{"A", "2026-01-10", true},
                                       {"B", "", false},
                                       {"C", "2026-03-01", false},
                                       {"D", "2026-02-01", false},
                                       {"E", "2026-02-01", false}};
    CHECK(next_milestone_index(ms) == std::optional<std::size_t>{3});
  }
  SECTION("undated ones come after dated ones; an unparsable date counts as undated") {
    const std::vector<Milestone> ms = {{"A", "", false}, {"B", "soon", false}, {"C", "2030-01-01", false}};
    CHECK(next_milestone_index(ms) == std::optional<std::size_t>{2});
    const std::vector<Milestone> undated = {{"A", "", true}, {"B", "", false}, {"C", "", false}};
    CHECK(next_milestone_index(undated) == std::optional<std::size_t>{1});
  }
  SECTION("nothing left to do") {
    CHECK_FALSE(next_milestone_index({}).has_value());
    CHECK_FALSE(next_milestone_index({{"A", "2026-01-01", true}}).has_value());
  }
}

TEST_CASE("upcoming_milestone_indices lists the undone milestones in the order they come up", "[goals]") {
  SECTION("dated by date (ties in list order), then undated or unparsable ones in list order") {
    const std::vector<Milestone> ms = {{"A", "2026-01-10", true}, {"B", "", false},         {"C", "2026-03-01", false},
                                       {"D", "2026-02-01", false}, {"E", "soon", false},     {"F", "2026-02-01", false}};
    CHECK(upcoming_milestone_indices(ms) == std::vector<std::size_t>{3, 5, 2, 1, 4});
    CHECK(next_milestone_index(ms) == std::optional<std::size_t>{upcoming_milestone_indices(ms).front()});
  }
  SECTION("every milestone done, or none at all") {
    CHECK(upcoming_milestone_indices({}).empty());
    CHECK(upcoming_milestone_indices({{"A", "2026-01-01", true}, {"B", "", true}}).empty());
  }
}

TEST_CASE("initiative_health judges an active initiative on a given day", "[goals]") {
  Initiative in = smart_initiative();  // 2026-01-01..2026-04-11, 100 days: 1 day = 1%

  SECTION("non-active initiatives") {
    in.status = "planned";
    Health h = initiative_health(in, d(2026, 3, 2));
    CHECK(h.state == "not_started");
    CHECK(h.reason == "Planned to start on 2026-01-01.");
    in.start_date.clear();
    CHECK(initiative_health(in, d(2026, 3, 2)).reason == "Planned, not started yet.");
    for (const char* status : {"done", "dropped", "postponed"}) {
      in.status = status;
      h = initiative_health(in, d(2026, 6, 1));  // long after the finish date: still not "overdue"
      CHECK(h.state == "n/a");
      CHECK(h.reason ==
            "Health is tracked for active initiatives only; this one is " + std::string(status) + ".");
    }
  }
  SECTION("pace: up to 20 points behind the elapsed share is on track") {
    // 2026-03-02 is day 31 + 28 + 1 = 60 of 100, so 60% of the time has passed.
    in.progress = 40;  // 60 - 40 = 20, not more than 20
    Health h = initiative_health(in, d(2026, 3, 2));
    CHECK(h.state == "on_track");
    CHECK(h.reason == "Progress 40% keeps pace with the time passed (60%).");
    in.progress = 39;  // 60 - 39 = 21
    h = initiative_health(in, d(2026, 3, 2));
    CHECK(h.state == "at_risk");
    CHECK(h.reason == "Progress is 39% but 60% of the time has passed.");
  }
  SECTION("pace is compared exactly, not after rounding") {
    // Window 2026-01-01..2026-09-08 is 243 + 7 = 250 days (Jan..Aug = 243 days); 2026-06-01 is day
    // 31+28+31+30+31 = 151, so 151/250 = 60.4% has passed: 40% progress is 20.4 points behind.
    in.finish_date = "2026-09-08";
    in.progress = 40;
    const Health h = initiative_health(in, d(2026, 6, 1));
    CHECK(h.state == "at_risk");
    CHECK(h.reason == "Progress is 40% but 60% of the time has passed.");
  }
  SECTION("finishing today is not overdue; the day after is") {
    in.progress = 80;  // 100% of the time passed, 20 points behind
    CHECK(initiative_health(in, d(2026, 4, 11)).state == "on_track");
    in.progress = 79;
    CHECK(initiative_health(in, d(2026, 4, 11)).state == "at_risk");
    const Health h = initiative_health(in, d(2026, 4, 12));
    CHECK(h.state == "overdue");
    CHECK(h.reason == "The finish date 2026-04-11 has passed and it is not done.");
  }
  SECTION("a one-day initiative counts as fully elapsed on its day") {
    in.start_date = in.finish_date = "2026-05-05";
    in.progress = 80;
    CHECK(initiative_health(in, d(2026, 5, 5)).reason ==
          "Progress 80% keeps pace with the time passed (100%).");
    in.progress = 79;
    CHECK(initiative_health(in, d(2026, 5, 5)).state == "at_risk");
  }
  SECTION("before the start date it is on track") {
    in.progress = 0;
    const Health h = initiative_health(in, d(2025, 12, 20));
    CHECK(h.state == "on_track");
    CHECK(h.reason == "Starts on 2026-01-01.");
  }
  SECTION("a milestone past due and not ticked is overdue") {
    in.progress = 60;  // on pace on 2026-03-02
    in.milestones = {{"Draft API", "2026-03-01", false}};
    Health h = initiative_health(in, d(2026, 3, 2));
    CHECK(h.state == "overdue");
    CHECK(h.reason == "Milestone \"Draft API\" was due on 2026-03-01.");
    in.milestones[0].done = true;
    CHECK(initiative_health(in, d(2026, 3, 2)).state == "on_track");
  }
  SECTION("a milestone due within 7 days, today included, is at risk") {
    in.progress = 60;
    in.milestones = {{"Beta", "2026-03-02", false}};
    Health h = initiative_health(in, d(2026, 3, 2));
    CHECK(h.state == "at_risk");
    CHECK(h.reason == "Milestone \"Beta\" is due today and not done.");
    in.milestones[0].due_date = "2026-03-03";
    CHECK(initiative_health(in, d(2026, 3, 2)).reason == "Milestone \"Beta\" is due in 1 day and not done.");
    in.milestones[0].due_date = "2026-03-09";  // 7 days after 2026-03-02
    CHECK(initiative_health(in, d(2026, 3, 2)).reason == "Milestone \"Beta\" is due in 7 days and not done.");
    in.milestones[0].due_date = "2026-03-10";  // 8 days
    CHECK(initiative_health(in, d(2026, 3, 2)).state == "on_track");
  }
  SECTION("the first matching rule wins") {
    in.progress = 0;
    in.milestones = {{"Beta", "2026-03-01", false}};
    CHECK(initiative_health(in, d(2026, 4, 12)).reason ==
          "The finish date 2026-04-11 has passed and it is not done.");
    in.milestones[0].due_date = "2026-03-05";  // due in 3 days, but 60 points behind pace comes first
    CHECK(initiative_health(in, d(2026, 3, 2)).reason == "Progress is 0% but 60% of the time has passed.");
  }
  SECTION("without dates only the milestone rules apply") {
    in.start_date.clear();
    in.finish_date.clear();
    in.progress = 0;
    const Health h = initiative_health(in, d(2030, 1, 1));
    CHECK(h.state == "on_track");
    CHECK(h.reason == "Nothing is overdue.");
  }
}

TEST_CASE("validate_stop_doing_item", "[goals]") {
  StopDoingItem item;
  item.text = "Run the weekly status meeting";
  item.action = "cancel";
  CHECK(validate_stop_doing_item(item).ok());

  SECTION("text is required and at most 300 characters") {
    item.text = "";
    CHECK(validate_stop_doing_item(item).message() == "text is required");
    item.text = std::string(301, 't');
    CHECK(validate_stop_doing_item(item).message() == "text must be at most 300 characters");
  }
  SECTION("action must be cancel, postpone or delegate") {
    item.action = "ignore";
    CHECK(validate_stop_doing_item(item).message() == "action must be one of cancel, postpone, delegate");
  }
  SECTION("delegating needs someone to take it over") {
    item.action = "delegate";
    CHECK(validate_stop_doing_item(item).message() == "delegate_to is required when action is delegate");
    item.delegate_to = "  ";
    CHECK(validate_stop_doing_item(item).field() == "delegate_to");
    item.delegate_to = "Priya";
    CHECK(validate_stop_doing_item(item).ok());
    item.delegate_to = std::string(121, 'p');
    CHECK(validate_stop_doing_item(item).message() == "delegate_to must be at most 120 characters");
  }
  SECTION("delegate_by must be a date when set") {
    item.action = "delegate";
    item.delegate_to = "Priya";
    item.delegate_by = "2026-03-15";
    CHECK(validate_stop_doing_item(item).ok());
    item.delegate_by = "2026-3-15";
    CHECK(validate_stop_doing_item(item).message() == "delegate_by must be a date like 2026-01-31");
  }
  SECTION("delegation details are kept when the action changes") {
    item.action = "postpone";
    item.delegate_to = "Priya";
    item.delegate_by = "2026-03-15";
    CHECK(validate_stop_doing_item(item).ok());
  }
  SECTION("initiative_id is positive when set") {
    item.initiative_id = 12;
    CHECK(validate_stop_doing_item(item).ok());
    item.initiative_id = 0;
    CHECK(validate_stop_doing_item(item).message() == "initiative_id must be a positive id");
  }
}

TEST_CASE("career roads: fields, the plan's limits and the current road", "[goals]") {
  CareerRoad road{
      "Engineering manager", "Lead a team of 6-8", false, {{"Run a project", "2026-09-01", false}}};
  CHECK(validate_career_road(road).ok());

  SECTION("validate_career_road names the bad field") {
    road.name = " ";
    CHECK(validate_career_road(road).message() == "name is required");
    road.name = std::string(121, 'n');
    CHECK(validate_career_road(road).message() == "name must be at most 120 characters");
    road.name = "Staff engineer";
    road.notes = std::string(2001, 'x');
    CHECK(validate_career_road(road).field() == "notes");
    road.notes.clear();
    road.milestones[0].title.clear();
    CHECK(validate_career_road(road).message() == "milestones[0].title is required");
  }
  SECTION("a road's milestone can be an initiative: it needs no title, only an id not on the road already") {
    Milestone linked;
    linked.initiative_id = 4;
    road.milestones.push_back(linked);
    CHECK(validate_career_road(road).ok());
    road.milestones.push_back(linked);
    Status s = validate_career_road(road);
    CHECK(s.field() == "milestones[2].initiative_id");
    CHECK(s.message() == "milestones[2].initiative_id repeats an initiative that is already a milestone of this road");
    road.milestones[2].initiative_id = 0;
    CHECK(validate_career_road(road).message() == "milestones[2].initiative_id must be a positive id");
  }
  SECTION("an initiative's own milestone cannot be an initiative") {
    Initiative goal;
    goal.title = "Run the platform migration";
    goal.milestones = {{"Plan", "", false}, {"", "", false, 3}};
    const Status s = validate_initiative(goal);
    CHECK(s.field() == "milestones[1].initiative_id");
    CHECK(s.message() == "milestones[1].initiative_id must not be set: only a career road's milestone can be an initiative");
  }
  SECTION("check_road_fits_plan: at most four roads") {
    const std::vector<CareerRoad> three = {{"A", "", true, {}}, {"B", "", false, {}}, {"C", "", false, {}}};
    CHECK(check_road_fits_plan(road, three).ok());
    std::vector<CareerRoad> four = three;
    four.push_back({"D", "", false, {}});
    const Status s = check_road_fits_plan(road, four);
    CHECK(s.code() == Code::kConflict);
    CHECK(s.field() == "roads");
    CHECK(s.message() == "A plan holds at most 4 roads. Remove one before adding another.");
  }
  SECTION("check_road_fits_plan: names are unique, ignoring case and outer spaces") {
    const std::vector<CareerRoad> others = {{"  engineering MANAGER ", "", false, {}}};
    const Status s = check_road_fits_plan(road, others);
    CHECK(s.code() == Code::kInvalidArgument);
    CHECK(s.field() == "name");
    CHECK(s.message() == "name is already used by another road");
    CHECK(check_road_fits_plan(road, {{"Engineering managers", "", false, {}}}).ok());
  }
  SECTION("switch_current_road leaves exactly one road current") {
    const std::vector<CareerRoad> roads = {{"A", "", true, {}}, {"B", "", false, {}}, {"C", "", true, {}}};
    const Result<std::vector<CareerRoad>> switched = switch_current_road(roads, 1);
    REQUIRE(switched.ok());
    CHECK_FALSE((*switched)[0].current);
    CHECK((*switched)[1].current);
    CHECK_FALSE((*switched)[2].current);
    CHECK((*switched)[1].name == "B");
    CHECK(switch_current_road(roads, 3).status().code() == Code::kNotFound);
  }
}

TEST_CASE("check_decision_id accepts no link or a positive id", "[goals]") {
  CHECK(check_decision_id(std::nullopt).ok());
  CHECK(check_decision_id(7).ok());
  const Status s = check_decision_id(0);
  CHECK(s.field() == "decision_id");
  CHECK(s.message() == "decision_id must be a positive id");
  CHECK(check_decision_id(-2).code() == Code::kInvalidArgument);
}

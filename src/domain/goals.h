// Goals: initiatives with milestones, the focus rule, SMART check, health, stop-doing list and career roads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/status.h"

namespace tn {

// Limits, shown to users in validation messages.
inline constexpr std::size_t kInitiativeTitleMaxChars = 200;
inline constexpr std::size_t kInitiativeWhyMaxChars = 2000;
inline constexpr std::size_t kMeasureOfSuccessMaxChars = 1000;
inline constexpr std::size_t kMilestoneTitleMaxChars = 200;
inline constexpr std::size_t kMaxMilestones = 30;
inline constexpr std::size_t kStopDoingTextMaxChars = 300;
inline constexpr std::size_t kDelegateToMaxChars = 120;
inline constexpr std::size_t kRoadNameMaxChars = 120;
inline constexpr std::size_t kRoadNotesMaxChars = 2000;
inline constexpr std::size_t kMaxRoads = 4;
inline constexpr std::size_t kMaxActiveInitiatives = 5;

// The words the API uses for an initiative's status, horizon and a stop-doing action.
inline constexpr std::string_view kStatusPlanned = "planned";
inline constexpr std::string_view kStatusActive = "active";
inline constexpr std::string_view kStatusDone = "done";
inline constexpr std::string_view kStatusDropped = "dropped";
inline constexpr std::string_view kStatusPostponed = "postponed";
inline constexpr std::array<std::string_view, 5> kInitiativeStatuses = {
    kStatusPlanned, kStatusActive, kStatusDone, kStatusDropped, kStatusPostponed};
// "short": under 1 year, "mid": 1 to 3 years, "long": 3 years or more.
inline constexpr std::array<std::string_view, 3> kHorizons = {"short", "mid", "long"};
inline constexpr std::string_view kActionDelegate = "delegate";
inline constexpr std::array<std::string_view, 3> kStopActions = {"cancel", "postpone", kActionDelegate};

// A step towards an initiative or along a career road. Dates are "YYYY-MM-DD" text, empty when not set.
// A road's milestone may be an initiative (`initiative_id`): one record shown in both places, whose title,
// due date (the finish date) and done state (status "done") are the initiative's.
struct Milestone {
  std::string title;
  std::string due_date;
  bool done = false;
  std::optional<std::int64_t> initiative_id = std::nullopt;  // career roads only

  bool operator==(const Milestone&) const = default;
};

// What the user edits for one performance goal. The store adds the id and version. Member names are the
// JSON field names; dates are "YYYY-MM-DD" text, empty when not set.
struct Initiative {
  std::string title;
  std::string why;                      // how it supports the bigger picture
  std::vector<std::int64_t> value_ids;  // core values it serves
  bool supports_vision = false;         // the user says it moves the vision forward
  std::string horizon = "short";        // one of kHorizons
  std::string start_date;
  std::string finish_date;
  std::string measure_of_success;
  std::string status = std::string(kStatusPlanned);  // one of kInitiativeStatuses
  int progress = 0;                                  // percent, 0..100
  std::vector<Milestone> milestones;

  bool operator==(const Initiative&) const = default;
};

// OK when every field keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// title (required, max 200), why (max 2000), value_ids[i] (positive, no repeats), horizon, start_date and
// finish_date (valid dates when set; both required when status is "active"), measure_of_success (max 1000),
// status, progress (0..100), milestones (at most 30) and milestones[i].title / milestones[i].due_date
// (milestones[i].initiative_id must be unset: only a road's milestone can be an initiative).
// A finish date before the start date is allowed here (a draft may be inconsistent); smart_gaps flags it.
Status validate_initiative(const Initiative& initiative);

// OK when `initiative_id` is unset or positive; otherwise an invalid-argument Status on "initiative_id".
// Whether the initiative exists is for the store to check.
Status check_initiative_id(const std::optional<std::int64_t>& initiative_id);

// The answer of the focus rule. When refused, `status` is a Conflict on field "status" whose message
// explains the rule, and `active_ids` lists the active initiatives the user can postpone or drop.
struct FocusDecision {
  Status status;
  std::vector<std::int64_t> active_ids;
};

// The focus rule: at most kMaxActiveInitiatives initiatives are active at a time. `active_ids` are the
// initiatives active now; `initiative_id` is the one being saved (nullopt when it is new) and
// `requested_status` its new status. Allowed when the new status is not "active", when the initiative is
// already active, or when fewer than five are active; refused otherwise.
FocusDecision check_focus_rule(const std::vector<std::int64_t>& active_ids,
                               std::optional<std::int64_t> initiative_id, std::string_view requested_status);

// One SMART quality an initiative visibly lacks. The views point to static text that lives forever.
struct SmartGap {
  std::string_view key;      // stable id, e.g. "no_finish_date"
  char letter;               // 'S', 'M', 'A', 'R' or 'T'
  std::string_view quality;  // "Specific", "Measurable", "Achievable", "Relevant" or "Time-bound"
  std::string_view hint;     // one line telling the user what to add or fix

  bool operator==(const SmartGap&) const = default;
};

// The SMART qualities `initiative` visibly lacks, in S-M-A-R-T order; empty when it looks SMART.
// Plain rules, at most one gap per letter:
//   S "title_too_short":      the trimmed title has fewer than 3 words (words are split on whitespace);
//   S "title_vague_verb":     otherwise, the title starts with a vague phrase ("improve", "get better",
//                             "work on", "be more", "be better", "do more", "focus on", "try to"; ASCII
//                             case ignored) and contains no digit to pin down the result;
//   S "measure_too_vague":    otherwise, measure_of_success is given in fewer than 3 words ("Certificate"
//                             does not say which one);
//   M "no_measure":           measure_of_success is blank;
//   M "measure_not_checkable": otherwise, it names nothing a reader could check: no digit, and no English
//                             number word ("three", "half", ...), month or weekday name, or outcome word
//                             ("passed", "published", "agreed", "shipped", "live", "yes", ...; whole
//                             words, ASCII case ignored);
//   A "finish_before_start":  both dates are set and the finish date is earlier than the start date;
//   R "no_link":              no value_ids and supports_vision is false;
//   T "no_finish_date":       finish_date is empty.
// Dates that do not parse count as not set.
std::vector<SmartGap> smart_gaps(const Initiative& initiative);

// The words the API uses for an initiative's health.
inline constexpr std::string_view kHealthOnTrack = "on_track";
inline constexpr std::string_view kHealthAtRisk = "at_risk";
inline constexpr std::string_view kHealthOverdue = "overdue";
inline constexpr std::string_view kHealthNotStarted = "not_started";
inline constexpr std::string_view kHealthNotApplicable = "n/a";
inline constexpr int kBehindPaceTolerancePoints = 20;
inline constexpr int kMilestoneSoonDays = 7;

// How an initiative is doing, with a one-line reason for the user.
struct Health {
  std::string_view state;  // one of the kHealth* words
  std::string reason;
};

// The health of `initiative` on `today`. Planned initiatives are "not_started"; done, dropped, postponed (or
// any other status) ones are "n/a". For an active one the first matching rule wins:
//   1. overdue:  a finish date is set and today is after it (finishing today is not overdue);
//   2. overdue:  the next milestone (see next_milestone_index) has a due date before today;
//   3. at_risk:  both dates are set, today is on or after the start, and progress is more than 20 points
//                behind the share of the start..finish days that has elapsed (100% when they are the same
//                day);
//   4. at_risk:  the next milestone is due within 7 days (today included) and not done;
//   5. on_track: otherwise.
// Dates that do not parse count as not set, so their rules are skipped.
Health initiative_health(const Initiative& initiative, const Date& today);

// Index of the next milestone to reach: the undone one with the earliest due date; undone ones without a
// (valid) due date come after all dated ones; ties keep list order. nullopt when every milestone is done.
std::optional<std::size_t> next_milestone_index(const std::vector<Milestone>& milestones);

// The indices of every milestone not done yet, in the order they come up: dated ones by due date, then
// undated (or invalidly dated) ones; ties keep list order. Its first element is next_milestone_index.
std::vector<std::size_t> upcoming_milestone_indices(const std::vector<Milestone>& milestones);

// Something stopped to make room for an initiative. `delegate_to` and `delegate_by` are kept whatever the
// action, so switching the action back and forth loses nothing; they are required/used only for "delegate".
struct StopDoingItem {
  std::string text;
  std::string action = "postpone";            // one of kStopActions
  std::string delegate_to;                    // who takes it over
  std::string delegate_by;                    // "YYYY-MM-DD" or empty
  std::optional<std::int64_t> initiative_id;  // the initiative it makes room for
  bool done = false;

  bool operator==(const StopDoingItem&) const = default;
};

// OK when the item keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// text (required, max 300), action, delegate_to (max 120; required when action is "delegate"),
// delegate_by (a valid date when set), initiative_id (positive when set).
Status validate_stop_doing_item(const StopDoingItem& item);

// One possible career path from where the user is to where they want to be.
struct CareerRoad {
  std::string name;
  std::string notes;
  bool current = false;  // the road the user is on now; at most one road of a plan
  std::vector<Milestone> milestones;

  bool operator==(const CareerRoad&) const = default;
};

// OK when the road's own fields keep their rules; otherwise an invalid-argument Status naming the first
// bad field: name (required, max 120), notes (max 2000), milestones (at most 30), milestones[i].title,
// milestones[i].due_date; for a milestone that is an initiative only milestones[i].initiative_id (positive,
// not an initiative that is already a milestone of this road). Whether the initiative exists is the store's
// to check.
Status validate_career_road(const CareerRoad& road);

// OK when `candidate` can be saved beside `others`, the plan's other roads (leave the candidate's own
// stored version out when updating). A Conflict on field "roads" when `others` already holds kMaxRoads
// roads; an invalid-argument Status on "name" when another road has the same name (trimmed, ASCII case
// ignored). Does not look at `current`: use switch_current_road to keep a single current road.
Status check_road_fits_plan(const CareerRoad& candidate, const std::vector<CareerRoad>& others);

// OK when `decision_id` (a decision of the decisions module that weighs a road) is unset or positive;
// otherwise an invalid-argument Status on "decision_id". Whether the decision exists is not checked here.
Status check_decision_id(const std::optional<std::int64_t>& decision_id);

// `roads` with roads[index] as the one current road and every other road not current.
// NotFound when `index` is out of range.
Result<std::vector<CareerRoad>> switch_current_road(std::vector<CareerRoad> roads, std::size_t index);

}  // namespace tn

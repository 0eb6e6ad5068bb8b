// Home's "next" list and the first-run path: what to do next, worked out from plain facts and today's date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"

namespace tn {

// An alignment snapshot older than this many days asks to be taken again; a balance rating likewise.
inline constexpr int kAlignmentFreshDays = 90;
inline constexpr int kBalanceFreshDays = 30;
// A task on the priorities matrix with a due date joins the list this many days before it (today included).
inline constexpr int kPriorityDueSoonDays = 7;

// The kinds of step, as the API names them; also the order of steps that fall due on the same day.
inline constexpr const char* kStepDecisionReview = "decision_review";
inline constexpr const char* kStepCheckIn = "check_in";
inline constexpr const char* kStepMilestone = "milestone";
inline constexpr const char* kStepInitiativeFinish = "initiative_finish";
inline constexpr const char* kStepPriority = "priority";
inline constexpr const char* kStepMonthlyReview = "monthly_review";
inline constexpr const char* kStepWeeklyReflection = "weekly_reflection";
inline constexpr const char* kStepAlignment = "alignment";
inline constexpr const char* kStepBalance = "balance";

// What the first-run path is made from.
struct FirstRunFacts {
  bool has_vision = false;              // a vision statement is saved
  bool has_core_values = false;         // a card sort is finished
  bool sort_in_progress = false;        // a card sort is started and not finished
  int skills = 0, strengths = 0, passions = 0;  // items in each list of the energetic centre
  bool has_alignment = false;           // an alignment snapshot is saved
  bool has_weekly_reflection = false;   // a weekly reflection is written (not in the trash)
  bool skipped = false;                 // the user skipped the path
};

// One step of the first-run path.
struct FirstRunStep {
  std::string key;     // vision, values, lists, alignment, reflection
  std::string title;
  std::string why;
  std::string href;
  std::string action;  // the button's words
  bool done = false;

  bool operator==(const FirstRunStep&) const = default;
};

// The five first steps of a new workbook, in order: the vision, the values card sort, the energetic
// centre lists (done when skills, strengths and passions each have an item), the first alignment
// assessment and the first weekly reflection. Each is done when the data says so.
std::vector<FirstRunStep> first_run_steps(const FirstRunFacts& facts);

// Whether Home shows the first-run path: it is not skipped and a step is not done yet.
bool first_run_open(const FirstRunFacts& facts);

// What the workbook holds that the list is made from. Dates are the user's local calendar dates.
struct NextStepFacts {
  Date today;
  Date workbook_started;        // the workbook's first day
  bool weekly_done_this_week = false;
  std::vector<Date> monthly_reviews;  // dates of monthly reviews (this month's and last month's decide)

  struct Decision {  // a decided decision with a review date, not reviewed yet
    std::int64_t id = 0;
    std::string title;
    std::string chosen_option;  // the option's name, "" when unknown
    Date review_on;
  };
  std::vector<Decision> decisions;

  struct Milestone {  // an open, dated milestone of an active initiative
    std::int64_t initiative_id = 0;
    std::string initiative_title;
    std::string title;
    Date due_on;
  };
  std::vector<Milestone> milestones;

  struct Initiative {  // an active initiative with a finish date
    std::int64_t id = 0;
    std::string title;
    Date finish_on;
  };
  std::vector<Initiative> initiatives;

  struct Partner {  // an accountability partner
    std::int64_t id = 0;
    std::string name;
    std::optional<int> cadence_weeks;  // nullopt: monthly
    std::optional<Date> last_met;      // the later of the date given and the newest check-in
  };
  std::vector<Partner> partners;

  struct Priority {  // an open task on the priorities matrix
    std::int64_t id = 0;
    std::string title;
    std::string quadrant;          // do, schedule, delegate or drop
    std::optional<Date> due_on;    // its due date, when it has one
  };
  std::vector<Priority> priorities;

  std::optional<Date> latest_alignment;  // the newest alignment snapshot's date
  std::optional<Date> latest_balance;    // the newest balance rating's date
};

// One thing to do, with why and where to start it.
struct NextStep {
  std::string kind;    // one of the kStep* names
  std::string title;   // what to do, e.g. "Review the decision: Move to Lisbon"
  std::string why;     // one sentence; dates in it are YYYY-MM-DD, for the page to show in its format
  std::string href;    // the page that starts it
  std::string action;  // the words of the button that goes there, e.g. "Start"
  std::optional<Date> due;  // when it is (or was) due; nullopt for a step with no date
  bool overdue = false;     // due before today

  bool operator==(const NextStep&) const = default;
};

// The ordered "next" list. Each step and when it is in the list:
//   weekly_reflection  this ISO week has no weekly reflection; due on its Sunday.
//   monthly_review     monthly_review_status (streak.h, with workbook_started) says due; due on the month's last day.
//   decision_review    a decision's review date is today or past; due then.
//   milestone          an open milestone's due date is past; due then.
//   initiative_finish  an active initiative's finish date is past; due then.
//   check_in           the next check-in with a partner (next_check_in_due, people.h) is today or past.
//   priority           a task with a due date within kPriorityDueSoonDays (or past); an undated one in "do".
//   alignment          the newest snapshot is more than 90 days old (due on day 90), or there is none.
//   balance            the newest rating is more than 30 days old (due on day 30), or there is none.
// While the first-run path is open (first_run_open(first_run)), steps without a date wait (a new workbook
// has enough to do), and so does the weekly reflection until the first one is written, which the path
// itself asks for.
// Order: steps due today or before, earliest first; then steps due later, earliest first; then steps
// without a date. Steps due on the same day follow the kStep* order above, then keep the facts' order.
std::vector<NextStep> next_steps(const NextStepFacts& facts, const FirstRunFacts& first_run);

}  // namespace tn

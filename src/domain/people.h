// People: accountability partners, their check-in cadence and due dates, check-ins and the commitments
// made in them, with the carry-over of open commitments from one check-in to the next.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/status.h"

namespace tn {

// Limits, shown to users in validation messages.
inline constexpr std::size_t kPartnerNameMaxChars = 120;
inline constexpr std::size_t kPartnerHelpMaxChars = 1000;
inline constexpr std::size_t kCheckInAgendaMaxChars = 5000;
inline constexpr std::size_t kCheckInNotesMaxChars = 20000;
inline constexpr std::size_t kCommitmentTextMaxChars = 200;  // the title limit of a task or milestone it may become
inline constexpr std::size_t kDropReasonMaxChars = 300;
inline constexpr std::size_t kMaxCommitmentsPerCheckIn = 20;
inline constexpr std::size_t kMaxPartners = 50;
inline constexpr int kMinCadenceWeeks = 1;
inline constexpr int kMaxCadenceWeeks = 26;
// A check-in or commitment due within this many days (today included) is "due soon".
inline constexpr int kDueSoonDays = 7;

// The words the API uses for a partner's role, a commitment's owner and a commitment's state.
inline constexpr std::array<std::string_view, 5> kPartnerRoles = {"mentor", "accountability_partner", "coach",
                                                                  "manager", "peer"};
inline constexpr std::array<std::string_view, 3> kCommitmentOwners = {"me", "partner", "both"};
inline constexpr std::string_view kCommitmentOpen = "open";
inline constexpr std::string_view kCommitmentDone = "done";
inline constexpr std::string_view kCommitmentDropped = "dropped";
inline constexpr std::string_view kCommitmentOnPriorities = "priority";   // a task on the priorities matrix
inline constexpr std::string_view kCommitmentOnMilestone = "milestone";   // a milestone of an initiative
// The states a user sets directly; the other two come from handing the commitment to another module.
inline constexpr std::array<std::string_view, 3> kCommitmentUserStates = {kCommitmentOpen, kCommitmentDone,
                                                                          kCommitmentDropped};

// Someone the user meets for accountability. `cadence_weeks` unset means monthly (the default).
struct Partner {
  std::string name;
  std::string role = "mentor";         // one of kPartnerRoles
  std::string how_they_help;
  std::optional<int> cadence_weeks;    // every N weeks (1..26); nullopt: monthly
  std::string last_met_on;             // "YYYY-MM-DD" the user gave (e.g. before the first logged check-in), or ""

  bool operator==(const Partner&) const = default;
};

// OK when the partner keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// name (required, max 120), role, how_they_help (max 1000), cadence_weeks (1..26 when set), last_met_on
// (a date when set).
Status validate_partner(const Partner& partner);

// "Monthly", "Every week" or "Every N weeks".
std::string cadence_label(const std::optional<int>& cadence_weeks);

// `date` plus `months` calendar months, the day clamped to the last day of the month (31 Jan + 1 = 28/29 Feb).
Date plus_months(const Date& date, int months);

// The day the next check-in is due: one calendar month after `last_met` (monthly), or 7 x cadence_weeks
// days after it. nullopt when they have not met yet (nothing to count from).
std::optional<Date> next_check_in_due(const std::optional<Date>& last_met, const std::optional<int>& cadence_weeks);

// How a due date stands on `today`.
inline constexpr std::string_view kDueNever = "never";        // no date to be due on
inline constexpr std::string_view kDueUpcoming = "upcoming";  // later than kDueSoonDays from today
inline constexpr std::string_view kDueSoon = "due_soon";      // today or within kDueSoonDays days
inline constexpr std::string_view kDueOverdue = "overdue";    // before today

struct DueState {
  std::string_view state;  // one of the kDue* words
  long long days = 0;      // days from today to the due date (negative when overdue); 0 for "never"
};

// The state of `due` on `today`: "never" without a date, "overdue" when due < today, "due_soon" when due is
// today or within the next kDueSoonDays - 1 days, "upcoming" otherwise.
DueState due_state(const std::optional<Date>& due, const Date& today);

// The later of the date the user gave and the newest logged check-in (either may be missing).
std::optional<Date> last_met(const std::optional<Date>& given, const std::optional<Date>& newest_check_in);

// A commitment as the user writes it in a check-in: what, who owns it, by when.
struct CommitmentInput {
  std::optional<std::int64_t> id;  // an existing commitment of the same check-in, kept with its state
  std::string text;
  std::string owner = "me";        // one of kCommitmentOwners
  std::string due_on;              // "YYYY-MM-DD" or ""

  bool operator==(const CommitmentInput&) const = default;
};

// What the user edits for one check-in.
struct CheckIn {
  std::int64_t partner_id = 0;
  std::string held_on;  // "YYYY-MM-DD"
  std::string agenda;
  std::string notes;
  std::vector<CommitmentInput> commitments;  // the ones made in this check-in, in order

  bool operator==(const CheckIn&) const = default;
};

// OK when the check-in keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// partner_id (positive), held_on (required date), agenda (max 5000), notes (max 20000), commitments (at
// most 20), commitments[i].id (positive, no repeats), commitments[i].text (required, max 200),
// commitments[i].owner, commitments[i].due_on (a date when set). Whether the partner exists is for the store.
Status validate_check_in(const CheckIn& check_in);

// OK when `state` (with `drop_reason`) can be set by the user: one of kCommitmentUserStates; a drop
// needs a reason (max 300). Otherwise invalid-argument on "state" or "drop_reason".
Status validate_commitment_state(std::string_view state, std::string_view drop_reason);

// Where a check-in sits in a partner's sequence: by date, then by id (two on one day keep their order).
struct CheckInKey {
  Date held_on;
  std::int64_t id = 0;

  auto operator<=>(const CheckInKey&) const = default;
};

// Whether a commitment made at `origin` and closed on `closed_on` (nullopt while open) was on the agenda
// of the same partner's check-in `target`: target comes after origin and the commitment was still open
// that day (closing it on the day of the check-in counts as discussed there).
bool carried_onto(const CheckInKey& origin, const std::optional<Date>& closed_on, const CheckInKey& target);

// How many times the commitment was carried: the number of `partner_check_ins` (sorted ascending, the
// partner's check-ins) it was carried onto (carried_onto), counting only those up to `as_of` when given.
int carried_count(const CheckInKey& origin, const std::optional<Date>& closed_on,
                  std::span<const CheckInKey> partner_check_ins, const std::optional<CheckInKey>& as_of = std::nullopt);

// "Carried once", "Carried 3 times"; "" for 0.
std::string carried_label(int count);

}  // namespace tn

// The monthly review: calendar months, what a review finds in its month (balance and alignment against last
// month, boundaries and self-care kept or slipped, initiatives), and a year of months side by side.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "domain/alignment.h"
#include "domain/balance.h"
#include "domain/date.h"
#include "domain/status.h"

namespace tn {

// ---- Months ----

// A calendar month. Comparable.
struct Month {
  int year = 1970;
  int month = 1;  // 1..12

  Date first_day() const { return {year, month, 1}; }
  Date last_day() const { return {year, month, days_in_month(year, month)}; }
  std::string str() const;  // "YYYY-MM"
  Month previous() const;
  // Whether `date` ("YYYY-MM-DD", or a timestamp starting with one) falls within the month.
  bool contains(std::string_view date) const;

  auto operator<=>(const Month&) const = default;
};

Month month_of(const Date& date);

// Whether a review of `month` is settled on `today`: the month after it is over too (a review is often
// written in the first days of the next month). A settled review keeps the facts it saved.
bool review_settled(const Month& month, const Date& today);

// Parses exactly "YYYY-MM" for years 1900..9999; otherwise an invalid-argument Status naming `field`:
// "<field> must be a month like 2026-03".
Result<Month> parse_month_field(const std::string& field, std::string_view text);

// ---- Boundaries and self-care, kept or slipped ----

inline constexpr std::string_view kPracticeKept = "kept";
inline constexpr std::string_view kPracticeSlipped = "slipped";
inline constexpr std::size_t kMaxPracticeNoteChars = 500;

// A boundary or self-care routine as it stands today (list "boundaries" or "self_care").
struct PracticeItem {
  std::string list;
  std::int64_t id = 0;
  std::string name;
};

// How one practice went in the month: kept or slipped, with a note. `name` is the practice as it read then.
struct PracticeMark {
  std::string list;
  std::int64_t item_id = 0;
  std::string name;
  std::string state;  // kPracticeKept or kPracticeSlipped
  std::string note;

  bool operator==(const PracticeMark&) const = default;
};

// Checks the marks of a review against today's practices `items` and returns them ready to store, each with
// its item's name and the note trimmed; the first problem is an invalid-argument Status naming
// "practices[i].<field>": list (boundaries or self_care), item_id (one of that list's items, marked once),
// state (kept or slipped), note (at most 500 characters). Practices left unmarked are simply not listed.
Result<std::vector<PracticeMark>> check_practice_marks(const std::vector<PracticeMark>& marks,
                                                       const std::vector<PracticeItem>& items);

struct PracticeTally {
  int kept = 0;
  int slipped = 0;
};

struct PracticeTallies {
  PracticeTally boundaries;
  PracticeTally self_care;
};

// How many boundaries and self-care routines were kept and how many slipped.
PracticeTallies tally_practices(const std::vector<PracticeMark>& marks);

// ---- Balance and alignment against last month ----

// A balance snapshot: its id, date and ratings.
struct BalancePoint {
  std::int64_t id = 0;
  std::string date;  // YYYY-MM-DD
  std::vector<AreaRating> ratings;
};

// An alignment snapshot reduced to what the review compares: its overall and core-values scores.
struct AlignmentPoint {
  std::int64_t id = 0;
  std::string date;  // YYYY-MM-DD
  std::optional<int> overall;
  std::optional<int> values;
};

// The newest of `points` (oldest first, as the stores list them) dated within `month`; nullptr when none.
template <typename Point>
const Point* newest_within(const std::vector<Point>& points, const Month& month) {
  for (auto it = points.rbegin(); it != points.rend(); ++it) {
    if (month.contains(it->date)) return &*it;
  }
  return nullptr;
}

// The point of `points` with id `id`; nullptr when none (or no id).
template <typename Point>
const Point* point_with_id(const std::vector<Point>& points, const std::optional<std::int64_t>& id) {
  for (const Point& p : points) {
    if (id && p.id == *id) return &p;
  }
  return nullptr;
}

// The snapshot `chosen` names among `points`: nullptr when none is chosen; an invalid-argument Status on `field`
// ("<field> must be one of your <what>") when no point has that id.
template <typename Point>
Result<const Point*> chosen_point(const std::vector<Point>& points, const std::optional<std::int64_t>& chosen,
                                  const std::string& field, std::string_view what) {
  if (!chosen) return static_cast<const Point*>(nullptr);
  if (const Point* found = point_with_id(points, chosen)) return found;
  return Status::Invalid(field, field + " must be one of your " + std::string(what));
}

// The snapshot a review of `month` compares `current` with ("last month"): the newest of `points` (oldest
// first) dated before the month began that is not `current` and not dated after it; nullptr when none.
template <typename Point>
const Point* point_before(const std::vector<Point>& points, const Month& month,
                          const std::type_identity_t<Point>* current) {
  const std::string first = month.first_day().str();
  for (auto it = points.rbegin(); it != points.rend(); ++it) {
    if (it->date >= first) continue;
    if (current == nullptr || (it->id != current->id && it->date <= current->date)) return &*it;
  }
  return nullptr;
}

// One life area in this month's snapshot and last month's.
struct AreaComparison {
  std::string area;               // as named in the current snapshot (or the previous one when only it has it)
  std::optional<int> previous;
  std::optional<int> current;
  std::optional<int> change;      // current - previous, when both are rated
};

// Balance averages are shown to one decimal: this one's rounding, half away from zero.
double round_to_tenth(double value);

// This month's balance snapshot against last month's: each area of `current` (in its order, then the areas
// only `previous` rated, matched by name_key), both averages (one decimal) and their change. Either side may
// be missing; the areas then hold the other side only.
struct BalanceComparison {
  std::vector<AreaComparison> areas;
  std::optional<double> average;
  std::optional<double> previous_average;
  std::optional<double> change;
};
BalanceComparison compare_balance(const BalancePoint* current, const BalancePoint* previous);

// The alignment change from last month's snapshot to this month's (points), when both have an overall score.
std::optional<int> alignment_change(const AlignmentPoint* current, const AlignmentPoint* previous);

// The trend a review shows: the newest `count` points of `points` (oldest first) dated up to the end of
// `month`, oldest first.
std::vector<AlignmentPoint> alignment_trend(const std::vector<AlignmentPoint>& points, const Month& month,
                                            std::size_t count = 12);

// One rated item of an alignment snapshot with the id of the value or list item it rates.
struct RatedItem {
  AlignmentRating rating;
  std::int64_t item_id = 0;
};

// The ratings of a quick re-assessment of the core values against the mission: `values` (the core values as
// re-rated now) in their order, then every rating of `latest` outside the values category as it was, so the
// other categories, and so the overall score, stay comparable with the last full assessment.
std::vector<RatedItem> reassess_values(const std::vector<RatedItem>& latest, const std::vector<RatedItem>& values);

// ---- Initiatives ----

// An initiative as a review records it.
struct InitiativeState {
  std::int64_t id = 0;
  std::string title;
  std::string status;  // one of kInitiativeStatuses
  int progress = 0;
  int milestones_done = 0;
  int milestones_total = 0;
  std::string changed_on;  // the date (YYYY-MM-DD) of its last change

  bool operator==(const InitiativeState&) const = default;
};

// The initiatives a review of `month` records, in input order: the active ones and those done whose last
// change fell within the month (marked done then).
std::vector<InitiativeState> initiatives_for_review(const std::vector<InitiativeState>& all, const Month& month);

// How many of `initiatives` are done.
int count_done(const std::vector<InitiativeState>& initiatives);

// ---- A year of reviews ----

// What a saved review of a month holds for the year view.
struct ReviewSummary {
  std::int64_t entry_id = 0;
  std::string entry_date;  // the month is the entry date's
  std::optional<int> alignment_overall;
  std::optional<double> balance_average;
  int initiatives_done = 0;
  PracticeTallies practices;
};

// One month of the year view. Alignment and balance are the month's review's when it recorded them, else the
// month's newest snapshot; initiatives done and practices come from the review only.
struct MonthSummary {
  Month month;
  std::optional<std::int64_t> review_entry_id;  // the month's newest review
  std::optional<int> alignment;
  std::optional<double> balance_average;
  int reflections = 0;  // weekly reflections dated in the month
  std::optional<int> initiatives_done;
  std::optional<PracticeTallies> practices;
};

// A year side by side, so drift shows: the first and the last month that has a value of each row.
struct YearSummary {
  int year = 0;
  std::vector<MonthSummary> months;  // January to December
  std::optional<int> alignment_change;        // last - first month with a score
  std::optional<double> balance_change;       // last - first month with an average (one decimal)
  int reflections = 0;
  int reviews = 0;
};

// The twelve months of `year` from all snapshots (oldest first), the dates of weekly reflections and the saved
// reviews (any order; of two reviews of one month the one with the later entry date, then higher id, counts).
YearSummary summarise_year(int year, const std::vector<AlignmentPoint>& alignment,
                           const std::vector<BalancePoint>& balance, const std::vector<Date>& reflections,
                           const std::vector<ReviewSummary>& reviews);

}  // namespace tn

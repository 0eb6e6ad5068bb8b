// The monthly review: calendar months, what a review finds in its month (balance and alignment against last
// month, boundaries and self-care kept or slipped, initiatives), and a year of months side by side.
#include "domain/monthly_review.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include "domain/goals.h"
#include "domain/text.h"

namespace tn {
namespace {

constexpr std::array<std::string_view, 2> kPracticeLists = {"boundaries", "self_care"};
constexpr std::array<std::string_view, 2> kPracticeStates = {kPracticeKept, kPracticeSlipped};

// The change from `first` to `last` of the months' values that `value` reads, or nullopt with fewer than two.
template <typename T, typename Read>
std::optional<T> first_to_last(const std::vector<MonthSummary>& months, Read value) {
  std::optional<T> first, last;
  int seen = 0;
  for (const MonthSummary& m : months) {
    if (const std::optional<T> v = value(m)) {
      if (!first) first = v;
      last = v;
      ++seen;
    }
  }
  if (seen < 2) return std::nullopt;
  return *last - *first;
}

// Whether review `a` replaces review `b` as its month's: a later entry date, then a higher id.
bool newer_review(const ReviewSummary& a, const ReviewSummary& b) {
  return a.entry_date != b.entry_date ? a.entry_date > b.entry_date : a.entry_id > b.entry_id;
}

}  // namespace

std::string Month::str() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, month);
  return text;
}

Month Month::previous() const { return month == 1 ? Month{year - 1, 12} : Month{year, month - 1}; }

bool Month::contains(std::string_view date) const {
  const std::optional<Date> day = parse_date(date.substr(0, 10));
  return day && day->year == year && day->month == month;
}

Month month_of(const Date& date) { return {date.year, date.month}; }

bool review_settled(const Month& month, const Date& today) {
  const Month next = month.month == 12 ? Month{month.year + 1, 1} : Month{month.year, month.month + 1};
  return today > next.last_day();
}

Result<Month> parse_month_field(const std::string& field, std::string_view text) {
  const std::optional<Date> first = text.size() == 7 ? parse_date(std::string(text) + "-01") : std::nullopt;
  if (!first) return Status::Invalid(field, field + " must be a month like 2026-03");
  return month_of(*first);
}

Result<std::vector<PracticeMark>> check_practice_marks(const std::vector<PracticeMark>& marks,
                                                       const std::vector<PracticeItem>& items) {
  std::vector<PracticeMark> out;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const std::string prefix = indexed("practices", i) + ".";
    const PracticeMark& mark = marks[i];
    if (Status s = check_one_of(prefix + "list", mark.list, kPracticeLists); !s.ok()) return s;
    const auto item = std::find_if(items.begin(), items.end(), [&](const PracticeItem& p) {
      return p.list == mark.list && p.id == mark.item_id;
    });
    if (item == items.end()) {
      const std::string what = mark.list == "boundaries" ? "boundaries" : "self-care routines";
      return Status::Invalid(prefix + "item_id", prefix + "item_id must be one of your " + what);
    }
    const bool repeated = std::any_of(out.begin(), out.end(), [&](const PracticeMark& m) {
      return m.list == mark.list && m.item_id == mark.item_id;
    });
    if (repeated) return Status::Invalid(prefix + "item_id", prefix + "item_id is marked twice");
    if (Status s = check_one_of(prefix + "state", mark.state, kPracticeStates); !s.ok()) return s;
    const std::string note = trim(mark.note);
    if (Status s = check_max_length(prefix + "note", note, kMaxPracticeNoteChars); !s.ok()) return s;
    out.push_back({mark.list, mark.item_id, item->name, mark.state, note});
  }
  return out;
}

PracticeTallies tally_practices(const std::vector<PracticeMark>& marks) {
  PracticeTallies out;
  for (const PracticeMark& m : marks) {
    PracticeTally& tally = m.list == "boundaries" ? out.boundaries : out.self_care;
    (m.state == kPracticeKept ? tally.kept : tally.slipped) += 1;
  }
  return out;
}

double round_to_tenth(double value) { return std::round(value * 10) / 10; }

BalanceComparison compare_balance(const BalancePoint* current, const BalancePoint* previous) {
  BalanceComparison out;
  const std::vector<AreaRating> none;
  const std::vector<AreaRating>& now = current ? current->ratings : none;
  const std::vector<AreaRating>& before = previous ? previous->ratings : none;
  const auto rating_in = [](const std::vector<AreaRating>& ratings, const std::string& area) -> std::optional<int> {
    for (const AreaRating& r : ratings) {
      if (name_key(r.area) == name_key(area)) return r.rating;
    }
    return std::nullopt;
  };
  for (const AreaRating& r : now) {
    const std::optional<int> was = rating_in(before, r.area);
    out.areas.push_back({r.area, was, r.rating, was ? std::optional<int>(r.rating - *was) : std::nullopt});
  }
  for (const AreaRating& r : before) {
    if (!rating_in(now, r.area)) out.areas.push_back({r.area, r.rating, std::nullopt, std::nullopt});
  }
  if (const auto average = balance_average(now)) out.average = round_to_tenth(*average);
  if (const auto average = balance_average(before)) out.previous_average = round_to_tenth(*average);
  if (out.average && out.previous_average) out.change = round_to_tenth(*out.average - *out.previous_average);
  return out;
}

std::optional<int> alignment_change(const AlignmentPoint* current, const AlignmentPoint* previous) {
  if (!current || !previous || !current->overall || !previous->overall) return std::nullopt;
  return *current->overall - *previous->overall;
}

std::vector<AlignmentPoint> alignment_trend(const std::vector<AlignmentPoint>& points, const Month& month,
                                            std::size_t count) {
  const std::string last = month.last_day().str();
  std::vector<AlignmentPoint> out;
  for (const AlignmentPoint& p : points) {
    if (p.date <= last) out.push_back(p);
  }
  if (out.size() > count) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(count));
  return out;
}

std::vector<RatedItem> reassess_values(const std::vector<RatedItem>& latest, const std::vector<RatedItem>& values) {
  std::vector<RatedItem> out = values;
  for (const RatedItem& r : latest) {
    if (r.rating.category != AlignmentCategory::kValues) out.push_back(r);
  }
  return out;
}

std::vector<InitiativeState> initiatives_for_review(const std::vector<InitiativeState>& all, const Month& month) {
  std::vector<InitiativeState> out;
  for (const InitiativeState& i : all) {
    if (i.status == kStatusActive || (i.status == kStatusDone && month.contains(i.changed_on))) out.push_back(i);
  }
  return out;
}

int count_done(const std::vector<InitiativeState>& initiatives) {
  return static_cast<int>(std::count_if(initiatives.begin(), initiatives.end(),
                                        [](const InitiativeState& i) { return i.status == kStatusDone; }));
}

YearSummary summarise_year(int year, const std::vector<AlignmentPoint>& alignment,
                           const std::vector<BalancePoint>& balance, const std::vector<Date>& reflections,
                           const std::vector<ReviewSummary>& reviews) {
  std::map<int, const ReviewSummary*> review_of;  // month -> its review
  for (const ReviewSummary& r : reviews) {
    const std::optional<Date> date = parse_date(r.entry_date);
    if (!date || date->year != year) continue;
    const ReviewSummary*& kept = review_of[date->month];
    if (kept == nullptr || newer_review(r, *kept)) kept = &r;
  }
  YearSummary out;
  out.year = year;
  for (int m = 1; m <= 12; ++m) {
    MonthSummary s;
    s.month = {year, m};
    s.reflections = static_cast<int>(std::count_if(reflections.begin(), reflections.end(), [&](const Date& d) {
      return d.year == year && d.month == m;
    }));
    if (const AlignmentPoint* a = newest_within(alignment, s.month)) s.alignment = a->overall;
    if (const BalancePoint* b = newest_within(balance, s.month)) {
      if (const auto average = balance_average(b->ratings)) s.balance_average = round_to_tenth(*average);
    }
    if (const auto found = review_of.find(m); found != review_of.end()) {
      const ReviewSummary& r = *found->second;
      s.review_entry_id = r.entry_id;
      if (r.alignment_overall) s.alignment = r.alignment_overall;
      if (r.balance_average) s.balance_average = r.balance_average;
      s.initiatives_done = r.initiatives_done;
      s.practices = r.practices;
      ++out.reviews;
    }
    out.reflections += s.reflections;
    out.months.push_back(s);
  }
  out.alignment_change = first_to_last<int>(out.months, [](const MonthSummary& m) { return m.alignment; });
  if (const auto change = first_to_last<double>(out.months, [](const MonthSummary& m) { return m.balance_average; })) {
    out.balance_change = round_to_tenth(*change);
  }
  return out;
}

}  // namespace tn

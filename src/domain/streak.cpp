// Journal cadence: weekly reflection streaks, the monthly review reminder and "this week in earlier years".
#include "domain/streak.h"

#include <algorithm>

namespace tn {
namespace {

constexpr int kEarliestSupportedYear = 1900;  // parse_date accepts no earlier year

// The first day of the month `months` months after the month of `date` (negative: before).
Date first_of_month_offset(const Date& date, int months) {
  const int zero_based = date.year * 12 + (date.month - 1) + months;
  return Date{zero_based / 12, zero_based % 12 + 1, 1};
}

bool same_month(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month; }

}  // namespace

long long iso_week_index(const Date& date) {
  const long long monday = date.days() - (date.iso_weekday() - 1);
  return (monday - 4) / 7;  // 1970-01-05 is day 4; Monday minus 4 is always a multiple of 7
}

WeeklyCadence weekly_cadence(std::span<const Date> weekly_reflection_dates, const Date& today) {
  const long long current = iso_week_index(today);
  std::vector<long long> weeks;
  weeks.reserve(weekly_reflection_dates.size());
  for (const Date& date : weekly_reflection_dates) {
    const long long week = iso_week_index(date);
    if (week <= current) weeks.push_back(week);
  }
  std::sort(weeks.begin(), weeks.end());
  weeks.erase(std::unique(weeks.begin(), weeks.end()), weeks.end());

  WeeklyCadence cadence;
  int run = 0;
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    run = (i > 0 && weeks[i] == weeks[i - 1] + 1) ? run + 1 : 1;
    cadence.longest_streak = std::max(cadence.longest_streak, run);
    if (weeks[i] > current - kRecentWeeks) ++cadence.weeks_in_last_12;
  }
  // `run` now ends at the newest reflected week; it is current if that week is this week or last week.
  cadence.done_this_week = !weeks.empty() && weeks.back() == current;
  if (!weeks.empty() && weeks.back() >= current - 1) cadence.current_streak = run;
  return cadence;
}

MonthlyReviewStatus monthly_review_status(std::span<const Date> monthly_review_dates, const Date& today,
                                          const Date& workbook_started) {
  const Date last_month = first_of_month_offset(today, -1);
  const Date this_month = first_of_month_offset(today, 0);
  bool last_month_done = false;
  MonthlyReviewStatus status;
  for (const Date& date : monthly_review_dates) {
    status.done_this_month = status.done_this_month || same_month(date, today);
    last_month_done = last_month_done || same_month(date, last_month);
  }
  if (status.done_this_month) {
    const Date next_month = first_of_month_offset(today, 1);
    status.due_from = Date{next_month.year, next_month.month, kMonthlyReviewDueDay};
  } else {
    const bool last_month_missed = !last_month_done && workbook_started < this_month;
    status.due_from = std::max(Date{today.year, today.month, last_month_missed ? 1 : kMonthlyReviewDueDay},
                               workbook_started.plus_days(1));
  }
  status.due = !status.done_this_month && today >= status.due_from;
  return status;
}

std::vector<WeekRange> same_week_in_earlier_years(const Date& today, int earliest_year) {
  const IsoWeek now = iso_week(today);
  std::vector<WeekRange> ranges;
  for (int year = now.year - 1; year >= std::max(earliest_year, kEarliestSupportedYear); --year) {
    if (now.week > iso_weeks_in_year(year)) continue;
    const IsoWeek week{year, now.week};
    const Date monday = iso_week_monday(week);
    ranges.push_back(WeekRange{week, monday, monday.plus_days(6)});
  }
  return ranges;
}

}  // namespace tn

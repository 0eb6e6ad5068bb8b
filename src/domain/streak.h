// Journal cadence: weekly reflection streaks, the monthly review reminder and "this week in earlier years".
#pragma once

#include <span>
#include <vector>

#include "domain/date.h"

namespace tn {

// Number of weeks in the "recent" window: the current ISO week plus the 11 weeks before it.
inline constexpr int kRecentWeeks = 12;

// From this day of the month on, the current month's review is due (when it is not done yet).
inline constexpr int kMonthlyReviewDueDay = 25;

// A running count of ISO weeks: the week that starts on Monday 1970-01-05 has index 0, the one before it
// -1, and consecutive weeks (also across ISO week-years, 52- and 53-week years alike) differ by exactly 1.
long long iso_week_index(const Date& date);

// The weekly reflection figures shown on Home and in the Journal.
struct WeeklyCadence {
  // Consecutive ISO weeks with at least one weekly reflection, ending at the current week when it has
  // one, otherwise at the previous week: an unfinished current week never breaks the streak. 0 when
  // neither the current nor the previous week has a reflection.
  int current_streak = 0;
  int longest_streak = 0;        // the longest such run ever (>= current_streak)
  int weeks_in_last_12 = 0;      // weeks with a reflection among the current week and the 11 before it
  bool done_this_week = false;   // the current ISO week has a reflection
};

// Computes the cadence from the dates of all weekly reflections (any order, duplicates and several per
// week allowed) and `today`, the user's local date. Reflections dated after the current ISO week are
// ignored by every figure. Weeks are ISO 8601 weeks (Monday first).
WeeklyCadence weekly_cadence(std::span<const Date> weekly_reflection_dates, const Date& today);

// Whether the monthly review wants attention.
struct MonthlyReviewStatus {
  bool done_this_month = false;  // a monthly review is dated in today's calendar month
  bool due = false;              // !done_this_month && today >= due_from
  // The day the current month's review becomes (or became) due: the 1st of this month when last month
  // was missed (it has no review and the workbook already existed before this month), otherwise the 25th
  // of this month, but never before the day after the workbook's first day. When this month is already
  // done, the 25th of next month.
  Date due_from;
};

// Computes the monthly review status from the dates of all monthly reviews (those of this month and last
// month decide it), `today` and the workbook's first day (`workbook_started`). Rule: a month is covered by
// any review dated in it; the review is due from the 25th, or from the 1st when last month was not covered
// although the workbook existed then; a new workbook never has it due on its first day.
MonthlyReviewStatus monthly_review_status(std::span<const Date> monthly_review_dates, const Date& today,
                                          const Date& workbook_started);

// One ISO week as a date range.
struct WeekRange {
  IsoWeek week;
  Date monday;
  Date sunday;
};

// "This week in earlier years": for today's ISO week number N (of ISO week-year Y), the week N of every
// ISO week-year from Y-1 down to `earliest_year` (clamped to 1900), newest first. Week 53 exists only in
// 53-week years: when today is in week 53, years without one are skipped, not mapped to week 52, so every
// range shown is truly "week N". Empty when earliest_year >= Y.
std::vector<WeekRange> same_week_in_earlier_years(const Date& today, int earliest_year);

}  // namespace tn

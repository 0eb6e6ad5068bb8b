// Unit tests for journal cadence: ISO week streaks across year boundaries, monthly review, earlier years.
#include <catch2/catch.hpp>

#include <vector>

#include "domain/streak.h"

using namespace tn;

namespace {

Date d(int year, int month, int day) { return Date{year, month, day}; }

// Calendar facts used below, worked out by hand from "1 January of year Y is weekday W" and month lengths:
//   2026-01-01 is a Thursday, so ISO 2026 week 1 starts Mon 2025-12-29 and 2026 has 53 weeks
//   (week 53 = Mon 2026-12-28 .. Sun 2027-01-03). 2026-11-23 is day 326 (0-based: 304 days Jan..Oct
//   + 22) = 329 days after 2025-12-29 = 47 weeks, so it is the Monday of week 48.
//   2020-01-01 is a Wednesday of a leap year -> 53 weeks; week 53 = Mon 2020-12-28 .. Sun 2021-01-03.
//   2015-01-01 is a Thursday -> 53 weeks; week 53 = Mon 2015-12-28 .. Sun 2016-01-03.
//   2025-01-01 is a Wednesday (not leap) -> 52 weeks; week 52 = Mon 2025-12-22 .. Sun 2025-12-28.
const Date kThursdayWeek48 = d(2026, 11, 26);  // today in most cases: ISO week 48 of 2026

}  // namespace

TEST_CASE("iso_week_index counts weeks continuously", "[streak]") {
  // 1970-01-05 is the first Monday after Thursday 1970-01-01.
  CHECK(iso_week_index(d(1970, 1, 5)) == 0);
  CHECK(iso_week_index(d(1970, 1, 11)) == 0);  // its Sunday
  CHECK(iso_week_index(d(1970, 1, 4)) == -1);
  // 2026-11-23: days since 1970-01-01 = 56 * 365 + 14 leap days (1972..2024) + 326 = 20780;
  // (20780 - 4) / 7 = 2968.
  CHECK(iso_week_index(d(2026, 11, 23)) == 2968);
  CHECK(iso_week_index(d(2026, 11, 29)) == 2968);

  SECTION("week 53 sits between week 52 and the next week 1") {
    CHECK(iso_week_index(d(2020, 12, 28)) == iso_week_index(d(2020, 12, 21)) + 1);
    CHECK(iso_week_index(d(2021, 1, 4)) == iso_week_index(d(2020, 12, 28)) + 1);
    CHECK(iso_week_index(d(2021, 1, 3)) == iso_week_index(d(2020, 12, 31)));  // both in 2020-W53
  }
  SECTION("leap days: 2024 and 2000 are leap years, 1900 is not") {
    // Mon 2024-02-26 + 7 days = Mon 2024-03-04 (February has 29 days); Thu 2024-02-29 is in between.
    CHECK(iso_week_index(d(2024, 3, 4)) == iso_week_index(d(2024, 2, 26)) + 1);
    CHECK(iso_week_index(d(2024, 2, 29)) == iso_week_index(d(2024, 2, 26)));
    // 2000-01-01 is a Saturday; Feb 29 is 59 days later -> a Tuesday; its Monday is 2000-02-28,
    // and the next Monday 2000-03-06.
    CHECK(iso_week_index(d(2000, 2, 29)) == iso_week_index(d(2000, 2, 28)));
    CHECK(iso_week_index(d(2000, 3, 6)) == iso_week_index(d(2000, 2, 28)) + 1);
    CHECK(iso_week_index(d(2000, 3, 5)) == iso_week_index(d(2000, 2, 28)));  // Sunday
    // 1900-01-01 is a Monday; Feb 26 is 56 days later -> Monday; with a 28-day February the next Monday
    // is 1900-03-05 and Sunday 1900-03-04 still belongs to the Feb 26 week.
    CHECK(iso_week_index(d(1900, 3, 4)) == iso_week_index(d(1900, 2, 26)));
    CHECK(iso_week_index(d(1900, 3, 5)) == iso_week_index(d(1900, 2, 26)) + 1);
  }
}

TEST_CASE("weekly_cadence basic cases", "[streak]") {
  SECTION("no reflections at all") {
    const WeeklyCadence c = weekly_cadence({}, kThursdayWeek48);
    CHECK(c.current_streak == 0);
    CHECK(c.longest_streak == 0);
    CHECK(c.weeks_in_last_12 == 0);
    CHECK_FALSE(c.done_this_week);
  }
  SECTION("only this week") {
    const std::vector<Date> dates{d(2026, 11, 23)};
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 1);
    CHECK(c.longest_streak == 1);
    CHECK(c.weeks_in_last_12 == 1);
    CHECK(c.done_this_week);
  }
  SECTION("current week not done yet does not break the streak") {
    const std::vector<Date> dates{d(2026, 11, 16), d(2026, 11, 10)};  // weeks 47 and 46
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 2);
    CHECK_FALSE(c.done_this_week);
  }
  SECTION("a missed previous week ends the current streak") {
    const std::vector<Date> dates{d(2026, 11, 12), d(2026, 11, 5)};  // weeks 46 and 45, 47 missed
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 0);
    CHECK(c.longest_streak == 2);
    CHECK(c.weeks_in_last_12 == 2);
  }
  SECTION("a gap of one week restarts the count") {
    const std::vector<Date> dates{d(2026, 11, 24), d(2026, 11, 12), d(2026, 11, 5)};  // 48, 46, 45
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 1);
    CHECK(c.longest_streak == 2);
    CHECK(c.done_this_week);
  }
  SECTION("several entries in one week count once, in any order") {
    // Mon 16, Sun 22 and Wed 18 November are all week 47.
    const std::vector<Date> dates{d(2026, 11, 22), d(2026, 11, 16), d(2026, 11, 18), d(2026, 11, 16)};
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 1);
    CHECK(c.longest_streak == 1);
    CHECK(c.weeks_in_last_12 == 1);
  }
  SECTION("entries dated after the current week are ignored") {
    const std::vector<Date> dates{d(2026, 11, 30), d(2026, 12, 7)};  // weeks 49 and 50
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 0);
    CHECK(c.longest_streak == 0);
    CHECK_FALSE(c.done_this_week);
  }
  SECTION("longest streak from the past outlives the current one") {
    // Four consecutive Mondays in March 2026 (2, 9, 16, 23), then weeks 47 and 48.
    const std::vector<Date> dates{d(2026, 3, 2),   d(2026, 3, 9),   d(2026, 3, 16),
                                  d(2026, 3, 23),  d(2026, 11, 17), d(2026, 11, 26)};
    const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
    CHECK(c.current_streak == 2);
    CHECK(c.longest_streak == 4);
  }
}

TEST_CASE("weekly_cadence counts the last 12 weeks: the current week and the 11 before", "[streak]") {
  // Week 48 starts Mon 2026-11-23; 11 weeks (77 days) earlier is Mon 2026-09-07 (week 37): 23 Nov - 31 days
  // = 23 Oct, - 30 days = 23 Sep, - 16 days = 7 Sep. So the window is Mon 2026-09-07 .. Sun 2026-11-29.
  // Week 40 starts 7 Sep + 21 days = Mon 2026-09-28.
  const std::vector<Date> dates{d(2026, 11, 23), d(2026, 9, 28), d(2026, 10, 2), d(2026, 9, 7),
                                d(2026, 9, 6)};  // 9-6 is the Sunday of week 36: outside
  const WeeklyCadence c = weekly_cadence(dates, kThursdayWeek48);
  CHECK(c.weeks_in_last_12 == 3);  // weeks 48, 40, 37
  CHECK(c.current_streak == 1);
  CHECK(c.longest_streak == 2);  // weeks 36 and 37
}

TEST_CASE("weekly_cadence across ISO year boundaries", "[streak]") {
  SECTION("2020 has a week 53 that must be reflected for the streak to continue") {
    // Mon 2020-12-21 = 2020-W52, Thu 2020-12-31 = 2020-W53, Thu 2021-01-07 = 2021-W01 (Mon 2021-01-04).
    const std::vector<Date> dates{d(2020, 12, 21), d(2020, 12, 31), d(2021, 1, 7)};
    CHECK(weekly_cadence(dates, d(2021, 1, 10)).current_streak == 3);

    const std::vector<Date> week_53_missed{d(2020, 12, 22), d(2021, 1, 5)};  // W52 and 2021-W01
    const WeeklyCadence c = weekly_cadence(week_53_missed, d(2021, 1, 10));
    CHECK(c.current_streak == 1);
    CHECK(c.longest_streak == 1);
  }
  SECTION("2015 week 53 to 2016 week 1") {
    // Wed 2015-12-30 = 2015-W53; Mon 2016-01-04 = 2016-W01.
    const std::vector<Date> dates{d(2015, 12, 30), d(2016, 1, 4)};
    const WeeklyCadence c = weekly_cadence(dates, d(2016, 1, 6));
    CHECK(c.current_streak == 2);
    CHECK(c.done_this_week);
  }
  SECTION("2026 week 53 lies partly in January 2027") {
    // Mon 2026-12-21 = W52; Fri 2027-01-01 = 2026-W53; today Tue 2027-01-05 = 2027-W01, not done yet.
    const std::vector<Date> dates{d(2026, 12, 21), d(2027, 1, 1)};
    const WeeklyCadence c = weekly_cadence(dates, d(2027, 1, 5));
    CHECK(c.current_streak == 2);
    CHECK_FALSE(c.done_this_week);
  }
  SECTION("2025-12-31 already belongs to 2026-W01") {
    // Wed 2025-12-24 = 2025-W52; Wed 2025-12-31 and Sun 2026-01-04 are both 2026-W01 (Mon 2025-12-29).
    const std::vector<Date> dates{d(2025, 12, 24), d(2025, 12, 31), d(2026, 1, 4)};
    const WeeklyCadence c = weekly_cadence(dates, d(2026, 1, 2));
    CHECK(c.current_streak == 2);
    CHECK(c.weeks_in_last_12 == 2);
    CHECK(c.done_this_week);
  }
}

TEST_CASE("monthly_review_status uses the 25th, or the 1st after a missed month", "[streak]") {
  const Date kLongAgo = d(2020, 1, 1);  // a workbook started long before: the months before count
  SECTION("no review ever: due from the 1st") {
    const MonthlyReviewStatus s = monthly_review_status({}, d(2026, 11, 10), kLongAgo);
    CHECK_FALSE(s.done_this_month);
    CHECK(s.due);
    CHECK(s.due_from == d(2026, 11, 1));
  }
  SECTION("last month reviewed: due from the 25th") {
    const std::vector<Date> dates{d(2026, 10, 28)};
    const MonthlyReviewStatus before = monthly_review_status(dates, d(2026, 11, 24), kLongAgo);
    CHECK_FALSE(before.due);
    CHECK(before.due_from == d(2026, 11, 25));
    CHECK(monthly_review_status(dates, d(2026, 11, 25), kLongAgo).due);
    CHECK(monthly_review_status(dates, d(2026, 11, 30), kLongAgo).due);
  }
  SECTION("this month reviewed: not due until the 25th of next month") {
    const std::vector<Date> dates{d(2026, 10, 28), d(2026, 11, 2)};
    const MonthlyReviewStatus s = monthly_review_status(dates, d(2026, 11, 28), kLongAgo);
    CHECK(s.done_this_month);
    CHECK_FALSE(s.due);
    CHECK(s.due_from == d(2026, 12, 25));
  }
  SECTION("year boundary") {
    const std::vector<Date> december{d(2026, 12, 5)};
    CHECK(monthly_review_status(december, d(2026, 12, 27), kLongAgo).due_from == d(2027, 1, 25));
    const MonthlyReviewStatus january = monthly_review_status(december, d(2027, 1, 10), kLongAgo);
    CHECK_FALSE(january.due);
    CHECK(january.due_from == d(2027, 1, 25));
  }
  SECTION("a review two months ago does not cover last month") {
    const std::vector<Date> dates{d(2026, 1, 31)};
    const MonthlyReviewStatus s = monthly_review_status(dates, d(2026, 3, 2), kLongAgo);
    CHECK(s.due);
    CHECK(s.due_from == d(2026, 3, 1));
  }
}

TEST_CASE("monthly_review_status on a new workbook: no month before it is missed, never due on its first day",
          "[streak]") {
  SECTION("started this month: due from the 25th, not from the 1st") {
    const MonthlyReviewStatus s = monthly_review_status({}, d(2026, 3, 4), d(2026, 3, 4));
    CHECK_FALSE(s.due);
    CHECK(s.due_from == d(2026, 3, 25));
    CHECK(monthly_review_status({}, d(2026, 3, 25), d(2026, 3, 4)).due);
  }
  SECTION("started on the 25th: due from the next day") {
    const MonthlyReviewStatus first_day = monthly_review_status({}, d(2026, 3, 25), d(2026, 3, 25));
    CHECK_FALSE(first_day.due);
    CHECK(first_day.due_from == d(2026, 3, 26));
    CHECK(monthly_review_status({}, d(2026, 3, 26), d(2026, 3, 25)).due);
  }
  SECTION("started on the last day of a month") {
    CHECK_FALSE(monthly_review_status({}, d(2026, 3, 31), d(2026, 3, 31)).due);
    // The next month: March existed for a day and has no review, so April's is due from the 1st.
    const MonthlyReviewStatus april = monthly_review_status({}, d(2026, 4, 1), d(2026, 3, 31));
    CHECK(april.due);
    CHECK(april.due_from == d(2026, 4, 1));
  }
  SECTION("started last month, which has no review: missed") {
    const MonthlyReviewStatus s = monthly_review_status({}, d(2026, 3, 2), d(2026, 2, 10));
    CHECK(s.due);
    CHECK(s.due_from == d(2026, 3, 1));
  }
}

TEST_CASE("same_week_in_earlier_years", "[streak]") {
  SECTION("week 48 back to 2023, newest first") {
    // Week 1 Mondays: 2025 -> Mon 2024-12-30, 2024 -> Mon 2024-01-01, 2023 -> Mon 2023-01-02 (Jan 1 was a
    // Sunday). Adding 47 weeks (329 days) by day-of-year: 2025-11-24, 2024-11-25 (leap), 2023-11-27.
    const std::vector<WeekRange> r = same_week_in_earlier_years(kThursdayWeek48, 2023);
    REQUIRE(r.size() == 3);
    CHECK(r[0].week == IsoWeek{2025, 48});
    CHECK(r[0].monday == d(2025, 11, 24));
    CHECK(r[0].sunday == d(2025, 11, 30));
    CHECK(r[1].monday == d(2024, 11, 25));
    CHECK(r[1].sunday == d(2024, 12, 1));
    CHECK(r[2].week == IsoWeek{2023, 48});
    CHECK(r[2].monday == d(2023, 11, 27));
    CHECK(r[2].sunday == d(2023, 12, 3));
  }
  SECTION("week 53 shows only the years that have one") {
    // Fri 2027-01-01 is in 2026-W53. Between 2009 and 2025 the 53-week years are those starting on a
    // Thursday (2009, 2015) or leap years starting on a Wednesday (2020).
    const std::vector<WeekRange> r = same_week_in_earlier_years(d(2027, 1, 1), 2009);
    REQUIRE(r.size() == 3);
    CHECK(r[0].week == IsoWeek{2020, 53});
    CHECK(r[0].monday == d(2020, 12, 28));
    CHECK(r[0].sunday == d(2021, 1, 3));
    CHECK(r[1].monday == d(2015, 12, 28));
    CHECK(r[2].week == IsoWeek{2009, 53});
    CHECK(r[2].monday == d(2009, 12, 28));  // 2009-W01 starts Mon 2008-12-29; + 364 days
  }
  SECTION("no earlier years") {
    CHECK(same_week_in_earlier_years(kThursdayWeek48, 2026).empty());
    CHECK(same_week_in_earlier_years(kThursdayWeek48, 2030).empty());
  }
  SECTION("earliest year is clamped to 1900") {
    // Wed 1902-01-15: 1902-01-01 is a Wednesday, so W01 starts Mon 1901-12-30 and the 15th is in W03.
    // 1901-W03: 1901-01-01 is a Tuesday -> W01 starts Mon 1900-12-31 -> W03 starts Mon 1901-01-14.
    // 1900-W03: 1900-01-01 is a Monday -> W03 starts Mon 1900-01-15.
    const std::vector<WeekRange> r = same_week_in_earlier_years(d(1902, 1, 15), 1800);
    REQUIRE(r.size() == 2);
    CHECK(r[0].monday == d(1901, 1, 14));
    CHECK(r[1].monday == d(1900, 1, 15));
    CHECK(r[1].sunday == d(1900, 1, 21));
  }
}

// Calendar dates without time zones: parsing "YYYY-MM-DD", day arithmetic and ISO 8601 weeks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.h"

namespace tn {

// A proleptic Gregorian calendar date. Comparable; `days()` counts days since 1970-01-01.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  static Date from_days(long long days);
  long long days() const;
  Date plus_days(long long n) const { return from_days(days() + n); }
  int iso_weekday() const;  // Monday = 1 ... Sunday = 7
  std::string str() const;  // "YYYY-MM-DD"

  auto operator<=>(const Date&) const = default;
};

// An ISO 8601 week: the week-year (which can differ from the calendar year around New Year) and 1..53.
struct IsoWeek {
  int year = 1970;
  int week = 1;

  auto operator<=>(const IsoWeek&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Parses exactly "YYYY-MM-DD" for years 1900..9999; nullopt for any other text or an impossible day.
std::optional<Date> parse_date(std::string_view text);

// Like parse_date but as a Result whose error names `field`: "<field> must be a date like 2026-01-31".
Result<Date> parse_date_field(const std::string& field, std::string_view text);

// OK for "" (a date not set) or a valid date; otherwise parse_date_field's error naming `field`.
Status check_optional_date(const std::string& field, std::string_view text);
// A date for people to read: "2026-03-01" (or a timestamp starting with one, "2026-03-01T09:30:00Z") as
// "1 Mar 2026". "" stays ""; any other text is returned as it is.
std::string readable_date(std::string_view text);

// The same day one year earlier; 29 February becomes 28 February.
Date one_year_before(const Date& day);

// The index of the first of `stamps` (dates "YYYY-MM-DD", or timestamps that start with one; newest first)
// dated on or before `day`: what was current on that day. nullopt when every one is later or none parses.
std::optional<std::size_t> first_on_or_before(const std::vector<std::string>& stamps, const Date& day);

IsoWeek iso_week(const Date& date);

// The Monday that starts the given ISO week.
Date iso_week_monday(const IsoWeek& week);

// Number of ISO weeks (52 or 53) in the given ISO week-year.
int iso_weeks_in_year(int iso_year);

// The ISO week immediately before / after `week`, across year boundaries.
IsoWeek previous_iso_week(const IsoWeek& week);
IsoWeek next_iso_week(const IsoWeek& week);

}  // namespace tn

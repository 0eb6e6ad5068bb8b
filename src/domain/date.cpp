// Calendar dates without time zones: parsing "YYYY-MM-DD", day arithmetic and ISO 8601 weeks.
#include "domain/date.h"

#include <algorithm>
#include <cstdio>

namespace tn {

// days_from_civil / civil_from_days follow Howard Hinnant's public-domain date algorithms.
long long Date::days() const {
  const long long y = year - (month <= 2 ? 1 : 0);
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long mp = (month + 9) % 12;
  const long long doy = (153 * mp + 2) / 5 + day - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Date{y, m, d};
}

int Date::iso_weekday() const {
  const long long z = days();  // 1970-01-01 was a Thursday (4)
  const long long wd = ((z % 7) + 7 + 3) % 7;  // Monday = 0
  return static_cast<int>(wd) + 1;
}

std::string Date::str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t from, std::size_t len) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

Result<Date> parse_date_field(const std::string& field, std::string_view text) {
  if (auto date = parse_date(text)) return *date;
  return Status::Invalid(field, field + " must be a date like 2026-01-31");
}

Status check_optional_date(const std::string& field, std::string_view text) {
  if (text.empty()) return Status::Ok();
  return parse_date_field(field, text).status();
}

std::string readable_date(std::string_view text) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::size_t date_length = std::string_view("YYYY-MM-DD").size();
  const bool timestamp = text.size() > date_length && text[date_length] == 'T';
  const auto date = parse_date(timestamp ? text.substr(0, date_length) : text);
  if (!date) return std::string(text);
  return std::to_string(date->day) + " " + kMonths[date->month - 1] + " " + std::to_string(date->year);
}

Date one_year_before(const Date& day) {
  const int year = day.year - 1;
  return Date{year, day.month, std::min(day.day, days_in_month(year, day.month))};
}

std::optional<std::size_t> first_on_or_before(const std::vector<std::string>& stamps, const Date& day) {
  const std::size_t date_length = std::string_view("YYYY-MM-DD").size();
  for (std::size_t i = 0; i < stamps.size(); ++i) {
    const auto date = parse_date(std::string_view(stamps[i]).substr(0, date_length));
    if (date && *date <= day) return i;
  }
  return std::nullopt;
}

IsoWeek iso_week(const Date& date) {
  // The ISO week-year is the calendar year of this week's Thursday.
  const Date thursday = date.plus_days(4 - date.iso_weekday());
  const Date jan1{thursday.year, 1, 1};
  const int week = static_cast<int>((thursday.days() - jan1.days()) / 7) + 1;
  return IsoWeek{thursday.year, week};
}

Date iso_week_monday(const IsoWeek& week) {
  const Date jan4{week.year, 1, 4};  // always in ISO week 1
  const Date week1_monday = jan4.plus_days(1 - jan4.iso_weekday());
  return week1_monday.plus_days(7LL * (week.week - 1));
}

int iso_weeks_in_year(int iso_year) { return iso_week(Date{iso_year, 12, 28}).week; }

IsoWeek previous_iso_week(const IsoWeek& week) { return iso_week(iso_week_monday(week).plus_days(-7)); }

IsoWeek next_iso_week(const IsoWeek& week) { return iso_week(iso_week_monday(week).plus_days(7)); }

}  // namespace tn

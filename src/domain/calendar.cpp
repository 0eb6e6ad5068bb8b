// The calendar feed: its settings (the weekly reflection's day and time) and the events it holds, built
// from the workbook's dates. Titles only: no journal text, no notes.
#include "domain/calendar.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "domain/streak.h"

namespace tn {
namespace {

constexpr std::array<std::string_view, 7> kByDay = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// The first day on or after `from` that is ISO weekday `weekday`.
Date next_weekday(const Date& from, int weekday) { return from.plus_days((weekday - from.iso_weekday() + 7) % 7); }

// The first 25th strictly after `day`.
Date first_review_day_after(const Date& day) {
  if (day.day < kMonthlyReviewDueDay) return Date{day.year, day.month, kMonthlyReviewDueDay};
  return day.month == 12 ? Date{day.year + 1, 1, kMonthlyReviewDueDay} : Date{day.year, day.month + 1, kMonthlyReviewDueDay};
}

// An all-day event; its DTSTAMP is `changed_at`, or the settings' last change when that is not a timestamp.
IcsEvent all_day(const CalendarFacts& f, std::string uid, const std::string& changed_at, std::string summary,
                 std::string url, const Date& on) {
  IcsEvent e;
  e.uid = std::move(uid);
  e.stamp = ics_utc_stamp(changed_at);
  if (e.stamp.empty()) e.stamp = ics_utc_stamp(f.settings_changed_at);
  e.summary = std::move(summary);
  e.url = std::move(url);
  e.start = on;
  return e;
}

void add_initiative(const CalendarFacts& f, const CalendarFacts::Initiative& i, std::vector<IcsEvent>& out) {
  const std::string prefix = "initiative-" + std::to_string(i.id);
  if (i.finish_on) {
    out.push_back(all_day(f, prefix + "-finish@truenorth", i.updated_at, "Finish: " + i.title, f.app_url + "/goals",
                          *i.finish_on));
  }
  std::map<std::string, int> seen;  // milestone title -> how many had it so far
  for (const auto& m : i.milestones) {
    const int n = ++seen[m.title];
    const std::string uid = prefix + "-milestone-" + ics_hash(m.title) + (n > 1 ? "-" + std::to_string(n) : "");
    out.push_back(all_day(f, uid + "@truenorth", i.updated_at, "Milestone: " + m.title + " (" + i.title + ")",
                          f.app_url + "/goals", m.due_on));
  }
}

}  // namespace

Result<int> parse_weekday_field(const std::string& field, std::string_view name) {
  const auto it = std::find(kWeekdayNames.begin(), kWeekdayNames.end(), name);
  if (it == kWeekdayNames.end()) return Status::Invalid(field, field + " must be a weekday: monday, tuesday, … sunday");
  return static_cast<int>(it - kWeekdayNames.begin()) + 1;
}

Result<int> parse_time_field(const std::string& field, std::string_view t) {
  const auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  if (t.size() == 5 && digit(0) && digit(1) && t[2] == ':' && digit(3) && digit(4)) {
    const int hours = (t[0] - '0') * 10 + (t[1] - '0');
    const int minutes = (t[3] - '0') * 10 + (t[4] - '0');
    if (hours < 24 && minutes < 60) return hours * 60 + minutes;
  }
  return Status::Invalid(field, field + " must be a time of day like 16:30 (00:00 to 23:59)");
}

std::string time_of_day(int minute) {
  char out[16];
  std::snprintf(out, sizeof out, "%02d:%02d", minute / 60 % 24, minute % 60);
  return out;
}

IcsCalendar calendar_feed(const CalendarFacts& f) {
  IcsCalendar calendar{"-//True North//True North " + f.version + "//EN", "True North", {}};
  std::vector<IcsEvent>& events = calendar.events;

  IcsEvent weekly;
  weekly.uid = "weekly-reflection@truenorth";
  weekly.stamp = ics_utc_stamp(f.settings_changed_at);
  weekly.summary = "Weekly reflection";
  weekly.url = f.app_url + "/journal/new/weekly";
  weekly.start = next_weekday(f.reflection_from, f.reflection_weekday);
  weekly.start_minute = f.reflection_minute;
  weekly.duration_minutes = kReflectionMinutes;
  weekly.rrule = "FREQ=WEEKLY;BYDAY=" + std::string(kByDay[f.reflection_weekday - 1]);
  events.push_back(weekly);

  IcsEvent monthly = all_day(f, "monthly-review@truenorth", f.settings_changed_at, "Monthly review",
                             f.app_url + "/journal/new/monthly", first_review_day_after(f.workbook_started));
  monthly.rrule = "FREQ=MONTHLY;BYMONTHDAY=" + std::to_string(kMonthlyReviewDueDay);
  events.push_back(monthly);

  for (const auto& d : f.decisions) {
    events.push_back(all_day(f, "decision-" + std::to_string(d.id) + "-review@truenorth", d.updated_at,
                             "Review the decision: " + d.title, f.app_url + "/decisions/" + std::to_string(d.id),
                             d.review_on));
  }
  for (const auto& i : f.initiatives) add_initiative(f, i, events);
  return calendar;
}

}  // namespace tn

// The calendar feed: its settings (the weekly reflection's day and time) and the events it holds, built
// from the workbook's dates. Titles only: no journal text, no notes.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/ics.h"
#include "domain/status.h"

namespace tn {

// The weekday names the API uses, Monday (ISO weekday 1) first.
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"monday", "tuesday", "wednesday", "thursday",
                                                                  "friday", "saturday", "sunday"};
// A new workbook's weekly reflection slot: Friday at 16:00, for 30 minutes.
inline constexpr int kDefaultReflectionWeekday = 5;
inline constexpr int kDefaultReflectionMinute = 16 * 60;
inline constexpr int kReflectionMinutes = 30;

// The weekday `name` (one of kWeekdayNames) as its ISO number 1..7; invalid-argument on `field` otherwise.
Result<int> parse_weekday_field(const std::string& field, std::string_view name);

// A time of day "HH:MM" (00:00 to 23:59) as minutes after midnight; invalid-argument on `field` otherwise.
Result<int> parse_time_field(const std::string& field, std::string_view text);

// Minutes after midnight as "HH:MM".
std::string time_of_day(int minute);

// What the feed is made from. Timestamps are as stored (ISO 8601 UTC); dates are local calendar dates.
struct CalendarFacts {
  std::string app_url;   // "http://127.0.0.1:8740", for each event's link back to its page
  std::string version;   // the app's version, for PRODID
  int reflection_weekday = kDefaultReflectionWeekday;  // 1..7
  int reflection_minute = kDefaultReflectionMinute;    // 0..1439
  Date reflection_from;             // the day the weekly slot was set: it repeats from then on
  std::string settings_changed_at;  // DTSTAMP of the weekly and monthly events
  Date workbook_started;          // the monthly review starts on the first 25th after it

  struct Decision {  // a decided decision with a review date, not reviewed yet
    std::int64_t id = 0;
    std::string title;
    Date review_on;
    std::string updated_at;
  };
  std::vector<Decision> decisions;

  struct Milestone {
    std::string title;
    Date due_on;
  };
  struct Initiative {  // a planned or active initiative
    std::int64_t id = 0;
    std::string title;
    std::optional<Date> finish_on;
    std::vector<Milestone> milestones;  // its open milestones with a due date, in the initiative's order
    std::string updated_at;
  };
  std::vector<Initiative> initiatives;
};

// The feed's calendar: the weekly reflection (one timed event repeating weekly on the chosen day and
// time, from the first such day on or after reflection_from), the monthly review (all day on the
// 25th, monthly, from the first 25th after the workbook's first day), each decision's review date, each
// open milestone's due date and each initiative's finish date (all day). UIDs are derived from the items:
// "weekly-reflection@truenorth", "monthly-review@truenorth", "decision-<id>-review@truenorth",
// "initiative-<id>-finish@truenorth", "initiative-<id>-milestone-<ics_hash(title)>@truenorth" (with "-2",
// "-3" for later milestones of the same title). DTSTAMP is the item's last change.
IcsCalendar calendar_feed(const CalendarFacts& facts);

}  // namespace tn

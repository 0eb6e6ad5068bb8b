// Reads and writes the calendar feed's settings and secret, and reads the dates the feed is made from.
#pragma once

#include <cstdint>
#include <string>

#include "domain/calendar.h"
#include "store/database.h"

namespace tn {

// The feed's settings as stored. `secret` is "" until the feed is first turned on.
struct StoredCalendarFeed {
  bool enabled = false;
  std::string secret;
  int reflection_weekday = kDefaultReflectionWeekday;  // ISO 1..7
  int reflection_minute = kDefaultReflectionMinute;    // 0..1439
  std::string reflection_from;  // "YYYY-MM-DD": the day the slot was last set, "" before
  std::int64_t version = 1;
  std::string updated_at;  // "" before the first change
};

// The feed's settings.
Result<StoredCalendarFeed> load_calendar_feed(Database& db);

// Saves `enabled` and the weekly slot (already valid) at `expected_version` (Conflict on "version" when
// stale); a slot set for the first time or changed repeats from `today`. Turning the feed on for the first
// time gives it a secret. An unchanged save keeps the version.
Result<StoredCalendarFeed> save_calendar_feed(Database& db, bool enabled, int reflection_weekday,
                                              int reflection_minute, const Date& today, std::int64_t expected_version);

// Gives the feed a new secret, so its old address answers 404 from now on; keeps it on or off as it was.
Result<StoredCalendarFeed> regenerate_calendar_secret(Database& db);

// The dates of the feed (CalendarFacts without app_url and version): the weekly slot, the day it was set
// and when the settings last changed, the workbook's first day (`today` before one is recorded), the decided decisions with a
// review date, and the planned and active initiatives with their finish dates and open dated milestones.
Result<CalendarFacts> load_calendar_facts(Database& db, const Date& today);

}  // namespace tn

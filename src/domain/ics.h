// An iCalendar (RFC 5545) writer: events as a VCALENDAR text with escaped TEXT values, folded lines, CRLF.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace tn {

// One VEVENT. A timed event starts at a "floating" local time (no time zone: the same wall-clock time on
// the computer that shows it); an all-day event takes its whole start date.
struct IcsEvent {
  std::string uid;      // stable and unique in the calendar (RFC 5545 3.8.4.7)
  std::string stamp;    // DTSTAMP: a UTC date-time "YYYYMMDDTHHMMSSZ" (see ics_utc_stamp)
  std::string summary;  // plain text; escaped by the writer
  std::string url;      // a link back to the app, "" for none
  Date start;
  std::optional<int> start_minute;  // minutes after midnight (0..1439) for a timed event; nullopt: all day
  int duration_minutes = 30;        // of a timed event
  std::string rrule;    // a recurrence rule value written as it is ("FREQ=WEEKLY;BYDAY=FR"), "" for none

  bool operator==(const IcsEvent&) const = default;
};

struct IcsCalendar {
  std::string prodid;  // e.g. "-//True North//True North 0.1.0//EN"
  std::string name;    // X-WR-CALNAME, the name calendar apps show
  std::vector<IcsEvent> events;
};

// The calendar as RFC 5545 text: BEGIN:VCALENDAR, VERSION:2.0, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH,
// the name, then each event (UID, DTSTAMP, DTSTART, DTEND or DURATION, RRULE, SUMMARY, URL, TRANSP), and
// END:VCALENDAR. Every content line is folded by ics_fold and ends in CRLF. All-day events end the next
// day and are transparent (they do not make the user busy).
std::string write_ics(const IcsCalendar& calendar);

// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash; a line break
// (LF, CRLF or CR) becomes \n; other control characters but tab are dropped.
std::string ics_text(std::string_view text);

// One content line folded (RFC 5545 3.1): lines of at most 75 octets, each continuation starting with a
// space, never splitting a UTF-8 character; every line ends in CRLF.
std::string ics_fold(std::string_view line);

// A stored timestamp ("2026-03-04T09:15:00.123Z" or "2026-03-04T09:15:00Z") as an iCalendar UTC date-time
// "20260304T091500Z"; "" when the text is not such a timestamp.
std::string ics_utc_stamp(std::string_view timestamp);

// A short stable hash of `text` as 16 hex digits (FNV-1a, 64 bits), to derive UIDs from an item's text.
std::string ics_hash(std::string_view text);

}  // namespace tn

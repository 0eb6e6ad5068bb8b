// Unit tests for the iCalendar writer: TEXT escaping, folding at 75 octets (UTF-8 kept whole), CRLF, UTC
// stamps, and the calendar feed built from the workbook's dates with stable UIDs.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/ics.h"

using namespace tn;

namespace {

Date d(int year, int month, int day) { return Date{year, month, day}; }

// The physical lines of `text` without their CRLF; fails the test when a line ends in a bare LF.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    const std::string line = text.substr(start, end - start);
    REQUIRE(line.find('\n') == std::string::npos);
    lines.push_back(line);
    start = end + 2;
  }
  return lines;
}

// Undoes the folding: a line that starts with a space continues the one before.
std::string unfolded(const std::string& text) {
  std::string out;
  for (const std::string& line : lines_of(text)) {
    if (!line.empty() && line[0] == ' ') out += line.substr(1);
    else out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

bool valid_utf8_start(const std::string& line) {
  return line.empty() || (static_cast<unsigned char>(line[0]) & 0xC0) != 0x80;
}

CalendarFacts facts() {
  CalendarFacts f;
  f.app_url = "http://127.0.0.1:8740";
  f.version = "0.1.0";
  f.reflection_weekday = 5;  // Friday
  f.reflection_minute = 16 * 60 + 30;
  f.reflection_from = d(2026, 3, 4);  // a Wednesday
  f.settings_changed_at = "2026-03-04T09:15:00.123Z";
  f.workbook_started = d(2026, 2, 25);
  f.decisions = {{7, "Move to Lisbon, or not; \\ maybe", d(2026, 6, 1), "2026-03-01T10:00:00Z"}};
  f.initiatives = {{3, "Ship billing v2", d(2026, 6, 30),
                    {{"Write the RFC", d(2026, 4, 1)}, {"Demo", d(2026, 5, 1)}},
                    "2026-03-02T08:00:00.500Z"}};
  return f;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks", "[ics]") {
  CHECK(ics_text("plain text") == "plain text");
  CHECK(ics_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
  CHECK(ics_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(ics_text(std::string("bell\x07 and\ttab\x7f", 15)) == "bell and\ttab");
  CHECK(ics_text("Zürich: “quotes” stay") == "Zürich: “quotes” stay");
}

TEST_CASE("lines fold at 75 octets and never split a UTF-8 character", "[ics]") {
  SECTION("a short line is one line with CRLF") { CHECK(ics_fold("SUMMARY:Hello") == "SUMMARY:Hello\r\n"); }
  SECTION("exactly 75 octets stays whole; 76 folds") {
    const std::string line75 = "SUMMARY:" + std::string(67, 'a');
    CHECK(ics_fold(line75) == line75 + "\r\n");
    const std::string folded = ics_fold(line75 + "b");
    CHECK(folded == line75 + "\r\n b\r\n");
  }
  SECTION("a long ASCII line: every physical line at most 75 octets, continuations start with a space") {
    const std::string line = "SUMMARY:" + std::string(300, 'x');
    const auto lines = lines_of(ics_fold(line));
    REQUIRE(lines.size() == 5);  // 75 + 4 x 74 >= 308
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(lines[i].size() <= 75);
      if (i > 0) CHECK(lines[i][0] == ' ');
    }
    CHECK(unfolded(ics_fold(line)) == line);
  }
  SECTION("a two-octet character across the 75th octet moves to the next line whole") {
    // 74 ASCII octets, then "é" (C3 A9) would take octets 75 and 76.
    const std::string line = std::string(74, 'a') + "é" + "z";
    const auto lines = lines_of(ics_fold(line));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == std::string(74, 'a'));
    CHECK(lines[1] == " éz");
  }
  SECTION("four-octet characters (emoji) at every offset are kept whole") {
    for (int pad = 0; pad < 4; ++pad) {
      std::string line = "SUMMARY:" + std::string(pad, '-');
      for (int i = 0; i < 40; ++i) line += "🧭";
      const std::string folded = ics_fold(line);
      for (const std::string& l : lines_of(folded)) {
        CHECK(l.size() <= 75);
        CHECK(valid_utf8_start(l[0] == ' ' ? l.substr(1) : l));
        // A line never ends inside a character: its last lead byte has all its continuation bytes.
        std::size_t lead = l.size();
        while (lead > 0 && (static_cast<unsigned char>(l[lead - 1]) & 0xC0) == 0x80) --lead;
        if (lead > 0 && static_cast<unsigned char>(l[lead - 1]) >= 0xF0) CHECK(l.size() - lead == 3);
      }
      CHECK(unfolded(folded) == line);
    }
  }
}

TEST_CASE("stored timestamps become UTC date-times", "[ics]") {
  CHECK(ics_utc_stamp("2026-03-04T09:15:00.123Z") == "20260304T091500Z");
  CHECK(ics_utc_stamp("2026-03-04T09:15:00Z") == "20260304T091500Z");
  CHECK(ics_utc_stamp("") == "");
  CHECK(ics_utc_stamp("2026-03-04") == "");
  CHECK(ics_utc_stamp("2026-02-30T09:15:00Z") == "");
  CHECK(ics_utc_stamp("2026-03-04T09:15:0xZ") == "");
  CHECK(ics_utc_stamp("2026-03-04T09:15:00.1a3Z") == "");
}

TEST_CASE("the hash behind UIDs is stable and 16 hex digits", "[ics]") {
  CHECK(ics_hash("") == "cbf29ce484222325");  // FNV-1a's offset basis
  CHECK(ics_hash("a") == "af63dc4c8601ec8c");
  CHECK(ics_hash("Demo") == ics_hash("Demo"));
  CHECK(ics_hash("Demo") != ics_hash("demo"));
}

TEST_CASE("a calendar is VCALENDAR text with CRLF lines", "[ics]") {
  IcsEvent timed;
  timed.uid = "weekly@x";
  timed.stamp = "20260304T091500Z";
  timed.summary = "Weekly reflection";
  timed.start = d(2026, 3, 6);
  timed.start_minute = 16 * 60 + 5;
  timed.rrule = "FREQ=WEEKLY;BYDAY=FR";
  IcsEvent day;
  day.uid = "day@x";
  day.stamp = "20260304T091500Z";
  day.summary = "Milestone: a, b; c";
  day.url = "http://127.0.0.1:8740/goals";
  day.start = d(2026, 12, 31);
  const std::string text = write_ics({"-//True North//True North 0.1.0//EN", "True North", {timed, day}});
  CHECK(lines_of(text) == std::vector<std::string>{
                              "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//True North//True North 0.1.0//EN",
                              "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:True North",
                              "BEGIN:VEVENT", "UID:weekly@x", "DTSTAMP:20260304T091500Z", "DTSTART:20260306T160500",
                              "DURATION:PT30M", "RRULE:FREQ=WEEKLY;BYDAY=FR", "SUMMARY:Weekly reflection",
                              "TRANSP:OPAQUE", "END:VEVENT",
                              "BEGIN:VEVENT", "UID:day@x", "DTSTAMP:20260304T091500Z", "DTSTART;VALUE=DATE:20261231",
                              "DTEND;VALUE=DATE:20270101", "SUMMARY:Milestone: a\\, b\\; c",
                              "URL:http://127.0.0.1:8740/goals", "TRANSP:TRANSPARENT", "END:VEVENT",
                              "END:VCALENDAR"});
}

TEST_CASE("the feed: weekly reflection, monthly review, decision reviews, milestones and finish dates", "[ics]") {
  const IcsCalendar c = calendar_feed(facts());
  CHECK(c.prodid == "-//True North//True North 0.1.0//EN");
  REQUIRE(c.events.size() == 6);

  const IcsEvent& weekly = c.events[0];
  CHECK(weekly.uid == "weekly-reflection@truenorth");
  CHECK(weekly.start == d(2026, 3, 6));  // the first Friday from Wednesday 2026-03-04
  CHECK(weekly.start_minute == 16 * 60 + 30);
  CHECK(weekly.rrule == "FREQ=WEEKLY;BYDAY=FR");
  CHECK(weekly.stamp == "20260304T091500Z");
  CHECK(weekly.url == "http://127.0.0.1:8740/journal/new/weekly");

  const IcsEvent& monthly = c.events[1];
  CHECK(monthly.uid == "monthly-review@truenorth");
  CHECK(monthly.start == d(2026, 3, 25));  // started on the 25th: not that day, the next 25th
  CHECK_FALSE(monthly.start_minute);
  CHECK(monthly.rrule == "FREQ=MONTHLY;BYMONTHDAY=25");

  CHECK(c.events[2].uid == "decision-7-review@truenorth");
  CHECK(c.events[2].summary == "Review the decision: Move to Lisbon, or not; \\ maybe");
  CHECK(c.events[2].stamp == "20260301T100000Z");
  CHECK(c.events[3].uid == "initiative-3-finish@truenorth");
  CHECK(c.events[3].start == d(2026, 6, 30));
  CHECK(c.events[4].uid == "initiative-3-milestone-" + ics_hash("Write the RFC") + "@truenorth");
  CHECK(c.events[4].summary == "Milestone: Write the RFC (Ship billing v2)");
  CHECK(c.events[5].uid == "initiative-3-milestone-" + ics_hash("Demo") + "@truenorth");

  SECTION("a milestone title used twice gets its own UID") {
    CalendarFacts two = facts();
    two.initiatives[0].milestones = {{"Demo", d(2026, 5, 1)}, {"Demo", d(2026, 5, 15)}};
    const IcsCalendar twice = calendar_feed(two);
    REQUIRE(twice.events.size() == 6);
    CHECK(twice.events[4].uid == "initiative-3-milestone-" + ics_hash("Demo") + "@truenorth");
    CHECK(twice.events[5].uid == "initiative-3-milestone-" + ics_hash("Demo") + "-2@truenorth");
  }
  SECTION("UIDs come from the items, not from when the feed is drawn or what changed elsewhere") {
    CalendarFacts later = facts();
    later.settings_changed_at = "2026-05-01T00:00:00Z";
    later.reflection_from = d(2026, 5, 1);
    later.reflection_weekday = 1;
    later.decisions[0].title = "Renamed";
    const IcsCalendar other = calendar_feed(later);
    for (std::size_t i = 0; i < c.events.size(); ++i) CHECK(other.events[i].uid == c.events[i].uid);
    CHECK(other.events[0].start == d(2026, 5, 4));  // the first Monday from Friday 2026-05-01
    CHECK(other.events[0].rrule == "FREQ=WEEKLY;BYDAY=MO");
  }
  SECTION("an item without a usable timestamp is stamped with the settings' change") {
    CalendarFacts f = facts();
    f.decisions[0].updated_at = "";
    CHECK(calendar_feed(f).events[2].stamp == "20260304T091500Z");
  }
}

TEST_CASE("the weekly slot's day and time are read strictly", "[ics]") {
  CHECK(*parse_weekday_field("day", "monday") == 1);
  CHECK(*parse_weekday_field("day", "sunday") == 7);
  CHECK(parse_weekday_field("day", "Friday").status().field() == "day");
  CHECK_FALSE(parse_weekday_field("day", "").ok());
  CHECK(*parse_time_field("time", "00:00") == 0);
  CHECK(*parse_time_field("time", "23:59") == 23 * 60 + 59);
  CHECK(*parse_time_field("time", "07:05") == 7 * 60 + 5);
  for (const char* bad : {"24:00", "12:60", "7:05", "07:5", "0705", "07:05:00", "", "ab:cd"}) {
    INFO(bad);
    const auto parsed = parse_time_field("weekly_reflection.time", bad);
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.status().field() == "weekly_reflection.time");
  }
  CHECK(time_of_day(0) == "00:00");
  CHECK(time_of_day(16 * 60 + 30) == "16:30");
}

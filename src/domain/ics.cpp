// An iCalendar (RFC 5545) writer: events as a VCALENDAR text with escaped TEXT values, folded lines, CRLF.
#include "domain/ics.h"

#include <cstdint>
#include <cstdio>

namespace tn {
namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 3.1, without the CRLF

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "YYYYMMDD".
std::string basic_date(const Date& date) {
  char out[32];
  std::snprintf(out, sizeof out, "%04d%02d%02d", date.year, date.month, date.day);
  return out;
}

// "YYYYMMDDTHHMM00", a floating local date-time.
std::string basic_date_time(const Date& date, int minute) {
  char out[32];
  std::snprintf(out, sizeof out, "T%02d%02d00", minute / 60, minute % 60);
  return basic_date(date) + out;
}

void add(std::string& out, std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  out += ics_fold(line);
}

void add_event(std::string& out, const IcsEvent& e) {
  add(out, "BEGIN", "VEVENT");
  add(out, "UID", ics_text(e.uid));
  add(out, "DTSTAMP", e.stamp);
  if (e.start_minute) {
    add(out, "DTSTART", basic_date_time(e.start, *e.start_minute));
    add(out, "DURATION", "PT" + std::to_string(e.duration_minutes) + "M");
  } else {
    add(out, "DTSTART;VALUE=DATE", basic_date(e.start));
    add(out, "DTEND;VALUE=DATE", basic_date(e.start.plus_days(1)));
  }
  if (!e.rrule.empty()) add(out, "RRULE", e.rrule);
  add(out, "SUMMARY", ics_text(e.summary));
  if (!e.url.empty()) add(out, "URL", e.url);
  add(out, "TRANSP", e.start_minute ? "OPAQUE" : "TRANSPARENT");
  add(out, "END", "VEVENT");
}

}  // namespace

std::string write_ics(const IcsCalendar& calendar) {
  std::string out;
  add(out, "BEGIN", "VCALENDAR");
  add(out, "VERSION", "2.0");
  add(out, "PRODID", ics_text(calendar.prodid));
  add(out, "CALSCALE", "GREGORIAN");
  add(out, "METHOD", "PUBLISH");
  add(out, "X-WR-CALNAME", ics_text(calendar.name));
  for (const IcsEvent& event : calendar.events) add_event(out, event);
  add(out, "END", "VCALENDAR");
  return out;
}

std::string ics_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      out += "\\n";
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
      continue;
    } else {
      out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxLineOctets;  // the first line; continuations lose one octet to the leading space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;  // never inside a UTF-8 character
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_utc_stamp(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS, then Z or a fraction and Z.
  if (t.size() < 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t.back() != 'Z') {
    return "";
  }
  if (!parse_date(t.substr(0, 10))) return "";
  if (t.size() > 20 && (t[19] != '.' || t.find_first_not_of("0123456789", 20) != t.size() - 1)) return "";
  std::string out;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) out += t[i];
  out += 'T';
  for (const std::size_t i : {11, 12, 14, 15, 17, 18}) {
    if (t[i] < '0' || t[i] > '9') return "";
    out += t[i];
  }
  return out + 'Z';
}

std::string ics_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace tn

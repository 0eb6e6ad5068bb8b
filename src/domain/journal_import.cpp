// Journals kept in other tools, read as journal entries: a jrnl JSON export and a Day One JSON export,
// each read as a stream, one entry at a time.
#include "domain/journal_import.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <regex>

#include "domain/text.h"

namespace tn {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxTagChars = 40;
constexpr std::size_t kMaxTags = 20;
constexpr std::size_t kMaxTitleChars = 200;

// Thrown by the parser's callback to stop at the first error of `each`; caught in read_journal_export.
struct Stop {
  Status status;
};

std::string text_of(const json& entry, const char* key) {
  const auto it = entry.find(key);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : "";
}

std::vector<std::string> tags_of(const json& entry) {
  std::vector<std::string> tags;
  const auto it = entry.find("tags");
  if (it != entry.end() && it->is_array()) {
    for (const json& tag : *it) {
      if (!tag.is_string()) continue;
      if (std::string cleaned = foreign_tag(tag.get<std::string>()); !cleaned.empty()) tags.push_back(std::move(cleaned));
    }
  }
  if (const auto starred = entry.find("starred"); starred != entry.end() && starred->is_boolean() && starred->get<bool>()) {
    tags.push_back("starred");
  }
  if (tags.size() > kMaxTags) tags.resize(kMaxTags);
  return tags;
}

// Puts a title and a body into `input`: a title that is too long opens the body instead; an entry with
// a title alone has it as its body too.
void set_text(EntryInput& input, std::string title, std::string body) {
  title = trim(title);
  body = trim(body);
  if (is_valid_utf8(title) && utf8_length(title) > kMaxTitleChars) {
    body = body.empty() ? title : title + "\n\n" + body;
    title.clear();
  }
  input.title = title;
  input.body = body.empty() ? title : body;
}

// Seconds since 1970 of an ISO 8601 time "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)", or nothing.
std::optional<std::int64_t> unix_seconds(const std::string& text) {
  const auto day = text.size() >= 10 ? parse_date(text.substr(0, 10)) : std::nullopt;
  int hour = 0, minute = 0, second = 0, consumed = 0;
  if (!day || text.size() < 19 || text[10] != 'T' ||
      std::sscanf(text.c_str() + 11, "%2d:%2d:%2d%n", &hour, &minute, &second, &consumed) != 3 || consumed != 8 ||
      hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  std::size_t at = 19;
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  }
  std::int64_t offset = 0;
  const std::string zone = text.substr(at);
  int zone_hours = 0, zone_minutes = 0;
  if ((zone.size() == 6 && (zone[0] == '+' || zone[0] == '-')) &&
      std::sscanf(zone.c_str() + 1, "%2d:%2d", &zone_hours, &zone_minutes) == 2) {
    offset = (zone[0] == '-' ? -1 : 1) * (zone_hours * 3600 + zone_minutes * 60);
  } else if (zone != "Z") {
    return std::nullopt;
  }
  return day->days() * 86400 + hour * 3600 + minute * 60 + second - offset;
}

ForeignEntry jrnl_entry(const json& entry) {
  ForeignEntry out;
  const std::string date = text_of(entry, "date");
  if (!parse_date(date)) {
    out.problem = date.empty() ? "it has no date" : "its date \"" + date + "\" is not a date (YYYY-MM-DD)";
    return out;
  }
  EntryInput input;
  input.kind = "free";
  input.date = date;
  set_text(input, text_of(entry, "title"), text_of(entry, "body"));
  input.tags = tags_of(entry);
  out.entry = std::move(input);
  return out;
}

ForeignEntry day_one_entry(const json& entry, const LocalDateOf& local_date) {
  ForeignEntry out;
  const std::string created = text_of(entry, "creationDate");
  const auto seconds = unix_seconds(created);
  if (!seconds) {
    out.problem = created.empty() ? "it has no creationDate" : "its creationDate \"" + created + "\" is not a time";
    return out;
  }
  // Photos, videos, audio and PDFs are files beside Journal.json, shown in the text by moment links.
  static const std::regex kMoment(R"(!\[[^\]]*\]\(dayone-moment:[^)]*\))");
  std::string text = text_of(entry, "text");
  std::string kept = std::regex_replace(text, kMoment, "");
  out.media_left_out = kept != text;
  for (const char* media : {"photos", "videos", "audios", "pdfAttachments"}) {
    if (const auto it = entry.find(media); it != entry.end() && it->is_array() && !it->empty()) out.media_left_out = true;
  }
  kept = trim(kept);
  const std::size_t end = kept.find('\n');
  std::string title = kept.substr(0, end);
  const std::size_t hashes = title.find_first_not_of('#');
  if (hashes != std::string::npos && hashes > 0 && title[hashes] == ' ') title = title.substr(hashes + 1);
  EntryInput input;
  input.kind = "free";
  input.date = local_date(*seconds).str();
  set_text(input, title, end == std::string::npos ? "" : kept.substr(end + 1));
  input.tags = tags_of(entry);
  out.entry = std::move(input);
  return out;
}

std::string parse_failure(const json::parse_error& error, std::istream& in) {
  std::string what = error.what();
  if (const auto start = what.find("] "); start != std::string::npos) what = what.substr(start + 2);
  const bool cut_short = in.rdbuf()->sgetc() == std::char_traits<char>::eof();
  return cut_short ? "the file ends too early (is it complete?): " + what : "the file is not valid JSON: " + what;
}

Status not_a_journal(const std::string& why) {
  return Status::Invalid("format", "this is not a True North archive, nor a jrnl or Day One journal export (" + why +
                                       "); see \"Import a journal\" in the README");
}

}  // namespace

std::string_view journal_format_key(JournalFormat format) {
  return format == JournalFormat::kDayOne ? "day_one" : "jrnl";
}

std::string foreign_tag(std::string_view raw) {
  const std::size_t start = raw.find_first_not_of("@#");
  const std::string tag = normalise_tag(start == std::string_view::npos ? "" : raw.substr(start));
  std::string out;
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < tag.size() && chars < kMaxTagChars;) {
    const char32_t cp = next_code_point(tag, pos);
    const bool kept = cp == '_' || is_word_code_point(cp);
    if (!kept && (out.empty() || out.back() == '-')) continue;  // no leading or doubled '-'
    if (kept) append_utf8(cp, out);
    else out += '-';
    ++chars;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

Status read_journal_export(std::istream& in, const LocalDateOf& local_date,
                           const std::function<Status(const ForeignEntry&)>& each, JournalFormat& format) {
  format = JournalFormat::kJrnl;
  if (in.peek() == std::char_traits<char>::eof()) return Status::Invalid("import", "the file is empty");
  bool root_object = false, has_entries = false, format_known = false;
  std::string root_key;
  std::size_t index = 0;
  const auto hand_over = [&](ForeignEntry entry) {
    entry.index = index++;
    if (Status status = each(entry); !status.ok()) throw Stop{std::move(status)};
  };
  const json::parser_callback_t callback = [&](int depth, json::parse_event_t event, json& parsed) {
    using E = json::parse_event_t;
    if (depth == 0 && event == E::object_start) root_object = true;
    if (!root_object) return true;
    if (depth == 1 && event == E::key) {
      root_key = parsed.get<std::string>();
      if (root_key == "metadata" && !format_known) format = JournalFormat::kDayOne;
    }
    if (depth == 1 && event == E::array_start && root_key == "entries") has_entries = true;
    if (depth != 2 || root_key != "entries" || !has_entries) return true;
    if (event == E::object_end) {
      if (!format_known) format = parsed.contains("creationDate") ? JournalFormat::kDayOne : JournalFormat::kJrnl;
      format_known = true;
      hand_over(parsed.contains("creationDate") ? day_one_entry(parsed, local_date) : jrnl_entry(parsed));
      return false;  // the entry is done with: nothing of it stays in memory
    }
    if (event == E::value || event == E::array_end) {
      hand_over(ForeignEntry{.index = 0, .entry = std::nullopt, .problem = "it is not an entry (an object)"});
      return false;
    }
    return true;
  };
  json root;
  try {
    root = json::parse(in, callback);
  } catch (const Stop& stop) {
    return stop.status;
  } catch (const json::parse_error& error) {
    return Status::Invalid("import", parse_failure(error, in));
  }
  if (!root.is_object()) return not_a_journal("it is not a JSON object");
  if (!has_entries) return not_a_journal("it has no \"entries\" list");
  return Status::Ok();
}

}  // namespace tn

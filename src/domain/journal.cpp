// Journal entries: the entry kinds and their prompts (as data), free-entry suggestions, and validation.
#include "domain/journal.h"

#include <algorithm>
#include <array>

#include "domain/search_query.h"
#include "domain/streak.h"
#include "domain/text.h"

namespace tn {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

std::string weekly_title(const Date& date) {
  const IsoWeek week = iso_week(date);
  return "Week " + std::to_string(week.week) + ", " + std::to_string(week.year) + " reflection";
}

std::string monthly_title(const Date& date) {
  return std::string(kMonthNames[date.month - 1]) + " " + std::to_string(date.year) + " review";
}

std::string free_title(const Date& date) {
  return "Journal entry, " + std::to_string(date.day) + " " + std::string(kMonthNames[date.month - 1]) + " " +
         std::to_string(date.year);
}

constexpr PromptSpec kWeeklyPrompts[] = {
    {"challenges", "Challenges", "What stretched or tested you this week?", PromptType::kText},
    {"response", "How I handled it", "How did you respond, and what did you try?", PromptType::kText},
    {kLearnedPromptKey, "What I learned", "What do you understand now that you did not a week ago?",
     PromptType::kText},
    {"next_week", "Next week", "What will you do differently next week?", PromptType::kText},
};

constexpr PromptSpec kMonthlyPrompts[] = {
    {"milestones", "Milestones", "Which milestones did you reach this month, large or small?",
     PromptType::kText},
    {"enjoyed", "Enjoyed", "Which experiences, at work or away from it, did you enjoy?", PromptType::kText},
    {"out_of_balance", "Out of balance", "Where does life feel lopsided right now?", PromptType::kText},
    {"adjustments", "Adjustments", "What will you adjust next month?", PromptType::kText},
    {"values_fit", "Values fit",
     "How well does your work still fit your values? (1 = not at all, 5 = completely)", PromptType::kRating},
};

const KindSpec kEntryKinds[] = {
    {"weekly", "Weekly reflection", kWeeklyPrompts, weekly_title},
    {"monthly", "Monthly review", kMonthlyPrompts, monthly_title},
    {"free", "Free entry", {}, free_title},
};

constexpr std::string_view kFreePromptPool[] = {
    "What gave you energy lately, and what drained it?",
    "Which decision is on your mind, and which of your values does it touch?",
    "What would you try this week if you trusted yourself a little more?",
    "Who helped you recently, and how could you thank them?",
    "What are you saying yes to that you would rather decline?",
    "When did you last feel fully absorbed in your work? What were you doing?",
    "What feedback did you hear lately, and which part of it rings true?",
    "Which boundary held this week, and which one slipped?",
    "What would the person you want to be in five years notice about today?",
    "What small thing went well that you almost overlooked?",
    "What are you curious to learn next, and why now?",
    "Where is your time going that does not match what you say matters?",
};

// Simple lowercase mapping for the cased scripts listed at normalise_tag; other code points unchanged.
char32_t to_lower(char32_t c) {
  const auto lower_if = [c](bool is_upper, char32_t delta) { return is_upper ? c + delta : c; };
  if (c < 0x80) return lower_if(c >= 'A' && c <= 'Z', 0x20);
  if (c <= 0xFF) return lower_if(c >= 0xC0 && c <= 0xDE && c != 0xD7, 0x20);
  if (c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
    return lower_if(c % 2 == (odd_upper ? 1 : 0), 1);
  }
  if (c >= 0x386 && c <= 0x3AB) {
    if (c == 0x386) return 0x3AC;
    if (c == 0x38C) return 0x3CC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38E || c == 0x38F) return c + 63;
    return lower_if(c >= 0x391 && c != 0x3A2, 0x20);
  }
  if (c >= 0x400 && c <= 0x52F) {
    if (c <= 0x40F) return c + 0x50;
    if (c <= 0x42F) return c + 0x20;
    if (c == 0x4C0) return 0x4CF;
    const bool even_upper = (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || c >= 0x4D0;
    const bool odd_upper = c >= 0x4C1 && c <= 0x4CE;
    return lower_if((even_upper && c % 2 == 0) || (odd_upper && c % 2 == 1), 1);
  }
  if (c >= 0x531 && c <= 0x556) return c + 0x30;
  if (c == 0x1E9E) return 0xDF;
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return lower_if(c % 2 == 0, 1);
  return lower_if(c >= 0xFF21 && c <= 0xFF3A, 0x20);
}

// Valid UTF-8 and at most `max_chars` characters.
Status check_text(const std::string& field, std::string_view value, std::size_t max_chars) {
  if (!is_valid_utf8(value)) return Status::Invalid(field, field + " must be valid UTF-8 text");
  return check_max_length(field, value, max_chars);
}

Status normalise_answers(const KindSpec& kind, const std::map<std::string, AnswerValue>& answers,
                         std::map<std::string, AnswerValue>& out) {
  for (const auto& [key, value] : answers) {
    const PromptSpec* prompt = find_prompt(kind, key);
    if (prompt == nullptr) {
      const std::string field = is_plain_prompt_key(key) ? "answers." + key : "answers";
      return Status::Invalid(field, field + " is not a question of " + std::string(kind.id) + " entries");
    }
    const std::string field = "answers." + key;
    if (prompt->type == PromptType::kRating) {
      const auto* rating = std::get_if<long long>(&value);
      if (rating == nullptr) return Status::Invalid(field, field + " must be a rating from 1 to 5");
      if (Status s = check_range(field, *rating, kRatingMin, kRatingMax); !s.ok()) return s;
      out.emplace(key, *rating);
      continue;
    }
    const auto* text = std::get_if<std::string>(&value);
    if (text == nullptr) return Status::Invalid(field, field + " must be text");
    if (Status s = check_text(field, *text, kEntryAnswerMaxChars); !s.ok()) return s;
    if (std::string trimmed = trim(*text); !trimmed.empty()) out.emplace(key, std::move(trimmed));
  }
  return Status::Ok();
}

Status check_tag_characters(const std::string& field, std::string_view tag) {
  for (std::size_t pos = 0; pos < tag.size();) {
    const char32_t cp = next_code_point(tag, pos);
    if (cp != '-' && cp != '_' && !is_word_code_point(cp)) {
      return Status::Invalid(field, field + " may contain only letters, digits, '-' and '_'");
    }
  }
  return Status::Ok();
}

Status normalise_tags(const std::vector<std::string>& tags, std::vector<std::string>& out) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string field = indexed("tags", i);
    if (!is_valid_utf8(tags[i])) return Status::Invalid(field, field + " must be valid UTF-8 text");
    std::string tag = normalise_tag(tags[i]);
    if (tag.empty()) return Status::Invalid(field, field + " must not be empty");
    if (Status s = check_max_length(field, tag, kEntryTagMaxChars); !s.ok()) return s;
    if (Status s = check_tag_characters(field, tag); !s.ok()) return s;
    if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(std::move(tag));
  }
  if (out.size() > kEntryMaxTags) {
    return Status::Invalid("tags", "tags must hold at most " + std::to_string(kEntryMaxTags) + " tags");
  }
  return Status::Ok();
}

Status normalise_value_ids(const std::vector<long long>& ids, std::vector<long long>& out) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string field = indexed("value_ids", i);
    if (ids[i] <= 0) return Status::Invalid(field, field + " must be a positive id");
    if (std::find(out.begin(), out.end(), ids[i]) == out.end()) out.push_back(ids[i]);
  }
  if (out.size() > kEntryMaxValueIds) {
    return Status::Invalid("value_ids",
                           "value_ids must hold at most " + std::to_string(kEntryMaxValueIds) + " values");
  }
  return Status::Ok();
}

Result<std::optional<int>> optional_rating(const std::string& field, const std::optional<long long>& value) {
  if (!value) return std::optional<int>();
  if (Status s = check_range(field, *value, kRatingMin, kRatingMax); !s.ok()) return s;
  return std::optional<int>(static_cast<int>(*value));
}

}  // namespace

std::span<const KindSpec> entry_kinds() { return kEntryKinds; }

const KindSpec* find_entry_kind(std::string_view id) {
  for (const KindSpec& kind : kEntryKinds) {
    if (kind.id == id) return &kind;
  }
  return nullptr;
}

const PromptSpec* find_prompt(const KindSpec& kind, std::string_view key) {
  for (const PromptSpec& prompt : kind.prompts) {
    if (prompt.key == key) return &prompt;
  }
  return nullptr;
}

std::span<const std::string_view> free_prompt_pool() { return kFreePromptPool; }

std::vector<std::string_view> free_prompt_suggestions(const Date& date, std::size_t count) {
  const auto pool = free_prompt_pool();
  count = std::min(count, pool.size());
  const auto size = static_cast<long long>(pool.size());
  const long long offset = ((iso_week_index(date) * static_cast<long long>(count)) % size + size) % size;
  std::vector<std::string_view> suggestions;
  for (std::size_t i = 0; i < count; ++i) suggestions.push_back(pool[(offset + i) % pool.size()]);
  return suggestions;
}

bool is_plain_prompt_key(std::string_view key) {
  return !key.empty() && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string normalise_tag(std::string_view tag) {
  std::string out;
  bool pending_dash = false;
  for (std::size_t pos = 0; pos < tag.size();) {
    const char32_t cp = next_code_point(tag, pos);
    if (is_space_code_point(cp)) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    append_utf8(to_lower(cp), out);
  }
  return out;
}

Result<NormalisedEntry> normalise_entry(const EntryInput& input) {
  NormalisedEntry entry;
  entry.kind = find_entry_kind(input.kind);
  if (entry.kind == nullptr) {
    std::string ids;
    for (const KindSpec& kind : entry_kinds()) ids += (ids.empty() ? "" : ", ") + std::string(kind.id);
    return Status::Invalid("kind", "kind must be one of " + ids);
  }

  Result<Date> date = parse_date_field("date", input.date);
  if (!date.ok()) return date.status();
  entry.date = *date;

  entry.title = trim(input.title);
  if (Status s = check_text("title", entry.title, kEntryTitleMaxChars); !s.ok()) return s;
  if (entry.title.empty()) entry.title = entry.kind->default_title(entry.date);

  if (Status s = check_text("body", input.body, kEntryBodyMaxChars); !s.ok()) return s;
  if (!trim(input.body).empty()) entry.body = input.body;

  if (Status s = normalise_answers(*entry.kind, input.answers, entry.answers); !s.ok()) return s;
  if (Status s = normalise_tags(input.tags, entry.tags); !s.ok()) return s;

  Result<std::optional<int>> mood = optional_rating("mood", input.mood);
  if (!mood.ok()) return mood.status();
  entry.mood = *mood;
  Result<std::optional<int>> energy = optional_rating("energy", input.energy);
  if (!energy.ok()) return energy.status();
  entry.energy = *energy;

  if (Status s = normalise_value_ids(input.value_ids, entry.value_ids); !s.ok()) return s;
  if (Status s = validate_self_care_ticks(entry.kind->id, input.self_care); !s.ok()) return s;
  entry.self_care = input.self_care;

  if (entry.body.empty() && entry.answers.empty()) {
    return Status::Invalid("body", "body is required when no question is answered");
  }
  return entry;
}

}  // namespace tn

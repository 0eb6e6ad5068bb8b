// Journal entries: the entry kinds and their prompts (as data), free-entry suggestions, and validation.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/balance.h"
#include "domain/date.h"
#include "domain/status.h"

namespace tn {

// Limits, counted in characters (code points). The body allows a long essay (about 15,000 words).
inline constexpr std::size_t kEntryTitleMaxChars = 200;
inline constexpr std::size_t kEntryBodyMaxChars = 100'000;
inline constexpr std::size_t kEntryAnswerMaxChars = 10'000;
inline constexpr std::size_t kEntryTagMaxChars = 40;
inline constexpr std::size_t kEntryMaxTags = 20;
inline constexpr std::size_t kEntryMaxValueIds = 20;
inline constexpr int kRatingMin = 1;  // ratings, mood and energy run from 1 to 5
inline constexpr int kRatingMax = 5;

// Key of the weekly "what I learned" prompt; the lessons view lists these answers across entries.
inline constexpr std::string_view kLearnedPromptKey = "learned";

enum class PromptType {
  kText,    // free text up to kEntryAnswerMaxChars
  kRating,  // a whole number from kRatingMin to kRatingMax
};

// One guided question of an entry kind. `key` is stable: answers are stored under it.
struct PromptSpec {
  std::string_view key;
  std::string_view label;     // short heading, e.g. "What I learned"
  std::string_view question;  // the full question shown in the editor
  PromptType type;
};

// An entry kind. Kinds are data: adding one to the table needs no schema change.
struct KindSpec {
  std::string_view id;     // "weekly", "monthly", "free"
  std::string_view label;  // "Weekly reflection"
  std::span<const PromptSpec> prompts;
  std::string (*default_title)(const Date& date);  // title used when the user leaves it empty
};

// All entry kinds, in the order the UI offers them.
std::span<const KindSpec> entry_kinds();

// The kind with this id, or nullptr when there is none.
const KindSpec* find_entry_kind(std::string_view id);

// The prompt of `kind` with this key, or nullptr when the kind has no such prompt.
const PromptSpec* find_prompt(const KindSpec& kind, std::string_view key);

// The rotating pool of extra reflective questions offered for free entries (12 of them).
std::span<const std::string_view> free_prompt_pool();

// `count` questions from the pool for the ISO week containing `date`: consecutive pool entries starting
// at an offset that advances by `count` every Monday, wrapping around; so the choice is the same all week
// and changes each week. `count` is clamped to the pool size; 0 gives an empty list.
std::vector<std::string_view> free_prompt_suggestions(const Date& date, std::size_t count);

// An answer as received: text for a text prompt, a number for a rating prompt.
using AnswerValue = std::variant<std::string, long long>;

// An entry as submitted by the user (create or full update), before validation.
struct EntryInput {
  std::string kind;
  std::string date;   // "YYYY-MM-DD", the user's local date
  std::string title;  // may be empty: a default is derived from kind and date
  std::string body;   // Markdown
  std::map<std::string, AnswerValue> answers;  // prompt key -> answer
  std::vector<std::string> tags;
  std::optional<long long> mood;    // 1..5
  std::optional<long long> energy;  // 1..5
  std::vector<long long> value_ids;
  std::vector<SelfCareTick> self_care;  // weekly reflections: the self-care routines kept or not that week
};

// A valid entry in canonical form, ready to store.
struct NormalisedEntry {
  const KindSpec* kind = nullptr;  // never null in a returned value
  Date date;
  std::string title;  // trimmed; never empty
  std::string body;   // as given, or "" when it was blank
  std::map<std::string, AnswerValue> answers;  // only answered prompts; text trimmed
  std::vector<std::string> tags;               // normalised, first occurrence order, no duplicates
  std::optional<int> mood;
  std::optional<int> energy;
  std::vector<long long> value_ids;  // first occurrence order, no duplicates
  std::vector<SelfCareTick> self_care;  // as given (see validate_self_care_ticks)
};

// True for a key that is safe to echo back inside a field name ("answers.<key>"): 1 to 40 characters of
// a-z, 0-9 and '_'.
bool is_plain_prompt_key(std::string_view key);

// Normalises one tag: ASCII and Unicode whitespace trimmed, inner runs of whitespace turned into one '-',
// lowercased (ASCII, Latin-1, Latin Extended-A and Additional, Greek, Cyrillic, Armenian and full-width
// Latin letters; other scripts are kept as typed). Invalid UTF-8 bytes become U+FFFD. Returns "" when
// nothing but whitespace was given. Does not check the length or the characters: normalise_entry does.
std::string normalise_tag(std::string_view tag);

// Validates `input` and returns it in canonical form, or the first problem found as an invalid-argument
// Status whose field is the JSON field (checked in this order):
//   kind        the id of one of entry_kinds()
//   date        a valid YYYY-MM-DD date (any year from 1900; future dates are allowed)
//   title       valid UTF-8, at most 200 characters after trimming; empty -> kind.default_title(date)
//   body        valid UTF-8, at most 100,000 characters; blank -> ""
//   answers.KEY KEY must be a prompt of the kind (field "answers" alone when KEY is not a plain
//               [a-z0-9_] key of at most 40 characters); text prompts take text (valid UTF-8, at most
//               10,000 characters; blank answers are dropped), rating prompts a number from 1 to 5
//   tags[i]     after normalise_tag: 1..40 characters, only word characters (is_word_code_point), '-' and
//               '_'; duplicates after normalisation are dropped; at most 20 distinct tags ("tags")
//   mood,energy absent or 1..5
//   value_ids[i] positive; duplicates dropped; at most 20 distinct ids ("value_ids"). Whether the ids
//               exist is for the store to check.
//   self_care   as validate_self_care_ticks: weekly reflections only.
//   body        an entry must have a non-blank body or at least one answered prompt.
Result<NormalisedEntry> normalise_entry(const EntryInput& input);

}  // namespace tn

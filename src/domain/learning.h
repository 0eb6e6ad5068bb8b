// Learning: the reading and learning list (books, courses, talks, articles) on shelves, each read, the
// takeaways and quotes kept from them, weekly experiments, and the starting list the app offers.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/goals.h"
#include "domain/status.h"

namespace tn {

// Limits, shown to users in validation messages.
inline constexpr std::size_t kLearningTitleMaxChars = 200;
inline constexpr std::size_t kLearningAuthorMaxChars = 120;
inline constexpr std::size_t kMaxReads = 20;
inline constexpr std::size_t kTakeawayMaxChars = 1000;
inline constexpr std::size_t kQuoteMaxChars = 2000;
inline constexpr std::size_t kNoteMaxValues = 10;
inline constexpr int kMaxPage = 100000;

inline constexpr std::array<std::string_view, 4> kLearningKinds = {"book", "course", "talk", "article"};
inline constexpr std::string_view kShelfWant = "want";
inline constexpr std::string_view kShelfInProgress = "in_progress";
inline constexpr std::string_view kShelfDone = "done";
inline constexpr std::string_view kShelfStopped = "stopped";
inline constexpr std::array<std::string_view, 4> kShelves = {kShelfWant, kShelfInProgress, kShelfDone, kShelfStopped};
inline constexpr std::string_view kNoteTakeaway = "takeaway";
inline constexpr std::string_view kNoteQuote = "quote";
inline constexpr std::array<std::string_view, 2> kNoteKinds = {kNoteTakeaway, kNoteQuote};

// One time through the item: a re-read is a new read, never an overwrite of the last one.
struct LearningRead {
  std::string started_on;   // "YYYY-MM-DD" or ""
  std::string finished_on;  // "YYYY-MM-DD" or ""

  bool operator==(const LearningRead&) const = default;
};

// What the user edits for a book, course, talk or article.
struct LearningItem {
  std::string kind = "book";
  std::string title;
  std::string author;  // author or provider
  std::string shelf = std::string(kShelfWant);
  int progress = 0;    // percent, 0..100
  std::optional<int> rating;  // 1..5
  std::vector<LearningRead> reads;  // oldest first

  bool operator==(const LearningItem&) const = default;
};

// OK when the item keeps its rules; otherwise an invalid-argument Status naming the first bad field: kind,
// title (required, max 200), author (max 120), shelf, progress (0..100), rating (1..5 when set), reads (at
// most 20), reads[i].started_on / reads[i].finished_on (dates; at least one of them; finished on or after
// started).
Status validate_learning_item(const LearningItem& item);

// A takeaway or a quote kept from an item.
struct LearningNote {
  std::string kind = std::string(kNoteTakeaway);
  std::string text;
  std::optional<int> page;                     // quotes only
  std::vector<std::int64_t> value_ids;         // core values it speaks to
  std::optional<std::int64_t> initiative_id;   // an initiative it links to (or became)
  std::string experiment_week;                 // takeaways only: the Monday of the week to try it, or ""

  bool operator==(const LearningNote&) const = default;
};

// OK when the note keeps its rules; otherwise an invalid-argument Status naming the first bad field: kind,
// text (required; a takeaway at most 1000, a quote at most 2000), page (quotes only, 1..100000),
// value_ids (at most 10; positive, no repeats), initiative_id (positive), experiment_week (takeaways
// only; a date). Whether the ids exist is for the store.
Status validate_learning_note(const LearningNote& note);

// The Monday of the ISO week holding `date`.
Date week_monday(const Date& date);

// The initiative a takeaway becomes: planned, on the short horizon, titled with the takeaway (shortened to
// the title limit), its why saying where it came from, linked to the takeaway's values.
Initiative initiative_from_takeaway(const LearningNote& takeaway, std::string_view item_title);

// A book of the starting list the app offers (never forced): its stable key, and why it is on the list.
struct StarterItem {
  std::string_view key;
  std::string_view kind;
  std::string_view title;
  std::string_view author;
  std::string_view why;
};

// The starting list: Emotional Intelligence (Goleman), Start With Why (Sinek), Atomic Habits (Clear).
std::span<const StarterItem> starter_list();

// The starter item with `key`, or nullptr.
const StarterItem* find_starter_item(std::string_view key);

}  // namespace tn

// Feedback (360): the feedback log, its themes, what it says about each core value, and 360 rounds.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/status.h"

namespace tn {

// Limits, shown to users in validation messages.
inline constexpr std::size_t kFeedbackFromMaxChars = 120;
inline constexpr std::size_t kFeedbackContextMaxChars = 1000;
inline constexpr std::size_t kFeedbackSaidMaxChars = 5000;
inline constexpr std::size_t kFeedbackReflectionMaxChars = 5000;
inline constexpr std::size_t kFeedbackMaxThemes = 10;
inline constexpr std::size_t kFeedbackMaxValues = 20;
inline constexpr std::size_t kThemeNameMaxChars = 60;
inline constexpr std::size_t kMinThemes = 1;
inline constexpr std::size_t kMaxThemes = 20;
inline constexpr std::size_t kRoundNameMaxChars = 120;
inline constexpr std::size_t kRoundNotesMaxChars = 2000;
inline constexpr std::size_t kMaxRoundPeople = 30;

// The words the API uses for who gave feedback and what it points to.
inline constexpr std::array<std::string_view, 5> kFeedbackSources = {"self", "peer", "direct_report", "manager",
                                                                     "other"};
inline constexpr std::string_view kPointsToStrength = "strength";
inline constexpr std::string_view kPointsToGrowth = "growth";
// "" means neither (or not decided yet).
inline constexpr std::array<std::string_view, 3> kPointsTo = {"", kPointsToStrength, kPointsToGrowth};

// The themes a new workbook starts with (editable).
inline constexpr std::array<std::string_view, 6> kDefaultFeedbackThemes = {
    "Communication", "Delivery", "Collaboration", "Strategy", "People leadership", "Technical depth"};

// "Self", "Peer", "Direct report", "Manager", "Other"; the word itself for anything else.
std::string_view feedback_source_label(std::string_view source);

// Who gave feedback, for a sentence like "Feedback from <phrase>": the name when given, else "yourself",
// "a peer", "a direct report", "your manager" or "someone".
std::string feedback_from_phrase(std::string_view source, std::string_view from_name);

// One piece of feedback as the user logs it. Values are tagged with a stance: the feedback supports the
// value (the user lives it) or contradicts it.
struct Feedback {
  std::string received_on;  // "YYYY-MM-DD"
  std::string source = "peer";
  std::string from_name;    // optional
  std::string context;
  std::string said;         // verbatim
  std::string reflection;   // the user's own
  std::string points_to;    // one of kPointsTo
  std::vector<std::int64_t> theme_ids;
  std::vector<std::int64_t> supports_value_ids;
  std::vector<std::int64_t> contradicts_value_ids;
  std::optional<std::int64_t> round_id;         // the 360 round it answers
  std::optional<std::int64_t> round_person_id;  // who in that round gave it

  bool operator==(const Feedback&) const = default;
};

// OK when the feedback keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// received_on (required date), source, from_name (max 120), context (max 1000), said (required, max
// 5000), reflection (max 5000), points_to, theme_ids (at most 10; positive, no repeats),
// supports_value_ids / contradicts_value_ids (at most 20 each; positive, no repeats; a value is not in
// both), round_id (positive), round_person_id (positive, and only with round_id). Whether the ids exist
// is for the store.
Status validate_feedback(const Feedback& feedback);

// A theme as the user edits the list: an existing one keeps its id (and its links).
struct ThemeInput {
  std::optional<std::int64_t> id;
  std::string name;
};

// OK when the list keeps its rules: 1 to 20 themes, names required (max 60) and unique (name_key), ids
// positive without repeats. Invalid on "themes" or "themes[i].name" / "themes[i].id".
Status validate_themes(const std::vector<ThemeInput>& themes);

// What the feedback says about one core value.
struct ValueMentions {
  std::int64_t value_id = 0;
  std::string name;
  int rank = 0;  // 1 = the user's most important value
  int supports = 0;
  int contradicts = 0;
};

// The one-line reading of `v` over `feedback_count` logged items, e.g. "You rank Integrity 1st, yet none
// of your 34 feedback items mentions it." (never mentioned; "yet your one feedback item does not mention it"
// for a single item), "3 feedback items support Integrity; none
// contradicts it.", "Integrity is contradicted more often (3) than supported (1): worth a conversation."
// With no feedback at all: "No feedback logged yet."
std::string value_mention_finding(const ValueMentions& v, std::int64_t feedback_count);

// "1st", "2nd", "3rd", "4th", ..., "11th", "12th", "13th", "21st".
std::string ordinal(int n);

// The `count` calendar months that end with the month of `today`, oldest first, as "YYYY-MM".
std::vector<std::string> recent_months(const Date& today, int count);

// A 360 round: who was asked, across sources. Feedback links to it when it answers it.
struct RoundPersonInput {
  std::optional<std::int64_t> id;  // kept from the stored round, so recorded answers stay linked
  std::string name;
  std::string source = "peer";

  bool operator==(const RoundPersonInput&) const = default;
};

struct FeedbackRound {
  std::string name;
  std::string started_on;  // "YYYY-MM-DD"
  std::string notes;
  std::vector<RoundPersonInput> asked;

  bool operator==(const FeedbackRound&) const = default;
};

// OK when the round keeps its rules: name (required, max 120), started_on (required date), notes (max
// 2000), asked (at most 30), asked[i].id (positive, no repeats), asked[i].name (required, max 120),
// asked[i].source. Otherwise invalid-argument naming the field.
Status validate_round(const FeedbackRound& round);

// One source's part of a round: how many were asked and answered, and what the answers point to.
struct RoundSourceSummary {
  std::string source;
  int asked = 0;
  int answered = 0;  // asked people with at least one answer
  int feedback = 0;  // answers from this source (also from people not on the asked list)
  int strengths = 0;
  int growth = 0;
};

// An answer of a round, for its summary.
struct RoundAnswer {
  std::string source;
  std::optional<std::int64_t> person_id;
  std::string points_to;
};

// The per-source summary of a round from who was asked (with their stored ids, parallel to `asked`) and
// its answers, in kFeedbackSources order, leaving out sources with nobody asked and no answer.
std::vector<RoundSourceSummary> summarise_round(const std::vector<RoundPersonInput>& asked,
                                                const std::vector<RoundAnswer>& answers);

}  // namespace tn

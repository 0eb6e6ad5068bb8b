// Reads and writes the feedback log (themes, value stances, 360 rounds), the editable theme list, the
// counts behind the by-source, by-theme and by-value views, and 360 rounds with who was asked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/feedback.h"
#include "store/database.h"

namespace tn {

// Feedback as stored, with the names of what it links to.
struct StoredFeedback {
  std::int64_t id = 0;
  Feedback fields;
  std::vector<std::string> theme_names;  // parallel to fields.theme_ids
  std::string round_name;                // "" when not part of a round
  std::string round_person_name;
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// Filters of the feedback list; empty ones do not filter.
struct FeedbackFilter {
  std::optional<std::string> source;
  std::optional<std::string> points_to;
  std::optional<std::int64_t> theme_id;
  std::optional<std::int64_t> value_id;  // supports or contradicts it
  std::optional<std::int64_t> round_id;
};

struct FeedbackPage {
  std::vector<StoredFeedback> items;
  bool more = false;
};

// Feedback passing `filter`, newest first (received_on, then id), after `after` when given.
Result<FeedbackPage> list_feedback(Database& db, const FeedbackFilter& filter, const std::optional<DateCursor>& after,
                                   int limit);

// How many feedback items are logged, and the date of the first (or "").
struct FeedbackSpan {
  std::int64_t count = 0;
  std::string first_on;
};
Result<FeedbackSpan> feedback_span(Database& db);

// Feedback `id`, or NotFound.
Result<StoredFeedback> load_feedback(Database& db, std::int64_t id);

// Stores `fields` (already valid). Invalid "theme_ids[i]" for an unknown theme, "supports_value_ids[i]" /
// "contradicts_value_ids[i]" for an id that is not one of the user's values, "round_id" for an unknown
// round and "round_person_id" for someone not asked in that round.
Result<StoredFeedback> create_feedback(Database& db, const Feedback& fields);

// Replaces feedback `id` at `expected_version`, with the checks of create_feedback. NotFound; Conflict on
// "version". An unchanged save keeps the version.
Result<StoredFeedback> update_feedback(Database& db, std::int64_t id, const Feedback& fields, std::int64_t expected_version);

// Deletes feedback `id`; NotFound.
Status delete_feedback(Database& db, std::int64_t id);

// The theme list in the user's order, with how many feedback items use each theme, and its version.
struct StoredTheme {
  std::int64_t id = 0;
  std::string name;
  std::int64_t count = 0;
};
struct StoredThemes {
  std::vector<StoredTheme> items;
  std::int64_t version = 0;
};

Result<StoredThemes> load_themes(Database& db);

// Replaces the theme list with `themes` (already valid) at `expected_version`: a theme with an id keeps its
// links (invalid "themes[i].id" when it is not a current theme), one without is new, a current theme left
// out is deleted with its links. Conflict on "version" (Noun::kMany) when stale.
Result<StoredThemes> save_themes(Database& db, const std::vector<ThemeInput>& themes, std::int64_t expected_version);

// A piece of feedback quoted in the value view.
struct FeedbackExample {
  std::int64_t id = 0;
  std::string received_on;
  std::string said;  // shortened
};

// What the feedback says about one value.
struct ValueFeedback {
  std::int64_t value_id = 0;
  std::int64_t supports = 0;
  std::int64_t contradicts = 0;
  std::string last_on;  // the newest mention, "" for none
  std::vector<FeedbackExample> supporting;     // the newest few
  std::vector<FeedbackExample> contradicting;  // the newest few
};

// For each of `value_ids` (in that order): counts, the newest mention and the newest `examples` of each stance.
Result<std::vector<ValueFeedback>> feedback_by_value(Database& db, const std::vector<std::int64_t>& value_ids,
                                                     int examples);

// One count of the feedback views: the feedback received in `month` ("YYYY-MM") whose `key` (a source, a
// theme id or a value id) it is, and how many of them point to a strength or a growth area.
struct FeedbackTally {
  std::string key;
  std::string month;
  std::int64_t count = 0;
  std::int64_t strengths = 0;
  std::int64_t growth = 0;
};

// Every month's counts of all feedback: by source, by theme, and by the values it supports and contradicts;
// each list ordered by key (sources in the order of kFeedbackSources, ids ascending), then month.
struct FeedbackTallies {
  std::vector<FeedbackTally> sources;
  std::vector<FeedbackTally> themes;
  std::vector<FeedbackTally> supported;
  std::vector<FeedbackTally> contradicted;
};

// The counts behind the summary views, over all feedback. Reads the facts of each item (date, source, what
// it points to) once, without the texts, and the link tables once each.
Result<FeedbackTallies> tally_feedback(Database& db);

// A 360 round as stored: fields.asked carry their ids; `answers` counts the feedback recorded for it and
// `answered` the people asked who gave at least one answer.
struct StoredRound {
  std::int64_t id = 0;
  FeedbackRound fields;
  std::int64_t answers = 0;
  std::int64_t answered = 0;
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// Every round, the newest started first.
Result<std::vector<StoredRound>> list_rounds(Database& db);

// Round `id`, or NotFound.
Result<StoredRound> load_round(Database& db, std::int64_t id);

// Stores `fields` (already valid) as a new round; invalid "asked[i].id" when one is given.
Result<StoredRound> create_round(Database& db, const FeedbackRound& fields);

// Replaces round `id` at `expected_version`: asked people with an id must be this round's (invalid
// "asked[i].id" otherwise) and keep their answers; those left out are removed (their answers stay, unlinked
// from the person). NotFound; Conflict on "version". An unchanged save keeps the version.
Result<StoredRound> update_round(Database& db, std::int64_t id, const FeedbackRound& fields, std::int64_t expected_version);

// Deletes round `id` and its list of who was asked; the feedback recorded for it stays, without the link.
Status delete_round(Database& db, std::int64_t id);

}  // namespace tn

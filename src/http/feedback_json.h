// JSON for /api/feedback: feedback items, themes, 360 rounds with their per-source summary, and bodies in.
#pragma once

#include <vector>

#include "domain/feedback.h"
#include "http/json_body.h"
#include "store/feedback_store.h"

namespace tn {

// [{key, label}] of the five sources, in order.
json feedback_sources_json();

// The feedback with its source label, who gave it ("from": a name or e.g. "a peer"), its themes by name
// and its round.
json feedback_json(const StoredFeedback& f);

// Reads {received_on, source, from_name?, context?, said, reflection?, points_to?, theme_ids?,
// supports_value_ids?, contradicts_value_ids?, round_id?, round_person_id?}; 400 naming the field.
Result<Feedback> read_feedback_fields(const json& body);

// The round with who was asked (each with `answered`, from `answers`), and when `answers` is given the
// answers themselves and `summary` per source.
json round_json(const StoredRound& r, const std::vector<StoredFeedback>* answers);

// Reads {name, started_on, notes?, asked?: [{id?, name, source}]}; 400 naming the field.
Result<FeedbackRound> read_round_fields(const json& body);

// Reads {themes: [{id?, name}]}; 400 naming the field.
Result<std::vector<ThemeInput>> read_theme_list(const json& body);

}  // namespace tn

// JSON for /api/learning: items with their reads, takeaways and quotes, the starting list, and bodies in.
#pragma once

#include "domain/learning.h"
#include "http/json_body.h"
#include "store/learning_store.h"

namespace tn {

// The item with its labels, reads (and the latest one) and note counts.
json learning_item_json(const StoredLearningItem& item);

// The takeaway or quote with its item's title and the initiative it links to.
json learning_note_json(const StoredNote& note);

// [{key, label}] of the shelves and of the kinds, in order.
json shelves_json();
json learning_kinds_json();

// Reads {kind, title, author?, shelf?, progress?, rating?, reads?: [{started_on?, finished_on?}]}.
Result<LearningItem> read_learning_item(const json& body);

// Reads {kind, text, page?, value_ids?, initiative_id?, experiment_week?}.
Result<LearningNote> read_learning_note(const json& body);

}  // namespace tn

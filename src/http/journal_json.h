// JSON for /api/journal: entries, summaries and highlighted text out, entry bodies in.
#pragma once

#include <vector>

#include "domain/date.h"
#include "domain/journal.h"
#include "http/json_body.h"
#include "store/journal_store.h"

namespace tn {

// {year, week} of an ISO week.
json week_json(const IsoWeek& week);

// The whole entry with its answers, tags, value_ids, ISO week, the Markdown rendered as `html`, and for a
// weekly reflection the self-care routines it ticked off (`self_care`, with `self_care_summary`: {kept,
// total, text} or null, see summarise_self_care).
json entry_json(const StoredJournalEntry& e);

// One row of a list: {id, kind, date, title, excerpt, tags, mood, energy, updated_at, deleted_at}.
json summary_json(const EntrySummary& s);

// [{text, match}] for a highlighted title or snippet.
json segments_json(const std::vector<TextSegment>& segments);

// Reads the entry fields of a create or update body. Type errors are 400s naming the field.
Result<EntryInput> read_entry_input(const json& body);

}  // namespace tn

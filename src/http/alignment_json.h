// JSON for /api/alignment: scores, warnings and suggestions, snapshots and the worksheet.
#pragma once

#include <optional>
#include <vector>

#include "domain/alignment.h"
#include "http/json_body.h"
#include "store/alignment_store.h"

namespace tn {

// What a set of ratings says: {scores, warnings, suggestions: {lean_into, hand_off}}.
json analysis_json(const std::vector<AlignmentRating>& ratings);

// One row of the snapshot list: {id, assessed_on, created_at, scores, conflicts (core values rated 1)}.
json assessment_summary_json(const StoredAssessment& a);

// The whole snapshot: its analysis, ratings with labels, action lists (`lean_into`, `hand_off`: the texts;
// `actions`: {lean_into, hand_off} of {position, text, initiative: {id, title, status} or null, stop_doing:
// {id, text, action, done} or null}) and the summary of `previous` (null when there is none).
json assessment_json(const StoredAssessment& a, const StoredAssessment* previous);

// Snapshot `from` compared with `to` item by item (compare_alignment_snapshots): {from, to (summaries),
// scores: {<category>|overall: {from, to, change}}, items: [{category, item_id, item, from, to, change}],
// counts: {up, down, same, new, gone}}.
json comparison_json(const StoredAssessment& from, const StoredAssessment& to);

// Where an initiative or stop-doing item came from: {assessment_id, assessed_on, kind, text}, or null.
json action_origin_json(const std::optional<ActionOrigin>& origin);

// The worksheet with the suggested adjustments.
json worksheet_json(const StoredWorksheet& w);

// Reads the worksheet's links [{goal_index, aspiration_index, kind, note?}]: 400 naming "links[i].<field>"
// for a wrong type or an unknown kind. Indices far outside any list become -1, which the domain refuses.
Result<std::vector<WorksheetLink>> read_worksheet_links(const json& links);

}  // namespace tn

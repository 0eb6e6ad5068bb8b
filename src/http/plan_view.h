// What the printable pages show, gathered from the stores as the data of their Mustache templates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/date.h"
#include "http/reply.h"
#include "store/database.h"

namespace tn {

// The data of web/templates/plan.mustache on `today`: the vision, the ranked core values with their
// meanings, the newest alignment snapshot (scores, its lean-into / avoid lists or else the suggested ones,
// values that strain), the active initiatives with dates, measure and milestones, the open stop-doing
// items, the current road with its milestones to come, and the boundaries and self-care routines. Every
// list section is null when it has nothing, else {"items": [...]}; dates are written for reading.
// A store error is returned as it is.
Result<json> plan_view(Database& db, const Date& today);

// The data of web/templates/plan_decision.mustache: decision `id` with its options x criteria matrix
// (scores, notes as numbered footnotes, weights, totals, ranks), the totals as stacked bars in the
// criteria's colours, the findings, the record and the review. "layout" is "roomy" for up to 5
// criteria, "wide" (landscape) for 6 to 12 and "dense" beyond. NotFound for an unknown id.
Result<json> decision_print_view(Database& db, std::int64_t id);

// The colour of criterion `index` in decision charts, as the decisions page draws it
// (web/js/decisions/analysis.js criterionColour): "hsl(H, 55%, 52%)", H in golden-angle steps from 160.
std::string criterion_colour(std::size_t index);

}  // namespace tn

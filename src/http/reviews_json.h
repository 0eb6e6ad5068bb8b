// JSON for /api/reviews: a month's facts, a saved review with what was true then, the year of months, and
// the body of a review save.
#pragma once

#include "http/json_body.h"
#include "store/reviews_store.h"

namespace tn {

// The facts of a month for a review to start from: reflections with their lessons, the balance and alignment
// snapshots the review shows (`balance`, `alignment`; null when not re-rated) against last month's
// (point_before), the boundaries and self-care routines, the initiatives, and the decisions, check-ins,
// feedback and learning of the month.
json month_facts_json(const MonthFacts& facts, const BalancePoint* balance, const AlignmentPoint* alignment);

// A saved review: its month, the snapshots it linked beside those compared with (with the scores it copied),
// the practices kept or slipped with their tally, the initiatives as they stood, the month's records, and
// whether it is settled on `today` (review_settled).
json review_json(const StoredReview& review, const Date& today);

// The year view: twelve months side by side with the change of each row over the year, and `this_month` (the
// month of `today`), so a page can tell months still to come from months without a record.
json year_json(const YearSummary& year, const Date& today);

// Reads a review save {balance_snapshot_id?, alignment_assessment_id?, practices?:[{list, item_id, state,
// note?}]}: 400 naming the field for a wrong type.
Result<ReviewChoices> read_review_choices(const json& body);

// Reads a quick re-assessment {ratings:[{id, rating, note?}]}: 400 naming the field for a wrong type.
Result<std::vector<ValueRerating>> read_value_reratings(const json& body);

}  // namespace tn

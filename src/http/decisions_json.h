// JSON for decisions: reading a draft or a record from a request body, writing decisions and analyses.
#pragma once

#include "domain/date.h"
#include "domain/decision.h"
#include "domain/decision_record.h"
#include "http/json_body.h"

namespace tn {

// Reads title, context, deadline (""/null for none), options [{name, description}], criteria [{name,
// description, lower_is_better, points, value_id}], scores (rows of cells {score: number|null, note} or
// null), weighting and comparisons [{first, second, judgement}]. Names are trimmed. Type errors are 400s
// naming the field ("criteria[1].points must be a number"); the rules are checked by
// validate_decision_draft, not here. With `matrix_required` false, a body without "options" gets the
// matrix from `fallback`.
Result<DecisionDraft> read_decision_draft(const json& body, bool matrix_required,
                                          const DecisionInput& fallback = {});

// Reads chosen_option, gut_feeling, rationale, expected_outcome and review_date.
Result<DecisionRecord> read_decision_record(const json& body);

// Reads what_happened and lesson.
Result<DecisionReview> read_decision_review(const json& body);

// The analysis as the page uses it: weights, consistency, totals, contributions, ranking, winner,
// sensitivity, score flips and the plain sentences (findings).
json analysis_json(const Analysis& analysis);

// The whole decision in one object: fields, matrix, analysis, record, review and review_due.
json decision_json(const Decision& decision, const Analysis& analysis, const Date& today);

// One row of the decisions list.
json decision_summary_json(const DecisionSummary& summary, const Date& today);

// A built-in template.
json decision_template_json(const DecisionTemplate& t);

}  // namespace tn

// Reads and writes decisions: the matrix (options, criteria, scores, comparisons), record and review.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "domain/decision_record.h"
#include "store/database.h"

namespace tn {

// Every decision, newest change first; only those with status `status` unless it is "".
Result<std::vector<DecisionSummary>> list_decisions(Database& db, std::string_view status);

// One decision with its matrix, record and review; NotFound for an unknown id.
Result<Decision> load_decision(Database& db, std::int64_t id);

// Creates an open decision (version 1) from a valid draft and returns it as stored.
Result<Decision> create_decision(Database& db, const DecisionDraft& draft);

// Replaces title, context, deadline and the whole matrix if the stored version equals `expected_version`
// (otherwise Conflict on "version") and the decision is open (otherwise Conflict on "status": a decided
// decision keeps the matrix it was decided on until it is reopened). A save that changes nothing keeps
// the version. NotFound for an unknown id. `draft` must already be valid.
Result<Decision> save_decision(Database& db, std::int64_t id, const DecisionDraft& draft,
                               std::int64_t expected_version);

// Records (or corrects) the choice made: status becomes decided (a reviewed decision stays reviewed);
// decided_at is stamped the first time. Invalid (400) when the record breaks validate_decision_record for
// the stored options; Conflict on "version" when stale; NotFound for an unknown id.
Result<Decision> save_decision_record(Database& db, std::int64_t id, const DecisionRecord& record,
                                      std::int64_t expected_version);

// Saves the look back: status becomes reviewed; reviewed_at is stamped the first time. Conflict on
// "status" while the decision is open (nothing to review yet), on "version" when stale. `review` must
// already be valid.
Result<Decision> save_decision_review(Database& db, std::int64_t id, const DecisionReview& review,
                                      std::int64_t expected_version);

// Takes a decided or reviewed decision back to open, removing its record and review, so the matrix can
// change again. Conflict on "version" when stale; an open decision is returned unchanged.
Result<Decision> reopen_decision(Database& db, std::int64_t id, std::int64_t expected_version);

// Deletes a decision and everything in it, and clears the career roads' links to it (a new version of each
// such road); NotFound for an unknown id.
Status delete_decision(Database& db, std::int64_t id);

}  // namespace tn

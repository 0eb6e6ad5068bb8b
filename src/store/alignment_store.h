// Reads and writes alignment snapshots (ratings against the mission, action lists) and the worksheet.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/alignment.h"
#include "store/database.h"

namespace tn {

// A dated alignment snapshot. Scores are not stored: score_alignment computes them from `ratings`.
struct StoredAssessment {
  std::int64_t id = 0;
  std::string assessed_on;  // YYYY-MM-DD
  std::string organisation;
  std::string mission;
  std::vector<AlignmentRating> ratings;
  std::vector<std::int64_t> item_ids;  // parallel to `ratings`: the core value or list item rated
  std::vector<std::string> lean_into;
  std::vector<std::string> hand_off;
  std::int64_t version = 0;
  std::string created_at;
};

// Saves a new snapshot from `a` (id, version and created_at are ignored); `a` must already be valid.
Result<StoredAssessment> create_assessment(Database& db, const StoredAssessment& a);

// Every snapshot, oldest first (by date, then by creation).
Result<std::vector<StoredAssessment>> load_assessments(Database& db);

// Snapshot `id`; NotFound when there is none.
Result<StoredAssessment> load_assessment(Database& db, std::int64_t id);

// Replaces the lean-into and hand-off lists of snapshot `id` (already valid). NotFound for an unknown id,
// Conflict ("version") when stale.
Result<StoredAssessment> save_assessment_actions(Database& db, std::int64_t id, const std::vector<std::string>& lean_into,
                                           const std::vector<std::string>& hand_off, std::int64_t expected_version);

// Deletes snapshot `id`; NotFound when there is none.
Status delete_assessment(Database& db, std::int64_t id);

// The worksheet as stored: goals, aspirations, links, and the adjustments the person wrote down.
struct StoredWorksheet {
  AlignmentWorksheet sheet;
  std::string adjustments;
  std::int64_t version = 0;  // 0 before the first save
  std::string updated_at;
};

Result<StoredWorksheet> load_worksheet(Database& db);

// Replaces the worksheet if the stored version equals `expected_version` (Conflict "version" otherwise).
// `sheet` must already be valid. An unchanged save keeps the version.
Result<StoredWorksheet> save_worksheet(Database& db, const AlignmentWorksheet& sheet, const std::string& adjustments,
                                       std::int64_t expected_version);

}  // namespace tn

// Reads and writes alignment snapshots (ratings against the mission, action lists) and the worksheet.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/alignment.h"
#include "store/database.h"

namespace tn {

// What an item of a snapshot's lean-into or hand-off list became, as that record is now: an initiative or
// a stop-doing item (at most one), or nothing (never turned into one, or the record was deleted since).
struct ActionLink {
  std::optional<std::int64_t> initiative_id;
  std::string initiative_title;
  std::string initiative_status;
  std::optional<std::int64_t> stop_doing_id;
  std::string stop_doing_text;
  std::string stop_doing_action;
  bool stop_doing_done = false;

  bool linked() const { return initiative_id || stop_doing_id; }
};

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
  std::vector<ActionLink> lean_into_links;  // parallel to lean_into (filled in when read)
  std::vector<ActionLink> hand_off_links;   // parallel to hand_off
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
// Conflict ("version") when stale. An item whose text is kept in the same list keeps its link (the first
// item with that text, for repeated texts); a link of an item left out is gone.
Result<StoredAssessment> save_assessment_actions(Database& db, std::int64_t id, const std::vector<std::string>& lean_into,
                                           const std::vector<std::string>& hand_off, std::int64_t expected_version);

// Deletes snapshot `id`; NotFound when there is none.
Status delete_assessment(Database& db, std::int64_t id);

// Two snapshots to compare: `to` (default: the newest) and `from` (default: the one before `to`, by date).
// NotFound naming the id for an unknown snapshot, or when there is nothing to compare (no snapshot, or
// none before `to`).
struct ComparedAssessments {
  StoredAssessment from;
  StoredAssessment to;
};
Result<ComparedAssessments> load_compared_assessments(Database& db, std::optional<std::int64_t> from_id,
                                                     std::optional<std::int64_t> to_id);

// One item of a snapshot's lists, as the editor saw it: the snapshot's version it read.
struct ActionRef {
  std::int64_t assessment_id = 0;
  AlignmentActionKind kind = AlignmentActionKind::kLeanInto;
  std::int64_t position = 0;  // 0-based in its list
  std::int64_t expected_version = 0;
};

// The snapshot after one of its items became a record, and that record's id.
struct ActionTurned {
  StoredAssessment assessment;
  std::int64_t record_id = 0;
};

// Turns item `ref` into a planned initiative (initiative_from_alignment_action) and links it, bumping the
// snapshot's version. NotFound for an unknown snapshot; Conflict ("version") when stale; Invalid
// ("position") when the list has no such item; Conflict ("position") when the item is linked already.
Result<ActionTurned> turn_action_into_initiative(Database& db, const ActionRef& ref);

// Turns item `ref` into a stop-doing item: `fields` with the item's text (then checked with
// validate_stop_doing_item), linked like turn_action_into_initiative, with the same refusals.
Result<ActionTurned> turn_action_into_stop_doing(Database& db, const ActionRef& ref, StopDoingItem fields);

// Where an initiative or stop-doing item came from: an item of a snapshot's lists.
struct ActionOrigin {
  std::int64_t assessment_id = 0;
  std::string assessed_on;  // YYYY-MM-DD
  AlignmentActionKind kind = AlignmentActionKind::kLeanInto;
  std::string text;
};

// The snapshot item that became initiative `initiative_id` / stop-doing item `stop_doing_id`, or nullopt;
// inside the caller's read or write (the Goals stores show it with their records).
std::optional<ActionOrigin> find_initiative_origin(Connection& conn, std::int64_t initiative_id);
std::optional<ActionOrigin> find_stop_doing_origin(Connection& conn, std::int64_t stop_doing_id);

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

// Reads and writes initiatives with their milestones and linked core values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/goals.h"
#include "store/alignment_store.h"
#include "store/database.h"
#include "store/roads_store.h"

namespace tn {

// An initiative as stored: the user's fields plus id, version and timestamps (ISO 8601 UTC).
struct StoredInitiative {
  std::int64_t id = 0;
  Initiative fields;
  std::optional<ActionOrigin> origin;  // the alignment snapshot's item it came from, while that item is kept
  std::vector<RoadRef> roads;          // the career roads it is a milestone of
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// Every initiative: active first, then planned, postponed, done, dropped; within a status by finish date
// (unset last), then id.
Result<std::vector<StoredInitiative>> list_initiatives(Database& db);

// The initiative `id`, or NotFound.
Result<StoredInitiative> load_initiative(Database& db, std::int64_t id);

// Adds `fields` (already valid) as a new initiative at version 1. Refused with the focus rule's Conflict
// (field "status") when it would be a sixth active one; nothing is saved then.
Result<StoredInitiative> create_initiative(Database& db, const Initiative& fields);

// Replaces initiative `id` with `fields` (already valid) if its version still equals `expected_version`.
// NotFound for an unknown id; Conflict on "version" when stale; the focus rule's Conflict on "status" when
// it would become a sixth active one. A save that changes nothing keeps the version.
Result<StoredInitiative> update_initiative(Database& db, std::int64_t id, const Initiative& fields,
                                           std::int64_t expected_version);

// Deletes initiative `id` with its milestones; stop-doing items and tasks linked to it lose the link, and a
// road milestone that is it becomes a plain one (see detach_initiative_milestones). NotFound for an unknown id.
Status delete_initiative(Database& db, std::int64_t id);

// The initiative `id` with its milestones and values, or nullopt; inside the caller's read or write (other
// stores link initiatives and show them).
std::optional<StoredInitiative> find_initiative(Connection& conn, std::int64_t id);

// Adds `fields` (already valid) as a new initiative inside the caller's write, with the focus rule's
// Conflict (field "status") as create_initiative. Other stores use it to turn something of theirs into an
// initiative they link to.
Result<StoredInitiative> insert_initiative(Connection& conn, const Initiative& fields);

// Appends `milestone` (already valid) to initiative `id` inside the caller's write, bumping its version:
// invalid "initiative_id" when there is no such initiative, Conflict on "milestones" when it has
// kMaxMilestones already. Returns the initiative as it is now.
Result<StoredInitiative> append_milestone(Connection& conn, std::int64_t id, const Milestone& milestone);

// OK when `initiative_id` is unset or names a stored initiative; otherwise invalid-argument on
// "initiative_id". Used inside a write transaction by the stop-doing and priorities stores.
Status check_initiative_exists(Connection& conn, const std::optional<std::int64_t>& initiative_id);

}  // namespace tn

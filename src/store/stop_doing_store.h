// Reads and writes the stop-doing list: what is cancelled, postponed or delegated to make room.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/goals.h"
#include "store/alignment_store.h"
#include "store/database.h"

namespace tn {

// One entry of the stop-doing list as stored.
struct StoredStopDoingItem {
  std::int64_t id = 0;
  StopDoingItem fields;
  std::string done_at;  // ISO 8601 UTC when it was marked done, "" while open
  std::optional<ActionOrigin> origin;  // the alignment snapshot's item it came from, while that item is kept
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// Every item: open ones first (oldest first), then done ones (most recently done first).
Result<std::vector<StoredStopDoingItem>> list_stop_doing(Database& db);

// The item `id`, or NotFound.
Result<StoredStopDoingItem> load_stop_doing(Database& db, std::int64_t id);

// Adds `fields` (already valid). Invalid "initiative_id" when it names no initiative.
Result<StoredStopDoingItem> create_stop_doing(Database& db, const StopDoingItem& fields);

// Adds `fields` (already valid) inside the caller's write, with the refusals of create_stop_doing. Other
// stores use it to turn something of theirs into a stop-doing item they link to.
Result<StoredStopDoingItem> insert_stop_doing(Connection& conn, const StopDoingItem& fields);

// Replaces item `id` with `fields` (already valid) at `expected_version`; NotFound, Conflict on "version",
// invalid "initiative_id" as above. Marking it done stamps done_at; reopening clears it.
Result<StoredStopDoingItem> update_stop_doing(Database& db, std::int64_t id, const StopDoingItem& fields,
                                              std::int64_t expected_version);

// Deletes item `id`; NotFound for an unknown id.
Status delete_stop_doing(Database& db, std::int64_t id);

}  // namespace tn

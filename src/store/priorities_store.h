// Reads and writes the tasks of the urgent/important priorities matrix.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/priorities.h"
#include "store/database.h"

namespace tn {

// A task as stored. Done tasks leave the board but stay in the database.
struct StoredTask {
  std::int64_t id = 0;
  PriorityTask fields;
  bool done = false;
  std::string done_at;  // ISO 8601 UTC when marked done, "" while open
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// The tasks still on the board (not done), oldest first.
Result<std::vector<StoredTask>> list_open_tasks(Database& db);

// The task `id` (done or not), or NotFound.
Result<StoredTask> load_task(Database& db, std::int64_t id);

// Adds `fields` (already valid) as an open task. Invalid "initiative_id" when it names no initiative.
Result<StoredTask> create_task(Database& db, const PriorityTask& fields);

// The task `id` (done or not), or nullopt; inside the caller's read or write (other stores link tasks).
std::optional<StoredTask> find_task(Connection& conn, std::int64_t id);

// Adds `fields` (already valid) as an open task inside the caller's write; invalid "initiative_id" as above.
// Other stores use it to put something of theirs on the board as one record they link to.
Result<StoredTask> insert_task(Connection& conn, const PriorityTask& fields);

// Replaces task `id` with `fields` and `done` (already valid) at `expected_version`. NotFound; Conflict on
// "version" when stale; invalid "initiative_id" as above. A save that changes nothing keeps the version.
Result<StoredTask> update_task(Database& db, std::int64_t id, const PriorityTask& fields, bool done,
                               std::int64_t expected_version);

// Deletes task `id`; NotFound for an unknown id.
Status delete_task(Database& db, std::int64_t id);

}  // namespace tn

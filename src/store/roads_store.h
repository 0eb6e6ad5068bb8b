// Reads and writes career roads (with milestones), the current road and the history of switching roads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/goals.h"
#include "store/database.h"

namespace tn {

// A road as stored. `fields.current` is true for the road the user is on now.
struct StoredRoad {
  std::int64_t id = 0;
  CareerRoad fields;
  std::optional<std::int64_t> decision_id;  // a decision of the decisions module weighing this road
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// One change of the current road; names are copies, so the record outlives a deleted road.
struct StoredRoadSwitch {
  std::int64_t id = 0;
  std::optional<std::int64_t> from_road_id;  // unset for the first choice
  std::string from_name;
  std::optional<std::int64_t> to_road_id;  // unset once that road was deleted
  std::string to_name;
  std::string switched_at;
};

// Every road in the order they were added.
Result<std::vector<StoredRoad>> list_roads(Database& db);

// The road `id`, or NotFound.
Result<StoredRoad> load_road(Database& db, std::int64_t id);

// Adds a road (fields already valid; `current` is ignored: use choose_road). Conflict on "roads" when the plan
// already holds four roads; invalid "name" when another road has the same name.
Result<StoredRoad> create_road(Database& db, const CareerRoad& fields, std::optional<std::int64_t> decision_id);

// Replaces name, notes, milestones and decision link of road `id` at `expected_version` (`current` is kept
// as stored). NotFound; Conflict on "version" when stale; invalid "name" when another road has that name.
Result<StoredRoad> update_road(Database& db, std::int64_t id, const CareerRoad& fields,
                               std::optional<std::int64_t> decision_id, std::int64_t expected_version);

// Makes road `id` the current one (every other road not current) and records the switch in the history
// when the current road changes. NotFound for an unknown id. Returns every road afterwards.
Result<std::vector<StoredRoad>> choose_road(Database& db, std::int64_t id);

// Deletes road `id` and its milestones; the history keeps its name. NotFound for an unknown id.
Status delete_road(Database& db, std::int64_t id);

// Every switch of the current road, newest first.
Result<std::vector<StoredRoadSwitch>> list_road_switches(Database& db);

}  // namespace tn

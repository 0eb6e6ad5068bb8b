// Reads and writes career roads (with milestones, which may be initiatives), the current road and the history
// of switching roads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/goals.h"
#include "store/database.h"

namespace tn {

// How an initiative that is a road's milestone stands now (the milestone's title, due date and done state
// are already the initiative's).
struct MilestoneInitiative {
  std::string status;  // one of kInitiativeStatuses
  int progress = 0;
};

// A road as stored. `fields.current` is true for the road the user is on now. A milestone that is an
// initiative is read from it: its title, finish date as due date, and done when the initiative is done.
struct StoredRoad {
  std::int64_t id = 0;
  CareerRoad fields;
  std::vector<std::optional<MilestoneInitiative>> milestone_initiatives;  // parallel to fields.milestones
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
// already holds four roads; invalid "name" when another road has the same name; invalid
// "milestones[i].initiative_id" when a milestone names no initiative. A milestone that is an initiative
// keeps a copy of its title, date and done state, which stays when the initiative is deleted.
Result<StoredRoad> create_road(Database& db, const CareerRoad& fields, std::optional<std::int64_t> decision_id);

// Replaces name, notes, milestones and decision link of road `id` at `expected_version` (`current` is kept
// as stored). NotFound; Conflict on "version" when stale; invalid "name" when another road has that name,
// or "milestones[i].initiative_id" as for create_road. A save that changes nothing keeps the version.
Result<StoredRoad> update_road(Database& db, std::int64_t id, const CareerRoad& fields,
                               std::optional<std::int64_t> decision_id, std::int64_t expected_version);

// Makes road `id` the current one (every other road not current) and records the switch in the history
// when the current road changes. NotFound for an unknown id. Returns every road afterwards.
Result<std::vector<StoredRoad>> choose_road(Database& db, std::int64_t id);

// Deletes road `id` and its milestones; the history keeps its name. NotFound for an unknown id.
Status delete_road(Database& db, std::int64_t id);

// Every switch of the current road, newest first.
Result<std::vector<StoredRoadSwitch>> list_road_switches(Database& db);

// A road an initiative is a milestone of.
struct RoadRef {
  std::int64_t id = 0;
  std::string name;
  bool current = false;
};

// The roads initiative `initiative_id` is a milestone of, in the order they were added; inside the caller's
// read or write (the initiatives store shows them with the initiative).
std::vector<RoadRef> roads_with_initiative(Connection& conn, std::int64_t initiative_id);

// Before initiative `initiative_id` is deleted, inside the caller's write: every road milestone that is it
// becomes a plain milestone with the initiative's title, finish date and done state as they are now, and its
// road gets a new version.
void detach_initiative_milestones(Connection& conn, std::int64_t initiative_id);

}  // namespace tn

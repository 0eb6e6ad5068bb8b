// Store tests for Goals: the focus rule inside the write transaction, milestones round-trip, road switches.
#include <catch2/catch.hpp>

#include "store/initiatives_store.h"
#include "store/priorities_store.h"
#include "store/roads_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

Initiative active_initiative(const std::string& title) {
  Initiative in;
  in.title = title;
  in.status = "active";
  in.start_date = "2026-01-01";
  in.finish_date = "2026-06-30";
  in.value_ids = {2, 5};
  in.milestones = {{"First", "2026-02-01", true}, {"Second", "", false}};
  return in;
}

}  // namespace

TEST_CASE("initiatives: round-trip, versions and the focus rule", "[goals_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();

  const auto first = create_initiative(d, active_initiative("Initiative one here"));
  REQUIRE(first.ok());
  CHECK(first->version == 1);
  CHECK(first->fields == active_initiative("Initiative one here"));
  for (int i = 2; i <= 5; ++i) REQUIRE(create_initiative(d, active_initiative("Initiative " + std::to_string(i))).ok());

  const auto sixth = create_initiative(d, active_initiative("One too many"));
  CHECK(sixth.status().code() == Code::kConflict);
  CHECK(sixth.status().field() == "status");
  CHECK(list_initiatives(d)->size() == 5);

  Initiative planned = active_initiative("Planned one");
  planned.status = "planned";
  const auto p = create_initiative(d, planned);
  REQUIRE(p.ok());
  planned.status = "active";
  CHECK(update_initiative(d, p->id, planned, 1).status().field() == "status");
  CHECK(load_initiative(d, p->id)->fields.status == "planned");
  CHECK(update_initiative(d, p->id, planned, 7).status().field() == "version");

  Initiative edited = first->fields;
  edited.progress = 50;
  edited.milestones.pop_back();
  const auto saved = update_initiative(d, first->id, edited, 1);
  REQUIRE(saved.ok());
  CHECK(saved->version == 2);
  CHECK(saved->fields.milestones.size() == 1);
  CHECK(update_initiative(d, first->id, edited, 2)->version == 2);  // unchanged: same version

  CHECK(delete_initiative(d, first->id).ok());
  CHECK(delete_initiative(d, first->id).code() == Code::kNotFound);
  CHECK(update_initiative(d, p->id, planned, 1).ok());  // room again
}

TEST_CASE("roads: one current road and the history of switches", "[goals_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto a = create_road(d, CareerRoad{"Manager", "", true, {}}, std::nullopt);
  const auto b = create_road(d, CareerRoad{"Staff", "", false, {{"Lead a design", "", false}}}, 4);
  REQUIRE((a.ok() && b.ok()));
  CHECK_FALSE(a->fields.current);  // `current` is only set by choose_road
  CHECK(b->decision_id == std::optional<std::int64_t>(4));

  REQUIRE(choose_road(d, a->id).ok());
  const auto roads = choose_road(d, b->id);
  REQUIRE(roads.ok());
  CHECK_FALSE((*roads)[0].fields.current);
  CHECK((*roads)[1].fields.current);
  REQUIRE(choose_road(d, b->id).ok());  // already current: no new switch
  const auto switches = list_road_switches(d);
  REQUIRE(switches->size() == 2);
  CHECK((*switches)[0].from_name == "Manager");
  CHECK((*switches)[0].to_name == "Staff");
  CHECK_FALSE((*switches)[1].from_road_id.has_value());
  CHECK(choose_road(d, 999).status().code() == Code::kNotFound);
}

TEST_CASE("roads: a milestone that is an initiative is one record, shown in both places", "[goals_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto goal = create_initiative(d, active_initiative("Lead the platform migration"));
  REQUIRE(goal.ok());
  Milestone linked;
  linked.title = "typed by hand: ignored";
  linked.initiative_id = goal->id;
  const auto road = create_road(d, CareerRoad{"Manager", "", false, {{"Run a project", "2026-05-01", false}, linked}}, std::nullopt);
  REQUIRE(road.ok());
  const Milestone& shown = road->fields.milestones[1];
  CHECK(shown.title == "Lead the platform migration");
  CHECK(shown.due_date == "2026-06-30");
  CHECK_FALSE(shown.done);
  CHECK(shown.initiative_id == goal->id);
  REQUIRE(road->milestone_initiatives[1]);
  CHECK(road->milestone_initiatives[1]->status == "active");
  CHECK_FALSE(road->milestone_initiatives[0]);
  const auto with_road = load_initiative(d, goal->id);
  REQUIRE(with_road->roads.size() == 1);
  CHECK(with_road->roads[0].name == "Manager");

  // A change to the initiative shows on the road at once; saving the road unchanged keeps its version.
  Initiative done = goal->fields;
  done.title = "Platform migration led";
  done.status = "done";
  REQUIRE(update_initiative(d, goal->id, done, 1).ok());
  const auto after = load_road(d, road->id);
  CHECK(after->fields.milestones[1].title == "Platform migration led");
  CHECK(after->fields.milestones[1].done);
  CHECK(update_road(d, road->id, after->fields, std::nullopt, 1)->version == 1);

  Milestone unknown;
  unknown.initiative_id = goal->id + 50;
  const auto refused = update_road(d, road->id, CareerRoad{"Manager", "", false, {unknown}}, std::nullopt, 1);
  CHECK(refused.status().field() == "milestones[0].initiative_id");
  CHECK(refused.status().message() == "milestones[0].initiative_id does not match any initiative");

  // Deleting the initiative leaves a plain milestone with its last title, date and state; the road changes.
  REQUIRE(delete_initiative(d, goal->id).ok());
  const auto kept = load_road(d, road->id);
  CHECK(kept->version == 2);
  const Milestone& plain = kept->fields.milestones[1];
  CHECK(plain.title == "Platform migration led");
  CHECK(plain.due_date == "2026-06-30");
  CHECK(plain.done);
  CHECK_FALSE(plain.initiative_id);
}

TEST_CASE("tasks: an unknown initiative is refused and done tasks leave the board", "[goals_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(create_task(d, PriorityTask{"Task", "do", 42}).status().field() == "initiative_id");
  const auto t = create_task(d, PriorityTask{"Task", "do", std::nullopt});
  REQUIRE(t.ok());
  const auto done = update_task(d, t->id, t->fields, true, 1);
  REQUIRE(done.ok());
  CHECK_FALSE(done->done_at.empty());
  CHECK(list_open_tasks(d)->empty());
  CHECK(load_task(d, t->id)->done);
}

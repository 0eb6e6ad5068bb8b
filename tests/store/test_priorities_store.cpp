// Store tests for the priorities matrix: tasks round-trip with versions and their initiative link, and
// unknown tasks are not found.
#include <catch2/catch.hpp>

#include "store/initiatives_store.h"
#include "store/priorities_store.h"
#include "temp_db.h"

using namespace tn;

TEST_CASE("tasks round-trip with versions and their initiative link", "[priorities_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  Initiative lead;
  lead.title = "Lead the team";
  const auto initiative = create_initiative(d, lead);
  REQUIRE(initiative.ok());

  const auto created = create_task(d, PriorityTask{"Plan the offsite", "schedule", initiative->id});
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK_FALSE(created->done);
  const auto loaded = load_task(d, created->id);
  REQUIRE(loaded.ok());
  CHECK(loaded->fields == PriorityTask{"Plan the offsite", "schedule", initiative->id});

  const auto moved = update_task(d, created->id, PriorityTask{"Plan the offsite", "do", initiative->id}, false, 1);
  REQUIRE(moved.ok());
  CHECK(moved->version == 2);
  CHECK(moved->fields.quadrant == "do");
  CHECK(update_task(d, created->id, moved->fields, false, 2)->version == 2);  // unchanged
  CHECK(update_task(d, created->id, moved->fields, true, 1).status().field() == "version");
  PriorityTask dated = moved->fields;
  dated.due_date = "2026-04-10";
  const auto with_date = update_task(d, created->id, dated, false, 2);
  REQUIRE(with_date.ok());
  CHECK(with_date->version == 3);
  CHECK(load_task(d, created->id)->fields.due_date == "2026-04-10");
  CHECK(list_open_tasks(d)->size() == 1);

  REQUIRE(delete_initiative(d, initiative->id).ok());
  CHECK(load_task(d, created->id)->fields.initiative_id == std::nullopt);  // the link goes with it
  REQUIRE(delete_task(d, created->id).ok());
  CHECK(list_open_tasks(d)->empty());
}

TEST_CASE("an unknown task is not found", "[priorities_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_task(d, 7).status().code() == Code::kNotFound);
  CHECK(update_task(d, 7, PriorityTask{"Task", "do", std::nullopt}, false, 1).status().code() == Code::kNotFound);
  CHECK(delete_task(d, 7).code() == Code::kNotFound);
}

// Store tests for the balance wheel: the life areas save with versions, snapshots round-trip with their
// ratings and are checked against the areas, and unknown snapshots are not found.
#include <catch2/catch.hpp>

#include "store/balance_store.h"
#include "temp_db.h"

using namespace tn;

TEST_CASE("life areas start with the defaults and save with versions", "[balance_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto defaults = load_life_areas(d);
  REQUIRE(defaults.ok());
  CHECK(defaults->areas.size() == 8);
  const std::int64_t version = defaults->version;

  const std::vector<LifeArea> areas = {{"Career", "work"}, {"Health", ""}, {"Family", "home"}};
  const auto saved = save_life_areas(d, areas, version);
  REQUIRE(saved.ok());
  CHECK(saved->version == version + 1);
  const auto loaded = load_life_areas(d);
  REQUIRE(loaded->areas.size() == 3);
  CHECK(loaded->areas[2].name == "Family");
  CHECK(loaded->areas[2].description == "home");
  const auto stale = save_life_areas(d, areas, version);
  CHECK(stale.status().code() == Code::kConflict);
  CHECK(stale.status().field() == "version");
}

TEST_CASE("balance snapshots round-trip, are checked against the areas and can be deleted", "[balance_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto areas = load_life_areas(d);
  REQUIRE(areas.ok());
  const std::string first = areas->areas[0].name, second = areas->areas[1].name;

  const auto created = create_balance_snapshot(d, "2026-03-01", {{first, 7}, {second, 3}});
  REQUIRE(created.ok());
  CHECK(created->rated_on == "2026-03-01");
  CHECK_FALSE(created->created_at.empty());
  const auto all = load_balance_snapshots(d);
  REQUIRE(all->size() == 1);
  CHECK((*all)[0].id == created->id);
  REQUIRE((*all)[0].ratings.size() == 2);
  CHECK((*all)[0].ratings[0].area == first);
  CHECK((*all)[0].ratings[0].rating == 7);
  CHECK((*all)[0].ratings[1].rating == 3);

  CHECK(create_balance_snapshot(d, "2026-03-02", {{"Not an area", 5}}).status().code() == Code::kInvalidArgument);
  CHECK(load_balance_snapshots(d)->size() == 1);

  REQUIRE(delete_balance_snapshot(d, created->id).ok());
  CHECK(load_balance_snapshots(d)->empty());
  CHECK(delete_balance_snapshot(d, created->id).code() == Code::kNotFound);
}

// Store tests for career roads: roads round-trip with milestones, versions and their decision link, names
// stay unique, and unknown roads are not found.
#include <catch2/catch.hpp>

#include "store/roads_store.h"
#include "temp_db.h"

using namespace tn;

TEST_CASE("career roads round-trip with milestones, versions and a decision link", "[roads_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const CareerRoad staff{"Staff engineer", "deep work", false, {{"Lead a design", "2026-06-01", false}}};
  const auto created = create_road(d, staff, 3);
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  const auto loaded = load_road(d, created->id);
  REQUIRE(loaded.ok());
  CHECK(loaded->fields == staff);
  CHECK(loaded->decision_id == std::optional<std::int64_t>(3));

  CHECK(create_road(d, CareerRoad{"staff engineer", "", false, {}}, std::nullopt).status().field() == "name");

  CareerRoad edited = staff;
  edited.milestones.push_back({"Write the RFC", "", true});
  const auto saved = update_road(d, created->id, edited, std::nullopt, 1);
  REQUIRE(saved.ok());
  CHECK(saved->version == 2);
  CHECK(saved->fields.milestones.size() == 2);
  CHECK(saved->decision_id == std::nullopt);
  CHECK(update_road(d, created->id, edited, std::nullopt, 2)->version == 2);  // unchanged
  CHECK(update_road(d, created->id, staff, std::nullopt, 1).status().field() == "version");

  REQUIRE(choose_road(d, created->id).ok());
  REQUIRE(delete_road(d, created->id).ok());
  CHECK(list_roads(d)->empty());
  const auto switches = list_road_switches(d);
  REQUIRE(switches->size() == 1);
  CHECK(switches->at(0).to_name == "Staff engineer");  // the history keeps the name
  CHECK(switches->at(0).to_road_id == std::nullopt);
}

TEST_CASE("an unknown road is not found", "[roads_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_road(d, 9).status().code() == Code::kNotFound);
  CHECK(update_road(d, 9, CareerRoad{"Founder", "", false, {}}, std::nullopt, 1).status().code() ==
        Code::kNotFound);
  CHECK(choose_road(d, 9).status().code() == Code::kNotFound);
  CHECK(delete_road(d, 9).code() == Code::kNotFound);
}

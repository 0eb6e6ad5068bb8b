// Store tests for values: card sorts in progress and finished, stable core value ids, custom values.
#include <catch2/catch.hpp>

#include "store/values_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

// Runs a whole sort that ranks `keys` (all placed in the first pile) and finishes it.
StoredValueSort finished_sort(Database& db, const std::vector<std::string>& keys) {
  auto sort = start_sort(db);
  REQUIRE(sort.ok());
  for (const std::string& key : keys) REQUIRE(place_card(db, sort->id, key, SortPile::kVeryImportant).ok());
  std::vector<RankedValue> top;
  for (const std::string& key : keys) top.push_back({key, "means " + key});
  const auto current = load_sort(db, sort->id);
  auto done = save_top_values(db, sort->id, top, /*finish=*/true, current->version);
  REQUIRE(done.ok());
  return *done;
}

}  // namespace

TEST_CASE("core values keep their ids across card sorts", "[values_store]") {
  test::TempDir dir;
  auto db = Database::open(dir.file("v.db"));
  REQUIRE(db.ok());
  Database& d = **db;

  CHECK(load_core_values(d)->empty());
  const auto first = finished_sort(d, {"integrity", "curiosity", "family", "health", "courage"});
  const auto core1 = *load_core_values(d);
  REQUIRE(core1.size() == 5);
  CHECK(core1[0].name == "Integrity");
  CHECK(core1[0].meaning == "means integrity");

  finished_sort(d, {"learning", "integrity", "family", "health", "courage"});
  const auto core2 = *load_core_values(d);
  CHECK(core2[0].name == "Learning");
  CHECK(core2[1].id == core1[0].id);  // Integrity keeps its id
  CHECK(load_finished_sorts(d)->size() == 2);

  SECTION("finished sorts are history: no placements, no delete, only the newest ranking can change") {
    CHECK(place_card(d, first.id, "fun", SortPile::kImportant).status().code() == Code::kConflict);
    CHECK(delete_sort(d, first.id).code() == Code::kConflict);
    CHECK(save_top_values(d, first.id, {}, false, first.version).status().code() == Code::kConflict);
  }
  SECTION("only one sort in progress") {
    REQUIRE(start_sort(d).ok());
    CHECK(start_sort(d).status().code() == Code::kConflict);
  }
}

TEST_CASE("custom values in a sort and their deletion", "[values_store]") {
  test::TempDir dir;
  auto db = Database::open(dir.file("v.db"));
  REQUIRE(db.ok());
  Database& d = **db;
  const auto mine = create_custom_value(d, "  Quiet mornings ", "Time to think.");
  REQUIRE(mine.ok());
  CHECK(mine->name == "Quiet mornings");
  CHECK(create_custom_value(d, "quiet MORNINGS", "").status().field() == "name");

  auto sort = start_sort(d);
  REQUIRE(place_card(d, sort->id, mine->key, SortPile::kVeryImportant).ok());
  CHECK(place_card(d, sort->id, "custom:999", SortPile::kImportant).status().field() == "value");
  // Deleting a custom value that only an unfinished sort uses removes its card.
  REQUIRE(delete_custom_value(d, mine->id).ok());
  CHECK(load_sort(d, sort->id)->cards.empty());
  CHECK(delete_custom_value(d, mine->id).code() == Code::kNotFound);
}

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
  test::TempDatabase temp;
  Database& d = temp.db();

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
  test::TempDatabase temp;
  Database& d = temp.db();
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

TEST_CASE("every move of a sort in progress can be undone, in reverse order, after a reopen too", "[values_store]") {
  test::TempDir dir;
  const std::string path = dir.file("v.db");
  std::int64_t id = 0;
  {
    auto db = test::open_database(path);
    Database& d = *db;
    id = start_sort(d)->id;
    CHECK(undo_last_move(d, id).status().code() == Code::kConflict);  // nothing to undo yet
    for (const char* key : {"integrity", "curiosity", "family", "health", "courage"}) {
      REQUIRE(place_card(d, id, key, SortPile::kVeryImportant).ok());
    }
    REQUIRE(place_card(d, id, "fun", SortPile::kNotImportant).ok());
    const auto draft = save_top_values(d, id, {{"integrity", "I do what I say."}, {"family", "Evenings are theirs."}},
                                       false, load_sort(d, id)->version);
    REQUIRE(draft.ok());
    // Integrity leaves the first pile and so the ranking; the move keeps its rank and meaning.
    const auto moved = place_card(d, id, "integrity", SortPile::kImportant);
    REQUIRE(moved.ok());
    REQUIRE(moved->top.size() == 1);
    CHECK(moved->top[0].value_key == "family");
    REQUIRE(moved->moves.size() == 7);
    CHECK(moved->moves.back().value_key == "integrity");
    CHECK(moved->moves.back().from == SortPile::kVeryImportant);
    CHECK(moved->moves.back().to == SortPile::kImportant);
    CHECK(moved->moves.front().from == std::nullopt);

    SECTION("a card put where it already is records no move and keeps the version") {
      const auto same = place_card(d, id, "fun", SortPile::kNotImportant);
      REQUIRE(same.ok());
      CHECK(same->moves.size() == 7);
      CHECK(same->version == moved->version);
    }
  }
  auto db = test::open_database(path);
  Database& d = *db;
  const auto undone = undo_last_move(d, id);
  REQUIRE(undone.ok());
  CHECK(undone->cards.at("integrity") == SortPile::kVeryImportant);
  REQUIRE(undone->top.size() == 2);
  CHECK(undone->top[0].value_key == "integrity");  // back at rank 1, with its meaning
  CHECK(undone->top[0].meaning == "I do what I say.");
  CHECK(undone->moves.size() == 6);

  // Undoing "fun" and then "courage" (which was placed from the deck) takes them out of the sort.
  REQUIRE(undo_last_move(d, id).ok());
  const auto two = undo_last_move(d, id);
  REQUIRE(two.ok());
  CHECK(two->cards.count("fun") == 0);
  CHECK(two->cards.count("courage") == 0);
  CHECK(two->cards.size() == 4);
  for (int i = 0; i < 4; ++i) REQUIRE(undo_last_move(d, id).ok());
  CHECK(load_sort(d, id)->cards.empty());
  CHECK(load_sort(d, id)->top.empty());  // a value leaving the first pile by undo leaves the ranking
  CHECK(undo_last_move(d, id).status().code() == Code::kConflict);
  CHECK(undo_last_move(d, 999).status().code() == Code::kNotFound);
}

TEST_CASE("a finished sort forgets its moves and cannot be undone", "[values_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto done = finished_sort(d, {"integrity", "curiosity", "family", "health", "courage"});
  CHECK(done.moves.empty());
  CHECK(undo_last_move(d, done.id).status().code() == Code::kConflict);
}

// Store tests for the vision: versions, conflicts, and the statement history.
#include <catch2/catch.hpp>

#include "store/vision_store.h"
#include "temp_db.h"

using namespace tn;

TEST_CASE("the vision starts empty at version 0", "[vision]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  auto vision = load_vision(d);
  REQUIRE(vision.ok());
  CHECK(vision->version == 0);
  CHECK(vision->fields.statement.empty());
  CHECK(vision->fields.horizon_years == 7);
}

TEST_CASE("saving bumps the version and records changed statements only", "[vision]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  VisionFields f;
  f.statement = "Lead with curiosity";
  f.organisation = "Acme";

  auto first = save_vision(d, f, 0);
  REQUIRE(first.ok());
  CHECK(first->version == 1);
  CHECK_FALSE(first->updated_at.empty());

  SECTION("an unchanged save keeps the version and adds no history") {
    auto again = save_vision(d, f, 1);
    REQUIRE(again.ok());
    CHECK(again->version == 1);
    CHECK(load_statement_history(d)->size() == 1);
  }
  SECTION("a change elsewhere than the statement bumps the version but adds no history") {
    f.mission = "Make things";
    auto saved = save_vision(d, f, 1);
    CHECK(saved->version == 2);
    CHECK(load_statement_history(d)->size() == 1);
  }
  SECTION("a new statement is added to the history, newest first") {
    f.statement = "Lead with curiosity and care";
    REQUIRE(save_vision(d, f, 1).ok());
    auto history = load_statement_history(d);
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].statement == "Lead with curiosity and care");
    CHECK((*history)[1].statement == "Lead with curiosity");
  }
  SECTION("a stale version is a conflict and changes nothing") {
    f.statement = "Overwrite";
    auto stale = save_vision(d, f, 0);
    CHECK(stale.status().code() == Code::kConflict);
    CHECK(load_vision(d)->fields.statement == "Lead with curiosity");
    CHECK(load_vision(d)->version == 1);
  }
}

TEST_CASE("the vision survives closing and reopening the database", "[vision]") {
  test::TempDir dir;
  VisionFields f;
  f.statement = "Caf\xC3\xA9 at dawn";
  {
    auto db = test::open_database(dir.file("t.db"));
    REQUIRE(save_vision(*db, f, 0).ok());
  }
  auto db = test::open_database(dir.file("t.db"));
  CHECK(load_vision(*db)->fields.statement == "Caf\xC3\xA9 at dawn");
}

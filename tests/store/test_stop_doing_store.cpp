// Store tests for the stop-doing list: items round-trip with versions and done_at, the initiative link is
// checked, and unknown items are not found.
#include <catch2/catch.hpp>

#include "store/initiatives_store.h"
#include "store/stop_doing_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

StopDoingItem delegated(std::optional<std::int64_t> initiative_id) {
  StopDoingItem item;
  item.text = "Weekly status report";
  item.action = "delegate";
  item.delegate_to = "Sam";
  item.delegate_by = "2026-04-01";
  item.initiative_id = initiative_id;
  return item;
}

}  // namespace

TEST_CASE("stop-doing items round-trip with versions and done_at", "[stop_doing_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  Initiative lead;
  lead.title = "Lead the team";
  const auto initiative = create_initiative(d, lead);
  REQUIRE(initiative.ok());

  CHECK(create_stop_doing(d, delegated(999)).status().field() == "initiative_id");
  const auto created = create_stop_doing(d, delegated(initiative->id));
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK(created->done_at.empty());
  CHECK(load_stop_doing(d, created->id)->fields == delegated(initiative->id));

  StopDoingItem done = delegated(initiative->id);
  done.done = true;
  const auto saved = update_stop_doing(d, created->id, done, 1);
  REQUIRE(saved.ok());
  CHECK(saved->version == 2);
  CHECK_FALSE(saved->done_at.empty());
  CHECK(update_stop_doing(d, created->id, done, 2)->version == 2);  // unchanged
  CHECK(update_stop_doing(d, created->id, delegated(std::nullopt), 1).status().field() == "version");
  CHECK(list_stop_doing(d)->size() == 1);

  REQUIRE(delete_stop_doing(d, created->id).ok());
  CHECK(list_stop_doing(d)->empty());
}

TEST_CASE("an unknown stop-doing item is not found", "[stop_doing_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  CHECK(load_stop_doing(d, 5).status().code() == Code::kNotFound);
  CHECK(update_stop_doing(d, 5, delegated(std::nullopt), 1).status().code() == Code::kNotFound);
  CHECK(delete_stop_doing(d, 5).code() == Code::kNotFound);
}

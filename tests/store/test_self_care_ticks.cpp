// Store tests for self-care ticks: a weekly reflection keeps which routines were kept, with the routine as it
// is now; a tick must name a self-care routine; a routine deleted leaves the reflections.
#include <catch2/catch.hpp>

#include "store/journal_store.h"
#include "store/lists_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

NormalisedEntry weekly(std::vector<SelfCareTick> ticks) {
  EntryInput in;
  in.kind = "weekly";
  in.date = "2026-03-06";
  in.answers = {{"learned", std::string("Ask first.")}};
  in.self_care = std::move(ticks);
  auto entry = normalise_entry(in);
  REQUIRE(entry.ok());
  return *entry;
}

}  // namespace

TEST_CASE("a weekly reflection keeps its self-care ticks with the routines as they are now", "[self_care_ticks]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto walk = add_kept_item(d, "self_care", {"A walk at lunch", ""}, validate_practice_item, {"per_week", 3});
  const auto sleep = add_kept_item(d, "self_care", {"In bed by 23:00", ""}, validate_practice_item, {"daily", std::nullopt});
  const auto skill = add_kept_item(d, "skills", {"SQL", ""}, validate_profile_item);
  REQUIRE((walk.ok() && sleep.ok() && skill.ok()));
  CHECK(walk->frequency == RoutineFrequency{"per_week", 3});

  const auto created = create_entry(d, weekly({{sleep->id, false}, {walk->id, true}}));
  REQUIRE(created.ok());
  REQUIRE(created->self_care.size() == 2);
  CHECK(created->self_care[0].name == "A walk at lunch");  // in the list's order
  CHECK(created->self_care[0].tick.kept);
  CHECK(created->self_care[0].frequency.times_per_week == 3);
  CHECK_FALSE(created->self_care[1].tick.kept);

  // The same ticks in another order change nothing; another tick is a new version.
  CHECK(update_entry(d, created->id, weekly({{walk->id, true}, {sleep->id, false}}), 1)->version == 1);
  const auto kept_both = update_entry(d, created->id, weekly({{walk->id, true}, {sleep->id, true}}), 1);
  REQUIRE(kept_both.ok());
  CHECK(kept_both->version == 2);

  // A renamed routine shows renamed; a deleted one leaves the reflection.
  REQUIRE(update_kept_item(d, "self_care", walk->id, {"A long walk at lunch", ""}, 1, validate_practice_item, {"weekly", std::nullopt}).ok());
  CHECK(load_entry(d, created->id)->self_care[0].name == "A long walk at lunch");
  REQUIRE(delete_kept_item(d, "self_care", sleep->id).ok());
  CHECK(load_entry(d, created->id)->self_care.size() == 1);

  // A tick must name a self-care routine: not a skill, not a missing item; nothing is saved then.
  const auto refused = update_entry(d, created->id, weekly({{walk->id, true}, {skill->id, true}}), 2);
  CHECK(refused.status().field() == "self_care[1].item_id");
  CHECK(refused.status().message() == "self_care[1].item_id is not one of your self-care routines");
  CHECK(create_entry(d, weekly({{walk->id + 100, true}})).status().field() == "self_care[0].item_id");
  CHECK(load_entry(d, created->id)->version == 2);
}

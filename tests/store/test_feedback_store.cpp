// Store tests for feedback and learning: the counts behind the summary and value views, theme edits that
// keep their links, and learning notes tried as a week's experiment.
#include <catch2/catch.hpp>

#include "store/feedback_store.h"
#include "store/learning_store.h"
#include "store/values_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

Feedback said_on(const std::string& day, const std::string& source, const std::string& points_to) {
  Feedback f;
  f.received_on = day;
  f.source = source;
  f.said = "Said on " + day;
  f.points_to = points_to;
  return f;
}

std::int64_t custom_value(Database& db, const std::string& name) { return create_custom_value(db, name, "")->id; }

}  // namespace

TEST_CASE("the summary counts each month by source, theme and value stance", "[feedback_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const std::int64_t calm = custom_value(d, "Calm");
  const std::int64_t theme = load_themes(d)->items.at(1).id;
  Feedback a = said_on("2026-01-05", "peer", "strength");
  a.theme_ids = {theme};
  a.supports_value_ids = {calm};
  Feedback b = said_on("2026-01-20", "peer", "growth");
  b.theme_ids = {theme};
  b.contradicts_value_ids = {calm};
  Feedback c = said_on("2026-02-02", "manager", "");
  for (const Feedback& f : {a, b, c}) REQUIRE(create_feedback(d, f).ok());

  const auto tallies = tally_feedback(d);
  REQUIRE(tallies.ok());
  REQUIRE(tallies->sources.size() == 2);  // in the order of kFeedbackSources
  CHECK(tallies->sources[0].key == "peer");
  CHECK(tallies->sources[0].month == "2026-01");
  CHECK(tallies->sources[0].count == 2);
  CHECK(tallies->sources[0].strengths == 1);
  CHECK(tallies->sources[0].growth == 1);
  CHECK(tallies->sources[1].key == "manager");
  CHECK(tallies->sources[1].month == "2026-02");
  REQUIRE(tallies->themes.size() == 1);
  CHECK(tallies->themes[0].key == std::to_string(theme));
  CHECK(tallies->themes[0].count == 2);
  REQUIRE(tallies->supported.size() == 1);
  CHECK(tallies->contradicted.at(0).growth == 1);

  const auto by_value = feedback_by_value(d, {calm, 9999}, 1);
  REQUIRE(by_value.ok());
  CHECK(by_value->at(0).supports == 1);
  CHECK(by_value->at(0).contradicts == 1);
  CHECK(by_value->at(0).last_on == "2026-01-20");
  REQUIRE(by_value->at(0).contradicting.size() == 1);
  CHECK(by_value->at(0).contradicting[0].said == "Said on 2026-01-20");
  CHECK(by_value->at(1).supports + by_value->at(1).contradicts == 0);  // asked for, never mentioned
}

TEST_CASE("themes keep their links when renamed; a removed theme leaves its feedback untagged", "[feedback_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto themes = load_themes(d);
  REQUIRE(themes->items.size() == 6);
  Feedback f = said_on("2026-01-05", "self", "");
  f.theme_ids = {themes->items[0].id, themes->items[1].id};
  const auto saved = create_feedback(d, f);
  REQUIRE(saved.ok());
  const auto edited = save_themes(d, {{themes->items[1].id, "Shipping"}, {std::nullopt, "Coaching"}}, themes->version);
  REQUIRE(edited.ok());
  CHECK(edited->items.size() == 2);
  CHECK(edited->items[0].count == 1);
  CHECK(load_feedback(d, saved->id)->theme_names == std::vector<std::string>{"Shipping"});
  CHECK(save_themes(d, {{std::nullopt, "Any"}}, themes->version).status().field() == "version");
  CHECK(save_themes(d, {{424242, "Ghost"}}, edited->version).status().field() == "themes[0].id");
  CHECK(load_themes(d)->items.size() == 2);  // the refused save changed nothing
}

TEST_CASE("a takeaway tried as an experiment belongs to the week's Monday", "[feedback_store]") {
  test::TempDatabase temp;
  Database& d = temp.db();
  const auto book = create_learning_item(d, LearningItem{"book", "Deep Work", "Cal Newport", "in_progress", 10, std::nullopt, {}});
  REQUIRE(book.ok());
  const auto note = create_note(d, book->id, LearningNote{"takeaway", "Block two hours", std::nullopt, {}, std::nullopt, "2026-03-12"});
  REQUIRE(note.ok());
  CHECK(note->fields.experiment_week == "2026-03-09");
  CHECK(list_experiments(d, Date{2026, 3, 9})->size() == 1);
  CHECK(list_experiments(d, Date{2026, 3, 2})->empty());
  CHECK(create_learning_item(d, LearningItem{"book", "Atomic Habits", "", "want", 0, std::nullopt, {}}, "atomic-habits").ok());
  CHECK(create_learning_item(d, LearningItem{"book", "Atomic Habits", "", "want", 0, std::nullopt, {}}, "atomic-habits").status().field() ==
        "starter_key");
  REQUIRE(delete_learning_item(d, book->id).ok());
  CHECK(load_note(d, note->id).status().code() == Code::kNotFound);
}

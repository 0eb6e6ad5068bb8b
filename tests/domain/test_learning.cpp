// Unit tests for the learning rules: items and their reads, takeaways and quotes, weeks, the starting list,
// and the initiative a takeaway becomes.
#include <catch2/catch.hpp>

#include "domain/learning.h"

using namespace tn;

TEST_CASE("validate_learning_item names each bad field; a re-read is a second read", "[learning]") {
  LearningItem item{"book", "Atomic Habits", "James Clear", "done", 100, 5, {{"2025-01-02", "2025-02-01"}, {"2026-01-05", ""}}};
  CHECK(validate_learning_item(item).ok());

  SECTION("kind, shelf, progress and rating are in range") {
    item.kind = "podcast";
    CHECK(validate_learning_item(item).message() == "kind must be one of book, course, talk, article");
    item.kind = "talk";
    item.shelf = "later";
    CHECK(validate_learning_item(item).field() == "shelf");
    item.shelf = "want";
    item.progress = 101;
    CHECK(validate_learning_item(item).field() == "progress");
    item.progress = 0;
    item.rating = 0;
    CHECK(validate_learning_item(item).message() == "rating must be between 1 and 5");
  }
  SECTION("a title is required") {
    item.title = " ";
    CHECK(validate_learning_item(item).field() == "title");
  }
  SECTION("each read has a date, and finishes on or after it starts") {
    item.reads[1] = {"", ""};
    CHECK(validate_learning_item(item).field() == "reads[1].started_on");
    item.reads[1] = {"2026-01-05", "2026-01-04"};
    CHECK(validate_learning_item(item).message() == "reads[1].finished_on must be on or after reads[1].started_on");
    item.reads[1] = {"", "2026-01-04"};
    CHECK(validate_learning_item(item).ok());
    item.reads[0].started_on = "2025-02-29";
    CHECK(validate_learning_item(item).field() == "reads[0].started_on");
    item.reads.assign(21, LearningRead{"2026-01-01", ""});
    CHECK(validate_learning_item(item).field() == "reads");
  }
}

TEST_CASE("validate_learning_note keeps takeaways and quotes apart", "[learning]") {
  LearningNote takeaway{"takeaway", "Make the cue obvious: put the running shoes by the door.", std::nullopt, {2}, std::nullopt, "2026-03-09"};
  CHECK(validate_learning_note(takeaway).ok());
  LearningNote quote{"quote", "You do not rise to the level of your goals.", 27, {}, std::nullopt, ""};
  CHECK(validate_learning_note(quote).ok());

  takeaway.page = 12;
  CHECK(validate_learning_note(takeaway).field() == "page");
  takeaway.page.reset();
  takeaway.text = std::string(1001, 't');
  CHECK(validate_learning_note(takeaway).message() == "text must be at most 1000 characters");
  quote.text = std::string(1001, 'q');
  CHECK(validate_learning_note(quote).ok());  // a quote may run to 2000
  quote.experiment_week = "2026-03-09";
  CHECK(validate_learning_note(quote).field() == "experiment_week");
  quote.experiment_week = "";
  quote.page = 0;
  CHECK(validate_learning_note(quote).field() == "page");
  quote.page = 1;
  quote.value_ids = {3, 3};
  CHECK(validate_learning_note(quote).field() == "value_ids[1]");
  quote.value_ids = {};
  quote.kind = "summary";
  CHECK(validate_learning_note(quote).field() == "kind");
}

TEST_CASE("week_monday and the starting list", "[learning]") {
  CHECK(week_monday(Date{2026, 3, 2}) == Date{2026, 3, 2});   // a Monday
  CHECK(week_monday(Date{2026, 3, 8}) == Date{2026, 3, 2});   // the Sunday after
  CHECK(week_monday(Date{2026, 1, 1}) == Date{2025, 12, 29});  // across the new year
  REQUIRE(starter_list().size() == 3);
  CHECK(starter_list()[0].author == "Daniel Goleman");
  CHECK(find_starter_item("start-with-why")->title == "Start With Why");
  CHECK(find_starter_item("atomic-habits")->author == "James Clear");
  CHECK(find_starter_item("dune") == nullptr);
}

TEST_CASE("a takeaway becomes a planned initiative that says where it came from", "[learning]") {
  LearningNote takeaway{"takeaway", "  Run a weekly review every Friday at four.  ", std::nullopt, {4, 7}, std::nullopt, ""};
  const Initiative i = initiative_from_takeaway(takeaway, "Atomic Habits");
  CHECK(i.title == "Run a weekly review every Friday at four.");
  CHECK(i.why == "From “Atomic Habits”: Run a weekly review every Friday at four.");
  CHECK(i.value_ids == std::vector<std::int64_t>{4, 7});
  CHECK(i.status == "planned");
  CHECK(validate_initiative(i).ok());
  takeaway.text = std::string(600, 'x');
  CHECK(validate_initiative(initiative_from_takeaway(takeaway, "A long book")).ok());  // shortened to fit
}

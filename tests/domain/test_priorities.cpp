// Unit tests for the priorities matrix: quadrant table, parsing, keyboard moves and task validation.
#include <catch2/catch.hpp>

#include "domain/priorities.h"

using namespace tn;

TEST_CASE("the quadrant table is in grid reading order with matching flags", "[priorities]") {
  const auto& all = quadrants();
  REQUIRE(all.size() == 4);
  CHECK(all[0].key == "do");
  CHECK((all[0].urgent && all[0].important));
  CHECK(all[1].key == "schedule");
  CHECK((!all[1].urgent && all[1].important));
  CHECK(all[2].key == "delegate");
  CHECK((all[2].urgent && !all[2].important));
  CHECK(all[3].key == "drop");
  CHECK((!all[3].urgent && !all[3].important));
  // Only Schedule asks for a date: important work that is not urgent yet needs one to happen.
  CHECK((all[1].asks_due_date && !all[0].asks_due_date && !all[2].asks_due_date && !all[3].asks_due_date));
  for (const QuadrantInfo& info : all) {
    CHECK_FALSE(info.label.empty());
    CHECK_FALSE(info.description.empty());
    CHECK(quadrant_info(info.quadrant).key == info.key);
    CHECK(parse_quadrant(info.key) == info.quadrant);
  }
  CHECK_FALSE(parse_quadrant("Do").has_value());
  CHECK_FALSE(parse_quadrant("").has_value());
}

TEST_CASE("move_quadrant steps across the 2x2 grid and stays put at the edges", "[priorities]") {
  SECTION("parse_direction") {
    CHECK(parse_direction("left") == Direction::kLeft);
    CHECK(parse_direction("right") == Direction::kRight);
    CHECK(parse_direction("up") == Direction::kUp);
    CHECK(parse_direction("down") == Direction::kDown);
    CHECK_FALSE(parse_direction("ArrowLeft").has_value());
  }
  SECTION("every quadrant and direction") {
    // Grid:  do       | schedule
    //        delegate | drop
    struct Move {
      Quadrant from;
      Direction direction;
      Quadrant to;
    };
    const Move moves[] = {
        {Quadrant::kDo, Direction::kLeft, Quadrant::kDo},
        {Quadrant::kDo, Direction::kRight, Quadrant::kSchedule},
        {Quadrant::kDo, Direction::kUp, Quadrant::kDo},
        {Quadrant::kDo, Direction::kDown, Quadrant::kDelegate},
        {Quadrant::kSchedule, Direction::kLeft, Quadrant::kDo},
        {Quadrant::kSchedule, Direction::kRight, Quadrant::kSchedule},
        {Quadrant::kSchedule, Direction::kUp, Quadrant::kSchedule},
        {Quadrant::kSchedule, Direction::kDown, Quadrant::kDrop},
        {Quadrant::kDelegate, Direction::kLeft, Quadrant::kDelegate},
        {Quadrant::kDelegate, Direction::kRight, Quadrant::kDrop},
        {Quadrant::kDelegate, Direction::kUp, Quadrant::kDo},
        {Quadrant::kDelegate, Direction::kDown, Quadrant::kDelegate},
        {Quadrant::kDrop, Direction::kLeft, Quadrant::kDelegate},
        {Quadrant::kDrop, Direction::kRight, Quadrant::kDrop},
        {Quadrant::kDrop, Direction::kUp, Quadrant::kSchedule},
        {Quadrant::kDrop, Direction::kDown, Quadrant::kDrop},
    };
    for (const Move& m : moves) {
      INFO(quadrant_info(m.from).key << " + direction " << static_cast<int>(m.direction));
      CHECK(move_quadrant(m.from, m.direction) == m.to);
    }
  }
}

TEST_CASE("validate_priority_task", "[priorities]") {
  PriorityTask task{"Prepare the quarterly review", "do", std::nullopt};
  CHECK(validate_priority_task(task).ok());

  SECTION("title is required and at most 200 characters") {
    task.title = "\t";
    CHECK(validate_priority_task(task).message() == "title is required");
    task.title = std::string(201, 't');
    CHECK(validate_priority_task(task).message() == "title must be at most 200 characters");
  }
  SECTION("quadrant must be one of the four keys") {
    task.quadrant = "later";
    const Status s = validate_priority_task(task);
    CHECK(s.field() == "quadrant");
    CHECK(s.message() == "quadrant must be one of do, schedule, delegate, drop");
  }
  SECTION("initiative_id is optional and positive") {
    task.initiative_id = 3;
    CHECK(validate_priority_task(task).ok());
    task.initiative_id = -3;
    CHECK(validate_priority_task(task).message() == "initiative_id must be a positive id");
  }
  SECTION("due_date is optional in every quadrant, and a real date when set") {
    task.quadrant = "schedule";
    CHECK(validate_priority_task(task).ok());
    task.due_date = "2026-02-28";
    CHECK(validate_priority_task(task).ok());
    task.due_date = "2026-02-30";
    const Status s = validate_priority_task(task);
    CHECK(s.field() == "due_date");
    CHECK(s.message() == "due_date must be a date like 2026-01-31");
    task.due_date = "28/02/2026";
    CHECK(validate_priority_task(task).field() == "due_date");
  }
}

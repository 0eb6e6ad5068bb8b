// Priorities: the urgent/important matrix, its tasks and moving a task between quadrants from the keyboard.
#include "domain/priorities.h"

#include "domain/date.h"
#include "domain/goals.h"
#include "domain/text.h"

namespace tn {
namespace {

// Indexed by Quadrant; row = index / 2 (0 = top), column = index % 2 (0 = left).
constexpr std::array<QuadrantInfo, 4> kQuadrants = {{
    {Quadrant::kDo, "do", "Do", "Urgent and important: do it yourself, now.", true, true, false},
    {Quadrant::kSchedule, "schedule", "Schedule",
     "Important, not urgent: give it a date; this is where a career moves.", false, true, true},
    {Quadrant::kDelegate, "delegate", "Delegate",
     "Urgent but not important for you: hand it to someone who can own it.", true, false, false},
    {Quadrant::kDrop, "drop", "Drop", "Neither urgent nor important: let it go.", false, false, false},
}};

constexpr std::size_t index_of(Quadrant quadrant) { return static_cast<std::size_t>(quadrant); }

}  // namespace

const std::array<QuadrantInfo, 4>& quadrants() { return kQuadrants; }

const QuadrantInfo& quadrant_info(Quadrant quadrant) { return kQuadrants[index_of(quadrant)]; }

std::optional<Quadrant> parse_quadrant(std::string_view key) {
  for (const QuadrantInfo& info : kQuadrants) {
    if (info.key == key) return info.quadrant;
  }
  return std::nullopt;
}

std::optional<Direction> parse_direction(std::string_view name) {
  if (name == "left") return Direction::kLeft;
  if (name == "right") return Direction::kRight;
  if (name == "up") return Direction::kUp;
  if (name == "down") return Direction::kDown;
  return std::nullopt;
}

Quadrant move_quadrant(Quadrant from, Direction direction) {
  std::size_t row = index_of(from) / 2;
  std::size_t column = index_of(from) % 2;
  switch (direction) {
    case Direction::kLeft:
      column = 0;
      break;
    case Direction::kRight:
      column = 1;
      break;
    case Direction::kUp:
      row = 0;
      break;
    case Direction::kDown:
      row = 1;
      break;
  }
  return kQuadrants[row * 2 + column].quadrant;
}

Status validate_priority_task(const PriorityTask& task) {
  if (Status s = check_required_text("title", task.title, kPriorityTaskTitleMaxChars); !s.ok()) return s;
  if (!parse_quadrant(task.quadrant)) {
    return Status::Invalid("quadrant", "quadrant must be one of do, schedule, delegate, drop");
  }
  if (Status s = check_initiative_id(task.initiative_id); !s.ok()) return s;
  return check_optional_date("due_date", task.due_date);
}

}  // namespace tn

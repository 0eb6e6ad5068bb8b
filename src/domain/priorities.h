// Priorities: the urgent/important matrix, its tasks and moving a task between quadrants from the keyboard.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/status.h"

namespace tn {

inline constexpr std::size_t kPriorityTaskTitleMaxChars = 200;

// The four quadrants, laid out as a 2x2 grid: do (top-left), schedule (top-right), delegate (bottom-left),
// drop (bottom-right). So the top row is important, the bottom row not; the left column is urgent, the right
// not.
enum class Quadrant { kDo, kSchedule, kDelegate, kDrop };

// What the UI shows for a quadrant. The views point to static text that lives forever.
struct QuadrantInfo {
  Quadrant quadrant;
  std::string_view key;          // the API word: "do", "schedule", "delegate", "drop"
  std::string_view label;        // short heading
  std::string_view description;  // one line explaining what belongs there and what to do with it
  bool urgent;
  bool important;
  bool asks_due_date;  // the quadrant asks for a date (Schedule: important work that is not urgent yet)
};

// The four quadrants in grid reading order: do, schedule, delegate, drop.
const std::array<QuadrantInfo, 4>& quadrants();

// The description of `quadrant`.
const QuadrantInfo& quadrant_info(Quadrant quadrant);

// The quadrant whose API word is `key` ("do", "schedule", "delegate", "drop"); nullopt for anything else.
std::optional<Quadrant> parse_quadrant(std::string_view key);

// An arrow key.
enum class Direction { kLeft, kRight, kUp, kDown };

// The direction named "left", "right", "up" or "down"; nullopt for anything else.
std::optional<Direction> parse_direction(std::string_view name);

// The quadrant one step from `from` in `direction` on the 2x2 grid; `from` itself at an edge
// (e.g. left from "do" stays on "do").
Quadrant move_quadrant(Quadrant from, Direction direction);

// What the user edits for one task in the matrix. The store adds the id. Member names are the JSON names.
struct PriorityTask {
  std::string title;
  std::string quadrant = "schedule";          // a quadrant key
  std::optional<std::int64_t> initiative_id;  // the initiative it serves, if any
  std::string due_date{};                     // "YYYY-MM-DD", empty when not set (always optional)

  bool operator==(const PriorityTask&) const = default;
};

// OK when the task keeps its rules; otherwise an invalid-argument Status naming the first bad field:
// title (required, max 200), quadrant (one of the four keys), initiative_id (positive when set), due_date
// (a valid date when set).
Status validate_priority_task(const PriorityTask& task);

}  // namespace tn

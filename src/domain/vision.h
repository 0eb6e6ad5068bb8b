// The personal vision: statement, organisation and mission, positions now and later, and their rules.
#pragma once

#include <cstdint>
#include <string>

#include "domain/status.h"

namespace tn {

// Character limits, shown to users in validation messages.
inline constexpr std::size_t kStatementMaxChars = 2000;
inline constexpr std::size_t kOrganisationMaxChars = 200;
inline constexpr std::size_t kMissionMaxChars = 2000;
inline constexpr std::size_t kPositionMaxChars = 2000;
inline constexpr int kHorizonMinYears = 5;
inline constexpr int kHorizonMaxYears = 10;

// What the user edits on the Vision page. Every text may be empty; there is always exactly one Vision.
struct VisionFields {
  std::string statement;         // the unified vision statement
  std::string organisation;      // the organisation's name
  std::string mission;           // the organisation's mission statement
  std::string current_position;  // "where I am now"
  std::string future_position;   // "where I want to be"
  std::int64_t horizon_years = 7;  // the horizon of future_position, 5..10 years

  bool operator==(const VisionFields&) const = default;
};

// The stored vision: the fields plus the optimistic-concurrency version (0 before the first save).
struct Vision {
  VisionFields fields;
  std::int64_t version = 0;
  std::string updated_at;  // ISO 8601 UTC, empty before the first save
};

// One saved version of the statement, for the history list.
struct StatementVersion {
  std::int64_t id = 0;
  std::string statement;
  std::string saved_at;  // ISO 8601 UTC
};

// OK when every field is within its limits; otherwise an invalid-argument Status naming the first bad field.
Status validate_vision(const VisionFields& fields);

}  // namespace tn

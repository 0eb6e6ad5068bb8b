// A saved decision around its matrix: title and context, status, the choice made and its later review.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/decision.h"
#include "domain/status.h"

namespace tn {

inline constexpr std::size_t kDecisionTitleMaxChars = 200;
inline constexpr std::size_t kDecisionContextMaxChars = 4000;
inline constexpr std::size_t kDecisionRecordTextMaxChars = 4000;

// The words the API uses for a decision's status: open (being weighed), decided (a choice is recorded),
// reviewed (the outcome has been looked back on).
inline constexpr std::string_view kDecisionOpen = "open";
inline constexpr std::string_view kDecisionDecided = "decided";
inline constexpr std::string_view kDecisionReviewed = "reviewed";
inline constexpr std::array<std::string_view, 3> kDecisionStatuses = {kDecisionOpen, kDecisionDecided,
                                                                      kDecisionReviewed};

// Everything the matrix editor replaces in one save. value_ids[c] links criterion c to a core value of
// the values module (a plain id, not checked: that module owns its ids); it has one entry per criterion.
struct DecisionDraft {
  std::string title;     // required, max 200 characters
  std::string context;   // optional, max 4000
  std::string deadline;  // "" or "YYYY-MM-DD"
  DecisionInput matrix;
  std::vector<std::optional<std::int64_t>> value_ids;

  bool operator==(const DecisionDraft&) const = default;
};

// The choice actually made, which may differ from the matrix winner.
struct DecisionRecord {
  std::int64_t chosen_option = 0;  // index into the options
  std::string gut_feeling;         // what the gut said before the numbers; max 4000
  std::string rationale;           // max 4000
  std::string expected_outcome;    // max 4000
  std::string review_date;         // "" or "YYYY-MM-DD": when to look back
  std::string decided_at;          // ISO 8601 UTC, set by the store

  bool operator==(const DecisionRecord&) const = default;
};

// Looking back once the review date has come.
struct DecisionReview {
  std::string what_happened;  // required, max 4000
  std::string lesson;         // optional, max 4000
  std::string reviewed_at;    // ISO 8601 UTC, set by the store

  bool operator==(const DecisionReview&) const = default;
};

// A stored decision.
struct Decision {
  std::int64_t id = 0;
  DecisionDraft draft;
  std::string status = std::string(kDecisionOpen);
  std::optional<DecisionRecord> record;  // set when decided or reviewed
  std::optional<DecisionReview> review;  // set when reviewed
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// The list view of a decision: no matrix, just what the list and Home need.
struct DecisionSummary {
  std::int64_t id = 0;
  std::string title;
  std::string deadline;
  std::string status;
  std::size_t option_count = 0;
  std::size_t criterion_count = 0;
  std::string chosen_option_name;  // "" until decided
  std::string review_date;         // "" when none
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// OK when the title, context, deadline and matrix (validate_decision) are valid and value_ids has one
// entry per criterion, each positive; otherwise a 400 Status naming the field ("title", "deadline",
// "criteria[2].value_id", or a matrix field).
Status validate_decision_draft(const DecisionDraft& draft);

// OK when chosen_option indexes one of `option_count` options, the texts are within 4000 characters
// and review_date is "" or a date; otherwise a 400 naming the field.
Status validate_decision_record(const DecisionRecord& record, std::size_t option_count);

// OK when what_happened is given and both texts are within 4000 characters.
Status validate_decision_review(const DecisionReview& review);

// True when the decision is decided (not yet reviewed) and its review date is on or before `today`.
bool review_due(std::string_view status, std::string_view review_date, const Date& today);

// A new decision's matrix when no template is asked for: a first option, "Stay as I am" (declining is
// always an option) and one criterion, in the direct method.
DecisionInput blank_decision_matrix();

}  // namespace tn

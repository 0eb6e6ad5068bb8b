// A saved decision around its matrix: title and context, status, the choice made and its later review.
#include "domain/decision_record.h"

#include "domain/text.h"

namespace tn {

Status validate_decision_draft(const DecisionDraft& draft) {
  if (Status s = check_required_text("title", trim(draft.title), kDecisionTitleMaxChars); !s.ok()) return s;
  if (Status s = check_max_length("context", draft.context, kDecisionContextMaxChars); !s.ok()) return s;
  if (Status s = check_optional_date("deadline", draft.deadline); !s.ok()) return s;
  if (Status s = validate_decision(draft.matrix); !s.ok()) return s;
  if (draft.value_ids.size() != draft.matrix.criteria.size()) {
    return Status::Invalid("criteria", "criteria must each have a value_id entry (null when not linked)");
  }
  for (std::size_t c = 0; c < draft.value_ids.size(); ++c) {
    if (draft.value_ids[c] && *draft.value_ids[c] <= 0) {
      const std::string field = indexed("criteria", c) + ".value_id";
      return Status::Invalid(field, field + " must be the id of a core value, or null");
    }
  }
  return Status::Ok();
}

Status validate_decision_record(const DecisionRecord& record, std::size_t option_count) {
  if (record.chosen_option < 0 || static_cast<std::size_t>(record.chosen_option) >= option_count) {
    return Status::Invalid("chosen_option", "chosen_option must be one of the options (0 to " +
                                                std::to_string(option_count - 1) + ")");
  }
  if (Status s = check_max_length("gut_feeling", record.gut_feeling, kDecisionRecordTextMaxChars); !s.ok()) return s;
  if (Status s = check_max_length("rationale", record.rationale, kDecisionRecordTextMaxChars); !s.ok()) return s;
  if (Status s = check_max_length("expected_outcome", record.expected_outcome, kDecisionRecordTextMaxChars);
      !s.ok()) {
    return s;
  }
  return check_optional_date("review_date", record.review_date);
}

Status validate_decision_review(const DecisionReview& review) {
  if (Status s = check_required_text("what_happened", trim(review.what_happened), kDecisionRecordTextMaxChars);
      !s.ok()) {
    return s;
  }
  return check_max_length("lesson", review.lesson, kDecisionRecordTextMaxChars);
}

bool review_due(std::string_view status, std::string_view review_date, const Date& today) {
  if (status != kDecisionDecided) return false;
  const std::optional<Date> date = parse_date(review_date);
  return date && *date <= today;
}

DecisionInput blank_decision_matrix() {
  DecisionInput input;
  input.options = {{"First option", ""}, {"Stay as I am", "Decline, and keep things as they are."}};
  input.criteria = {{"First criterion", "", false, 10}};
  return input;
}

}  // namespace tn

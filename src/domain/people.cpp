// People: accountability partners, their check-in cadence and due dates, check-ins and the commitments
// made in them, with the carry-over of open commitments from one check-in to the next.
#include "domain/people.h"

#include <algorithm>

#include "domain/text.h"

namespace tn {
namespace {

Status check_cadence(const std::optional<int>& cadence_weeks) {
  if (!cadence_weeks) return Status::Ok();
  return check_range("cadence_weeks", *cadence_weeks, kMinCadenceWeeks, kMaxCadenceWeeks);
}

Status validate_commitments(const std::vector<CommitmentInput>& commitments) {
  if (commitments.size() > kMaxCommitmentsPerCheckIn) {
    return Status::Invalid("commitments", "commitments must have at most " +
                                              std::to_string(kMaxCommitmentsPerCheckIn) + " items");
  }
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const CommitmentInput& c = commitments[i];
    const std::string prefix = indexed("commitments", i) + ".";
    if (c.id) {
      if (Status s = check_positive_id(prefix + "id", *c.id); !s.ok()) return s;
      if (std::find(ids.begin(), ids.end(), *c.id) != ids.end()) {
        return Status::Invalid(prefix + "id", prefix + "id repeats a commitment already listed");
      }
      ids.push_back(*c.id);
    }
    if (Status s = first_error({check_required_text(prefix + "text", c.text, kCommitmentTextMaxChars),
                                check_one_of(prefix + "owner", c.owner, kCommitmentOwners),
                                check_optional_date(prefix + "due_on", c.due_on)});
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace

Status validate_partner(const Partner& p) {
  return first_error({
      check_required_text("name", p.name, kPartnerNameMaxChars),
      check_one_of("role", p.role, kPartnerRoles),
      check_max_length("how_they_help", p.how_they_help, kPartnerHelpMaxChars),
      check_cadence(p.cadence_weeks),
      check_optional_date("last_met_on", p.last_met_on),
  });
}

std::string cadence_label(const std::optional<int>& cadence_weeks) {
  if (!cadence_weeks) return "Monthly";
  if (*cadence_weeks == 1) return "Every week";
  return "Every " + std::to_string(*cadence_weeks) + " weeks";
}

Date plus_months(const Date& date, int months) {
  const int total = date.year * 12 + (date.month - 1) + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  return Date{year, month, std::min(date.day, days_in_month(year, month))};
}

std::optional<Date> next_check_in_due(const std::optional<Date>& last_met, const std::optional<int>& cadence_weeks) {
  if (!last_met) return std::nullopt;
  if (!cadence_weeks) return plus_months(*last_met, 1);
  return last_met->plus_days(7LL * *cadence_weeks);
}

DueState due_state(const std::optional<Date>& due, const Date& today) {
  if (!due) return {kDueNever, 0};
  const long long days = due->days() - today.days();
  if (days < 0) return {kDueOverdue, days};
  if (days < kDueSoonDays) return {kDueSoon, days};
  return {kDueUpcoming, days};
}

std::optional<Date> last_met(const std::optional<Date>& given, const std::optional<Date>& newest_check_in) {
  if (!given) return newest_check_in;
  if (!newest_check_in) return given;
  return std::max(*given, *newest_check_in);
}

Status validate_check_in(const CheckIn& c) {
  if (c.held_on.empty()) return Status::Invalid("held_on", "held_on is required");
  return first_error({
      check_positive_id("partner_id", c.partner_id),
      parse_date_field("held_on", c.held_on).status(),
      check_max_length("agenda", c.agenda, kCheckInAgendaMaxChars),
      check_max_length("notes", c.notes, kCheckInNotesMaxChars),
      validate_commitments(c.commitments),
  });
}

Status validate_commitment_state(std::string_view state, std::string_view drop_reason) {
  if (Status s = check_one_of("state", state, kCommitmentUserStates); !s.ok()) return s;
  if (state == kCommitmentDropped && trim(drop_reason).empty()) {
    return Status::Invalid("drop_reason", "drop_reason is required to drop a commitment: say why, in a few words");
  }
  return check_max_length("drop_reason", drop_reason, kDropReasonMaxChars);
}

bool carried_onto(const CheckInKey& origin, const std::optional<Date>& closed_on, const CheckInKey& target) {
  return origin < target && (!closed_on || target.held_on <= *closed_on);
}

int carried_count(const CheckInKey& origin, const std::optional<Date>& closed_on,
                  std::span<const CheckInKey> partner_check_ins, const std::optional<CheckInKey>& as_of) {
  // Sorted: the carried ones are the run after `origin` up to the last one open that day (and `as_of`).
  const auto first = std::upper_bound(partner_check_ins.begin(), partner_check_ins.end(), origin);
  auto last = partner_check_ins.end();
  if (closed_on) {
    last = std::upper_bound(first, last, *closed_on,
                            [](const Date& day, const CheckInKey& key) { return day < key.held_on; });
  }
  if (as_of) last = std::min(last, std::upper_bound(first, partner_check_ins.end(), *as_of));
  return last > first ? static_cast<int>(last - first) : 0;
}

std::string carried_label(int count) {
  if (count <= 0) return "";
  if (count == 1) return "Carried once";
  return "Carried " + std::to_string(count) + " times";
}

}  // namespace tn

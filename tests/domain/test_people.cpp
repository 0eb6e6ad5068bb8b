// Unit tests for the People rules: partner and check-in validation, cadence due dates, carry-over counting.
#include <catch2/catch.hpp>

#include <vector>

#include "domain/people.h"

using namespace tn;

namespace {

Date d(int year, int month, int day) { return Date{year, month, day}; }

CheckIn valid_check_in() {
  CheckIn c;
  c.partner_id = 3;
  c.held_on = "2026-03-02";
  c.agenda = "Promotion case";
  c.notes = "Ana suggested a written case.";
  c.commitments = {{std::nullopt, "Draft the promotion case", "me", "2026-03-20"},
                   {std::nullopt, "Introduce me to Sam", "partner", ""}};
  return c;
}

}  // namespace

TEST_CASE("validate_partner names each bad field", "[people]") {
  Partner p{"Ana Ruiz", "mentor", "Knows the promotion process", std::nullopt, ""};
  CHECK(validate_partner(p).ok());

  SECTION("name is required and at most 120 characters") {
    p.name = "   ";
    CHECK(validate_partner(p).field() == "name");
    p.name = std::string(121, 'a');
    CHECK(validate_partner(p).message() == "name must be at most 120 characters");
  }
  SECTION("role must be one of the five") {
    p.role = "friend";
    CHECK(validate_partner(p).message() == "role must be one of mentor, accountability_partner, coach, manager, peer");
  }
  SECTION("cadence is every 1 to 26 weeks, or monthly when unset") {
    p.cadence_weeks = 0;
    CHECK(validate_partner(p).message() == "cadence_weeks must be between 1 and 26");
    p.cadence_weeks = 27;
    CHECK(validate_partner(p).field() == "cadence_weeks");
    p.cadence_weeks = 26;
    CHECK(validate_partner(p).ok());
  }
  SECTION("last_met_on is a date when given") {
    p.last_met_on = "2026-02-30";
    CHECK(validate_partner(p).field() == "last_met_on");
  }
}

TEST_CASE("the next check-in is due one month, or N weeks, after the last meeting", "[people]") {
  CHECK(next_check_in_due(std::nullopt, std::nullopt) == std::nullopt);
  CHECK(next_check_in_due(d(2026, 3, 2), std::nullopt) == d(2026, 4, 2));
  CHECK(next_check_in_due(d(2026, 3, 2), 2) == d(2026, 3, 16));
  CHECK(next_check_in_due(d(2026, 12, 15), std::nullopt) == d(2027, 1, 15));

  SECTION("a month after the 31st is the last day of a shorter month") {
    CHECK(next_check_in_due(d(2026, 1, 31), std::nullopt) == d(2026, 2, 28));
    CHECK(next_check_in_due(d(2028, 1, 31), std::nullopt) == d(2028, 2, 29));
    CHECK(plus_months(d(2026, 3, 31), 1) == d(2026, 4, 30));
    CHECK(plus_months(d(2026, 3, 31), -13) == d(2025, 2, 28));
  }
  SECTION("the last meeting is the later of the date given and the newest check-in") {
    CHECK(last_met(d(2026, 1, 5), d(2026, 2, 1)) == d(2026, 2, 1));
    CHECK(last_met(d(2026, 3, 5), d(2026, 2, 1)) == d(2026, 3, 5));
    CHECK(last_met(std::nullopt, d(2026, 2, 1)) == d(2026, 2, 1));
    CHECK(last_met(std::nullopt, std::nullopt) == std::nullopt);
  }
  CHECK(cadence_label(std::nullopt) == "Monthly");
  CHECK(cadence_label(1) == "Every week");
  CHECK(cadence_label(3) == "Every 3 weeks");
}

TEST_CASE("due_state: overdue before today, due soon within seven days, then upcoming", "[people]") {
  const Date today = d(2026, 3, 2);
  CHECK(due_state(std::nullopt, today).state == kDueNever);
  CHECK(due_state(d(2026, 3, 1), today).state == kDueOverdue);
  CHECK(due_state(d(2026, 3, 1), today).days == -1);
  CHECK(due_state(today, today).state == kDueSoon);
  CHECK(due_state(today, today).days == 0);
  CHECK(due_state(d(2026, 3, 8), today).state == kDueSoon);
  CHECK(due_state(d(2026, 3, 9), today).state == kDueUpcoming);
  CHECK(due_state(d(2026, 3, 9), today).days == 7);
}

TEST_CASE("validate_check_in names each bad field, commitments by index", "[people]") {
  CheckIn c = valid_check_in();
  CHECK(validate_check_in(c).ok());

  SECTION("partner and date") {
    c.partner_id = 0;
    CHECK(validate_check_in(c).field() == "partner_id");
    c = valid_check_in();
    c.held_on = "";
    CHECK(validate_check_in(c).message() == "held_on is required");
    c.held_on = "March 2";
    CHECK(validate_check_in(c).message() == "held_on must be a date like 2026-01-31");
  }
  SECTION("texts have limits") {
    c.notes = std::string(20001, 'n');
    CHECK(validate_check_in(c).field() == "notes");
    c = valid_check_in();
    c.agenda = std::string(5001, 'a');
    CHECK(validate_check_in(c).field() == "agenda");
  }
  SECTION("each commitment needs text, a known owner and a real due date") {
    c.commitments[1].text = " ";
    CHECK(validate_check_in(c).message() == "commitments[1].text is required");
    c = valid_check_in();
    c.commitments[0].owner = "sam";
    CHECK(validate_check_in(c).field() == "commitments[0].owner");
    c = valid_check_in();
    c.commitments[1].due_on = "2026-13-01";
    CHECK(validate_check_in(c).field() == "commitments[1].due_on");
    c = valid_check_in();
    c.commitments[0].id = 7;
    c.commitments[1].id = 7;
    CHECK(validate_check_in(c).message() == "commitments[1].id repeats a commitment already listed");
  }
  SECTION("at most 20 commitments") {
    c.commitments.assign(21, CommitmentInput{std::nullopt, "Call", "me", ""});
    CHECK(validate_check_in(c).message() == "commitments must have at most 20 items");
  }
}

TEST_CASE("validate_commitment_state: open, done or dropped with a reason", "[people]") {
  CHECK(validate_commitment_state("done", "").ok());
  CHECK(validate_commitment_state("open", "").ok());
  CHECK(validate_commitment_state("dropped", "  ").field() == "drop_reason");
  CHECK(validate_commitment_state("dropped", "No longer relevant").ok());
  CHECK(validate_commitment_state("priority", "").field() == "state");
  CHECK(validate_commitment_state("dropped", std::string(301, 'r')).field() == "drop_reason");
}

TEST_CASE("carried_count counts the partner's later check-ins while the commitment is open", "[people]") {
  // A partner's check-ins in order: two on 1 April keep their id order.
  const std::vector<CheckInKey> keys = {{d(2026, 1, 10), 1}, {d(2026, 2, 10), 4}, {d(2026, 3, 10), 9},
                                        {d(2026, 4, 1), 12}, {d(2026, 4, 1), 15}};
  const CheckInKey made{d(2026, 1, 10), 1};

  SECTION("still open: carried onto every later check-in") {
    CHECK(carried_count(made, std::nullopt, keys) == 4);
    CHECK(carried_label(4) == "Carried 4 times");
  }
  SECTION("as of a check-in: only those up to it") {
    CHECK(carried_count(made, std::nullopt, keys, CheckInKey{d(2026, 2, 10), 4}) == 1);
    CHECK(carried_count(made, std::nullopt, keys, CheckInKey{d(2026, 4, 1), 12}) == 3);
    CHECK(carried_count(made, std::nullopt, keys, made) == 0);
  }
  SECTION("closed: carried up to the day it closed, that day included") {
    CHECK(carried_count(made, d(2026, 3, 9), keys) == 1);
    CHECK(carried_count(made, d(2026, 3, 10), keys) == 2);
    CHECK(carried_count(made, d(2026, 1, 12), keys) == 0);
  }
  SECTION("made in the newest check-in: not carried yet") {
    CHECK(carried_count({d(2026, 4, 1), 15}, std::nullopt, keys) == 0);
    CHECK(carried_label(0).empty());
  }
  SECTION("made in the first of two check-ins on one day: carried onto the second") {
    CHECK(carried_count({d(2026, 4, 1), 12}, std::nullopt, keys) == 1);
    CHECK(carried_label(1) == "Carried once");
  }
  SECTION("carried_onto agrees with the count") {
    int onto = 0;
    for (const CheckInKey& key : keys) onto += carried_onto(made, d(2026, 3, 10), key) ? 1 : 0;
    CHECK(onto == carried_count(made, d(2026, 3, 10), keys));
    CHECK_FALSE(carried_onto(made, std::nullopt, made));
  }
}

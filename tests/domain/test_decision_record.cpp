// Unit tests for a saved decision: draft, record and review rules, review due, contributions, exports.
#include <catch2/catch.hpp>

#include "domain/decision.h"
#include "domain/decision_export.h"
#include "domain/decision_record.h"

using namespace tn;
using Catch::Matchers::WithinAbs;

namespace {

// Three options, two criteria (the second lower-is-better), direct points 3:1.
DecisionInput small_matrix() {
  DecisionInput m;
  m.options = {{"Accept", ""}, {"Stay as I am", "Decline"}, {"=cmd|' /C calc'!A0", ""}};
  m.criteria = {{"Money, \"net\"", "Pay", false, 30}, {"Commute", "", true, 10}};
  m.scores = {{{8.0, "good | fair"}, {6.0, ""}}, {{5.0, ""}, {2.0, "short\nwalk"}}, {{}, {4.5, ""}}};
  return m;
}

Decision small_decision() {
  Decision d;
  d.draft.title = "Offer from Acme";
  d.draft.context = "They want an answer by Friday.";
  d.draft.matrix = small_matrix();
  d.draft.value_ids = {7, std::nullopt};
  return d;
}

}  // namespace

TEST_CASE("contributions split each total by criterion", "[decision]") {
  const Analysis a = *analyse(small_matrix());
  // Accept: 0.75 * 80 + 0.25 * (10 - 6) * 10 = 60 + 10 = 70.
  REQUIRE_THAT(*a.contributions[0][0], WithinAbs(60, 1e-9));
  REQUIRE_THAT(*a.contributions[0][1], WithinAbs(10, 1e-9));
  REQUIRE_THAT(*a.totals[0].percent, WithinAbs(70, 1e-9));
  // Row 3 has a gap: its only scored cell carries all of its (partial) total.
  CHECK_FALSE(a.contributions[2][0].has_value());
  REQUIRE_THAT(*a.contributions[2][1], WithinAbs(55, 1e-9));
  REQUIRE_THAT(*a.totals[2].percent, WithinAbs(55, 1e-9));
}

TEST_CASE("validate_decision_draft names the field", "[decision]") {
  DecisionDraft d = small_decision().draft;
  CHECK(validate_decision_draft(d).ok());
  SECTION("title") {
    d.title = "   ";
    CHECK(validate_decision_draft(d).field() == "title");
    d.title = std::string(201, 'x');
    CHECK(validate_decision_draft(d).field() == "title");
  }
  SECTION("deadline") {
    d.deadline = "2026-02-30";
    CHECK(validate_decision_draft(d).field() == "deadline");
    d.deadline = "2026-02-28";
    CHECK(validate_decision_draft(d).ok());
  }
  SECTION("context") {
    d.context = std::string(4001, 'x');
    CHECK(validate_decision_draft(d).field() == "context");
  }
  SECTION("the matrix rules apply") {
    d.matrix.criteria[1].points = -1;
    CHECK(validate_decision_draft(d).field() == "criteria[1].points");
  }
  SECTION("value ids") {
    d.value_ids[1] = 0;
    CHECK(validate_decision_draft(d).field() == "criteria[1].value_id");
    d.value_ids.pop_back();
    CHECK(validate_decision_draft(d).field() == "criteria");
  }
}

TEST_CASE("record and review rules", "[decision]") {
  DecisionRecord r{1, "Stay", "Family first", "Calmer year", "2026-09-01", ""};
  CHECK(validate_decision_record(r, 3).ok());
  r.chosen_option = 3;
  CHECK(validate_decision_record(r, 3).field() == "chosen_option");
  r.chosen_option = -1;
  CHECK(validate_decision_record(r, 3).field() == "chosen_option");
  r.chosen_option = 0;
  r.review_date = "next year";
  CHECK(validate_decision_record(r, 3).field() == "review_date");
  r.review_date = "";
  r.rationale = std::string(4001, 'x');
  CHECK(validate_decision_record(r, 3).field() == "rationale");

  DecisionReview review{" ", "", ""};
  CHECK(validate_decision_review(review).field() == "what_happened");
  review.what_happened = "It went well.";
  CHECK(validate_decision_review(review).ok());
  review.lesson = std::string(4001, 'x');
  CHECK(validate_decision_review(review).field() == "lesson");
}

TEST_CASE("a review is due from its date while the decision is decided", "[decision]") {
  const Date today{2026, 6, 1};
  CHECK(review_due("decided", "2026-06-01", today));
  CHECK(review_due("decided", "2025-12-31", today));
  CHECK_FALSE(review_due("decided", "2026-06-02", today));
  CHECK_FALSE(review_due("decided", "", today));
  CHECK_FALSE(review_due("reviewed", "2026-01-01", today));
  CHECK_FALSE(review_due("open", "2026-01-01", today));
}

TEST_CASE("the blank matrix is valid and offers to stay as I am", "[decision]") {
  const DecisionInput m = blank_decision_matrix();
  CHECK(validate_decision(m).ok());
  CHECK(m.options[1].name == "Stay as I am");
}

TEST_CASE("CSV fields are quoted and defused", "[decision]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("@x") == "'@x");
  CHECK(csv_field("=a,b") == "\"'=a,b\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("the matrix as CSV", "[decision]") {
  const Decision d = small_decision();
  const std::string csv = decision_csv(d, *analyse(d.draft.matrix));
  CHECK(csv ==
        "Option,\"Money, \"\"net\"\"\",Commute,Total (% of ideal)\r\n"
        "Weight (%),75.0,25.0,\r\n"
        "Lower is better,no,yes,\r\n"
        "Accept,8,6,70.0\r\n"
        "Stay as I am,5,2,57.5\r\n"
        "'=cmd|' /C calc'!A0,,4.5,55.0\r\n");
}

TEST_CASE("the decision as Markdown", "[decision]") {
  Decision d = small_decision();
  d.status = "reviewed";
  d.record = DecisionRecord{1, "Stay", "Family first", "A calmer year", "2026-09-01", "2026-03-01T10:00:00Z"};
  d.review = DecisionReview{"It was calmer.", "Trust the gut.", "2026-09-02T10:00:00Z"};
  const std::string md = decision_markdown(d, *analyse(d.draft.matrix));
  CHECK(md.rfind("# Offer from Acme\n\nStatus: Reviewed\n\nThey want an answer by Friday.", 0) == 0);
  CHECK(md.find("| Money, \"net\" | 75.0% | higher is better | Pay |") != std::string::npos);
  CHECK(md.find("| Accept | 8 | 6 | 70.0% |") != std::string::npos);
  CHECK(md.find("| =cmd\\|' /C calc'!A0 | — | 4.5 | 55.0% |") != std::string::npos);
  CHECK(md.find("- Accept on Money, \"net\": good \\| fair") != std::string::npos);
  CHECK(md.find("- Stay as I am on Commute: short walk") != std::string::npos);
  CHECK(md.find("The matrix is incomplete") != std::string::npos);
  CHECK(md.find("**Chosen:** Stay as I am") != std::string::npos);
  CHECK(md.find("**Gut feeling before the numbers:** Stay") != std::string::npos);
  CHECK(md.find("**Review on:** 2026-09-01") != std::string::npos);
  CHECK(md.find("**What actually happened:** It was calmer.") != std::string::npos);
  CHECK(md.find("**Lesson:** Trust the gut.") != std::string::npos);
  CHECK(md.back() == '\n');
  CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("download file names come from the title", "[decision]") {
  CHECK(decision_file_name("Offer from Acme!", ".csv") == "offer-from-acme.csv");
  CHECK(decision_file_name("  ***  ", ".md") == "decision.md");
  CHECK(decision_file_name("Ünïcode move", ".md") == "n-code-move.md");
  CHECK(decision_file_name(std::string(100, 'a'), ".md").size() == 63);
}

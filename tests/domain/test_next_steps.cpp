// Unit tests for Home's "next" list (which steps, when they are due, their order) and the first-run path.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "domain/next_steps.h"

using namespace tn;

namespace {

Date d(int year, int month, int day) { return Date{year, month, day}; }

// Wednesday 2026-03-04, ISO week 10 (Mon 2026-03-02 .. Sun 2026-03-08), in a workbook started long ago
// with everything fresh: last month reviewed, this week reflected, alignment and balance rated lately.
NextStepFacts settled() {
  NextStepFacts f;
  f.today = d(2026, 3, 4);
  f.workbook_started = d(2025, 1, 10);
  f.weekly_done_this_week = true;
  f.monthly_reviews = {d(2026, 2, 26)};
  f.latest_alignment = d(2026, 2, 1);
  f.latest_balance = d(2026, 2, 25);
  return f;
}

// A workbook past its first-run path (skipped): every step counts.
FirstRunFacts past_first_run() {
  FirstRunFacts f;
  f.skipped = true;
  return f;
}

std::vector<NextStep> next(const NextStepFacts& facts) { return next_steps(facts, past_first_run()); }

std::vector<std::string> kinds(const std::vector<NextStep>& steps) {
  std::vector<std::string> out;
  for (const NextStep& s : steps) out.push_back(s.kind);
  return out;
}

std::vector<std::string> titles(const std::vector<NextStep>& steps) {
  std::vector<std::string> out;
  for (const NextStep& s : steps) out.push_back(s.title);
  return out;
}

}  // namespace

TEST_CASE("a settled workbook has nothing to do next", "[next_steps]") {
  CHECK(next(settled()).empty());
}

TEST_CASE("the weekly reflection is due on the week's Sunday until one is written", "[next_steps]") {
  NextStepFacts f = settled();
  f.weekly_done_this_week = false;
  const auto steps = next(f);
  REQUIRE(steps.size() == 1);
  CHECK(steps[0].kind == "weekly_reflection");
  CHECK(steps[0].due == d(2026, 3, 8));
  CHECK_FALSE(steps[0].overdue);
  CHECK(steps[0].href == "/journal/new/weekly");
  CHECK(steps[0].why.find("Week 10") == 0);

  SECTION("on the Sunday it is due today, not overdue") {
    f.today = d(2026, 3, 8);
    const auto sunday = next(f);
    REQUIRE(sunday.size() == 1);
    CHECK(sunday[0].due == f.today);
    CHECK_FALSE(sunday[0].overdue);
  }
}

TEST_CASE("the monthly review: from the 25th, from the 1st after a missed month, never on day one", "[next_steps]") {
  NextStepFacts f = settled();
  f.today = d(2026, 3, 24);
  CHECK(next(f).empty());

  f.today = d(2026, 3, 25);
  auto steps = next(f);
  REQUIRE(kinds(steps) == std::vector<std::string>{"monthly_review"});
  CHECK(steps[0].due == d(2026, 3, 31));
  CHECK(steps[0].why.find("Due from the 25th") == 0);
  CHECK(steps[0].href == "/journal/new/monthly");

  SECTION("a review this month takes it away") {
    f.monthly_reviews.push_back(d(2026, 3, 25));
    CHECK(next(f).empty());
  }
  SECTION("last month missed: due from the 1st") {
    f.monthly_reviews = {d(2026, 1, 30)};
    f.today = d(2026, 3, 2);
    steps = next(f);
    REQUIRE(kinds(steps) == std::vector<std::string>{"monthly_review"});
    CHECK(steps[0].why.find("Last month has no review") == 0);
  }
  SECTION("a workbook started today, the 25th, has no review due; the next day it has") {
    f.monthly_reviews.clear();
    f.workbook_started = d(2026, 3, 25);
    CHECK(next(f).empty());
    f.today = d(2026, 3, 26);
    CHECK(kinds(next(f)) == std::vector<std::string>{"monthly_review"});
  }
  SECTION("a workbook started this month owes no review for the month before it") {
    f.monthly_reviews.clear();
    f.workbook_started = d(2026, 3, 3);
    f.today = d(2026, 3, 4);
    CHECK(next(f).empty());
  }
}

TEST_CASE("decision reviews are due from their review date", "[next_steps]") {
  NextStepFacts f = settled();
  f.decisions = {{7, "Move to Lisbon", "Go", d(2026, 3, 5)}, {8, "The Northwind offer", "", d(2026, 3, 4)},
                 {9, "Take the sabbatical", "Stay as I am", d(2026, 2, 1)}};
  const auto steps = next(f);
  REQUIRE(steps.size() == 2);  // the one due tomorrow waits
  CHECK(steps[0].title == "Review the decision: Take the sabbatical");
  CHECK(steps[0].overdue);
  CHECK(steps[0].why == "You chose “Stay as I am”; 2026-02-01 was the day you set to look back. How did it turn out?");
  CHECK(steps[0].href == "/decisions/9");
  CHECK(steps[1].title == "Review the decision: The Northwind offer");
  CHECK_FALSE(steps[1].overdue);
  CHECK(steps[1].why == "You decided; today is the day you set to look back. How did it turn out?");
}

TEST_CASE("milestones and finish dates count once they have passed", "[next_steps]") {
  NextStepFacts f = settled();
  f.milestones = {{3, "Ship billing v2", "Write the RFC", d(2026, 3, 3)}, {3, "Ship billing v2", "Demo", d(2026, 3, 4)}};
  f.initiatives = {{3, "Ship billing v2", d(2026, 3, 4)}, {4, "Speak at a meetup", d(2026, 2, 28)}};
  const auto steps = next(f);
  CHECK(titles(steps) == std::vector<std::string>{"Finish: Speak at a meetup", "Milestone: Write the RFC"});
  CHECK(steps[1].why == "Part of “Ship billing v2”, due 2026-03-03. Tick it off, or give it a new date.");
  CHECK(steps[1].overdue);
  CHECK(steps[1].href == "/goals");
}

TEST_CASE("check-ins are due a month, or the partner's cadence, after the last meeting", "[next_steps]") {
  NextStepFacts f = settled();
  f.partners = {{1, "Ana", std::nullopt, d(2026, 2, 4)},   // monthly: due 2026-03-04, today
                {2, "Ben", 2, d(2026, 2, 19)},            // every 2 weeks: due 2026-03-05
                {3, "Cleo", 1, d(2026, 2, 20)},           // every week: due 2026-02-27, overdue
                {4, "Dev", std::nullopt, std::nullopt}};  // never met: nothing to count from
  const auto steps = next(f);
  REQUIRE(titles(steps) == std::vector<std::string>{"Check in with Cleo", "Check in with Ana"});
  CHECK(steps[0].overdue);
  CHECK(steps[0].why == "You last met on 2026-02-20 and meet every week, so the next check-in was due on 2026-02-27.");
  CHECK(steps[0].href == "/people/check-ins/new?partner=3");
  CHECK(steps[1].why.find("due today") != std::string::npos);
}

TEST_CASE("priorities: a due date within a week, or an undated task in Do", "[next_steps]") {
  NextStepFacts f = settled();
  f.priorities = {{1, "Book the venue", "schedule", d(2026, 3, 10)},  // in 6 days: in
                  {2, "Plan the offsite", "schedule", d(2026, 3, 11)},  // in 7 days: not yet
                  {3, "Answer the auditor", "do", std::nullopt},
                  {4, "Tidy the wiki", "drop", std::nullopt},
                  {5, "Send the invoice", "delegate", d(2026, 3, 1)}};
  const auto steps = next(f);
  CHECK(titles(steps) == std::vector<std::string>{"Send the invoice", "Book the venue", "Answer the auditor"});
  CHECK(steps[0].overdue);
  CHECK_FALSE(steps[2].due);
}

TEST_CASE("alignment after 90 days and balance after 30 days, or never", "[next_steps]") {
  NextStepFacts f = settled();
  f.latest_alignment = d(2025, 12, 4);  // 90 days before today: still fresh
  f.latest_balance = d(2026, 2, 2);     // 30 days: still fresh
  CHECK(next(f).empty());

  f.latest_alignment = d(2025, 12, 3);  // 91 days
  f.latest_balance = d(2026, 2, 1);     // 31 days
  auto steps = next(f);
  REQUIRE(kinds(steps) == std::vector<std::string>{"alignment", "balance"});  // due on day 90: 2026-03-03 both
  CHECK(steps[0].due == d(2026, 3, 3));
  CHECK(steps[1].due == d(2026, 3, 3));
  CHECK(steps[0].why.find("2025-12-03, 91 days ago") != std::string::npos);

  f.latest_alignment.reset();
  f.latest_balance.reset();
  steps = next(f);
  REQUIRE(kinds(steps) == std::vector<std::string>{"alignment", "balance"});
  CHECK_FALSE(steps[0].due);
  CHECK(steps[0].title == "Check your alignment with the mission");
}

TEST_CASE("the order: due today or before (earliest first), then due later, then undated", "[next_steps]") {
  NextStepFacts f = settled();
  f.weekly_done_this_week = false;                                        // due Sunday 2026-03-08
  f.latest_balance.reset();                                               // undated
  f.latest_alignment = d(2025, 11, 1);                                    // due 2026-01-30
  f.decisions = {{9, "Sabbatical", "Go", d(2026, 3, 1)}};                 // due 2026-03-01
  f.milestones = {{3, "Billing", "Write the RFC", d(2026, 3, 1)}};        // due 2026-03-01
  f.priorities = {{5, "Answer the auditor", "do", std::nullopt},          // undated
                  {6, "Book the venue", "schedule", d(2026, 3, 6)}};      // due 2026-03-06
  f.partners = {{1, "Ana", std::nullopt, d(2026, 2, 4)}};                 // due today

  CHECK(kinds(next(f)) == std::vector<std::string>{
                                    "alignment",          // 2026-01-30
                                    "decision_review",    // 2026-03-01, before a milestone of the same day
                                    "milestone",          // 2026-03-01
                                    "check_in",           // today
                                    "priority",           // 2026-03-06
                                    "weekly_reflection",  // 2026-03-08
                                    "priority",           // undated, before balance
                                    "balance"});
}

TEST_CASE("while the first-run path is open, undated steps and the first weekly reflection wait", "[next_steps]") {
  NextStepFacts f;
  f.today = d(2026, 3, 25);
  f.workbook_started = d(2026, 3, 20);
  f.milestones = {{3, "Billing", "Write the RFC", d(2026, 3, 21)}};
  f.priorities = {{5, "Answer the auditor", "do", std::nullopt}};
  FirstRunFacts first_run;  // nothing done yet: the path is open
  CHECK(kinds(next_steps(f, first_run)) == std::vector<std::string>{"milestone", "monthly_review"});

  first_run.has_weekly_reflection = true;  // once one is written, this week's joins the list
  CHECK(kinds(next_steps(f, first_run)) == std::vector<std::string>{"milestone", "weekly_reflection", "monthly_review"});

  first_run.skipped = true;
  CHECK(kinds(next_steps(f, first_run)) == std::vector<std::string>{"milestone", "weekly_reflection", "monthly_review",
                                                                     "priority", "alignment", "balance"});
}

TEST_CASE("the first-run path: five steps, each done from the data", "[next_steps]") {
  FirstRunFacts facts;
  auto steps = first_run_steps(facts);
  REQUIRE(steps.size() == 5);
  std::vector<std::string> keys;
  for (const FirstRunStep& s : steps) {
    keys.push_back(s.key);
    CHECK_FALSE(s.done);
  }
  CHECK(keys == std::vector<std::string>{"vision", "values", "lists", "alignment", "reflection"});
  CHECK(steps[1].action == "Start the card sort");
  CHECK(steps[2].why.find("0 of 3 lists started") != std::string::npos);

  facts.has_vision = true;
  facts.sort_in_progress = true;
  facts.skills = 2;
  facts.passions = 1;
  steps = first_run_steps(facts);
  CHECK(steps[0].done);
  CHECK_FALSE(steps[1].done);
  CHECK(steps[1].action == "Continue the card sort");
  CHECK_FALSE(steps[2].done);  // strengths is still empty
  CHECK(steps[2].why.find("2 of 3 lists started") != std::string::npos);

  facts.strengths = 1;
  facts.has_core_values = true;
  facts.has_alignment = true;
  facts.has_weekly_reflection = true;
  for (const FirstRunStep& s : first_run_steps(facts)) CHECK(s.done);
}

TEST_CASE("the first-run path shows until every step is done or it is skipped", "[next_steps]") {
  FirstRunFacts facts;
  CHECK(first_run_open(facts));
  facts.skipped = true;
  CHECK_FALSE(first_run_open(facts));
  facts = FirstRunFacts{true, true, false, 1, 1, 1, true, false, false};
  CHECK(first_run_open(facts));  // only the reflection is missing
  facts.has_weekly_reflection = true;
  CHECK_FALSE(first_run_open(facts));
}

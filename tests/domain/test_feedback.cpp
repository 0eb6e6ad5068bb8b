// Unit tests for the feedback rules: validation, themes, the value findings, months and 360 round summaries.
#include <catch2/catch.hpp>

#include "domain/feedback.h"

using namespace tn;

namespace {

Feedback valid_feedback() {
  Feedback f;
  f.received_on = "2026-02-12";
  f.source = "peer";
  f.said = "You explained the migration plan so the whole team could follow it.";
  f.points_to = "strength";
  f.theme_ids = {1};
  f.supports_value_ids = {4};
  return f;
}

}  // namespace

TEST_CASE("validate_feedback names each bad field", "[feedback]") {
  Feedback f = valid_feedback();
  CHECK(validate_feedback(f).ok());

  SECTION("what was said and when are required") {
    f.said = "  ";
    CHECK(validate_feedback(f).message() == "said is required");
    f = valid_feedback();
    f.received_on = "";
    CHECK(validate_feedback(f).field() == "received_on");
    f.received_on = "2026-02-30";
    CHECK(validate_feedback(f).field() == "received_on");
  }
  SECTION("source and what it points to are words of their lists") {
    f.source = "friend";
    CHECK(validate_feedback(f).message() == "source must be one of self, peer, direct_report, manager, other");
    f = valid_feedback();
    f.points_to = "weakness";
    CHECK(validate_feedback(f).field() == "points_to");
    f.points_to = "";
    CHECK(validate_feedback(f).ok());
  }
  SECTION("a value is supported or contradicted, not both") {
    f.contradicts_value_ids = {7, 4};
    CHECK(validate_feedback(f).field() == "contradicts_value_ids[1]");
    f.contradicts_value_ids = {7, 7};
    CHECK(validate_feedback(f).message() == "contradicts_value_ids[1] repeats a value already tagged");
  }
  SECTION("ids are positive and lists have limits") {
    f.theme_ids = {0};
    CHECK(validate_feedback(f).message() == "theme_ids[0] must be a positive id");
    f.theme_ids = std::vector<std::int64_t>(11, 1);
    CHECK(validate_feedback(f).message() == "theme_ids must have at most 10 items");
  }
  SECTION("a round person needs the round") {
    f.round_person_id = 3;
    CHECK(validate_feedback(f).field() == "round_person_id");
    f.round_id = 2;
    CHECK(validate_feedback(f).ok());
  }
  SECTION("text limits") {
    f.said = std::string(5001, 's');
    CHECK(validate_feedback(f).field() == "said");
    f = valid_feedback();
    f.from_name = std::string(121, 'n');
    CHECK(validate_feedback(f).field() == "from_name");
  }
}

TEST_CASE("validate_themes: 1 to 20 unique names", "[feedback]") {
  CHECK(validate_themes({{1, "Communication"}, {std::nullopt, "Delivery"}}).ok());
  CHECK(validate_themes({}).field() == "themes");
  CHECK(validate_themes(std::vector<ThemeInput>(21, ThemeInput{std::nullopt, "x"})).field() == "themes");
  CHECK(validate_themes({{std::nullopt, "Delivery"}, {std::nullopt, " delivery "}}).message() ==
        "themes[1].name repeats a theme already listed");
  CHECK(validate_themes({{std::nullopt, ""}}).field() == "themes[0].name");
  CHECK(validate_themes({{2, "A"}, {2, "B"}}).field() == "themes[1].id");
}

TEST_CASE("value_mention_finding reads the counts in one line", "[feedback]") {
  ValueMentions integrity{4, "Integrity", 1, 0, 0};
  CHECK(value_mention_finding(integrity, 0) == "No feedback logged yet.");
  CHECK(value_mention_finding(integrity, 34) == "You rank Integrity 1st, yet none of your 34 feedback items mentions it.");
  CHECK(value_mention_finding(integrity, 1) == "You rank Integrity 1st, yet your one feedback item does not mention it.");
  CHECK(value_mention_finding(ValueMentions{9, "Calm", 0, 0, 0}, 5) == "None of your 5 feedback items mentions it.");
  integrity.supports = 3;
  CHECK(value_mention_finding(integrity, 34) == "3 feedback items support Integrity; none contradicts it.");
  integrity.supports = 1;
  CHECK(value_mention_finding(integrity, 34) == "1 feedback item supports Integrity; none contradicts it.");
  integrity.contradicts = 3;
  CHECK(value_mention_finding(integrity, 34) == "Integrity is contradicted more often (3) than supported (1): worth a conversation.");
  integrity.supports = 4;
  integrity.contradicts = 1;
  CHECK(value_mention_finding(integrity, 34) == "4 support Integrity, 1 contradicts it.");
  CHECK(ordinal(2) == "2nd");
  CHECK(ordinal(3) == "3rd");
  CHECK(ordinal(11) == "11th");
  CHECK(ordinal(22) == "22nd");
}

TEST_CASE("recent_months: the twelve months up to today's, across the new year", "[feedback]") {
  const auto months = recent_months(Date{2026, 3, 2}, 12);
  REQUIRE(months.size() == 12);
  CHECK(months.front() == "2025-04");
  CHECK(months.back() == "2026-03");
  CHECK(recent_months(Date{2026, 1, 31}, 2) == std::vector<std::string>{"2025-12", "2026-01"});
}

TEST_CASE("a 360 round is summarised per source", "[feedback]") {
  const std::vector<RoundPersonInput> asked = {{1, "Ana", "peer"}, {2, "Ben", "peer"}, {3, "Cy", "peer"}, {4, "Dee", "manager"}};
  FeedbackRound round{"Spring 360", "2026-03-01", "", asked};
  CHECK(validate_round(round).ok());
  const std::vector<RoundAnswer> answers = {{"peer", 1, "strength"}, {"peer", 1, "growth"}, {"peer", 2, ""},
                                            {"self", std::nullopt, "growth"}};
  const auto summary = summarise_round(asked, answers);
  REQUIRE(summary.size() == 3);
  CHECK(summary[0].source == "self");
  CHECK(summary[0].asked == 0);
  CHECK(summary[0].feedback == 1);
  CHECK(summary[1].source == "peer");
  CHECK(summary[1].asked == 3);
  CHECK(summary[1].answered == 2);
  CHECK(summary[1].feedback == 3);
  CHECK(summary[1].strengths == 1);
  CHECK(summary[1].growth == 1);
  CHECK(summary[2].source == "manager");
  CHECK(summary[2].answered == 0);

  round.asked[1].source = "cousin";
  CHECK(validate_round(round).field() == "asked[1].source");
  round = FeedbackRound{"", "2026-03-01", "", {}};
  CHECK(validate_round(round).field() == "name");
  CHECK(feedback_from_phrase("manager", "") == "your manager");
  CHECK(feedback_from_phrase("manager", " Dee ") == "Dee");
}

// Unit tests for the monthly review: months, kept/slipped marks and tallies, balance and alignment against
// last month, the quick values re-assessment, the initiatives a review records, and the year view.
#include <catch2/catch.hpp>

#include "domain/monthly_review.h"

using namespace tn;

namespace {

BalancePoint balance(std::int64_t id, std::string date, std::vector<AreaRating> ratings) {
  return {id, std::move(date), std::move(ratings)};
}

AlignmentPoint alignment(std::int64_t id, std::string date, std::optional<int> overall) {
  return {id, std::move(date), overall, overall};
}

const std::vector<PracticeItem> kItems = {
    {"boundaries", 4, "No email after 19:00"}, {"boundaries", 5, "Weekends offline"}, {"self_care", 9, "A walk at lunch"}};

}  // namespace

TEST_CASE("months parse, print and contain their days", "[monthly_review]") {
  const auto march = parse_month_field("month", "2026-03");
  REQUIRE(march.ok());
  CHECK(march->str() == "2026-03");
  CHECK(march->first_day().str() == "2026-03-01");
  CHECK(march->last_day().str() == "2026-03-31");
  CHECK(parse_month_field("month", "2024-02")->last_day().str() == "2024-02-29");
  CHECK(march->contains("2026-03-31"));
  CHECK(march->contains("2026-03-04T09:15:00.123Z"));
  CHECK_FALSE(march->contains("2026-04-01"));
  CHECK_FALSE(march->contains("not a date"));
  CHECK(march->previous().str() == "2026-02");
  CHECK((Month{2026, 1}.previous() == Month{2025, 12}));
  CHECK(month_of(Date{2026, 12, 25}).str() == "2026-12");
  for (const char* bad : {"2026-13", "2026-3", "2026-03-01", "", "1899-12", "march"}) {
    const auto refused = parse_month_field("month", bad);
    CHECK(refused.status().field() == "month");
    CHECK(refused.status().message() == "month must be a month like 2026-03");
  }
}

TEST_CASE("a review is settled once the month after it is over", "[monthly_review]") {
  CHECK_FALSE(review_settled(Month{2026, 3}, Date{2026, 3, 28}));
  CHECK_FALSE(review_settled(Month{2026, 3}, Date{2026, 4, 30}));  // written in the first days of April
  CHECK(review_settled(Month{2026, 3}, Date{2026, 5, 1}));
  CHECK_FALSE(review_settled(Month{2025, 12}, Date{2026, 1, 31}));
  CHECK(review_settled(Month{2025, 12}, Date{2026, 2, 1}));
  CHECK_FALSE(review_settled(Month{2026, 6}, Date{2026, 1, 1}));  // a review dated ahead
}

TEST_CASE("boundaries and self-care routines are marked kept or slipped", "[monthly_review]") {
  SECTION("valid marks get today's names and trimmed notes") {
    const auto marks = check_practice_marks(
        {{"boundaries", 5, "", "slipped", "  Two Saturdays on call "}, {"self_care", 9, "ignored", "kept", ""}}, kItems);
    REQUIRE(marks.ok());
    REQUIRE(marks->size() == 2);
    CHECK((*marks)[0] == PracticeMark{"boundaries", 5, "Weekends offline", "slipped", "Two Saturdays on call"});
    CHECK((*marks)[1].name == "A walk at lunch");
    const PracticeTallies tally = tally_practices(*marks);
    CHECK(tally.boundaries.kept == 0);
    CHECK(tally.boundaries.slipped == 1);
    CHECK(tally.self_care.kept == 1);
    CHECK(tally.self_care.slipped == 0);
  }
  SECTION("each problem names its field") {
    const auto field_of = [](std::vector<PracticeMark> marks) { return check_practice_marks(marks, kItems).status(); };
    CHECK(field_of({{"skills", 4, "", "kept", ""}}).field() == "practices[0].list");
    const Status unknown = field_of({{"boundaries", 4, "", "kept", ""}, {"boundaries", 9, "", "kept", ""}});
    CHECK(unknown.field() == "practices[1].item_id");
    CHECK(unknown.message() == "practices[1].item_id must be one of your boundaries");
    CHECK(field_of({{"self_care", 4, "", "kept", ""}}).message() ==
          "practices[0].item_id must be one of your self-care routines");
    const Status twice = field_of({{"boundaries", 4, "", "kept", ""}, {"boundaries", 4, "", "slipped", ""}});
    CHECK(twice.message() == "practices[1].item_id is marked twice");
    CHECK(field_of({{"boundaries", 4, "", "held", ""}}).field() == "practices[0].state");
    CHECK(field_of({{"boundaries", 4, "", "kept", std::string(501, 'n')}}).field() == "practices[0].note");
    CHECK(check_practice_marks({{"boundaries", 4, "", "kept", std::string(500, 'n')}}, kItems).ok());
  }
  SECTION("no marks is a valid review") { CHECK(check_practice_marks({}, kItems)->empty()); }
}

TEST_CASE("the month's balance is compared with last month's", "[monthly_review]") {
  const std::vector<BalancePoint> snapshots = {
      balance(1, "2026-01-20", {{"Career", 4}}),
      balance(2, "2026-02-10", {{"Career", 6}, {"Health", 5}, {"Fun", 3}}),
      balance(3, "2026-02-27", {{"Career", 7}, {"Health", 4}, {"Fun", 2}}),
      balance(4, "2026-03-30", {{"career", 5}, {"Health", 8}, {"Family", 9}}),
  };
  const Month march{2026, 3};
  const BalancePoint* current = newest_within(snapshots, march);
  const BalancePoint* previous = point_before(snapshots, march, current);
  REQUIRE(current != nullptr);
  REQUIRE(previous != nullptr);
  CHECK(current->id == 4);
  CHECK(previous->id == 3);
  CHECK(newest_within(snapshots, Month{2026, 4}) == nullptr);
  CHECK(point_before(snapshots, Month{2026, 1}, nullptr) == nullptr);
  CHECK(point_before(snapshots, march, nullptr)->id == 3);
  // A review may link an older snapshot: it is compared with one before it, never with itself.
  CHECK(point_before(snapshots, march, &snapshots[2])->id == 2);
  CHECK(point_before(snapshots, march, &snapshots[0]) == nullptr);
  CHECK(point_with_id(snapshots, 2)->date == "2026-02-10");
  CHECK(point_with_id(snapshots, 9) == nullptr);
  CHECK(point_with_id(snapshots, std::nullopt) == nullptr);
  CHECK(*chosen_point(snapshots, std::nullopt, "balance_snapshot_id", "balance snapshots") == nullptr);
  CHECK((*chosen_point(snapshots, 2, "balance_snapshot_id", "balance snapshots"))->id == 2);
  const Status unknown = chosen_point(snapshots, 9, "balance_snapshot_id", "balance snapshots").status();
  CHECK(unknown.field() == "balance_snapshot_id");
  CHECK(unknown.message() == "balance_snapshot_id must be one of your balance snapshots");

  const BalanceComparison c = compare_balance(current, previous);
  REQUIRE(c.areas.size() == 4);
  CHECK(c.areas[0].area == "career");
  CHECK(c.areas[0].previous == 7);
  CHECK(c.areas[0].change == -2);
  CHECK(c.areas[1].change == 4);
  CHECK(c.areas[2].area == "Family");
  CHECK_FALSE(c.areas[2].previous);
  CHECK_FALSE(c.areas[2].change);
  CHECK(c.areas[3].area == "Fun");  // only last month rated it
  CHECK(c.areas[3].previous == 2);
  CHECK_FALSE(c.areas[3].current);
  CHECK(c.average.value() == Approx(7.3));           // 22 / 3
  CHECK(c.previous_average.value() == Approx(4.3));  // 13 / 3
  CHECK(c.change.value() == Approx(3.0));

  const BalanceComparison first = compare_balance(&snapshots[0], nullptr);
  CHECK(first.average.value() == Approx(4.0));
  CHECK_FALSE(first.previous_average);
  CHECK_FALSE(first.change);
  CHECK(compare_balance(nullptr, nullptr).areas.empty());
}

TEST_CASE("the alignment change and trend up to the month", "[monthly_review]") {
  const std::vector<AlignmentPoint> points = {alignment(1, "2025-11-02", 60), alignment(2, "2026-02-01", 66),
                                              alignment(3, "2026-03-15", 58), alignment(4, "2026-04-01", std::nullopt)};
  CHECK(alignment_change(&points[2], &points[1]) == -8);
  CHECK_FALSE(alignment_change(&points[3], &points[2]));
  CHECK_FALSE(alignment_change(&points[2], nullptr));
  const std::vector<AlignmentPoint> trend = alignment_trend(points, Month{2026, 3});
  REQUIRE(trend.size() == 3);
  CHECK(trend.back().id == 3);
  const std::vector<AlignmentPoint> two = alignment_trend(points, Month{2026, 4}, 2);
  REQUIRE(two.size() == 2);
  CHECK(two[0].id == 3);
  CHECK(two[1].id == 4);
}

TEST_CASE("a quick re-assessment replaces the values and keeps the other ratings", "[monthly_review]") {
  const std::vector<RatedItem> latest = {
      {{AlignmentCategory::kValues, "Integrity", 5, ""}, 1},
      {{AlignmentCategory::kSkills, "SQL", 4, "daily"}, 11},
      {{AlignmentCategory::kValues, "Family", 3, ""}, 2},
      {{AlignmentCategory::kPassions, "Teaching", 2, ""}, 12},
  };
  const std::vector<RatedItem> now = {{{AlignmentCategory::kValues, "Family", 1, "travel"}, 2}};
  const std::vector<RatedItem> merged = reassess_values(latest, now);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].item_id == 2);
  CHECK(merged[0].rating.rating == 1);
  CHECK(merged[1].rating.item == "SQL");
  CHECK(merged[1].rating.note == "daily");
  CHECK(merged[2].item_id == 12);
  CHECK(reassess_values({}, now).size() == 1);
}

TEST_CASE("a review records the active initiatives and those done in its month", "[monthly_review]") {
  const std::vector<InitiativeState> all = {
      {1, "Lead the migration", "active", 40, 1, 3, "2026-01-05"},
      {2, "Publish the talk", "done", 100, 2, 2, "2026-03-12"},
      {3, "Old course", "done", 100, 0, 0, "2026-02-01"},
      {4, "Later", "planned", 0, 0, 1, "2026-03-02"},
  };
  const std::vector<InitiativeState> reviewed = initiatives_for_review(all, Month{2026, 3});
  REQUIRE(reviewed.size() == 2);
  CHECK(reviewed[0].id == 1);
  CHECK(reviewed[1].id == 2);
  CHECK(count_done(reviewed) == 1);
  CHECK(count_done(all) == 2);
}

TEST_CASE("the year view sets twelve months side by side", "[monthly_review]") {
  const std::vector<AlignmentPoint> points = {alignment(1, "2026-01-10", 70), alignment(2, "2026-01-28", 72),
                                              alignment(3, "2026-05-02", 61), alignment(4, "2025-12-30", 99)};
  const std::vector<BalancePoint> snapshots = {balance(1, "2026-02-03", {{"Career", 6}, {"Health", 7}}),
                                               balance(2, "2026-06-30", {{"Career", 3}, {"Health", 4}})};
  const std::vector<Date> weekly = {{2026, 1, 5}, {2026, 1, 12}, {2026, 3, 2}, {2025, 1, 6}};
  ReviewSummary june{20, "2026-06-28", 55, 5.0, 1, {{3, 1}, {2, 0}}};
  ReviewSummary june_earlier{15, "2026-06-02", 90, 9.0, 4, {}};
  ReviewSummary last_year{9, "2025-06-28", 10, 1.0, 0, {}};

  const YearSummary year = summarise_year(2026, points, snapshots, weekly, {june_earlier, june, last_year});
  REQUIRE(year.months.size() == 12);
  CHECK(year.year == 2026);
  CHECK(year.months[0].month.str() == "2026-01");
  CHECK(year.months[0].alignment == 72);  // the month's newest snapshot
  CHECK(year.months[0].reflections == 2);
  CHECK_FALSE(year.months[0].review_entry_id);
  CHECK_FALSE(year.months[0].initiatives_done);
  CHECK_FALSE(year.months[0].practices);
  CHECK(year.months[1].balance_average.value() == Approx(6.5));
  CHECK(year.months[2].reflections == 1);
  CHECK_FALSE(year.months[3].alignment);
  const MonthSummary& m6 = year.months[5];
  CHECK(m6.review_entry_id == 20);  // the later review of June
  CHECK(m6.alignment == 55);        // the review's own score
  CHECK(m6.balance_average.value() == Approx(5.0));
  CHECK(m6.initiatives_done == 1);
  REQUIRE(m6.practices);
  CHECK(m6.practices->boundaries.kept == 3);
  CHECK(m6.practices->boundaries.slipped == 1);
  CHECK(year.reviews == 1);
  CHECK(year.reflections == 3);
  CHECK(year.alignment_change == 55 - 72);
  CHECK(year.balance_change.value() == Approx(-1.5));

  const YearSummary empty = summarise_year(2024, points, snapshots, weekly, {});
  CHECK(empty.months.size() == 12);
  CHECK_FALSE(empty.alignment_change);
  CHECK_FALSE(empty.balance_change);
  CHECK(empty.reviews == 0);
}

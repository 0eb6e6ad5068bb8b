// Unit tests for life balance: area rules, rating snapshots, averages, drops, lowest areas, practices.
#include <catch2/catch.hpp>

#include "domain/balance.h"

using namespace tn;

namespace {

std::vector<std::string> area_names(const std::vector<AreaRating>& ratings) {
  std::vector<std::string> names;
  for (const AreaRating& r : ratings) names.push_back(r.area);
  return names;
}

}  // namespace

TEST_CASE("default life areas are the eight the product describes", "[balance]") {
  const std::vector<LifeArea> areas = default_life_areas();
  REQUIRE(areas.size() == 8);
  CHECK(areas[0].name == "Career");
  CHECK(areas[6].name == "Fun & recreation");
  CHECK(areas[7].name == "Home & environment");
  for (const LifeArea& area : areas) CHECK_FALSE(area.description.empty());
  CHECK(validate_life_areas(areas).ok());
}

TEST_CASE("editing the life areas", "[balance]") {
  std::vector<LifeArea> areas = default_life_areas();

  SECTION("between 3 and 12 areas") {
    areas.resize(3);
    CHECK(validate_life_areas(areas).ok());
    areas.resize(2);
    const Status few = validate_life_areas(areas);
    CHECK(few.field() == "areas");
    CHECK(few.message() == "areas must hold between 3 and 12 life areas");
    areas = default_life_areas();
    for (int i = 0; i < 4; ++i) areas.push_back({"Extra " + std::to_string(i), ""});
    CHECK(validate_life_areas(areas).ok());  // 12
    areas.push_back({"One too many", ""});
    CHECK(validate_life_areas(areas).field() == "areas");
  }
  SECTION("names are required, short and unique ignoring case") {
    areas[2].name = " ";
    CHECK(validate_life_areas(areas).message() == "areas[2].name is required");
    areas[2].name = std::string(41, 'h');
    CHECK(validate_life_areas(areas).message() == "areas[2].name must be at most 40 characters");
    areas[2].name = std::string(40, 'h');
    CHECK(validate_life_areas(areas).ok());
    areas[2].name = "CAREER";
    const Status dup = validate_life_areas(areas);
    CHECK(dup.field() == "areas[2].name");
    CHECK(dup.message() == "areas[2].name repeats another area");
  }
  SECTION("descriptions are at most 200 characters") {
    areas[1].description = std::string(201, 'd');
    CHECK(validate_life_areas(areas).field() == "areas[1].description");
  }
}

TEST_CASE("balance rating snapshots are validated against the areas", "[balance]") {
  const std::vector<LifeArea> areas = default_life_areas();
  SECTION("some areas may stay unrated; names match ignoring case") {
    CHECK(validate_balance_ratings({{"Career", 0}, {"health", 10}}, areas).ok());
  }
  SECTION("at least one rating") {
    const Status s = validate_balance_ratings({}, areas);
    CHECK(s.field() == "ratings");
    CHECK(s.message() == "ratings must rate at least one area");
  }
  SECTION("ratings outside 0..10") {
    Status s = validate_balance_ratings({{"Career", 5}, {"Health", 11}}, areas);
    CHECK(s.field() == "ratings[1].rating");
    CHECK(s.message() == "ratings[1].rating must be between 0 and 10");
    CHECK(validate_balance_ratings({{"Career", -1}}, areas).field() == "ratings[0].rating");
  }
  SECTION("unknown and repeated areas") {
    Status s = validate_balance_ratings({{"Career", 5}, {"Hobbies", 5}}, areas);
    CHECK(s.field() == "ratings[1].area");
    CHECK(s.message() == "ratings[1].area must be one of your life areas");
    s = validate_balance_ratings({{"Career", 5}, {"career ", 6}}, areas);
    CHECK(s.field() == "ratings[1].area");
    CHECK(s.message() == "ratings[1].area is already rated in this snapshot");
  }
}

TEST_CASE("balance average", "[balance]") {
  CHECK_FALSE(balance_average({}).has_value());
  // (7 + 4 + 8 + 5) / 4 = 24 / 4 = 6
  CHECK(*balance_average({{"Career", 7}, {"Health", 4}, {"Family", 8}, {"Fun", 5}}) == Approx(6.0));
  // (7 + 8 + 8) / 3 = 23 / 3 = 7.667
  CHECK(*balance_average({{"Career", 7}, {"Health", 8}, {"Family", 8}}) == Approx(7.6667).epsilon(1e-4));
}

TEST_CASE("balance drops of two or more since the previous snapshot", "[balance]") {
  const std::vector<AreaRating> previous = {
      {"Career", 8}, {"Health", 7}, {"Family", 9}, {"Fun", 5}, {"Finances", 6}};
  const std::vector<AreaRating> current = {
      {"Career", 6},  // -2: reported
      {"Health", 6},  // -1: not enough
      {"family", 4},  // -5: reported, matched ignoring case
      {"Fun", 7},     // +2: a rise
      {"Home", 2},    // not rated before
  };
  const std::vector<AreaChange> drops = balance_drops(previous, current);
  REQUIRE(drops.size() == 2);
  CHECK(drops[0].area == "family");  // biggest drop first
  CHECK(drops[0].previous == 9);
  CHECK(drops[0].current == 4);
  CHECK(drops[1].area == "Career");
  CHECK(drops[1].previous == 8);
  CHECK(drops[1].current == 6);
  CHECK(balance_drops({}, current).empty());
}

TEST_CASE("lowest balance areas keep ties together", "[balance]") {
  const std::vector<AreaRating> ratings = {{"Career", 6}, {"Health", 3},   {"Family", 5},
                                           {"Fun", 3},    {"Finances", 5}, {"Home", 8}};
  // Sorted: Health 3, Fun 3, Family 5, Finances 5, Career 6, Home 8.
  SECTION("three lowest, plus Finances tied with Family at 5") {
    CHECK(area_names(lowest_balance_areas(ratings)) ==
          std::vector<std::string>{"Health", "Fun", "Family", "Finances"});
  }
  SECTION("two lowest: no tie at the cut") {
    CHECK(area_names(lowest_balance_areas(ratings, 2)) == std::vector<std::string>{"Health", "Fun"});
  }
  SECTION("one lowest pulls in its tie") {
    CHECK(area_names(lowest_balance_areas(ratings, 1)) == std::vector<std::string>{"Health", "Fun"});
  }
  SECTION("more than there are, or none") {
    CHECK(lowest_balance_areas(ratings, 10).size() == 6);
    CHECK(lowest_balance_areas(ratings, 0).empty());
    CHECK(lowest_balance_areas({}, 3).empty());
  }
}

TEST_CASE("boundaries and self-care routines", "[balance]") {
  CHECK(validate_practice_text("No work email after 19:00").ok());
  CHECK(validate_practice_text(std::string(300, 'b')).ok());
  const Status blank = validate_practice_text("\t ");
  CHECK(blank.field() == "text");
  CHECK(blank.message() == "text is required");
  CHECK(validate_practice_text(std::string(301, 'b')).message() == "text must be at most 300 characters");
}

TEST_CASE("boundaries and self-care routines kept as list items", "[balance]") {
  const std::vector<std::string> others = {"No work email after 19:00"};
  CHECK(validate_practice_item({std::string(300, 'b'), "why it matters"}, others).ok());
  Status s = validate_practice_item({" ", ""}, others);
  CHECK(s.field() == "name");
  CHECK(s.message() == "name is required");
  CHECK(validate_practice_item({std::string(301, 'b'), ""}, others).message() ==
        "name must be at most 300 characters");
  CHECK(validate_practice_item({"Walk at lunch", std::string(1001, 'n')}, others).field() == "note");
  s = validate_practice_item({"no work EMAIL after 19:00", ""}, others);
  CHECK(s.field() == "name");
  CHECK(s.message() == "name is already in this list");
  std::vector<std::string> fifty;
  for (int i = 0; i < 50; ++i) fifty.push_back("Practice " + std::to_string(i));
  s = validate_practice_item({"One more", ""}, fifty);
  CHECK(s.code() == Code::kConflict);
  CHECK(s.field() == "items");
}

TEST_CASE("a self-care routine's frequency: daily, N times a week, weekly or monthly", "[balance]") {
  CHECK(validate_routine_frequency({}).ok());
  CHECK(validate_routine_frequency({"daily", std::nullopt}).ok());
  CHECK(validate_routine_frequency({"per_week", 3}).ok());
  CHECK(validate_routine_frequency({"monthly", std::nullopt}).ok());
  Status s = validate_routine_frequency({"fortnightly", std::nullopt});
  CHECK(s.field() == "frequency");
  CHECK(s.message() == "frequency must be one of daily, per_week, weekly, monthly");
  s = validate_routine_frequency({"per_week", std::nullopt});
  CHECK(s.field() == "times_per_week");
  CHECK(s.message() == "times_per_week is required for per_week");
  CHECK(validate_routine_frequency({"per_week", 7}).message() == "times_per_week must be between 2 and 6");
  CHECK(validate_routine_frequency({"per_week", 1}).field() == "times_per_week");
  CHECK(validate_routine_frequency({"weekly", 2}).message() == "times_per_week is only for a frequency of per_week");

  CHECK(routine_frequency_label({"daily", std::nullopt}) == "Daily");
  CHECK(routine_frequency_label({"per_week", 4}) == "4 times a week");
  CHECK(routine_frequency_label({"weekly", std::nullopt}) == "Weekly");
  CHECK(routine_frequency_label({"monthly", std::nullopt}) == "Monthly");
  CHECK(routine_frequency_label({}).empty());
}

TEST_CASE("self-care ticks belong to weekly reflections, one per routine", "[balance]") {
  const std::vector<SelfCareTick> ticks = {{4, true}, {9, false}};
  CHECK(validate_self_care_ticks("weekly", ticks).ok());
  CHECK(validate_self_care_ticks("monthly", {}).ok());
  Status s = validate_self_care_ticks("free", ticks);
  CHECK(s.field() == "self_care");
  CHECK(s.message() == "self_care is only for weekly reflections");
  s = validate_self_care_ticks("weekly", {{4, true}, {4, false}});
  CHECK(s.field() == "self_care[1].item_id");
  CHECK(s.message() == "self_care[1].item_id repeats a routine ticked already");
  CHECK(validate_self_care_ticks("weekly", {{0, true}}).message() == "self_care[0].item_id must be a positive id");
  std::vector<SelfCareTick> many;
  for (std::int64_t id = 1; id <= 51; ++id) many.push_back({id, true});
  CHECK(validate_self_care_ticks("weekly", many).field() == "self_care");
  many.pop_back();
  CHECK(validate_self_care_ticks("weekly", many).ok());
}

TEST_CASE("kept 3 of 4 this week: a monthly routine counts only in a week it was kept", "[balance]") {
  const auto routine = [](std::int64_t id, bool kept, std::string kind) {
    return TickedRoutine{{id, kept}, "Routine " + std::to_string(id), {std::move(kind), std::nullopt}};
  };
  SelfCareSummary s = summarise_self_care({routine(1, true, "daily"), routine(2, true, ""), routine(3, false, "weekly"),
                                           routine(4, true, "per_week"), routine(5, false, "monthly")});
  CHECK(s.kept == 3);
  CHECK(s.total == 4);
  CHECK(s.text == "Kept 3 of 4 this week");
  s = summarise_self_care({routine(1, false, "daily"), routine(5, true, "monthly")});
  CHECK(s.text == "Kept 1 of 2 this week");
  s = summarise_self_care({routine(5, false, "monthly")});
  CHECK(s.total == 0);
  CHECK(s.text.empty());
  CHECK(summarise_self_care({}).text.empty());
}

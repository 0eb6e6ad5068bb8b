// Unit tests for the energetic centre: list items, rating rules, scores, warnings, advice and the worksheet.
#include <catch2/catch.hpp>

#include "domain/alignment.h"
#include "domain/text.h"

using namespace tn;

namespace {

constexpr auto kValues = AlignmentCategory::kValues;
constexpr auto kSkills = AlignmentCategory::kSkills;
constexpr auto kStrengths = AlignmentCategory::kStrengths;
constexpr auto kPassions = AlignmentCategory::kPassions;

AlignmentRating rated(AlignmentCategory category, std::string item, int rating) {
  return {category, std::move(item), rating, ""};
}

// One item or more in every category.
std::vector<AlignmentRating> full_assessment() {
  return {rated(kValues, "Integrity", 5),   rated(kValues, "Family", 3), rated(kValues, "Curiosity", 2),
          rated(kSkills, "Python", 4),      rated(kSkills, "Budgeting", 2),
          rated(kStrengths, "Coaching", 5), rated(kStrengths, "Focus", 3),
          rated(kPassions, "Teaching", 2),  rated(kPassions, "Music", 4)};
}

// Values and skills only: strengths and passions are empty.
std::vector<AlignmentRating> values_and_skills() {
  return {rated(kValues, "Integrity", 4), rated(kValues, "Family", 5), rated(kSkills, "SQL", 3)};
}

}  // namespace

TEST_CASE("alignment categories and rating labels", "[alignment]") {
  for (const AlignmentCategory c : kAlignmentCategories) {
    const auto parsed = parse_alignment_category_field("category", alignment_category_id(c));
    REQUIRE(parsed.ok());
    CHECK(*parsed == c);
  }
  const auto bad = parse_alignment_category_field("ratings[0].category", "value");
  CHECK(bad.status().field() == "ratings[0].category");
  CHECK(bad.status().message() == "ratings[0].category must be one of values, skills, strengths, passions");

  CHECK(alignment_rating_label(1) == "pulls against the mission");
  CHECK(alignment_rating_label(3) == "fits in part");
  CHECK(alignment_rating_label(5) == "powers the mission");
  CHECK(alignment_rating_label(0).empty());
  CHECK(alignment_rating_label(6).empty());
}

TEST_CASE("skills, strengths and passions list items", "[alignment]") {
  const std::vector<std::string> others = {"Public speaking", "Python"};

  SECTION("a fresh name with a note is fine") {
    CHECK(validate_profile_item({"Coaching", "Mostly 1:1s."}, others).ok());
    CHECK(validate_profile_item({std::string(120, 'n'), std::string(1000, 'x')}, others).ok());
  }
  SECTION("empty, too long and duplicate names are refused") {
    CHECK(validate_profile_item({" ", ""}, others).message() == "name is required");
    CHECK(validate_profile_item({std::string(121, 'n'), ""}, others).message() ==
          "name must be at most 120 characters");
    const Status dup = validate_profile_item({"public  SPEAKING", ""}, others);
    CHECK(dup.field() == "name");
    CHECK(dup.message() == "name is already in this list");
  }
  SECTION("the note is at most 1000 characters") {
    const Status s = validate_profile_item({"Coaching", std::string(1001, 'x')}, others);
    CHECK(s.field() == "note");
    CHECK(s.message() == "note must be at most 1000 characters");
  }
  SECTION("a list holds at most 50 items") {
    std::vector<std::string> names;
    for (int i = 0; i < 49; ++i) names.push_back("skill " + std::to_string(i));
    CHECK(validate_profile_item({"the fiftieth", ""}, names).ok());
    names.push_back("skill 49");
    const Status full = validate_profile_item({"the fifty-first", ""}, names);
    CHECK(full.code() == Code::kConflict);
    CHECK(full.field() == "items");
  }
  SECTION("whole lists") {
    CHECK(validate_profile_list({}).ok());
    CHECK(validate_profile_list({{"A", ""}, {"B", ""}}).ok());
    const Status dup = validate_profile_list({{"A", ""}, {"B", ""}, {" a ", ""}});
    CHECK(dup.field() == "items[2].name");
    CHECK(dup.message() == "items[2].name is already in this list");
    CHECK(validate_profile_list({{"A", ""}, {"", ""}}).field() == "items[1].name");
    CHECK(validate_profile_list({{"A", std::string(1001, 'x')}}).field() == "items[0].note");
    std::vector<ProfileItem> many;
    for (int i = 0; i < 51; ++i) many.push_back({"item " + std::to_string(i), ""});
    CHECK(validate_profile_list(many).field() == "items");
    many.pop_back();
    CHECK(validate_profile_list(many).ok());
  }
}

TEST_CASE("alignment ratings validation", "[alignment]") {
  SECTION("a normal assessment passes") { CHECK(validate_alignment_ratings(full_assessment()).ok()); }
  SECTION("an assessment rates at least one item") {
    const Status s = validate_alignment_ratings({});
    CHECK(s.field() == "ratings");
    CHECK(s.message() == "ratings must include at least one item");
  }
  SECTION("ratings outside 1..5") {
    auto ratings = full_assessment();
    ratings[3].rating = 0;
    Status s = validate_alignment_ratings(ratings);
    CHECK(s.field() == "ratings[3].rating");
    CHECK(s.message() == "ratings[3].rating must be between 1 and 5");
    ratings[3].rating = 6;
    CHECK(validate_alignment_ratings(ratings).field() == "ratings[3].rating");
  }
  SECTION("an item rated twice in the same category, ignoring case") {
    auto ratings = full_assessment();
    ratings.push_back(rated(kSkills, "python", 3));
    const Status s = validate_alignment_ratings(ratings);
    CHECK(s.field() == "ratings[9].item");
    CHECK(s.message() == "ratings[9].item is already rated in this assessment");
  }
  SECTION("the same name in two categories is fine") {
    auto ratings = full_assessment();
    ratings.push_back(rated(kPassions, "Coaching", 4));  // also a strength
    CHECK(validate_alignment_ratings(ratings).ok());
  }
  SECTION("empty item names and long notes") {
    auto ratings = full_assessment();
    ratings[0].item = "  ";
    CHECK(validate_alignment_ratings(ratings).field() == "ratings[0].item");
    ratings[0].item = "Integrity";
    ratings[1].note = std::string(1000, 'n');
    CHECK(validate_alignment_ratings(ratings).ok());
    ratings[1].note += "n";
    const Status s = validate_alignment_ratings(ratings);
    CHECK(s.field() == "ratings[1].note");
    CHECK(s.message() == "ratings[1].note must be at most 1000 characters");
  }
  SECTION("at most 10 values") {
    std::vector<AlignmentRating> ratings;
    for (int i = 0; i < 11; ++i) ratings.push_back(rated(kValues, "value " + std::to_string(i), 3));
    const Status s = validate_alignment_ratings(ratings);
    CHECK(s.field() == "ratings");
    CHECK(s.message() == "ratings may include at most 10 values");
  }
}

TEST_CASE("alignment scores per category and overall", "[alignment]") {
  SECTION("every category has items") {
    const AlignmentScores s = score_alignment(full_assessment());
    // values:    credits (5-1)/4 = 1, (3-1)/4 = 0.5, (2-1)/4 = 0.25 -> mean 1.75/3 = 0.58333 -> 58
    // skills:    4/5 = 0.8, 2/5 = 0.4 -> mean 0.6 -> 60
    // strengths: 5/5 = 1, 3/5 = 0.6 -> mean 0.8 -> 80
    // passions:  min(2,3)/3 = 0.6667, min(4,3)/3 = 1 -> mean 0.83333 -> 83
    // overall:   (40 * 58.333 + 20 * 60 + 20 * 80 + 20 * 83.333) / 100
    //            = (2333.33 + 1200 + 1600 + 1666.67) / 100 = 6800 / 100 = 68
    CHECK(s.of(kValues) == 58);
    CHECK(s.of(kSkills) == 60);
    CHECK(s.of(kStrengths) == 80);
    CHECK(s.of(kPassions) == 83);
    CHECK(s.overall == 68);
    CHECK(s.explanation ==
          "Weighted average of the category scores: values 40%, skills 20%, strengths 20%, passions 20%.");
  }
  SECTION("empty categories are left out and the weights renormalised") {
    const AlignmentScores s = score_alignment(values_and_skills());
    // values: (4-1)/4 = 0.75, (5-1)/4 = 1 -> mean 0.875 -> 87.5, rounds half up to 88
    // skills: 3/5 = 0.6 -> 60
    // overall: weights 40 + 20 = 60; (40 * 87.5 + 20 * 60) / 60 = (3500 + 1200) / 60 = 78.33 -> 78
    // shown weights: 40/60 = 66.7% -> 67%, 20/60 = 33.3% -> 33%
    CHECK(s.of(kValues) == 88);
    CHECK(s.of(kSkills) == 60);
    CHECK_FALSE(s.of(kStrengths).has_value());
    CHECK_FALSE(s.of(kPassions).has_value());
    CHECK(s.overall == 78);
    CHECK(s.explanation == "Weighted average of the category scores: values 67%, skills 33% "
                           "(categories with no items are left out).");
  }
  SECTION("passion only needs partial fit") {
    // passions 3 -> 3/3 = 1 and 1 -> 1/3 = 0.3333: mean 0.6667 -> 67; only category, so overall 67 too
    const AlignmentScores s = score_alignment({rated(kPassions, "Music", 3), rated(kPassions, "Golf", 1)});
    CHECK(s.of(kPassions) == 67);
    CHECK(s.overall == 67);
    CHECK(score_alignment({rated(kPassions, "Music", 3)}).overall == 100);
    CHECK(score_alignment({rated(kPassions, "Music", 5)}).overall == 100);
  }
  SECTION("a value rated 1 earns nothing, a skill rated 1 still earns 20") {
    CHECK(score_alignment({rated(kValues, "Integrity", 1)}).overall == 0);
    CHECK(score_alignment({rated(kSkills, "Excel", 1)}).overall == 20);
    CHECK(score_alignment({rated(kStrengths, "Focus", 2)}).overall == 40);
  }
  SECTION("out-of-range ratings are clamped") {
    CHECK(score_alignment({rated(kSkills, "Excel", 9)}).overall == 100);
    CHECK(score_alignment({rated(kValues, "Integrity", -3)}).overall == 0);
  }
  SECTION("nothing rated means no score") {
    const AlignmentScores s = score_alignment({});
    CHECK_FALSE(s.overall.has_value());
    for (const AlignmentCategory c : kAlignmentCategories) CHECK_FALSE(s.of(c).has_value());
    CHECK(s.explanation == "Nothing is rated yet, so there is no score.");
  }
  SECTION("weights and per-category rules") {
    CHECK(alignment_category_weight(kValues) == 40);
    CHECK(alignment_category_weight(kPassions) == 20);
    for (const AlignmentCategory c : kAlignmentCategories) CHECK_FALSE(alignment_category_rule(c).empty());
  }
}

TEST_CASE("alignment score deltas against the previous snapshot", "[alignment]") {
  const AlignmentScores before = score_alignment(full_assessment());  // 58, 60, 80, 83; overall 68
  const AlignmentScores after = score_alignment(values_and_skills());  // 88, 60, -, -; overall 78
  const AlignmentScoreDelta d = compare_alignment_scores(before, after);
  CHECK(d.by_category[static_cast<std::size_t>(kValues)] == 30);  // 88 - 58
  CHECK(d.by_category[static_cast<std::size_t>(kSkills)] == 0);   // 60 - 60
  CHECK_FALSE(d.by_category[static_cast<std::size_t>(kStrengths)].has_value());
  CHECK_FALSE(d.by_category[static_cast<std::size_t>(kPassions)].has_value());
  CHECK(d.overall == 10);  // 78 - 68
  CHECK(compare_alignment_scores(after, before).overall == -10);
  CHECK_FALSE(compare_alignment_scores(score_alignment({}), after).overall.has_value());
}

TEST_CASE("alignment warnings for poorly fitting values", "[alignment]") {
  const std::vector<AlignmentRating> ratings = {
      rated(kValues, "Integrity", 1), rated(kValues, "Family", 2), rated(kSkills, "Budgeting", 1),
      rated(kValues, " Curiosity ", 1), rated(kValues, "Health", 4)};
  const auto warnings = alignment_warnings(ratings);
  REQUIRE(warnings.size() == 3);
  CHECK(warnings[0].level == AlignmentWarning::Level::kValuesConflict);
  CHECK(warnings[0].item == "Integrity");
  CHECK(warnings[0].message == "Values conflict: Integrity works against the mission. A core value cannot be "
                               "bent to fit, so treat this as a serious warning sign.");
  CHECK(warnings[1].level == AlignmentWarning::Level::kValuesConflict);
  CHECK(warnings[1].item == "Curiosity");
  CHECK(warnings[2].level == AlignmentWarning::Level::kValueStrain);
  CHECK(warnings[2].item == "Family");
  CHECK(warnings[2].message == "Family fits the mission poorly. Keep an eye on it: a gap in values rarely "
                               "closes on its own.");
  CHECK(alignment_warnings(full_assessment()).size() == 1);  // only Curiosity (2)
  CHECK(alignment_warnings({rated(kValues, "Integrity", 3)}).empty());
}

TEST_CASE("alignment suggestions: what to lean into and what to hand off", "[alignment]") {
  const std::vector<AlignmentRating> ratings = {
      rated(kSkills, "Python", 4),         // a skill needs 5 to lean into
      rated(kSkills, "SQL", 5),            // lean into
      rated(kStrengths, "coaching", 5),    // lean into
      rated(kStrengths, "focus", 4),       // lean into
      rated(kPassions, "music", 4),        // lean into
      rated(kPassions, "teaching", 5),     // lean into
      rated(kSkills, "budgeting", 2),      // hand off
      rated(kStrengths, "detail work", 1), // hand off
      rated(kPassions, "golf", 2),         // hand off
      rated(kValues, "Integrity", 5),      // values give warnings, not advice
      rated(kValues, "Family", 1),
      rated(kPassions, "cooking", 3),      // neither
  };
  const AlignmentSuggestions s = alignment_suggestions(ratings);
  // Highest rating first, input order among equals: SQL, coaching, teaching (5s), then focus, music (4s).
  CHECK(s.lean_into == std::vector<std::string>{
                           "Volunteer for work that calls on your skill in SQL.",
                           "Seek out work that uses your strength in coaching.",
                           "Make room for work that feeds your passion for teaching.",
                           "Seek out work that uses your strength in focus.",
                           "Make room for work that feeds your passion for music.",
                       });
  // Lowest rating first: detail work (1), then budgeting, golf (2s) in input order.
  CHECK(s.hand_off ==
        std::vector<std::string>{
            "Avoid building your role around detail work; it does little for the mission here.",
            "Delegate or postpone tasks that lean mainly on budgeting; they add little to the mission.",
            "Feed your passion for golf outside work rather than forcing it into this role.",
        });
  const AlignmentSuggestions none = alignment_suggestions({rated(kSkills, "Python", 3)});
  CHECK(none.lean_into.empty());
  CHECK(none.hand_off.empty());
}

TEST_CASE("alignment worksheet validation", "[alignment]") {
  AlignmentWorksheet w;
  w.professional_goals = {"Lead the platform team", "Speak at two conferences"};
  w.personal_aspirations = {"Dinner with the kids every weekday", "Run a marathon"};
  w.links = {{0, 0, WorksheetLinkKind::kConflict, "On-call weeks clash."},
             {1, 1, WorksheetLinkKind::kSynergy, ""}};

  SECTION("a sensible worksheet passes") { CHECK(validate_alignment_worksheet(w).ok()); }
  SECTION("entries are required and at most 300 characters") {
    w.personal_aspirations[1] = "";
    Status s = validate_alignment_worksheet(w);
    CHECK(s.field() == "personal_aspirations[1]");
    CHECK(s.message() == "personal_aspirations[1] is required");
    w.personal_aspirations[1] = std::string(301, 'a');
    CHECK(validate_alignment_worksheet(w).field() == "personal_aspirations[1]");
    w.personal_aspirations[1] = std::string(300, 'a');
    CHECK(validate_alignment_worksheet(w).ok());
  }
  SECTION("at most 20 goals") {
    w.professional_goals.resize(21, "another goal");
    const Status s = validate_alignment_worksheet(w);
    CHECK(s.field() == "professional_goals");
    CHECK(s.message() == "professional_goals must hold at most 20 entries");
  }
  SECTION("links must point at existing entries") {
    w.links[1].goal_index = 2;
    Status s = validate_alignment_worksheet(w);
    CHECK(s.field() == "links[1].goal_index");
    CHECK(s.message() == "links[1].goal_index must refer to one of the goals");
    w.links[1].goal_index = 1;
    w.links[1].aspiration_index = -1;
    CHECK(validate_alignment_worksheet(w).field() == "links[1].aspiration_index");
  }
  SECTION("one link per pair") {
    w.links.push_back({0, 0, WorksheetLinkKind::kSynergy, ""});
    const Status s = validate_alignment_worksheet(w);
    CHECK(s.field() == "links[2]");
    CHECK(s.message() == "links[2] links a goal and an aspiration that are already linked");
  }
  SECTION("link notes are at most 500 characters") {
    w.links[0].note = std::string(501, 'n');
    CHECK(validate_alignment_worksheet(w).field() == "links[0].note");
  }
  SECTION("link kinds parse from their ids") {
    CHECK(*parse_worksheet_link_kind_field("kind", "conflict") == WorksheetLinkKind::kConflict);
    CHECK(*parse_worksheet_link_kind_field("kind", worksheet_link_kind_id(WorksheetLinkKind::kSynergy)) ==
          WorksheetLinkKind::kSynergy);
    CHECK(parse_worksheet_link_kind_field("links[0].kind", "clash").status().message() ==
          "links[0].kind must be one of conflict, synergy");
  }
}

TEST_CASE("alignment worksheet suggests adjustments, conflicts first", "[alignment]") {
  AlignmentWorksheet w;
  w.professional_goals = {"Lead the platform team", " Speak at two conferences "};
  w.personal_aspirations = {"Dinner with the kids every weekday", "Travel more"};
  w.links = {{1, 1, WorksheetLinkKind::kSynergy, ""},
             {0, 0, WorksheetLinkKind::kConflict, ""},
             {0, 5, WorksheetLinkKind::kConflict, ""}};  // out of range: skipped
  CHECK(suggest_worksheet_adjustments(w) ==
        std::vector<std::string>{
            "Look for a way to pursue \u201CLead the platform team\u201D that protects \u201CDinner with the "
            "kids every weekday\u201D; if there is none, decide which one waits, and for how long.",
            "\u201CSpeak at two conferences\u201D and \u201CTravel more\u201D pull in the same direction: "
            "lean on that and plan them together.",
        });
  CHECK(suggest_worksheet_adjustments(AlignmentWorksheet{}).empty());
}

TEST_CASE("lean-into and hand-off lists are short lists of short entries", "[alignment]") {
  CHECK(validate_alignment_actions({}, {}).ok());
  CHECK(validate_alignment_actions({"Mentor the new hires"}, {std::string(300, 'h')}).ok());
  Status s = validate_alignment_actions({"Mentor", "  "}, {});
  CHECK(s.field() == "lean_into[1]");
  CHECK(s.message() == "lean_into[1] is required");
  s = validate_alignment_actions({}, {"ok", std::string(301, 'h')});
  CHECK(s.field() == "hand_off[1]");
  CHECK(s.message() == "hand_off[1] must be at most 300 characters");
  s = validate_alignment_actions(std::vector<std::string>(21, "x"), {});
  CHECK(s.field() == "lean_into");
  CHECK(s.message() == "lean_into must hold at most 20 entries");
  CHECK(validate_alignment_actions(std::vector<std::string>(20, "x"), std::vector<std::string>(20, "y")).ok());
}

TEST_CASE("a lean-into or hand-off item becomes a planned initiative that says where it came from", "[alignment]") {
  CHECK(alignment_action_kind_id(AlignmentActionKind::kLeanInto) == "lean_into");
  CHECK(alignment_action_kind_id(AlignmentActionKind::kHandOff) == "hand_off");
  CHECK(*parse_alignment_action_kind_field("kind", "hand_off") == AlignmentActionKind::kHandOff);
  const auto bad = parse_alignment_action_kind_field("kind", "avoid");
  CHECK(bad.status().field() == "kind");
  CHECK(bad.status().message() == "kind must be one of lean_into, hand_off");

  Initiative lean = initiative_from_alignment_action(AlignmentActionKind::kLeanInto, "  Coaching new leads ");
  CHECK(lean.title == "Coaching new leads");
  CHECK(lean.why == "It fits the mission well: my alignment check lists it as work to lean into.");
  CHECK(lean.status == "planned");
  CHECK(lean.horizon == "short");
  CHECK(lean.milestones.empty());
  CHECK(validate_initiative(lean).ok());

  Initiative hand = initiative_from_alignment_action(AlignmentActionKind::kHandOff, "Budget reports");
  CHECK(hand.why == "It fits the mission poorly: my alignment check lists it as work to avoid, postpone or hand off.");

  SECTION("the longest item the lists accept still makes a valid initiative") {
    const std::string text = std::string(150, 'a') + " " + std::string(149, 'b');  // 300 characters
    REQUIRE(validate_alignment_actions({text}, {}).ok());
    const Initiative long_one = initiative_from_alignment_action(AlignmentActionKind::kLeanInto, text);
    CHECK(validate_initiative(long_one).ok());
    CHECK(utf8_length(long_one.title) == 200);  // 199 and "…"
    CHECK(long_one.title.substr(0, 150) == std::string(150, 'a'));
    CHECK(long_one.why == "It fits the mission well: my alignment check lists it as work to lean into: " + text);
  }
}

TEST_CASE("two snapshots compared item by item: what went up, down, is new or gone", "[alignment]") {
  const std::vector<AlignmentRating> from = {rated(kValues, "Integrity", 3), rated(kValues, "Family", 4),
                                             rated(kSkills, "Python", 2),    rated(kSkills, "Budgeting", 4),
                                             rated(kPassions, "Music", 3)};
  const std::vector<std::int64_t> from_ids = {1, 2, 10, 11, 30};
  // Integrity up 2, Family the same, Python renamed "Python 3" (same id) up 1, Budgeting down 3, Music
  // deleted and added again (a new id, the same name) down 1, Coaching new; nothing is gone.
  const std::vector<AlignmentRating> to = {rated(kValues, "Integrity", 5), rated(kValues, "Family", 4),
                                           rated(kSkills, "Python 3", 3),  rated(kSkills, "Budgeting", 1),
                                           rated(kPassions, "music", 2),   rated(kStrengths, "Coaching", 4)};
  const std::vector<std::int64_t> to_ids = {1, 2, 10, 11, 31, 20};
  const AlignmentComparison c = compare_alignment_snapshots(from, from_ids, to, to_ids);
  std::vector<std::string> order;
  for (const AlignmentItemChange& item : c.items) order.push_back(item.item + " " + std::string(rating_change_id(item.change)));
  CHECK(order == std::vector<std::string>{"Integrity up", "Python 3 up", "Budgeting down", "music down", "Coaching new",
                                          "Family same"});
  const AlignmentItemChange& budgeting = c.items[2];
  CHECK(budgeting.from == 4);
  CHECK(budgeting.to == 1);
  CHECK(budgeting.item_id == 11);
  CHECK(c.items[3].item_id == 31);  // matched by name, shown with the later id
  CHECK_FALSE(c.items[4].from);
  CHECK(c.counts[static_cast<std::size_t>(RatingChange::kUp)] == 2);
  CHECK(c.counts[static_cast<std::size_t>(RatingChange::kNew)] == 1);
  CHECK(c.counts[static_cast<std::size_t>(RatingChange::kGone)] == 0);
  CHECK(c.scores.overall == compare_alignment_scores(score_alignment(from), score_alignment(to)).overall);

  SECTION("an item only in the earlier snapshot is gone; a category matches only itself") {
    const AlignmentComparison back = compare_alignment_snapshots(to, to_ids, from, from_ids);
    std::vector<std::string> gone;
    for (const AlignmentItemChange& item : back.items) {
      if (item.change == RatingChange::kGone) gone.push_back(item.item);
    }
    CHECK(gone == std::vector<std::string>{"Coaching"});
    const AlignmentComparison other = compare_alignment_snapshots({rated(kSkills, "Teaching", 3)}, {5},
                                                                  {rated(kPassions, "Teaching", 3)}, {5});
    CHECK(other.items.size() == 2);
    CHECK(other.items[0].change == RatingChange::kNew);
    CHECK(other.items[1].change == RatingChange::kGone);
  }
  SECTION("missing ids match by name; an item matches once") {
    const AlignmentComparison c2 = compare_alignment_snapshots({rated(kValues, "Family", 2)}, {},
                                                               {rated(kValues, "Family", 3), rated(kValues, "FAMILY", 1)}, {});
    REQUIRE(c2.items.size() == 2);
    CHECK(c2.items[0].change == RatingChange::kUp);
    CHECK(c2.items[1].change == RatingChange::kNew);
    CHECK(compare_alignment_snapshots({}, {}, {}, {}).items.empty());
  }
}

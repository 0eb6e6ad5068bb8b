// Unit tests for the decision matrix: validation, weights (points and AHP), totals, robustness, findings.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "domain/decision.h"

using namespace tn;
using Catch::Matchers::WithinAbs;

namespace {

using Row = std::vector<std::optional<double>>;

// A decision with direct weights: options by name, criteria as (name, points), scores row by row.
DecisionInput make_decision(const std::vector<std::string>& options,
                            const std::vector<std::pair<std::string, double>>& criteria,
                            const std::vector<Row>& scores) {
  DecisionInput input;
  for (const std::string& name : options) input.options.push_back({name, ""});
  for (const auto& [name, points] : criteria) input.criteria.push_back({name, "", false, points});
  for (const Row& row : scores) {
    input.scores.emplace_back();
    for (const std::optional<double>& score : row) input.scores.back().push_back({score, ""});
  }
  return input;
}

// Totals (percent of the ideal) recomputed from scratch for given weights; all scores higher-is-better.
std::vector<double> totals_at(const std::vector<Row>& scores, const std::vector<double>& weights) {
  std::vector<double> totals;
  for (const Row& row : scores) {
    double total = 0;
    for (std::size_t c = 0; c < row.size(); ++c) total += weights[c] * *row[c] * 10;
    totals.push_back(total);
  }
  return totals;
}

// Weights with criterion k set to t and the others rescaled in proportion.
std::vector<double> with_weight(std::vector<double> weights, std::size_t k, double t) {
  const double scale = (1 - t) / (1 - weights[k]);
  for (double& w : weights) w *= scale;
  weights[k] = t;
  return weights;
}

}  // namespace

TEST_CASE("direct points are normalised to weights that sum to 1", "[decision]") {
  const auto weights_of = [](std::vector<double> points) {
    std::vector<DecisionCriterion> criteria;
    for (std::size_t i = 0; i < points.size(); ++i) {
      criteria.push_back({"c" + std::to_string(i), "", false, points[i]});
    }
    return weights_from_points(criteria);
  };
  SECTION("points become shares of their sum") {
    const auto w = weights_of({20, 30, 50});  // sum 100
    REQUIRE(w.ok());
    CHECK_THAT((*w)[0], WithinAbs(0.2, 1e-15));
    CHECK_THAT((*w)[1], WithinAbs(0.3, 1e-15));
    CHECK_THAT((*w)[2], WithinAbs(0.5, 1e-15));
    const auto quarters = weights_of({1, 1, 2});  // sum 4: 1/4, 1/4, 2/4
    CHECK(*quarters == std::vector<double>{0.25, 0.25, 0.5});
    const auto zero_allowed = weights_of({0, 5});  // one criterion may have 0 points
    CHECK(*zero_allowed == std::vector<double>{0.0, 1.0});
  }
  SECTION("all zero, NaN, infinite, negative or above 100 is refused, naming the field") {
    const Status all_zero = weights_of({0, 0, 0}).status();
    CHECK(all_zero.field() == "criteria");
    CHECK(all_zero.message() == "criteria must give at least one criterion more than 0 points");
    const Status nan = weights_of({10, std::numeric_limits<double>::quiet_NaN()}).status();
    CHECK(nan.field() == "criteria[1].points");
    CHECK(nan.message() == "criteria[1].points must be a number from 0 to 100");
    CHECK(weights_of({std::numeric_limits<double>::infinity()}).status().field() == "criteria[0].points");
    CHECK(weights_of({10, 10, -1}).status().field() == "criteria[2].points");
    CHECK(weights_of({101}).status().field() == "criteria[0].points");
    CHECK(weights_of({}).status().field() == "criteria");
  }
}

TEST_CASE("AHP weights of a consistent 3x3 are exact and its consistency ratio is 0", "[decision]") {
  // Judgements from the weights 4:2:1: a01 = 2, a02 = 4, a12 = 2. A w = 3 w for w = (4/7, 2/7, 1/7):
  // row 0: 4/7 + 2 * 2/7 + 4 * 1/7 = 12/7 = 3 * 4/7, and likewise rows 1 and 2. So lambda_max = 3 = n,
  // CI = (3 - 3) / 2 = 0 and CR = 0.
  const std::vector<PairwiseComparison> forward = {{0, 1, 2}, {0, 2, 4}, {1, 2, 2}};
  const std::vector<PairwiseComparison> reversed = {{1, 0, -2}, {2, 0, -4}, {2, 1, -2}};  // same judgements
  for (const auto& comparisons : {forward, reversed}) {
    const auto r = weights_from_comparisons(3, comparisons);
    REQUIRE(r.ok());
    CHECK_THAT(r->weights[0], WithinAbs(4.0 / 7, 1e-12));
    CHECK_THAT(r->weights[1], WithinAbs(2.0 / 7, 1e-12));
    CHECK_THAT(r->weights[2], WithinAbs(1.0 / 7, 1e-12));
    CHECK_THAT(r->consistency.lambda_max, WithinAbs(3, 1e-12));
    CHECK_THAT(r->consistency.consistency_index, WithinAbs(0, 1e-12));
    REQUIRE(r->consistency.consistency_ratio);
    CHECK_THAT(*r->consistency.consistency_ratio, WithinAbs(0, 1e-12));
    CHECK_FALSE(r->consistency.most_inconsistent);
    CHECK(r->consistency.unanswered.empty());
  }
}

TEST_CASE("AHP on an inconsistent 3x3 matches the closed form", "[decision]") {
  // a01 = 3, a12 = 3 but a02 = 1 (it should be 9). For a 3x3 reciprocal matrix det(A - x I) = 0 gives
  // lambda_max = 1 + c^(1/3) + c^(-1/3) with c = a01 * a12 / a02 = 9: 1 + 2.0800838 + 0.4807498 = 3.5608337.
  // CI = 0.5608337 / 2 = 0.2804168; CR = CI / RI(3) = 0.2804168 / 0.52 = 0.5392632.
  // For n = 3 the eigenvector is the normalised row geometric mean: (3^(1/3), 1, 3^(-1/3)) / 3.1356109
  // = (0.4599581, 0.3189171, 0.2211248). (Cross-checked with a bisection root of det(A - x I).)
  const auto r = weights_from_comparisons(3, {{0, 1, 3}, {0, 2, 1}, {1, 2, 3}});
  REQUIRE(r.ok());
  CHECK_THAT(r->consistency.lambda_max, WithinAbs(3.5608336798, 1e-9));
  CHECK_THAT(r->consistency.consistency_index, WithinAbs(0.2804168399, 1e-9));
  CHECK_THAT(*r->consistency.consistency_ratio, WithinAbs(0.5392631537, 1e-9));
  CHECK(r->consistency.random_index == 0.52);  // the index the ratio used is reported with it
  CHECK_THAT(r->weights[0], WithinAbs(0.4599580885, 1e-9));
  CHECK_THAT(r->weights[1], WithinAbs(0.3189171264, 1e-9));
  CHECK_THAT(r->weights[2], WithinAbs(0.2211247852, 1e-9));
  CHECK(r->consistency.most_inconsistent);  // CR above 0.10
}

TEST_CASE("AHP on an inconsistent 4x4 finds lambda_max, CR and the most inconsistent pair", "[decision]") {
  // Judgements from the weights 8:4:2:1 (a01 = 2, a02 = 4, a12 = 2, a13 = 4, a23 = 2) except a03, which
  // should be 8. Independent calculation (Python, no power iteration): lambda_max is the largest root of
  // det(A - x I) found by bisection, w solves (A - lambda I) w = 0 with w3 = 1, then normalised;
  // CI = (lambda - 4) / 3, CR = CI / 0.89; deviation of pair (i, j) = |log(a_ij * w_j / w_i)|.
  SECTION("a03 = 1/2 (criterion 3 judged twice as important as 0)") {
    // lambda_max 5.0868939367, CI 0.3622979789, CR 0.4070763808,
    // w = (0.3306614341, 0.3128335161, 0.1564167580, 0.2000882917);
    // deviations: (0,3) 1.1955, (1,3) 0.9394, (2,3) 0.9394, (0,1) 0.6377, (0,2) 0.6377, (1,2) 0.
    const auto r =
        weights_from_comparisons(4, {{0, 1, 2}, {0, 2, 4}, {0, 3, -2}, {1, 2, 2}, {1, 3, 4}, {2, 3, 2}});
    REQUIRE(r.ok());
    CHECK_THAT(r->consistency.lambda_max, WithinAbs(5.0868939367, 1e-9));
    CHECK_THAT(r->consistency.consistency_index, WithinAbs(0.3622979789, 1e-9));
    CHECK_THAT(*r->consistency.consistency_ratio, WithinAbs(0.4070763808, 1e-9));
    CHECK_THAT(r->weights[0], WithinAbs(0.3306614341, 1e-9));
    CHECK_THAT(r->weights[1], WithinAbs(0.3128335161, 1e-9));
    CHECK_THAT(r->weights[2], WithinAbs(0.1564167580, 1e-9));
    CHECK_THAT(r->weights[3], WithinAbs(0.2000882917, 1e-9));
    REQUIRE(r->consistency.most_inconsistent);
    const InconsistentComparison& worst = *r->consistency.most_inconsistent;
    CHECK(worst.first == 0);
    CHECK(worst.second == 3);
    CHECK(worst.judged_ratio == 0.5);
    CHECK_THAT(worst.implied_ratio, WithinAbs(1.652578, 1e-6));
    CHECK(worst.answered);
  }
  SECTION("a03 left unanswered counts as equal and is still named") {
    // lambda_max 4.5831796136, CI 0.1943932045, CR 0.2184193309,
    // w = (0.3864390602, 0.3084478490, 0.1542239245, 0.1508891663); worst (0,3) implied 2.561079.
    const auto r = weights_from_comparisons(4, {{0, 1, 2}, {0, 2, 4}, {1, 2, 2}, {1, 3, 4}, {2, 3, 2}});
    REQUIRE(r.ok());
    CHECK_THAT(r->consistency.lambda_max, WithinAbs(4.5831796136, 1e-9));
    CHECK_THAT(*r->consistency.consistency_ratio, WithinAbs(0.2184193309, 1e-9));
    CHECK_THAT(r->weights[0], WithinAbs(0.3864390602, 1e-9));
    CHECK_THAT(r->weights[3], WithinAbs(0.1508891663, 1e-9));
    REQUIRE(r->consistency.most_inconsistent);
    CHECK(r->consistency.most_inconsistent->first == 0);
    CHECK(r->consistency.most_inconsistent->second == 3);
    CHECK_FALSE(r->consistency.most_inconsistent->answered);
    CHECK(r->consistency.unanswered == std::vector<std::pair<std::size_t, std::size_t>>{{0, 3}});
  }
}

TEST_CASE("AHP edge sizes: one or two criteria have no consistency ratio", "[decision]") {
  const auto one = weights_from_comparisons(1, {});
  REQUIRE(one.ok());
  CHECK(one->weights == std::vector<double>{1.0});
  CHECK_FALSE(one->consistency.consistency_ratio);
  // Two criteria, 3 : 1 -> weights 3/4 and 1/4, always consistent.
  const auto two = weights_from_comparisons(2, {{0, 1, 3}});
  REQUIRE(two.ok());
  CHECK_THAT(two->weights[0], WithinAbs(0.75, 1e-12));
  CHECK_THAT(two->weights[1], WithinAbs(0.25, 1e-12));
  CHECK_THAT(two->consistency.lambda_max, WithinAbs(2, 1e-12));
  CHECK_FALSE(two->consistency.consistency_ratio);
  CHECK_FALSE(two->consistency.random_index);
  // No comparisons at all: every pair counts as equal.
  const auto none = weights_from_comparisons(3, {});
  REQUIRE(none.ok());
  CHECK_THAT(none->weights[0], WithinAbs(1.0 / 3, 1e-12));
  CHECK(none->consistency.unanswered.size() == 3);
}

TEST_CASE("the random index table agrees with a fresh Monte Carlo estimate", "[decision]") {
  CHECK(random_index(1) == 0);
  CHECK(random_index(2) == 0);
  CHECK(random_index(3) == 0.52);
  CHECK(random_index(4) == 0.89);
  CHECK(random_index(15) == 1.59);
  CHECK(random_index(20) == 1.63);
  // RI(n) is by definition the mean CI of reciprocal matrices with entries drawn uniformly from the 17
  // values 1/9..9 (CI from the eigen routine checked above). Standard errors at these sample sizes are about
  // 0.005 (n = 4, 12) and 0.003 (n = 20).
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, 16);
  constexpr int kScale[17] = {-9, -8, -7, -6, -5, -4, -3, -2, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  for (const auto& [n, samples] : {std::pair<int, int>{4, 20000}, {12, 1000}, {20, 1000}}) {
    double sum_ci = 0;
    for (int s = 0; s < samples; ++s) {
      std::vector<PairwiseComparison> comparisons;
      for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) comparisons.push_back({i, j, kScale[pick(rng)]});
      }
      sum_ci +=
          weights_from_comparisons(static_cast<std::size_t>(n), comparisons)->consistency.consistency_index;
    }
    INFO("n = " << n);
    CHECK_THAT(sum_ci / samples, WithinAbs(random_index(static_cast<std::size_t>(n)), 0.02));
  }
}

TEST_CASE("totals, ranking, winner and close call, with a lower-is-better criterion", "[decision]") {
  // Weights 0.5 / 0.3 / 0.2; Commute is lower-is-better, so a score s counts as 10 - s.
  // Offer A: 8, 6, 2 -> 80, 60, 80 percent -> 40 + 18 + 16 = 74.0
  // Offer B: 6, 9, 4 -> 60, 90, 60         -> 30 + 27 + 12 = 69.0
  // Stay:    5, 5, 9 -> 50, 50, 10         -> 25 + 15 +  2 = 42.0
  // Were Commute higher-is-better, B would win (A 62, B 65).
  DecisionInput input =
      make_decision({"Offer A", "Offer B", "Stay"}, {{"Money", 50}, {"Growth", 30}, {"Commute", 20}},
                    {{8, 6, 2}, {6, 9, 4}, {5, 5, 9}});
  input.criteria[2].lower_is_better = true;
  const auto a = analyse(input);
  REQUIRE(a.ok());
  CHECK(a->complete);
  CHECK_THAT(*a->totals[0].percent, WithinAbs(74, 1e-9));
  CHECK_THAT(*a->totals[1].percent, WithinAbs(69, 1e-9));
  CHECK_THAT(*a->totals[2].percent, WithinAbs(42, 1e-9));
  CHECK(a->totals[0].scored_weight_percent == Approx(100));
  REQUIRE(a->ranking.size() == 3);
  CHECK(a->ranking[0].option == 0);
  CHECK(a->ranking[1].option == 1);
  CHECK(a->ranking[2].option == 2);
  CHECK(a->ranking[2].rank == 3);
  REQUIRE(a->winner);
  CHECK(*a->winner == 0);
  CHECK_THAT(a->margin_points, WithinAbs(5, 1e-9));
  CHECK(a->close_call);
  CHECK(a->findings[0] ==
        "It is a close call: 'Offer A' leads 'Offer B' by 5.0% of the ideal (74.0% against 69.0%).");

  input.criteria[2].lower_is_better = false;
  const auto flipped = analyse(input);
  CHECK(*flipped->winner == 1);
}

TEST_CASE("sensitivity gives the exact weight at which the winner changes", "[decision]") {
  // Same matrix as above. Oriented percents: A 80 60 80, B 60 90 60, Stay 50 50 10; weights .5 .3 .2.
  const std::vector<Row> oriented = {{8, 6, 8}, {6, 9, 6}, {5, 5, 1}};  // scores as if all higher-is-better
  DecisionInput input =
      make_decision({"Offer A", "Offer B", "Stay"}, {{"Money", 50}, {"Growth", 30}, {"Commute", 20}},
                    {{8, 6, 2}, {6, 9, 4}, {5, 5, 9}});
  input.criteria[2].lower_is_better = true;
  const auto a = analyse(input);
  REQUIRE(a->sensitivity.size() == 3);
  const std::vector<double> weights = {0.5, 0.3, 0.2};

  SECTION("Money: lowering it below 1/3 makes Offer B the winner") {
    // Others keep their 3:2 ratio: A = 80t + (0.6*60 + 0.4*80)(1-t) = 68 + 12t, B = 60t + 78(1-t) = 78 - 18t,
    // equal at t = 10/30 = 1/3. Stay = 34 + 16t never catches A.
    const WeightSensitivity& s = a->sensitivity[0];
    REQUIRE(s.flip);
    CHECK_THAT(s.flip->weight, WithinAbs(1.0 / 3, 1e-12));
    CHECK(s.flip->leaders == std::vector<std::size_t>{1});
    const auto below = totals_at(oriented, with_weight(weights, 0, 0.33));  // A 71.96, B 72.06
    CHECK(below[1] > below[0]);
    const auto above = totals_at(oriented, with_weight(weights, 0, 0.34));  // A 72.08, B 71.88
    CHECK(above[0] > above[1]);
    CHECK(
        a->findings[1] ==
        "Giving 'Money' less weight (from 50.0% to under 33.3%) would make 'Offer B' the winner.");
  }
  SECTION("Growth: raising it above 40% makes Offer B the winner") {
    // Others 5:2: A = 60t + 80(1-t), B = 90t + 60(1-t); equal at 20 = 50t, t = 0.4.
    const WeightSensitivity& s = a->sensitivity[1];
    REQUIRE(s.flip);
    CHECK_THAT(s.flip->weight, WithinAbs(0.4, 1e-12));
    CHECK(s.flip->leaders == std::vector<std::size_t>{1});
    const auto past = totals_at(oriented, with_weight(weights, 1, 0.41));
    CHECK(past[1] > past[0]);
    CHECK(a->findings[2] ==
          "Giving 'Growth' more weight (from 30.0% to over 40.0%) would make 'Offer B' the winner.");
  }
  SECTION("Commute: no weight from 0 to 100% changes the winner") {
    // Others 5:3: A = 80t + 72.5(1-t), B = 60t + 71.25(1-t): A - B = 1.25 + 18.75t > 0 on [0, 1].
    CHECK_FALSE(a->sensitivity[2].flip);
    CHECK(a->findings[3] == "No change of the weight of 'Commute' changes the winner.");
  }
}

TEST_CASE("sensitivity when nothing flips, and when one criterion has all the weight", "[decision]") {
  SECTION("a dominating option: at weight 0 the two only tie, which is not a flip") {
    // A = (8, 8), B = (5, 8): with all weight on criterion 1 both score 80, a tie; otherwise A leads.
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 50}, {"Y", 50}}, {{8, 8}, {5, 8}}));
    REQUIRE(a->sensitivity.size() == 2);
    CHECK_FALSE(a->sensitivity[0].flip);
    CHECK_FALSE(a->sensitivity[1].flip);
  }
  SECTION("all points on X: lowering X spreads the freed weight over the others") {
    // Weights (1, 0). A = (8, 2), B = (6, 9). X at t: A = 80t + 20(1-t), B = 60t + 90(1-t): equal at
    // t = 70/90 = 0.7778. Y at t: A = 20t + 80(1-t), B = 90t + 60(1-t): equal at t = 20/90 = 0.2222.
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 100}, {"Y", 0}}, {{8, 2}, {6, 9}}));
    REQUIRE(a->sensitivity.size() == 2);
    CHECK_THAT(a->sensitivity[0].flip->weight, WithinAbs(70.0 / 90, 1e-12));
    CHECK_THAT(a->sensitivity[1].flip->weight, WithinAbs(20.0 / 90, 1e-12));
    CHECK(a->sensitivity[1].flip->leaders == std::vector<std::size_t>{1});
  }
  SECTION("options meeting the winner at the same weight: the steepest one wins beyond it") {
    // Weights 0.2 / 0.8. With X at t: A (2, 6) = 20t + 60(1-t) = 60 - 40t, B (4, 4) = 40,
    // C (6, 2) = 60t + 20(1-t) = 20 + 40t. All three meet at t = 0.5; beyond it C leads (at 0.51:
    // A 39.6, B 40, C 40.4). Lowering Y from 80% to 50% is the same move.
    const std::vector<Row> scores = {{2, 6}, {4, 4}, {6, 2}};
    const auto a = analyse(make_decision({"A", "B", "C"}, {{"X", 20}, {"Y", 80}}, scores));
    REQUIRE(a->sensitivity[0].flip);
    CHECK_THAT(a->sensitivity[0].flip->weight, WithinAbs(0.5, 1e-12));
    CHECK(a->sensitivity[0].flip->leaders == std::vector<std::size_t>{2});
    const auto beyond = totals_at(scores, {0.51, 0.49});
    CHECK((beyond[2] > beyond[1] && beyond[1] > beyond[0]));
    CHECK(a->findings[1] ==
          "Giving 'X' more weight (from 20.0% to over 50.0%) would make 'C' the winner.");
    CHECK(a->findings[2] ==
          "Giving 'Y' less weight (from 80.0% to under 50.0%) would make 'C' the winner.");
  }
  SECTION("two identical options overtake together: a tie, not a winner") {
    // Weights 0.5 / 0.5. A (8, 3) = 55, B = C = (3, 7) = 50. X at t: A = 30 + 50t, B = C = 70 - 40t,
    // equal at t = 40/90 = 0.4444.
    const auto a = analyse(make_decision({"A", "B", "C"}, {{"X", 50}, {"Y", 50}}, {{8, 3}, {3, 7}, {3, 7}}));
    REQUIRE(a->sensitivity[0].flip);
    CHECK_THAT(a->sensitivity[0].flip->weight, WithinAbs(40.0 / 90, 1e-12));
    CHECK(a->sensitivity[0].flip->leaders == std::vector<std::size_t>{1, 2});
    CHECK(a->findings[1] ==
          "Giving 'X' less weight (from 50.0% to under 44.4%) would leave 'B' and 'C' tied for first place.");
  }
  SECTION("a single criterion has no sensitivity") {
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 10}}, {{8}, {6}}));
    CHECK(a->sensitivity.empty());
    CHECK(a->findings[0] == "'A' wins by 20.0% of the ideal: 80.0% against 60.0% for 'B'.");
  }
}

TEST_CASE("one-point robustness lists the score changes that unseat the winner", "[decision]") {
  SECTION("flips to another winner, to a tie, and a clamped raise") {
    // Weights 0.5 / 0.5. A = (9, 9) -> 90, B = (9.5, 8) -> 87.5. One point moves a total by 5.
    // A on X or Y 9 -> 8: A 85 < 87.5, B wins. B on X 9.5 -> 10 (clamped, +2.5): 90 = 90, a tie.
    // B on Y 8 -> 9: 92.5, B wins. Raising A or lowering B changes nothing.
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 50}, {"Y", 50}}, {{9, 9}, {9.5, 8}}));
    REQUIRE(a->score_flips.size() == 4);
    const ScoreFlip& first = a->score_flips[0];
    CHECK((first.option == 0 && first.criterion == 0 && first.from_score == 9 && first.to_score == 8));
    CHECK(first.leaders == std::vector<std::size_t>{1});
    CHECK(a->score_flips[2].to_score == 10);
    CHECK(a->score_flips[2].leaders == std::vector<std::size_t>{0, 1});
    CHECK(a->score_flips[3].leaders == std::vector<std::size_t>{1});
    const std::vector<std::string> tail(a->findings.end() - 4, a->findings.end());
    CHECK(tail == std::vector<std::string>{
                      "Lowering 'A' on 'X' from 9 to 8 would make 'B' the winner.",
                      "Lowering 'A' on 'Y' from 9 to 8 would make 'B' the winner.",
                      "Raising 'B' on 'X' from 9.5 to 10 would leave 'A' and 'B' tied for first place.",
                      "Raising 'B' on 'Y' from 8 to 9 would make it the winner.",
                  });
  }
  SECTION("lower-is-better cells move the other way") {
    // Money .5, Commute .2 (lower is better), Growth .3: A 74, B 69 (see the totals test).
    // A on Money 8 -> 7: 69, a tie with B. B on Money 6 -> 7: 74, a tie. Commute moves totals by 2 only.
    DecisionInput input =
        make_decision({"A", "B"}, {{"Money", 50}, {"Growth", 30}, {"Commute", 20}}, {{8, 6, 2}, {6, 9, 4}});
    input.criteria[2].lower_is_better = true;
    const auto a = analyse(input);
    REQUIRE(a->score_flips.size() == 2);
    CHECK((a->score_flips[0].option == 0 && a->score_flips[0].to_score == 7));
    CHECK((a->score_flips[1].option == 1 && a->score_flips[1].to_score == 7));
  }
  SECTION("changes that bring a rival close but not level are not flips") {
    // Weights 0.3 / 0.7. A = (8, 8) -> 80, B = (8, 7.5) -> 24 + 52.5 = 76.5.
    // B on X 8 -> 9: 79.5 < 80; A on X 8 -> 7: 77 > 76.5. Only Y moves enough: A on Y 8 -> 7 gives 73,
    // B on Y 7.5 -> 8.5 gives 83.5.
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 30}, {"Y", 70}}, {{8, 8}, {8, 7.5}}));
    REQUIRE(a->score_flips.size() == 2);
    CHECK((a->score_flips[0].option == 0 && a->score_flips[0].criterion == 1));
    CHECK((a->score_flips[1].option == 1 && a->score_flips[1].criterion == 1));
  }
  SECTION("a robust winner") {
    const auto a = analyse(make_decision({"A", "B"}, {{"X", 50}, {"Y", 50}}, {{10, 9}, {3, 2}}));
    CHECK(a->score_flips.empty());
    CHECK(a->findings.back() == "No single one-point change of a score changes the winner.");
  }
}

TEST_CASE("ties are reported as ties", "[decision]") {
  SECTION("two options level at the top") {
    // 0.5 * 80 + 0.5 * 40 = 60 for both.
    const auto a = analyse(make_decision({"A", "B", "C"}, {{"X", 50}, {"Y", 50}}, {{8, 4}, {4, 8}, {5, 5}}));
    CHECK_FALSE(a->winner);
    CHECK(a->tied_for_first == std::vector<std::size_t>{0, 1});
    CHECK(a->ranking[0].rank == 1);
    CHECK(a->ranking[1].rank == 1);
    CHECK(a->ranking[2].rank == 3);
    CHECK_FALSE(a->close_call);
    CHECK(a->sensitivity.empty());
    CHECK(a->score_flips.empty());
    CHECK(a->findings == std::vector<std::string>{"'A' and 'B' tie for first place at 60.0%."});
  }
  SECTION("totals equal up to rounding count as a tie") {
    // Thirds: (1 + 2 + 3) * 10 / 3 = 20 either way, but summed in a different order.
    const auto a = analyse(
        make_decision({"A", "B", "C"}, {{"X", 1}, {"Y", 1}, {"Z", 1}}, {{1, 2, 3}, {3, 2, 1}, {2, 3, 1}}));
    CHECK_FALSE(a->winner);
    CHECK(a->tied_for_first == std::vector<std::size_t>{0, 1, 2});
    CHECK(a->findings[0] == "'A', 'B' and 'C' tie for first place at 20.0%.");
  }
}

TEST_CASE("an incomplete matrix lists its gaps and declares no winner", "[decision]") {
  // Weights 0.5 / 0.5. A has only X = 8: 80% over half the weight. B complete: 0.5*60 + 0.5*40 = 50.
  // C has no row at all.
  DecisionInput input = make_decision({"A", "B", "C"}, {{"X", 50}, {"Y", 50}}, {{8, std::nullopt}, {6, 4}});
  const auto a = analyse(input);
  REQUIRE(a.ok());
  CHECK_FALSE(a->complete);
  CHECK(a->missing == std::vector<CellRef>{{0, 1}, {2, 0}, {2, 1}});
  CHECK_THAT(*a->totals[0].percent, WithinAbs(80, 1e-12));
  CHECK_THAT(a->totals[0].scored_weight_percent, WithinAbs(50, 1e-12));
  CHECK_THAT(*a->totals[1].percent, WithinAbs(50, 1e-12));
  CHECK_FALSE(a->totals[2].percent);
  CHECK(a->totals[2].scored_weight_percent == 0);
  CHECK_FALSE(a->winner);
  CHECK(a->ranking.empty());
  CHECK(a->sensitivity.empty());
  CHECK(a->score_flips.empty());
  CHECK(a->findings ==
        std::vector<std::string>{
            "The matrix is incomplete: 3 of 6 scores are missing, so no winner is declared and the "
            "totals cover only the scored cells.",
            "Missing: 'A' on 'Y', 'C' on 'X' and 'C' on 'Y'.",
        });

  SECTION("more than five gaps are summarised") {
    const auto many = analyse(make_decision({"A", "B", "C", "D"}, {{"X", 1}, {"Y", 1}}, {{1, 1}}));
    CHECK(many->findings[0].find("6 of 8 scores are missing") != std::string::npos);
    CHECK(many->findings[1] ==
          "Missing: 'B' on 'X', 'B' on 'Y', 'C' on 'X', 'C' on 'Y', 'D' on 'X' and 1 more.");
  }
}

TEST_CASE("analyse with pairwise weights reports consistency in plain sentences", "[decision]") {
  // The inconsistent 4x4 from above: weights (0.3307, 0.3128, 0.1564, 0.2001), CR 0.4071, worst pair (0, 3)
  // judged 1/2, implied 1.6526. Options: A all 10s (100%), B all 0s (0%).
  DecisionInput input =
      make_decision({"A", "B"}, {{"Career", 0}, {"Family time", 0}, {"Money", 0}, {"Learning", 0}},
                    {{10, 10, 10, 10}, {0, 0, 0, 0}});
  input.weighting = "pairwise";
  input.comparisons = {{0, 1, 2}, {0, 2, 4}, {0, 3, -2}, {1, 2, 2}, {1, 3, 4}, {2, 3, 2}};
  const auto a = analyse(input);
  REQUIRE(a.ok());
  CHECK_THAT(a->weights[0], WithinAbs(0.3306614341, 1e-9));
  REQUIRE(a->consistency);
  CHECK(a->findings[1] ==
        "The comparisons contradict each other (consistency ratio 0.41, above 0.10): the least consistent "
        "answer "
        "says 'Learning' is 2 times as important as 'Career', while the other answers imply 'Career' is 1.7 "
        "times "
        "as important as 'Learning'.");

  SECTION("unanswered comparisons are counted and named when they are the worst") {
    input.comparisons.erase(input.comparisons.begin() + 2);  // drop (0, 3)
    const auto b = analyse(input);
    CHECK(b->findings[1] ==
          "The comparisons contradict each other (consistency ratio 0.22, above 0.10): the least consistent "
          "pair is "
          "'Career' and 'Learning', not compared yet and counted as equal, while the other answers imply "
          "'Career' "
          "is 2.6 times as important as 'Learning'.");
    CHECK(b->findings[2] == "1 of 6 comparisons is not answered yet and counts as equal.");
  }
  SECTION("consistent comparisons say so") {
    input.criteria.pop_back();
    for (auto& row : input.scores) row.pop_back();
    input.comparisons = {{0, 1, 2}, {0, 2, 4}, {1, 2, 2}};
    const auto c = analyse(input);
    CHECK(c->findings[1] == "The comparisons are consistent enough (consistency ratio 0.00, at most 0.10).");
  }
}

TEST_CASE("describe_findings words a hand-built analysis", "[decision]") {
  Analysis a;
  a.option_names = {"Offer A", "Offer B"};
  a.criterion_names = {"Money", "Family time", "Learning"};
  a.weighting = "pairwise";
  a.complete = true;
  a.ranking = {{1, 72.04, 1}, {0, 59.6, 2}};
  a.winner = 1;
  a.margin_points = 12.44;
  PairwiseConsistency consistency;
  consistency.consistency_ratio = 0.04;
  consistency.unanswered = {{0, 1}, {1, 2}};
  a.consistency = consistency;
  a.sensitivity = {{1, 0.2, WeightFlip{0.28, {0}}}};
  a.score_flips = {{0, 2, 6, 7, {0}}};
  CHECK(describe_findings(a) ==
        std::vector<std::string>{
            "'Offer B' wins by 12.4% of the ideal: 72.0% against 59.6% for 'Offer A'.",
            "The comparisons are consistent enough (consistency ratio 0.04, at most 0.10).",
            "2 of 3 comparisons are not answered yet and count as equal.",
            "Giving 'Family time' more weight (from 20.0% to over 28.0%) would make 'Offer A' the winner.",
            "Raising 'Offer A' on 'Learning' from 6 to 7 would make it the winner.",
        });
  a.ranking[1].percent = 72.0;
  a.margin_points = 0.04;
  a.close_call = true;
  CHECK(describe_findings(a)[0] ==
        "It is a close call: 'Offer B' leads 'Offer A' by less than 0.1% of the ideal (72.0% against 72.0%).");
}

TEST_CASE("a lead of 10 points of the ideal is not a close call, even when rounding makes it 9.99999…", "[decision]") {
  // Equal weights: 'A' has (5 + 2 + 7) / 3 = 46.67%, 'B' (9 + 1 + 1) / 3 = 36.67%; in floating point the
  // difference comes out as 9.999999999999986.
  const auto a = analyse(make_decision({"A", "B"}, {{"X", 1}, {"Y", 1}, {"Z", 1}}, {{5, 2, 7}, {9, 1, 1}}));
  REQUIRE(a.ok());
  REQUIRE(a->winner == 0u);
  CHECK(a->margin_points < 10);
  CHECK_THAT(a->margin_points, WithinAbs(10, 1e-9));
  CHECK_FALSE(a->close_call);
  CHECK(a->findings[0] == "'A' wins by 10.0% of the ideal: 46.7% against 36.7% for 'B'.");

  SECTION("a lead clearly under 10 still is") {
    const auto close = analyse(make_decision({"A", "B"}, {{"X", 1}, {"Y", 1}, {"Z", 1}}, {{5, 2, 7}, {9, 1, 1.5}}));
    REQUIRE(close.ok());
    CHECK(close->close_call);
    CHECK(close->findings[0] == "It is a close call: 'A' leads 'B' by 8.3% of the ideal (46.7% against 38.3%).");
  }
}

TEST_CASE("validate_decision enforces every rule and names the field", "[decision]") {
  const DecisionInput valid = make_decision({"Take it", "Decline"}, {{"Money", 40}, {"Family time", 60}},
                                            {{7, 3}, {4, std::nullopt}});
  REQUIRE(validate_decision(valid).ok());
  const auto field_of = [](const DecisionInput& input) { return validate_decision(input).field(); };
  DecisionInput input = valid;

  SECTION("option and criterion counts") {
    input.options.pop_back();
    input.scores.pop_back();
    const Status one = validate_decision(input);
    CHECK(one.field() == "options");
    CHECK(one.message() == "options must have between 2 and 20 entries");
    input.options.clear();
    for (int i = 0; i < 21; ++i) input.options.push_back({"Option " + std::to_string(i), ""});
    CHECK(field_of(input) == "options");
    input.options.resize(20);
    CHECK(validate_decision(input).ok());
    input.criteria.clear();
    input.scores.clear();
    CHECK(validate_decision(input).message() == "criteria must have between 1 and 20 entries");
    for (int i = 0; i < 21; ++i) input.criteria.push_back({"Criterion " + std::to_string(i), "", false, 1});
    CHECK(field_of(input) == "criteria");
  }
  SECTION("names: required, at most 120 characters, unique ignoring case and spaces") {
    input.options[1].name = "  ";
    CHECK(validate_decision(input).message() == "options[1].name is required");
    input.options[1].name = std::string(121, 'x');
    CHECK(field_of(input) == "options[1].name");
    input.options[1].name = " " + std::string(120, 'x') + " ";  // the limit applies after trimming
    CHECK(validate_decision(input).ok());
    input.options[1].name = " take IT ";
    const Status duplicate = validate_decision(input);
    CHECK(duplicate.field() == "options[1].name");
    CHECK(duplicate.message() ==
          "options[1].name repeats options[0].name (\"take IT\"); names must be unique");
    input.options[1].name = "Decline";
    input.criteria.push_back({"Learning", "", false, 10});
    input.criteria.push_back({"MONEY", "", false, 10});
    CHECK(field_of(input) == "criteria[3].name");
  }
  SECTION("descriptions and notes have length limits") {
    input.criteria[0].description = std::string(1001, 'd');
    CHECK(field_of(input) == "criteria[0].description");
    input.criteria[0].description = std::string(1000, 'd');
    input.options[0].description = std::string(1001, 'd');
    CHECK(field_of(input) == "options[0].description");
    input.options[0].description.clear();
    input.scores[1][0].note = std::string(501, 'n');
    CHECK(validate_decision(input).message() == "scores[1][0].note must be at most 500 characters");
    input.scores[1][0].note = std::string(500, 'n');
    CHECK(validate_decision(input).ok());
  }
  SECTION("points: finite, 0..100, not all zero for direct weighting") {
    input.criteria[1].points = std::numeric_limits<double>::quiet_NaN();
    CHECK(field_of(input) == "criteria[1].points");
    input.criteria[1].points = -5;
    CHECK(field_of(input) == "criteria[1].points");
    input.criteria[1].points = 100.5;
    CHECK(field_of(input) == "criteria[1].points");
    input.criteria[0].points = input.criteria[1].points = 0;
    CHECK(field_of(input) == "criteria");
    input.weighting = "pairwise";  // points are not used then
    CHECK(validate_decision(input).ok());
    input.weighting = "votes";
    CHECK(validate_decision(input).message() == "weighting must be one of direct, pairwise");
  }
  SECTION("comparisons: valid indices, Saaty scale, each pair once") {
    input.weighting = "pairwise";
    input.comparisons = {{0, 1, 5}};
    CHECK(validate_decision(input).ok());
    input.comparisons = {{0, 2, 5}};
    CHECK(validate_decision(input).message() == "comparisons[0].second must be between 0 and 1");
    input.comparisons = {{-1, 1, 5}};
    CHECK(field_of(input) == "comparisons[0].first");
    input.comparisons = {{1, 1, 5}};
    CHECK(validate_decision(input).message() == "comparisons[0].second must differ from first");
    for (const int bad : {0, -1, 10, -10}) {
      input.comparisons = {{0, 1, bad}};
      CHECK(field_of(input) == "comparisons[0].judgement");
    }
    input.comparisons = {{0, 1, 3}, {1, 0, -3}};
    const Status twice = validate_decision(input);
    CHECK(twice.field() == "comparisons[1]");
    CHECK(twice.message() == "comparisons[1] compares the same two criteria as comparisons[0]");
  }
  SECTION("scores: 0..10 in half points, matrix no larger than options x criteria") {
    for (const double bad : {-0.5, 10.5, 7.3, std::numeric_limits<double>::quiet_NaN()}) {
      input.scores[1][0].score = bad;
      const Status s = validate_decision(input);
      CHECK(s.field() == "scores[1][0].score");
      CHECK(s.message() == "scores[1][0].score must be between 0 and 10 in steps of 0.5");
    }
    input.scores[1][0].score = 6.5;
    CHECK(validate_decision(input).ok());
    input.scores[1].push_back({5, ""});
    CHECK(validate_decision(input).message() == "scores[1] must have at most 2 cells, one per criterion");
    input.scores[1].pop_back();
    input.scores.push_back({});
    CHECK(field_of(input) == "scores");
  }
  SECTION("analyse refuses what validate refuses") {
    input.scores[0][0].score = 11;
    const auto a = analyse(input);
    CHECK_FALSE(a.ok());
    CHECK(a.status().field() == "scores[0][0].score");
  }
}

TEST_CASE("the built-in templates are valid starting points", "[decision]") {
  const auto& templates = decision_templates();
  REQUIRE(templates.size() == 3);
  CHECK(templates[0].key == "job_offer");
  for (const DecisionTemplate& t : templates) {
    INFO(t.key);
    CHECK(t.criteria.size() >= 4);
    CHECK(t.criteria.size() <= 6);
    DecisionInput input;
    input.options = t.options;
    input.criteria = t.criteria;
    CHECK(validate_decision(input).ok());
  }
  const auto& job = templates[0].criteria;
  const std::vector<std::string> expected = {"Career advancement", "Well-being", "Family time", "Money",
                                             "Learning"};
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(job[i].name == expected[i]);
  CHECK(job.back().lower_is_better);  // Commute
}

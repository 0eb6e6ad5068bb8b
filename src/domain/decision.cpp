// Decision matrix analysis: validation, criterion weights (points or AHP), totals, robustness, findings.
#include "domain/decision.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "domain/text.h"

namespace tn {
namespace {

constexpr double kPowerIterationTolerance = 1e-13;
constexpr int kMaxPowerIterations = 10000;
constexpr std::size_t kMissingCellsNamed = 5;

// Names and descriptions of options or criteria (both have .name and .description).
template <typename Item>
Status check_named_items(const std::string& list, const std::vector<Item>& items) {
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string field = indexed(list, i);
    const std::string name = trim(items[i].name);
    if (Status s = check_required_text(field + ".name", name, kDecisionNameMaxChars); !s.ok()) return s;
    if (Status s =
            check_max_length(field + ".description", items[i].description, kDecisionDescriptionMaxChars);
        !s.ok()) {
      return s;
    }
    const std::string key = name_key(name);
    const auto earlier = std::find(seen.begin(), seen.end(), key);
    if (earlier != seen.end()) {
      const std::string other = indexed(list, static_cast<std::size_t>(earlier - seen.begin())) + ".name";
      return Status::Invalid(field + ".name",
                             field + ".name repeats " + other + " (\"" + name + "\"); names must be unique");
    }
    seen.push_back(key);
  }
  return Status::Ok();
}

Status check_count(const std::string& field, std::size_t count, std::size_t lo, std::size_t hi) {
  if (count >= lo && count <= hi) return Status::Ok();
  return Status::Invalid(
      field, field + " must have between " + std::to_string(lo) + " and " + std::to_string(hi) + " entries");
}

// The range of every criterion's points; the all-zero rule is separate because it depends on the method.
Status check_points_range(const std::vector<DecisionCriterion>& criteria) {
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const double p = criteria[i].points;
    if (!std::isfinite(p) || p < 0 || p > kMaxCriterionPoints) {
      const std::string field = indexed("criteria", i) + ".points";
      return Status::Invalid(field, field + " must be a number from 0 to 100");
    }
  }
  return Status::Ok();
}

Status check_points_not_all_zero(const std::vector<DecisionCriterion>& criteria) {
  for (const DecisionCriterion& c : criteria) {
    if (c.points > 0) return Status::Ok();
  }
  return Status::Invalid("criteria", "criteria must give at least one criterion more than 0 points");
}

bool is_valid_judgement(int judgement) {
  return (judgement >= 1 && judgement <= 9) || (judgement >= -9 && judgement <= -2);
}

// How many times as important `first` is than `second` for a valid judgement.
double judgement_ratio(int judgement) { return judgement >= 1 ? judgement : 1.0 / -judgement; }

// Field names are built only on failure: a 20 x 20 decision has 190 comparisons and 400 cells.
Status check_comparisons(std::size_t criterion_count, const std::vector<PairwiseComparison>& comparisons) {
  const int last = static_cast<int>(criterion_count) - 1;
  const auto in_range = [last](int index) { return index >= 0 && index <= last; };
  std::vector<int> compared_at(criterion_count * criterion_count, -1);
  for (std::size_t k = 0; k < comparisons.size(); ++k) {
    const PairwiseComparison& c = comparisons[k];
    const auto field = [k](const char* member) { return indexed("comparisons", k) + member; };
    if (!in_range(c.first)) return check_range(field(".first"), c.first, 0, last);
    if (!in_range(c.second)) return check_range(field(".second"), c.second, 0, last);
    if (c.first == c.second) {
      return Status::Invalid(field(".second"), field(".second must differ from first"));
    }
    if (!is_valid_judgement(c.judgement)) {
      return Status::Invalid(field(".judgement"), field(".judgement must be 1 to 9, or -2 to -9 when the "
                                                        "second criterion is the more important"));
    }
    const auto [lo, hi] = std::minmax(c.first, c.second);
    int& earlier = compared_at[static_cast<std::size_t>(lo) * criterion_count + static_cast<std::size_t>(hi)];
    if (earlier >= 0) {
      return Status::Invalid(field(""), field(" compares the same two criteria as ") +
                                            indexed("comparisons", static_cast<std::size_t>(earlier)));
    }
    earlier = static_cast<int>(k);
  }
  return Status::Ok();
}

bool is_valid_score(double score) {
  return std::isfinite(score) && score >= 0 && score <= kMaxScore && std::fmod(score, kScoreStep) == 0;
}

Status check_scores(const DecisionInput& input) {
  const std::size_t columns = input.criteria.size();
  if (input.scores.size() > input.options.size()) {
    return Status::Invalid("scores", "scores must have at most one row per option (" +
                                         std::to_string(input.options.size()) + ")");
  }
  for (std::size_t o = 0; o < input.scores.size(); ++o) {
    if (input.scores[o].size() > columns) {
      const std::string row = indexed("scores", o);
      return Status::Invalid(
          row, row + " must have at most " + std::to_string(columns) + " cells, one per criterion");
    }
    for (std::size_t c = 0; c < input.scores[o].size(); ++c) {
      const ScoreCell& cell = input.scores[o][c];
      const auto field = [o, c](const char* member) { return indexed(indexed("scores", o), c) + member; };
      if (cell.score && !is_valid_score(*cell.score)) {
        return Status::Invalid(field(".score"), field(".score must be between 0 and 10 in steps of 0.5"));
      }
      // A note within the limit in bytes is within it in characters too.
      if (cell.note.size() > kScoreNoteMaxChars) {
        if (Status s = check_max_length(field(".note"), cell.note, kScoreNoteMaxChars); !s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

// ---- AHP ----

// The n x n reciprocal matrix (row-major) with unanswered pairs set to 1, and those pairs.
struct ComparisonMatrix {
  std::vector<double> a;
  std::vector<std::pair<std::size_t, std::size_t>> unanswered;
};

ComparisonMatrix build_comparison_matrix(std::size_t n, const std::vector<PairwiseComparison>& comparisons) {
  ComparisonMatrix m{std::vector<double>(n * n, 0.0), {}};
  for (const PairwiseComparison& c : comparisons) {
    const auto i = static_cast<std::size_t>(c.first), j = static_cast<std::size_t>(c.second);
    m.a[i * n + j] = judgement_ratio(c.judgement);
    m.a[j * n + i] = 1.0 / m.a[i * n + j];
  }
  for (std::size_t i = 0; i < n; ++i) {
    m.a[i * n + i] = 1;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (m.a[i * n + j] == 0) {
        m.a[i * n + j] = m.a[j * n + i] = 1;
        m.unanswered.emplace_back(i, j);
      }
    }
  }
  return m;
}

// Writes a * w into out and returns the sum of out.
double multiply(const std::vector<double>& a, const std::vector<double>& w, std::vector<double>& out) {
  const std::size_t n = w.size();
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double row = 0;
    for (std::size_t j = 0; j < n; ++j) row += a[i * n + j] * w[j];
    out[i] = row;
    sum += row;
  }
  return sum;
}

// The principal eigenvector (sum 1) of a positive matrix by power iteration, and its eigenvalue.
std::pair<std::vector<double>, double> principal_eigen(const std::vector<double>& a, std::size_t n) {
  std::vector<double> w(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < kMaxPowerIterations; ++iteration) {
    const double sum = multiply(a, w, next);
    double moved = 0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= sum;
      moved = std::max(moved, std::fabs(next[i] - w[i]));
    }
    w.swap(next);
    if (moved < kPowerIterationTolerance) break;
  }
  const double lambda = multiply(a, w, next);  // A w = lambda w and sum(w) = 1
  return {std::move(w), lambda};
}

InconsistentComparison most_inconsistent_pair(const ComparisonMatrix& m, const std::vector<double>& w) {
  const std::size_t n = w.size();
  InconsistentComparison worst;
  double worst_deviation = -1;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double judged = m.a[i * n + j];
      const double deviation = std::fabs(std::log(judged * w[j] / w[i]));
      if (deviation > worst_deviation) {
        worst_deviation = deviation;
        worst = {i, j, judged, w[i] / w[j], true};
      }
    }
  }
  worst.answered = std::find(m.unanswered.begin(), m.unanswered.end(),
                             std::make_pair(worst.first, worst.second)) == m.unanswered.end();
  return worst;
}

// ---- Totals, ranking, robustness ----

// Score after orientation, as a percentage of the best possible (0..100).
double oriented_percent(double score, bool lower_is_better) {
  return (lower_is_better ? kMaxScore - score : score) * (100 / kMaxScore);
}

// Options within kTieTolerancePoints of the highest total, in input order.
std::vector<std::size_t> leaders_of(const std::vector<double>& totals) {
  const double best = *std::max_element(totals.begin(), totals.end());
  std::vector<std::size_t> leaders;
  for (std::size_t o = 0; o < totals.size(); ++o) {
    if (totals[o] >= best - kTieTolerancePoints) leaders.push_back(o);
  }
  return leaders;
}

std::vector<RankedOption> rank_options(const std::vector<double>& totals) {
  std::vector<RankedOption> ranking;
  for (std::size_t o = 0; o < totals.size(); ++o) ranking.push_back({o, totals[o], 1});
  std::stable_sort(ranking.begin(), ranking.end(),
                   [](const RankedOption& x, const RankedOption& y) { return x.percent > y.percent; });
  for (std::size_t r = 1; r < ranking.size(); ++r) {
    const bool tied = ranking[r - 1].percent - ranking[r].percent <= kTieTolerancePoints;
    ranking[r].rank = tied ? ranking[r - 1].rank : static_cast<int>(r) + 1;
  }
  return ranking;
}

// The nearest weight for criterion k at which another option overtakes `winner`, in either direction.
// p[o][c] are oriented percents; totals are linear in the weight t of k:
// T_o(t) = t * p[o][k] + (1 - t) * R_o, with R_o the other criteria's weighted mean. When several options
// reach the winner at the same weight, the ones climbing fastest lead beyond it.
std::optional<WeightFlip> nearest_weight_flip(const std::vector<std::vector<double>>& p,
                                              const std::vector<double>& weights, std::size_t k,
                                              std::size_t winner) {
  constexpr double kSameWeight = 1e-12;
  const std::size_t n = weights.size();
  const double w_k = weights[k];
  const double rest = 1 - w_k;
  std::vector<double> rest_mean(p.size(), 0.0);
  for (std::size_t o = 0; o < p.size(); ++o) {
    for (std::size_t c = 0; c < n; ++c) {
      if (c == k) continue;
      const double share = rest > kSameWeight ? weights[c] / rest : 1.0 / static_cast<double>(n - 1);
      rest_mean[o] += share * p[o][c];
    }
  }
  const auto lead_over_winner = [&](std::size_t o, double t) {
    return t * (p[o][k] - p[winner][k]) + (1 - t) * (rest_mean[o] - rest_mean[winner]);
  };
  std::optional<WeightFlip> nearest;
  double nearest_distance = 2;
  std::vector<double> distance(p.size()), lead_at_end(p.size());
  for (const double end : {1.0, 0.0}) {
    const double span = std::fabs(end - w_k);
    if (span < kSameWeight) continue;
    double closest = 2;
    for (std::size_t o = 0; o < p.size(); ++o) {
      const double now = lead_over_winner(o, w_k);
      lead_at_end[o] = lead_over_winner(o, end);
      const bool overtakes = o != winner && lead_at_end[o] > kTieTolerancePoints;
      distance[o] = overtakes ? span * -now / (lead_at_end[o] - now) : 2;
      closest = std::min(closest, distance[o]);
    }
    if (closest >= nearest_distance) continue;
    nearest_distance = closest;
    double steepest = 0;
    for (std::size_t o = 0; o < p.size(); ++o) {
      if (distance[o] - closest <= kSameWeight) steepest = std::max(steepest, lead_at_end[o]);
    }
    WeightFlip flip{w_k + (end > w_k ? closest : -closest), {}};
    for (std::size_t o = 0; o < p.size(); ++o) {
      if (distance[o] - closest <= kSameWeight && lead_at_end[o] >= steepest - kTieTolerancePoints) {
        flip.leaders.push_back(o);
      }
    }
    nearest = std::move(flip);
  }
  return nearest;
}

// Every one-point change of a score that leaves `winner` no longer alone in the lead. Only the changed
// option's total moves, so comparing it with the winner (or the winner with the runner-up) decides.
std::vector<ScoreFlip> one_point_flips(const DecisionInput& input, const std::vector<std::vector<double>>& p,
                                       const std::vector<double>& weights, const std::vector<double>& totals,
                                       std::size_t winner, double runner_up_total) {
  std::vector<ScoreFlip> flips;
  std::vector<double> changed = totals;
  for (std::size_t o = 0; o < p.size(); ++o) {
    for (std::size_t c = 0; c < weights.size(); ++c) {
      const double from = *input.scores[o][c].score;
      for (const double step : {1.0, -1.0}) {
        const double to = std::clamp(from + step, 0.0, kMaxScore);
        if (to == from) continue;
        changed[o] =
            totals[o] + weights[c] * (oriented_percent(to, input.criteria[c].lower_is_better) - p[o][c]);
        const double best_rival = o == winner ? runner_up_total : changed[o];
        if (changed[winner] - best_rival > kTieTolerancePoints) continue;
        flips.push_back({o, c, from, to, leaders_of(changed)});
      }
      changed[o] = totals[o];
    }
  }
  return flips;
}

// ---- Sentences ----

std::string percent(double value) { return format_fixed(value, 1) + "%"; }

// A margin, in % of the ideal like the totals; one too small to show at 1 decimal is not shown as 0.0.
std::string margin_text(double points) {
  return (points < 0.05 ? "less than 0.1%" : percent(points)) + " of the ideal";
}


// An option or criterion name as the findings quote it.
std::string quote_name(const std::string& name) { return quoted(name, QuoteMarks::kAscii); }

std::string quoted_options(const Analysis& a, const std::vector<std::size_t>& options) {
  std::vector<std::string> names;
  for (const std::size_t o : options) names.push_back(quote_name(a.option_names[o]));
  return join_as_list(names);
}

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string completeness_sentence(const Analysis& a) {
  const std::size_t cells = a.option_names.size() * a.criterion_names.size();
  return "The matrix is incomplete: " + std::to_string(a.missing.size()) + " of " + std::to_string(cells) +
         (a.missing.size() == 1 ? " scores is" : " scores are") +
         " missing, so no winner is declared and the totals cover only the scored cells.";
}

std::string missing_cells_sentence(const Analysis& a) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < a.missing.size() && i < kMissingCellsNamed; ++i) {
    const CellRef& cell = a.missing[i];
    cells.push_back(quote_name(a.option_names[cell.option]) + " on " + quote_name(a.criterion_names[cell.criterion]));
  }
  if (a.missing.size() > kMissingCellsNamed) {
    cells.push_back(std::to_string(a.missing.size() - kMissingCellsNamed) + " more");
  }
  return "Missing: " + join_as_list(cells) + ".";
}

std::string outcome_sentence(const Analysis& a) {
  if (!a.winner) {
    return quoted_options(a, a.tied_for_first) + " tie for first place at " + percent(a.ranking[0].percent) +
           ".";
  }
  const std::string winner = quote_name(a.option_names[*a.winner]);
  const RankedOption& runner_up = a.ranking[1];
  const std::string margin = margin_text(a.margin_points);
  if (a.close_call) {
    return "It is a close call: " + winner + " leads " + quote_name(a.option_names[runner_up.option]) + " by " +
           margin + " (" + percent(a.ranking[0].percent) + " against " + percent(runner_up.percent) + ").";
  }
  return winner + " wins by " + margin + ": " + percent(a.ranking[0].percent) + " against " +
         percent(runner_up.percent) + " for " + quote_name(a.option_names[runner_up.option]) + ".";
}

// "'A' is 3.0 times as important as 'B'", turned round when the ratio is below 1.
std::string importance_phrase(const std::string& first, const std::string& second, double ratio,
                              int decimals) {
  if (std::fabs(ratio - 1) < 1e-12) {
    return quote_name(first) + " and " + quote_name(second) + " are equally important";
  }
  if (ratio < 1) return importance_phrase(second, first, 1 / ratio, decimals);
  return quote_name(first) + " is " + format_fixed(ratio, decimals) + " times as important as " + quote_name(second);
}

std::string consistency_sentence(const Analysis& a, const PairwiseConsistency& c) {
  const std::string ratio = "consistency ratio " + format_fixed(*c.consistency_ratio, 2);
  if (!c.most_inconsistent) return "The comparisons are consistent enough (" + ratio + ", at most 0.10).";
  const InconsistentComparison& worst = *c.most_inconsistent;
  const std::string& first = a.criterion_names[worst.first];
  const std::string& second = a.criterion_names[worst.second];
  const std::string judged = worst.answered ? "the least consistent answer says " +
                                                  importance_phrase(first, second, worst.judged_ratio, 0)
                                            : "the least consistent pair is " + quote_name(first) + " and " +
                                                  quote_name(second) + ", not compared yet and counted as equal";
  return "The comparisons contradict each other (" + ratio + ", above 0.10): " + judged +
         ", while the other answers imply " + importance_phrase(first, second, worst.implied_ratio, 1) + ".";
}

std::string unanswered_sentence(const Analysis& a, const PairwiseConsistency& c) {
  const std::size_t n = a.criterion_names.size();
  return std::to_string(c.unanswered.size()) + " of " + plural(n * (n - 1) / 2, "comparison", "comparisons") +
         (c.unanswered.size() == 1 ? " is not answered yet and counts" : " are not answered yet and count") +
         " as equal.";
}

// "would make 'B' the winner" or "would leave 'B' and 'C' tied for first place"; `self` is called "it".
std::string outcome_phrase(const Analysis& a, const std::vector<std::size_t>& leaders,
                           std::optional<std::size_t> self) {
  if (leaders.size() > 1) return "would leave " + quoted_options(a, leaders) + " tied for first place";
  return "would make " + (leaders[0] == self ? std::string("it") : quote_name(a.option_names[leaders[0]])) +
         " the winner";
}

std::string sensitivity_sentence(const Analysis& a, const WeightSensitivity& s) {
  const std::string criterion = quote_name(a.criterion_names[s.criterion]);
  if (!s.flip) return "No change of the weight of " + criterion + " changes the winner.";
  const bool raise = s.flip->weight > s.weight;
  return "Giving " + criterion + (raise ? " more" : " less") + " weight (from " + percent(s.weight * 100) +
         (raise ? " to over " : " to under ") + percent(s.flip->weight * 100) + ") " +
         outcome_phrase(a, s.flip->leaders, std::nullopt) + ".";
}

std::string score_flip_sentence(const Analysis& a, const ScoreFlip& f) {
  return std::string(f.to_score > f.from_score ? "Raising " : "Lowering ") +
         quote_name(a.option_names[f.option]) + " on " + quote_name(a.criterion_names[f.criterion]) + " from " +
         score_text(f.from_score) + " to " + score_text(f.to_score) + " " +
         outcome_phrase(a, f.leaders, f.option) + ".";
}

}  // namespace

Status validate_decision(const DecisionInput& input) {
  if (Status s = check_count("options", input.options.size(), kMinDecisionOptions, kMaxDecisionOptions);
      !s.ok()) {
    return s;
  }
  if (Status s = check_count("criteria", input.criteria.size(), kMinDecisionCriteria, kMaxDecisionCriteria);
      !s.ok()) {
    return s;
  }
  if (Status s = check_named_items("options", input.options); !s.ok()) return s;
  if (Status s = check_named_items("criteria", input.criteria); !s.ok()) return s;
  if (Status s = check_points_range(input.criteria); !s.ok()) return s;
  if (std::find(kWeightingMethods.begin(), kWeightingMethods.end(), input.weighting) ==
      kWeightingMethods.end()) {
    return Status::Invalid("weighting", "weighting must be one of direct, pairwise");
  }
  if (input.weighting == kWeightingDirect) {
    if (Status s = check_points_not_all_zero(input.criteria); !s.ok()) return s;
  }
  if (Status s = check_comparisons(input.criteria.size(), input.comparisons); !s.ok()) return s;
  return check_scores(input);
}

Result<std::vector<double>> weights_from_points(const std::vector<DecisionCriterion>& criteria) {
  if (criteria.empty()) return Status::Invalid("criteria", "criteria must not be empty");
  if (Status s = check_points_range(criteria); !s.ok()) return s;
  if (Status s = check_points_not_all_zero(criteria); !s.ok()) return s;
  double sum = 0;
  for (const DecisionCriterion& c : criteria) sum += c.points;
  std::vector<double> weights;
  for (const DecisionCriterion& c : criteria) weights.push_back(c.points / sum);
  return weights;
}

Result<PairwiseWeights> weights_from_comparisons(std::size_t criterion_count,
                                                 const std::vector<PairwiseComparison>& comparisons) {
  if (Status s = check_count("criteria", criterion_count, kMinDecisionCriteria, kMaxDecisionCriteria);
      !s.ok()) {
    return s;
  }
  if (Status s = check_comparisons(criterion_count, comparisons); !s.ok()) return s;
  const std::size_t n = criterion_count;
  ComparisonMatrix m = build_comparison_matrix(n, comparisons);
  auto [weights, lambda] = principal_eigen(m.a, n);
  PairwiseConsistency consistency;
  consistency.lambda_max = lambda;
  if (n > 2) {
    consistency.consistency_index =
        std::max(0.0, (lambda - static_cast<double>(n)) / static_cast<double>(n - 1));
    consistency.random_index = random_index(n);
    consistency.consistency_ratio = consistency.consistency_index / *consistency.random_index;
    if (*consistency.consistency_ratio > kMaxConsistencyRatio) {
      consistency.most_inconsistent = most_inconsistent_pair(m, weights);
    }
  }
  consistency.unanswered = std::move(m.unanswered);
  return PairwiseWeights{std::move(weights), std::move(consistency)};
}

double random_index(std::size_t n) {
  static constexpr std::array<double, 21> kRandomIndex = {
      0,    0,    0,    0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49,  // n = 0..10 (Saaty 2000)
      1.52, 1.54, 1.56, 1.58, 1.59,                                      // n = 11..15 (Saaty 2000)
      1.59, 1.61, 1.61, 1.62, 1.63};                                     // n = 16..20 (our estimate)
  return kRandomIndex[std::min(n, kRandomIndex.size() - 1)];
}

Result<Analysis> analyse(const DecisionInput& input) {
  if (Status s = validate_decision(input); !s.ok()) return s;
  const std::size_t options = input.options.size(), criteria = input.criteria.size();
  Analysis a;
  for (const DecisionOption& o : input.options) a.option_names.push_back(trim(o.name));
  for (const DecisionCriterion& c : input.criteria) a.criterion_names.push_back(trim(c.name));
  a.weighting = input.weighting;
  if (input.weighting == kWeightingPairwise) {
    Result<PairwiseWeights> pairwise = weights_from_comparisons(criteria, input.comparisons);
    a.weights = std::move(pairwise->weights);
    a.consistency = std::move(pairwise->consistency);
  } else {
    a.weights = *weights_from_points(input.criteria);
  }

  // Oriented percents p[o][c] (0 for gaps, which carry no weight below) and totals over the scored cells.
  std::vector<std::vector<double>> p(options, std::vector<double>(criteria, 0.0));
  std::vector<double> totals(options, 0.0);
  for (std::size_t o = 0; o < options; ++o) {
    double scored_weight = 0, weighted_sum = 0;
    for (std::size_t c = 0; c < criteria; ++c) {
      const bool scored = o < input.scores.size() && c < input.scores[o].size() && input.scores[o][c].score;
      if (!scored) {
        a.missing.push_back({o, c});
        continue;
      }
      p[o][c] = oriented_percent(*input.scores[o][c].score, input.criteria[c].lower_is_better);
      scored_weight += a.weights[c];
      weighted_sum += a.weights[c] * p[o][c];
    }
    OptionTotal total{std::nullopt, scored_weight * 100};
    std::vector<std::optional<double>> contribution(criteria);
    if (scored_weight > 0) {
      total.percent = totals[o] = weighted_sum / scored_weight;
      for (std::size_t c = 0; c < criteria; ++c) {
        const bool scored = o < input.scores.size() && c < input.scores[o].size() && input.scores[o][c].score;
        if (scored) contribution[c] = a.weights[c] * p[o][c] / scored_weight;
      }
    }
    a.totals.push_back(total);
    a.contributions.push_back(std::move(contribution));
  }
  a.complete = a.missing.empty();

  if (a.complete) {
    a.ranking = rank_options(totals);
    if (a.ranking[1].rank == 1) {
      a.tied_for_first = leaders_of(totals);
    } else {
      const std::size_t winner = a.ranking[0].option;
      a.winner = winner;
      a.margin_points = a.ranking[0].percent - a.ranking[1].percent;
      // With the tie test's tolerance: a lead of 10 that rounding made 9.999999999999986 is not close.
      a.close_call = a.margin_points < kCloseCallPoints - kTieTolerancePoints;
      for (std::size_t k = 0; criteria > 1 && k < criteria; ++k) {
        a.sensitivity.push_back({k, a.weights[k], nearest_weight_flip(p, a.weights, k, winner)});
      }
      a.score_flips = one_point_flips(input, p, a.weights, totals, winner, a.ranking[1].percent);
    }
  }
  a.findings = describe_findings(a);
  return a;
}

std::vector<std::string> describe_findings(const Analysis& a) {
  std::vector<std::string> findings;
  if (!a.complete) {
    findings.push_back(completeness_sentence(a));
    findings.push_back(missing_cells_sentence(a));
  } else {
    findings.push_back(outcome_sentence(a));
  }
  if (a.consistency) {
    if (a.consistency->consistency_ratio) findings.push_back(consistency_sentence(a, *a.consistency));
    if (!a.consistency->unanswered.empty()) findings.push_back(unanswered_sentence(a, *a.consistency));
  }
  for (const WeightSensitivity& s : a.sensitivity) findings.push_back(sensitivity_sentence(a, s));
  if (a.winner) {
    for (const ScoreFlip& f : a.score_flips) findings.push_back(score_flip_sentence(a, f));
    if (a.score_flips.empty()) {
      findings.push_back("No single one-point change of a score changes the winner.");
    }
  }
  return findings;
}

const std::vector<DecisionTemplate>& decision_templates() {
  static const std::vector<DecisionTemplate> kTemplates = {
      {"job_offer",
       "Job offer",
       "Weigh an offer against staying where you are.",
       {{"Accept the offer", ""}, {"Stay as I am", "Keep my current role and decline the offer."}},
       {{"Career advancement", "How far it moves me toward the position I want in 5 to 7 years.", false, 10},
        {"Well-being", "My health, energy and day-to-day stress.", false, 10},
        {"Family time", "Time and attention left for the people closest to me.", false, 10},
        {"Money", "Pay, benefits and financial security.", false, 10},
        {"Learning", "How much I would grow in skills and understanding.", false, 10},
        {"Commute", "Time and strain of getting to work; score the burden, so lower is better.", true, 10}}},
      {"promotion",
       "Promotion",
       "Decide whether a bigger role is worth what it asks of you.",
       {{"Take the promotion", ""}, {"Decline and stay in my role", ""}},
       {{"Career advancement", "How much the role opens the next steps I want.", false, 10},
        {"Money", "Pay and long-term earnings.", false, 10},
        {"Meaning", "How much the work matters to me and fits my values.", false, 10},
        {"Family time", "Evenings, weekends and attention left for home.", false, 10},
        {"Travel", "Nights away from home the role would ask for; lower is better.", true, 10},
        {"Stress", "Pressure and worry I expect to carry; lower is better.", true, 10}}},
      {"relocation",
       "Relocation",
       "Compare moving to a new place with staying put.",
       {{"Move", ""}, {"Stay where I am", ""}},
       {{"Career prospects", "Work and growth open to me and my partner there.", false, 10},
        {"Cost of living", "Housing and everyday costs; lower is better.", true, 10},
        {"Family and friends", "How close I would be to the people who matter to me.", false, 10},
        {"Quality of life", "Daily life, nature, culture, safety and climate.", false, 10},
        {"Disruption", "Upheaval for the household: schools, partner's work, settling in; lower is better.",
         true, 10}}},
  };
  return kTemplates;
}

std::string format_fixed(double value, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string score_text(double score) { return format_fixed(score, std::fmod(score, 1.0) == 0 ? 0 : 1); }

}  // namespace tn

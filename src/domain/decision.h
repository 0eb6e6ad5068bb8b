// Decision matrix analysis: validation, criterion weights (points or AHP), totals, robustness, findings.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/status.h"

namespace tn {

// Limits, shown to users in validation messages.
inline constexpr std::size_t kMinDecisionOptions = 2;
inline constexpr std::size_t kMaxDecisionOptions = 20;
inline constexpr std::size_t kMinDecisionCriteria = 1;
inline constexpr std::size_t kMaxDecisionCriteria = 20;
inline constexpr std::size_t kDecisionNameMaxChars = 120;
inline constexpr std::size_t kDecisionDescriptionMaxChars = 1000;
inline constexpr std::size_t kScoreNoteMaxChars = 500;
inline constexpr double kMaxCriterionPoints = 100;
inline constexpr double kMaxScore = 10;  // scores run 0..10 in steps of kScoreStep
inline constexpr double kScoreStep = 0.5;

// Totals (percent of the ideal option) closer than this are equal: a tie, not a win.
inline constexpr double kTieTolerancePoints = 1e-9;
// A winner ahead by fewer than this many percentage points of the ideal (absolute, not relative) is a
// close call.
inline constexpr double kCloseCallPoints = 10;
// Saaty's threshold: a consistency ratio above this means the pairwise judgements contradict each other.
inline constexpr double kMaxConsistencyRatio = 0.10;

// The words the API uses for the weighting method.
inline constexpr std::string_view kWeightingDirect = "direct";      // points per criterion
inline constexpr std::string_view kWeightingPairwise = "pairwise";  // AHP comparisons of criteria
inline constexpr std::array<std::string_view, 2> kWeightingMethods = {kWeightingDirect, kWeightingPairwise};

// One possible choice. "Decline" or "stay as I am" is an ordinary option.
struct DecisionOption {
  std::string name;         // required; trimmed: max 120 characters, unique ignoring ASCII case
  std::string description;  // optional, max 1000 characters

  bool operator==(const DecisionOption&) const = default;
};

// What the options are judged on. Member names are the JSON field names.
struct DecisionCriterion {
  std::string name;              // required; trimmed: max 120 characters, unique ignoring ASCII case
  std::string description;       // optional, max 1000 characters
  bool lower_is_better = false;  // e.g. cost or commute: a score of 2 counts as 8
  double points = 0;             // direct weighting: 0..100, normalised to weights that sum to 1

  bool operator==(const DecisionCriterion&) const = default;
};

// One cell of the matrix: how well an option does on a criterion. No score is a gap, never a zero.
struct ScoreCell {
  std::optional<double> score;  // 0..10 in steps of 0.5
  std::string note;             // optional, max 500 characters

  bool operator==(const ScoreCell&) const = default;
};

// One AHP judgement between criteria `first` and `second` (indices into criteria, either order).
// judgement 1..9: first is that many times as important as second (1 = equally important);
// judgement -2..-9: second is that many times as important as first. 0 and -1 are refused.
// A pair nobody compared counts as equal (judgement 1) and is reported as unanswered.
struct PairwiseComparison {
  int first = 0;
  int second = 0;
  int judgement = 1;

  bool operator==(const PairwiseComparison&) const = default;
};

// Everything the user entered for one decision. Member names are the JSON field names.
// scores[o][c] is option o on criterion c. Rows may be missing or shorter than the criteria list; the
// missing cells are gaps. Both points and comparisons are kept whatever the method, so switching method
// loses nothing; only the chosen method's weights are used.
struct DecisionInput {
  std::vector<DecisionOption> options;
  std::vector<DecisionCriterion> criteria;
  std::vector<std::vector<ScoreCell>> scores;
  std::string weighting = std::string(kWeightingDirect);  // one of kWeightingMethods
  std::vector<PairwiseComparison> comparisons;

  bool operator==(const DecisionInput&) const = default;
};

// OK when every rule holds; otherwise an invalid-argument Status naming the first bad field:
// options (2..20), criteria (1..20), options[i].name / criteria[i].name (after trimming: required, max 120,
// unique in its list ignoring ASCII case), options[i].description / criteria[i].description (max 1000),
// criteria[i].points (a finite number 0..100), criteria (not all points 0 when weighting is "direct"),
// weighting, comparisons[k].first / .second (valid, different indices), comparisons[k].judgement (1..9 or
// -2..-9), comparisons[k] (a pair compared twice), scores (at most one row per option), scores[o] (at most
// one cell per criterion), scores[o][c].score (0..10 in steps of 0.5), scores[o][c].note (max 500).
// Text is taken to be valid UTF-8 (the JSON layer guarantees it); lengths count characters.
Status validate_decision(const DecisionInput& input);

// Direct weights: each criterion's points divided by the sum of all points, in criteria order.
// Invalid on "criteria[i].points" for a NaN, infinite, negative or above-100 value, and on "criteria"
// when there are no criteria or all points are 0.
Result<std::vector<double>> weights_from_points(const std::vector<DecisionCriterion>& criteria);

// The most contradictory pairwise judgement: the pair (first < second) whose judged ratio a differs most
// from the ratio the weights imply, measured by |log(a * w_second / w_first)|.
struct InconsistentComparison {
  std::size_t first = 0;
  std::size_t second = 0;
  double judged_ratio = 1;   // how many times as important first was judged to be than second
  double implied_ratio = 1;  // w_first / w_second
  bool answered = true;      // false: the pair was never compared and counted as equal
};

// How far AHP judgements agree with each other.
struct PairwiseConsistency {
  double lambda_max = 0;                    // principal eigenvalue of the comparison matrix
  double consistency_index = 0;             // (lambda_max - n) / (n - 1); 0 when n <= 2
  std::optional<double> random_index;       // random_index(n), which the ratio divides by; unset when n <= 2
  std::optional<double> consistency_ratio;  // CI / random_index(n); not applicable (unset) when n <= 2
  // Set only when consistency_ratio is above kMaxConsistencyRatio.
  std::optional<InconsistentComparison> most_inconsistent;
  std::vector<std::pair<std::size_t, std::size_t>> unanswered;  // pairs (i < j) counted as equal
};

// AHP weights (sum 1, criteria order) with their consistency.
struct PairwiseWeights {
  std::vector<double> weights;
  PairwiseConsistency consistency;
};

// AHP weights for `criterion_count` criteria (1..20): the principal eigenvector of the reciprocal
// comparison matrix, found by power iteration until no weight moves by 1e-13, normalised to sum 1.
// Missing pairs count as equal. Invalid, naming comparisons[k]..., for the rules validate_decision states,
// and on "criteria" when criterion_count is outside 1..20.
Result<PairwiseWeights> weights_from_comparisons(std::size_t criterion_count,
                                                 const std::vector<PairwiseComparison>& comparisons);

// Saaty's random index RI(n): the mean consistency index of random reciprocal n x n matrices whose
// entries are drawn from the 1/9..9 scale. n = 1..15: Saaty's revised table (0, 0, 0.52, 0.89, 1.11, 1.25,
// 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59), as in T. L. Saaty, "Fundamentals of Decision
// Making and Priority Theory with the Analytic Hierarchy Process" (RWS Publications, 2000) and widely
// reproduced. n = 16..20: our own estimate by the same definition (100,000 matrices per n, mean rounded to
// 2 decimals); the same estimate reproduces Saaty's values for n <= 15 to within 0.01. 0 for n <= 2;
// n above 20 gets the value for 20.
double random_index(std::size_t n);

// A missing score: option `option` on criterion `criterion`.
struct CellRef {
  std::size_t option = 0;
  std::size_t criterion = 0;

  bool operator==(const CellRef&) const = default;
};

// An option's weighted total as a percentage of the ideal option (a 10 on every criterion, where a
// lower-is-better score s counts as 10 - s). Over an incomplete row it covers only the scored cells:
// the weighted mean of those cells, with scored_weight_percent saying how much of the weight they carry.
struct OptionTotal {
  std::optional<double> percent;     // unset when no cell with weight above 0 is scored
  double scored_weight_percent = 0;  // 100 for a complete row
};

// One place in the ranking. Options within kTieTolerancePoints of each other share a rank (1, 1, 3).
struct RankedOption {
  std::size_t option = 0;
  double percent = 0;
  int rank = 1;
};

// Moving one criterion's weight past `weight` (the others rescaled in proportion so the sum stays 1)
// unseats the winner. At exactly `weight` they tie.
struct WeightFlip {
  double weight = 0;                 // 0..1, the threshold
  std::vector<std::size_t> leaders;  // who leads beyond it: one = the new winner, several = a tie
};

// How far one criterion's weight can move before the winner changes.
struct WeightSensitivity {
  std::size_t criterion = 0;
  double weight = 0;               // current weight, 0..1
  std::optional<WeightFlip> flip;  // the nearest threshold in either direction; unset: nothing flips it
};

// Raising or lowering one score by one point (clamped to 0..10) changes who leads.
struct ScoreFlip {
  std::size_t option = 0;
  std::size_t criterion = 0;
  double from_score = 0;
  double to_score = 0;
  std::vector<std::size_t> leaders;  // who leads after the change: one = the new winner, several = a tie
};

// The result of analyse(): plain data for the HTTP layer to turn into JSON.
struct Analysis {
  std::vector<std::string> option_names;     // trimmed, in input order
  std::vector<std::string> criterion_names;  // trimmed, in input order
  std::string weighting;
  std::vector<double> weights;                     // sum 1, criteria order
  std::optional<PairwiseConsistency> consistency;  // set for pairwise weighting only
  bool complete = false;                           // every cell scored
  std::vector<CellRef> missing;                    // gaps, by option then criterion
  std::vector<OptionTotal> totals;                 // input order; partial when incomplete
  // contributions[o][c]: how many percentage points of option o's total criterion c supplies (its share
  // of the weight over the row's scored cells times the oriented score), so each row sums to the total.
  // Unset for a gap, and for every cell of a row with no weighted score.
  std::vector<std::vector<std::optional<double>>> contributions;
  // The rest needs a complete matrix; it stays empty (or unset/0/false) while cells are missing.
  std::vector<RankedOption> ranking;           // best first
  std::optional<std::size_t> winner;           // unset on a tie for first place
  std::vector<std::size_t> tied_for_first;     // set on a tie, in input order
  double margin_points = 0;                    // winner's lead over the runner-up
  bool close_call = false;                     // a winner with margin_points below kCloseCallPoints
                                               // by more than kTieTolerancePoints
  std::vector<WeightSensitivity> sensitivity;  // one per criterion when there is a winner and
                                               // at least 2 criteria
  std::vector<ScoreFlip> score_flips;          // every one-point change that unseats the winner
  std::vector<std::string> findings;           // describe_findings(*this)
};

// Validates `input` (returning validate_decision's error when it fails), weights the criteria by the
// chosen method and analyses the matrix. Sensitivity is exact: each option's total is linear in the
// changed weight, so thresholds are solved, not searched. When one criterion carries all the weight,
// lowering it spreads the freed weight equally over the others.
Result<Analysis> analyse(const DecisionInput& input);

// The analysis in plain English, one sentence per finding, percentages with 1 decimal, in this order:
// completeness (with up to 5 missing cells named), the winner / close call / tie, AHP consistency and
// unanswered comparisons, one sentence per criterion's sensitivity, then every score flip (or that none
// exists). Reads only `analysis`, so it can be tested on hand-built values.
std::vector<std::string> describe_findings(const Analysis& analysis);

// A starting point for a common decision: options and criteria with our own short descriptions, equal
// points, and lower-is-better flags where that is the natural way to score.
struct DecisionTemplate {
  std::string key;  // stable id for the API, e.g. "job_offer"
  std::string title;
  std::string summary;
  std::vector<DecisionOption> options;
  std::vector<DecisionCriterion> criteria;
};

// The built-in templates ("job_offer", "promotion", "relocation"); each passes validate_decision.
const std::vector<DecisionTemplate>& decision_templates();

// `value` with exactly `decimals` digits after the point ("74.0"), as findings and exports write numbers.
std::string format_fixed(double value, int decimals);

// A score as findings and exports write it: whole scores without decimals ("7"), others with one ("6.5").
std::string score_text(double score);

}  // namespace tn

// Times analyse() on a random 20x20 decision with pairwise weights: prints mean and p99 microseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "domain/decision.h"

namespace {

constexpr int kRuns = 2000;
constexpr std::size_t kSize = 20;  // options and criteria

// A full 20 x 20 matrix of random half-point scores and all 190 pairwise judgements, from a fixed seed.
tn::DecisionInput random_decision() {
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> half_points(0, 20);
  std::uniform_int_distribution<int> scale_step(0, 16);
  std::bernoulli_distribution coin(0.3);
  constexpr int kScale[17] = {-9, -8, -7, -6, -5, -4, -3, -2, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  tn::DecisionInput input;
  input.weighting = std::string(tn::kWeightingPairwise);
  for (std::size_t i = 0; i < kSize; ++i) {
    input.options.push_back({"Option " + std::to_string(i + 1), ""});
    input.criteria.push_back({"Criterion " + std::to_string(i + 1), "", coin(rng), 0});
  }
  for (std::size_t o = 0; o < kSize; ++o) {
    input.scores.emplace_back();
    for (std::size_t c = 0; c < kSize; ++c) input.scores.back().push_back({half_points(rng) * 0.5, ""});
  }
  for (int i = 0; i < static_cast<int>(kSize); ++i) {
    for (int j = i + 1; j < static_cast<int>(kSize); ++j) {
      input.comparisons.push_back({i, j, kScale[scale_step(rng)]});
    }
  }
  return input;
}

}  // namespace

int main() {
  const tn::DecisionInput input = random_decision();
  std::vector<double> micros;
  std::size_t findings = 0;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const tn::Result<tn::Analysis> analysis = tn::analyse(input);
    const auto stop = std::chrono::steady_clock::now();
    if (!analysis.ok()) {
      std::printf("analyse failed: %s\n", analysis.status().message().c_str());
      return 1;
    }
    findings += analysis->findings.size();
    micros.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
  }
  double sum = 0;
  for (const double m : micros) sum += m;
  std::sort(micros.begin(), micros.end());
  const double p99 = micros[static_cast<std::size_t>(kRuns * 0.99) - 1];
  std::printf(
      "analyse() on a 20x20 pairwise decision, %d runs (%zu findings each): mean %.1f us, p99 %.1f us\n",
      kRuns, findings / kRuns, sum / kRuns, p99);
  return 0;
}

// The guided vision builder: turns answers about values, leadership, impact and future into a draft.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/status.h"
#include "domain/vision.h"  // kStatementMaxChars, kHorizonMinYears, kHorizonMaxYears

namespace tn {

// The answers gathered by the builder. Every answer is optional. Each text answer is a phrase that
// completes the sentence shown next to it in the UI; a lead-in the person types anyway ("I am", "I want
// to", "I see myself") is tolerated and removed from the draft.
struct VisionBuilderInput {
  std::vector<std::string> top_values;  // value names, most important first; at most 10, each <= 60 chars
  std::string leader;               // "I am ..."  e.g. "a steady, candid leader who helps people grow"
  std::string impact;               // "Through my work, I want to ..."  e.g. "help teams do work they love"
  std::string professional_future;  // "In N years, I see myself ..."  e.g. "leading an engineering group"
  std::string personal_future;      // "Outside work, I see myself ..."  e.g. "living by the sea"
  std::optional<int> horizon_years;  // 5..10
};

inline constexpr std::size_t kMaxBuilderValues = 10;
inline constexpr std::size_t kMaxBuilderValueChars = 60;
inline constexpr std::size_t kMaxBuilderAnswerChars = 250;

// Checks the answers: at most 10 values ("top_values"), each present and at most 60 characters
// ("top_values[i]"); "leader", "impact", "professional_future" and "personal_future" at most 250
// characters each; "horizon_years", when given, 5..10.
Status validate_vision_builder_input(const VisionBuilderInput& input);

// Assembles a draft vision statement of up to four sentences, in this order, each only when its answers
// are there: who I am (values and/or leader), the impact I want, where I see myself professionally in
// the horizon ("In seven years, ..."; "In the years ahead, ..." without a valid horizon), and where I
// see myself outside work. Answers are tidied: whitespace collapsed, trailing punctuation and typed
// lead-ins dropped, and a capitalised first word lower-cased unless it is "I" or looks like a name or
// acronym (any capital after the first letter, or a non-letter in it); value names likewise. Empty when
// no answer is given. Never longer than 2000 characters: a sentence that would pass that limit is left
// out (valid input never comes close).
std::string draft_vision_statement(const VisionBuilderInput& input);

}  // namespace tn

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
// to", "I see myself", "I will") is tolerated and removed from the draft.
struct VisionBuilderInput {
  std::vector<std::string> top_values;  // value names, most important first; at most 10, each <= 60 chars
  std::string leader;               // "I am ..."  e.g. "a steady, candid leader who helps people grow"
  std::string impact;               // "Through my work, I ..."  e.g. "help teams do work they love", or a
                                    // noun phrase: "clean, cheap energy in a million homes"
  std::string professional_future;  // "In N years, at work, I ..."  e.g. "lead an engineering group"
  std::string personal_future;      // "Outside work, I ..."  e.g. "live by the sea"
  std::optional<int> horizon_years;  // 5..10
  int this_year = 0;                 // the current calendar year (0: unknown), to name the horizon's year
};

inline constexpr std::size_t kMaxBuilderValues = 10;
inline constexpr std::size_t kMaxBuilderValueChars = 60;
inline constexpr std::size_t kMaxBuilderAnswerChars = 250;

// Checks the answers: at most 10 values ("top_values"), each present and at most 60 characters
// ("top_values[i]"); "leader", "impact", "professional_future" and "personal_future" at most 250
// characters each; "horizon_years", when given, 5..10.
Status validate_vision_builder_input(const VisionBuilderInput& input);

// Assembles a draft vision statement in the present tense, as if it were already true (the Vision
// page's advice), of up to five sentences, each only when its answers are there: the horizon's year
// ("It is 2033.", with a valid horizon and a known year), who I am (values and/or leader), the impact I
// want, where I am professionally, and where I am outside work. Answers are tidied: whitespace collapsed,
// trailing punctuation and typed lead-ins dropped, and a capitalised first word lower-cased unless it is
// "I" or looks like a name or acronym (any capital after the first letter, or a non-letter in it); value
// names likewise. An answer that starts with a verb from a fixed list of common verbs (not followed by a
// comma, "that", "which", "where", "who", "whose" or "of"), or that followed a verb lead-in ("I want to",
// "I will", "I"), reads as "I <answer>" ("be" becomes "am"); any other answer (a noun phrase, an
// adjective, a gerund) reads as "I am <answer>", and for the impact as "I contribute to <answer>".
// Empty when no answer is given. Never longer than 2000 characters: a sentence that would pass that limit
// is left out (valid input never comes close).
std::string draft_vision_statement(const VisionBuilderInput& input);

}  // namespace tn

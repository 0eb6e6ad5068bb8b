// The guided vision builder: turns answers about values, leadership, impact and future into a draft.
#include "domain/vision_builder.h"

#include <initializer_list>
#include <sstream>
#include <string_view>
#include <utility>

#include "domain/text.h"

namespace tn {
namespace {

constexpr const char* kHorizonWords[] = {"five", "six", "seven", "eight", "nine", "ten"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = is_upper(text[i]) ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

// Lower-cases the first letter when the first word is a plain capitalised word ("Leading", "A"), not "I".
void lower_plain_first_word(std::string& phrase) {
  const std::size_t end = phrase.find(' ') == std::string::npos ? phrase.size() : phrase.find(' ');
  if (end == 0 || !is_upper(phrase[0]) || phrase.compare(0, end, "I") == 0) return;
  for (std::size_t i = 1; i < end; ++i) {
    if (!is_lower(phrase[i])) return;
  }
  phrase[0] = static_cast<char>(phrase[0] - 'A' + 'a');
}

// An answer ready to sit inside a sentence: whitespace collapsed, trailing punctuation dropped, the first
// matching lead-in (lower-case ASCII, ending in a space) removed, a plain first word lower-cased.
std::string as_phrase(std::string_view answer, std::initializer_list<std::string_view> lead_ins = {}) {
  std::istringstream words{std::string(answer)};
  std::string phrase;
  for (std::string word; words >> word;) phrase += (phrase.empty() ? "" : " ") + word;
  while (!phrase.empty() && std::string_view(".!;:, ").find(phrase.back()) != std::string_view::npos) {
    phrase.pop_back();
  }
  for (const std::string_view lead_in : lead_ins) {
    if (phrase.size() > lead_in.size() && starts_with_ignoring_case(phrase, lead_in)) {
      phrase.erase(0, lead_in.size());
      break;
    }
  }
  lower_plain_first_word(phrase);
  return phrase;
}

std::string horizon_opening(const std::optional<int>& years) {
  if (!years || *years < kHorizonMinYears || *years > kHorizonMaxYears) {
    return "In the years ahead";
  }
  return std::string("In ") + kHorizonWords[*years - kHorizonMinYears] + " years";
}

}  // namespace

Status validate_vision_builder_input(const VisionBuilderInput& input) {
  if (input.top_values.size() > kMaxBuilderValues) {
    return Status::Invalid("top_values", "top_values must hold at most 10 values");
  }
  for (std::size_t i = 0; i < input.top_values.size(); ++i) {
    const std::string field = indexed("top_values", i);
    if (Status s = check_required_text(field, input.top_values[i], kMaxBuilderValueChars); !s.ok()) return s;
  }
  const std::pair<const char*, const std::string*> answers[] = {
      {"leader", &input.leader},
      {"impact", &input.impact},
      {"professional_future", &input.professional_future},
      {"personal_future", &input.personal_future},
  };
  for (const auto& [field, text] : answers) {
    if (Status s = check_max_length(field, *text, kMaxBuilderAnswerChars); !s.ok()) return s;
  }
  if (input.horizon_years) {
    return check_range("horizon_years", *input.horizon_years, kHorizonMinYears, kHorizonMaxYears);
  }
  return Status::Ok();
}

std::string draft_vision_statement(const VisionBuilderInput& input) {
  std::vector<std::string> values;
  for (const std::string& name : input.top_values) {
    std::string phrase = as_phrase(name);
    if (!phrase.empty()) values.push_back(std::move(phrase));
  }
  const std::string value_list = join_as_list(values);
  const std::string leader = as_phrase(input.leader, {"i want to be ", "i am ", "i'm ", "to be "});
  const std::string impact = as_phrase(input.impact, {"i want to ", "to "});
  const std::string professional = as_phrase(input.professional_future, {"i see myself ", "see myself "});
  const std::string personal = as_phrase(input.personal_future, {"i see myself ", "see myself "});
  const std::string opening = horizon_opening(input.horizon_years);

  std::vector<std::string> sentences;
  if (!value_list.empty() && !leader.empty()) {
    sentences.push_back("Guided by " + value_list + ", I am " + leader + ".");
  } else if (!value_list.empty()) {
    sentences.push_back("My work and my life are guided by " + value_list + ".");
  } else if (!leader.empty()) {
    sentences.push_back("I am " + leader + ".");
  }
  if (!impact.empty()) sentences.push_back("Through my work, I want to " + impact + ".");
  if (!professional.empty()) sentences.push_back(opening + ", I see myself " + professional + ".");
  if (!personal.empty()) {
    sentences.push_back((professional.empty() ? opening + ", outside work," : std::string("Outside work,")) +
                        " I see myself " + personal + ".");
  }

  std::string statement;
  for (const std::string& sentence : sentences) {
    const std::string candidate = statement.empty() ? sentence : statement + " " + sentence;
    if (utf8_length(candidate) <= kStatementMaxChars) statement = candidate;
  }
  return statement;
}

}  // namespace tn

// The guided vision builder: turns answers about values, leadership, impact and future into a draft.
#include "domain/vision_builder.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <sstream>
#include <string_view>
#include <utility>

#include "domain/text.h"

namespace tn {
namespace {

// How the rest of an answer continues the sentence "I ...": with a verb ("I lead a team") or as what I
// am ("I am a calm leader", "I am leading a team").
enum class Form { kUnknown, kVerb, kComplement };

// A lead-in a person may type before the phrase (lower-case ASCII, ending in a space) and what it tells
// about the rest.
struct LeadIn {
  std::string_view text;
  Form form;
};

constexpr LeadIn kLeaderLeadIns[] = {
    {"i want to ", Form::kVerb}, {"i am ", Form::kComplement}, {"i'm ", Form::kComplement},
    {"to ", Form::kVerb},        {"i ", Form::kVerb}};
constexpr LeadIn kImpactLeadIns[] = {
    {"i want to ", Form::kVerb}, {"i will ", Form::kVerb}, {"i'll ", Form::kVerb}, {"to ", Form::kVerb},
    {"i ", Form::kVerb}};
constexpr LeadIn kFutureLeadIns[] = {
    {"i see myself as ", Form::kComplement}, {"i see myself ", Form::kComplement},
    {"see myself as ", Form::kComplement},   {"see myself ", Form::kComplement},
    {"i want to ", Form::kVerb},             {"i will ", Form::kVerb},
    {"i'll ", Form::kVerb},                  {"i am ", Form::kComplement},
    {"i'm ", Form::kComplement},             {"i ", Form::kVerb}};

// Verbs that often open an answer, in their base form (which is also the present tense after "I").
// Sorted, for binary search.
constexpr std::string_view kVerbs[] = {
    "accelerate", "achieve", "advance", "advise", "advocate", "align", "amplify", "be", "bring", "build",
    "care", "champion", "change", "coach", "collaborate", "connect", "contribute", "craft", "create",
    "cultivate", "deliver", "design", "develop", "drive", "earn", "educate", "empower", "enable",
    "encourage", "end", "enjoy", "ensure", "equip", "expand", "explore", "feed", "find", "fix", "foster",
    "found", "give", "grow", "guide", "have", "heal", "help", "host", "improve", "increase", "inspire",
    "invent", "invest", "keep", "launch", "lead", "learn", "lift", "live", "love", "make", "manage",
    "mentor", "move", "nurture", "offer", "open", "own", "play", "protect", "provide", "raise", "reach",
    "reduce", "remove", "restore", "run", "save", "serve", "shape", "share", "ship", "show", "simplify",
    "solve", "speak", "spend", "spread", "stand", "start", "stay", "steer", "strengthen", "support",
    "sustain", "take", "teach", "train", "transform", "travel", "turn", "unite", "use", "volunteer",
    "work", "write"};

// Words after a first word that make it a noun rather than a verb ("work that matters", "change of heart").
constexpr std::string_view kNounMarkers[] = {"that", "which", "where", "who", "whose", "of"};

// An answer tidied for a sentence, and how it continues "I ...".
struct Phrase {
  std::string text;
  Form form = Form::kUnknown;
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (to_lower(text[i]) != prefix[i]) return false;
  }
  return true;
}

// Where the first word of `phrase` ends: at the first space or comma.
std::size_t first_word_end(std::string_view phrase) {
  const std::size_t end = phrase.find_first_of(" ,");
  return end == std::string_view::npos ? phrase.size() : end;
}

// Lower-cases the first letter when the first word is a plain capitalised word ("Leading", "A", "Clean,"),
// not "I".
void lower_plain_first_word(std::string& phrase) {
  const std::size_t end = first_word_end(phrase);
  if (end == 0 || !is_upper(phrase[0]) || phrase.compare(0, end, "I") == 0) return;
  for (std::size_t i = 1; i < end; ++i) {
    if (!is_lower(phrase[i])) return;
  }
  phrase[0] = to_lower(phrase[0]);
}

// The word of `phrase` starting at `begin`, lower-cased, up to the next space or comma.
std::string word_at(std::string_view phrase, std::size_t begin) {
  if (begin >= phrase.size()) return "";
  const std::size_t end = begin + first_word_end(phrase.substr(begin));
  std::string word(phrase.substr(begin, end - begin));
  for (char& c : word) c = to_lower(c);
  return word;
}

// Whether a phrase with no telling lead-in starts with a verb: see draft_vision_statement.
Form form_of(std::string_view phrase) {
  const std::string first = word_at(phrase, 0);
  const std::size_t end = first_word_end(phrase);
  if (end < phrase.size() && phrase[end] == ',') return Form::kComplement;
  if (!std::binary_search(std::begin(kVerbs), std::end(kVerbs), first)) return Form::kComplement;
  const std::string next = word_at(phrase, end + 1);
  const bool noun = std::find(std::begin(kNounMarkers), std::end(kNounMarkers), next) != std::end(kNounMarkers);
  return noun ? Form::kComplement : Form::kVerb;
}

// An answer ready to sit inside a sentence: whitespace collapsed, trailing punctuation dropped, the first
// matching lead-in removed, a plain first word lower-cased, and its form (from the lead-in or its words).
Phrase as_phrase(std::string_view answer, std::span<const LeadIn> lead_ins = {}) {
  std::istringstream words{std::string(answer)};
  Phrase out;
  std::string& phrase = out.text;
  for (std::string word; words >> word;) phrase += (phrase.empty() ? "" : " ") + word;
  while (!phrase.empty() && std::string_view(".!;:, ").find(phrase.back()) != std::string_view::npos) {
    phrase.pop_back();
  }
  for (const LeadIn& lead_in : lead_ins) {
    if (phrase.size() > lead_in.text.size() && starts_with_ignoring_case(phrase, lead_in.text)) {
      phrase.erase(0, lead_in.text.size());
      out.form = lead_in.form;
      break;
    }
  }
  lower_plain_first_word(phrase);
  if (out.form == Form::kUnknown) out.form = form_of(phrase);
  return out;
}

// "I <verb phrase>" ("I be" reads "I am"), or `otherwise` followed by the phrase ("I am a leader").
std::string first_person(const Phrase& phrase, std::string_view otherwise) {
  if (phrase.form != Form::kVerb) return std::string(otherwise) + phrase.text;
  if (word_at(phrase.text, 0) == "be") return "I am" + phrase.text.substr(2);
  return "I " + phrase.text;
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
    std::string phrase = as_phrase(name).text;
    if (!phrase.empty()) values.push_back(std::move(phrase));
  }
  const std::string value_list = join_as_list(values);
  const Phrase leader = as_phrase(input.leader, kLeaderLeadIns);
  const Phrase impact = as_phrase(input.impact, kImpactLeadIns);
  const Phrase professional = as_phrase(input.professional_future, kFutureLeadIns);
  const Phrase personal = as_phrase(input.personal_future, kFutureLeadIns);
  const bool horizon = input.horizon_years && *input.horizon_years >= kHorizonMinYears &&
                       *input.horizon_years <= kHorizonMaxYears && input.this_year > 0;

  std::vector<std::string> sentences;
  if (horizon && !(value_list.empty() && leader.text.empty() && impact.text.empty() &&
                   professional.text.empty() && personal.text.empty())) {
    sentences.push_back("It is " + std::to_string(input.this_year + *input.horizon_years) + ".");
  }
  if (!value_list.empty() && !leader.text.empty()) {
    sentences.push_back("Guided by " + value_list + ", " + first_person(leader, "I am ") + ".");
  } else if (!value_list.empty()) {
    sentences.push_back("My work and my life are guided by " + value_list + ".");
  } else if (!leader.text.empty()) {
    sentences.push_back(first_person(leader, "I am ") + ".");
  }
  if (!impact.text.empty()) {
    sentences.push_back("Through my work, " + first_person(impact, "I contribute to ") + ".");
  }
  if (!professional.text.empty()) sentences.push_back(first_person(professional, "I am ") + ".");
  if (!personal.text.empty()) sentences.push_back("Outside work, " + first_person(personal, "I am ") + ".");

  std::string statement;
  for (const std::string& sentence : sentences) {
    const std::string candidate = statement.empty() ? sentence : statement + " " + sentence;
    if (utf8_length(candidate) <= kStatementMaxChars) statement = candidate;
  }
  return statement;
}

}  // namespace tn

// Unit tests for the guided vision builder: answer validation, list joining and the drafted statement.
#include <catch2/catch.hpp>

#include "domain/text.h"
#include "domain/vision_builder.h"

using namespace tn;

namespace {

VisionBuilderInput full_input() {
  VisionBuilderInput input;
  input.top_values = {"Integrity", "Curiosity", "Family"};
  input.leader = "A calm, candid leader who helps people grow.";
  input.impact = "help small teams ship work they are proud of";
  input.professional_future = "leading an engineering group of fifty people";
  input.personal_future = "Living by the sea with time for my kids every evening";
  input.horizon_years = 7;
  input.this_year = 2026;
  return input;
}

}  // namespace

TEST_CASE("vision builder answers are validated", "[vision_builder]") {
  VisionBuilderInput input = full_input();
  SECTION("full and empty inputs pass") {
    CHECK(validate_vision_builder_input(input).ok());
    CHECK(validate_vision_builder_input(VisionBuilderInput{}).ok());
  }
  SECTION("horizon between 5 and 10 years when given") {
    input.horizon_years = 5;
    CHECK(validate_vision_builder_input(input).ok());
    input.horizon_years = 10;
    CHECK(validate_vision_builder_input(input).ok());
    input.horizon_years = 4;
    const Status s = validate_vision_builder_input(input);
    CHECK(s.field() == "horizon_years");
    CHECK(s.message() == "horizon_years must be between 5 and 10");
    input.horizon_years = 11;
    CHECK(validate_vision_builder_input(input).field() == "horizon_years");
  }
  SECTION("values: at most ten, none empty or longer than 60 characters") {
    input.top_values = {"Integrity", " "};
    CHECK(validate_vision_builder_input(input).message() == "top_values[1] is required");
    input.top_values = {std::string(61, 'v')};
    CHECK(validate_vision_builder_input(input).field() == "top_values[0]");
    input.top_values.assign(11, "Integrity");
    const Status s = validate_vision_builder_input(input);
    CHECK(s.field() == "top_values");
    CHECK(s.message() == "top_values must hold at most 10 values");
  }
  SECTION("answers are at most 250 characters") {
    input.personal_future = std::string(250, 'p');
    CHECK(validate_vision_builder_input(input).ok());
    input.personal_future += "p";
    const Status s = validate_vision_builder_input(input);
    CHECK(s.field() == "personal_future");
    CHECK(s.message() == "personal_future must be at most 250 characters");
    input.personal_future.clear();
    input.leader = std::string(251, 'l');
    CHECK(validate_vision_builder_input(input).field() == "leader");
  }
}

TEST_CASE("join_as_list reads as natural English", "[vision_builder]") {
  CHECK(join_as_list({}) == "");
  CHECK(join_as_list({"integrity"}) == "integrity");
  CHECK(join_as_list({"integrity", "family"}) == "integrity and family");
  CHECK(join_as_list({"integrity", "curiosity", "family"}) == "integrity, curiosity and family");
}

TEST_CASE("the draft vision statement from full answers", "[vision_builder]") {
  CHECK(draft_vision_statement(full_input()) ==
        "It is 2033. "
        "Guided by integrity, curiosity and family, I am a calm, candid leader who helps people grow. "
        "Through my work, I help small teams ship work they are proud of. "
        "I am leading an engineering group of fifty people. "
        "Outside work, I am living by the sea with time for my kids every evening.");
}

TEST_CASE("the draft vision statement from partial answers", "[vision_builder]") {
  SECTION("nothing given: no draft, not even the year") {
    CHECK(draft_vision_statement(VisionBuilderInput{}).empty());
    VisionBuilderInput input;
    input.horizon_years = 7;
    input.this_year = 2026;
    CHECK(draft_vision_statement(input).empty());
  }
  SECTION("values and a personal future, no horizon") {
    VisionBuilderInput input;
    input.top_values = {"Integrity", " Health "};
    input.personal_future = "  I see myself   running a half marathon every spring. ";
    input.this_year = 2026;
    CHECK(draft_vision_statement(input) ==
          "My work and my life are guided by integrity and health. "
          "Outside work, I am running a half marathon every spring.");
  }
  SECTION("a leader only, typed with its lead-in") {
    VisionBuilderInput input;
    input.leader = "I want to be the kind of CTO people trust!";
    CHECK(draft_vision_statement(input) == "I am the kind of CTO people trust.");
  }
  SECTION("one value, impact and a professional future in ten years") {
    VisionBuilderInput input;
    input.top_values = {"Courage"};
    input.leader = "someone who says the hard thing kindly";
    input.impact = "To build teams where I can step away for a month";
    input.professional_future = "CTO of a small, kind company";
    input.horizon_years = 10;
    input.this_year = 2026;
    CHECK(draft_vision_statement(input) ==
          "It is 2036. "
          "Guided by courage, I am someone who says the hard thing kindly. "
          "Through my work, I build teams where I can step away for a month. "
          "I am CTO of a small, kind company.");
  }
  SECTION("names and the word I keep their capitals; blank values are skipped") {
    VisionBuilderInput input;
    input.top_values = {"Faith in God", "", "McKinsey-style rigour"};
    input.impact = "I want to help people find work they love";
    input.horizon_years = 42;  // out of range: treated as no horizon
    input.this_year = 2026;
    input.professional_future = "I see myself as head of platform";
    CHECK(draft_vision_statement(input) ==
          "My work and my life are guided by faith in God and McKinsey-style rigour. "
          "Through my work, I help people find work they love. "
          "I am head of platform.");
  }
  SECTION("without a known year the horizon is left out") {
    VisionBuilderInput input;
    input.leader = "a steady leader";
    input.horizon_years = 7;
    CHECK(draft_vision_statement(input) == "I am a steady leader.");
  }
}

TEST_CASE("the draft reads in the present tense whatever form an answer takes", "[vision_builder]") {
  VisionBuilderInput input;
  SECTION("the impact as a noun phrase (even one opening with a verb-like word) or a verb phrase") {
    const std::pair<const char*, const char*> cases[] = {
        {"Clean, cheap energy in a million homes.", "I contribute to clean, cheap energy in a million homes."},
        {"work that matters to my town", "I contribute to work that matters to my town."},
        {"more women in engineering", "I contribute to more women in engineering."},
        {"Help teams do work they love", "I help teams do work they love."},
        {"I will champion the people nobody hears", "I champion the people nobody hears."},
        {"be a voice for patients", "I am a voice for patients."},
        {"I'll rethink how cities move", "I rethink how cities move."},  // a verb outside the list, told by the lead-in
    };
    for (const auto& [answer, sentence] : cases) {
      INFO(answer);
      input.impact = answer;
      CHECK(draft_vision_statement(input) == std::string("Through my work, ") + sentence);
    }
  }
  SECTION("the futures: verbs, gerunds, roles and typed lead-ins never say \"I see myself\"") {
    const std::pair<const char*, const char*> cases[] = {
        {"lead an engineering group", "I lead an engineering group."},
        {"Leading an engineering group", "I am leading an engineering group."},
        {"I see myself leading a lab", "I am leading a lab."},
        {"see myself as a principal engineer", "I am a principal engineer."},
        {"I will run my own studio", "I run my own studio."},
        {"I'll be head of design", "I am head of design."},
        {"I'm a partner at the firm", "I am a partner at the firm."},
        {"a partner at the firm", "I am a partner at the firm."},
        {"I write every morning", "I write every morning."},
    };
    for (const auto& [answer, sentence] : cases) {
      INFO(answer);
      input.professional_future = answer;
      CHECK(draft_vision_statement(input) == sentence);
      input.professional_future.clear();
      input.personal_future = answer;
      CHECK(draft_vision_statement(input) == std::string("Outside work, ") + sentence);
      input.personal_future.clear();
    }
  }
  SECTION("a leader as a verb phrase") {
    input.top_values = {"Courage"};
    input.leader = "lead with calm and candour";
    CHECK(draft_vision_statement(input) == "Guided by courage, I lead with calm and candour.");
  }
}

TEST_CASE("the draft vision statement stays within 2000 characters", "[vision_builder]") {
  SECTION("the longest valid answers still give all four sentences") {
    VisionBuilderInput input;
    input.top_values.assign(10, std::string(60, 'v'));
    input.leader = std::string(250, 'l');
    input.impact = std::string(250, 'i');
    input.professional_future = std::string(250, 'w');
    input.personal_future = std::string(250, 'p');
    input.horizon_years = 8;
    input.this_year = 2026;
    REQUIRE(validate_vision_builder_input(input).ok());
    const std::string draft = draft_vision_statement(input);
    CHECK(utf8_length(draft) <= kStatementMaxChars);
    CHECK(draft.find("Outside work, I am ppp") != std::string::npos);
  }
  SECTION("unvalidated, oversized answers drop the sentences that do not fit") {
    VisionBuilderInput input;
    input.leader = "a steady leader";
    input.impact = std::string(2500, 'i');
    input.personal_future = "living by the sea";
    CHECK(draft_vision_statement(input) == "I am a steady leader. Outside work, I am living by the sea.");
  }
}

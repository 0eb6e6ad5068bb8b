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
        "Guided by integrity, curiosity and family, I am a calm, candid leader who helps people grow. "
        "Through my work, I want to help small teams ship work they are proud of. "
        "In seven years, I see myself leading an engineering group of fifty people. "
        "Outside work, I see myself living by the sea with time for my kids every evening.");
}

TEST_CASE("the draft vision statement from partial answers", "[vision_builder]") {
  SECTION("nothing given: no draft") { CHECK(draft_vision_statement(VisionBuilderInput{}).empty()); }
  SECTION("values and a personal future, no horizon") {
    VisionBuilderInput input;
    input.top_values = {"Integrity", " Health "};
    input.personal_future = "  I see myself   running a half marathon every spring. ";
    CHECK(draft_vision_statement(input) ==
          "My work and my life are guided by integrity and health. "
          "In the years ahead, outside work, I see myself running a half marathon every spring.");
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
    CHECK(draft_vision_statement(input) ==
          "Guided by courage, I am someone who says the hard thing kindly. "
          "Through my work, I want to build teams where I can step away for a month. "
          "In ten years, I see myself CTO of a small, kind company.");
  }
  SECTION("names and the word I keep their capitals; blank values are skipped") {
    VisionBuilderInput input;
    input.top_values = {"Faith in God", "", "McKinsey-style rigour"};
    input.impact = "I want to help people find work they love";
    input.horizon_years = 42;  // out of range: treated as no horizon
    input.professional_future = "I see myself as head of platform";
    CHECK(draft_vision_statement(input) ==
          "My work and my life are guided by faith in God and McKinsey-style rigour. "
          "Through my work, I want to help people find work they love. "
          "In the years ahead, I see myself as head of platform.");
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
    REQUIRE(validate_vision_builder_input(input).ok());
    const std::string draft = draft_vision_statement(input);
    CHECK(utf8_length(draft) <= kStatementMaxChars);
    CHECK(draft.find("Outside work, I see myself ppp") != std::string::npos);
  }
  SECTION("unvalidated, oversized answers drop the sentences that do not fit") {
    VisionBuilderInput input;
    input.leader = "a steady leader";
    input.impact = std::string(2500, 'i');
    input.personal_future = "living by the sea";
    CHECK(draft_vision_statement(input) ==
          "I am a steady leader. In the years ahead, outside work, I see myself living by the sea.");
  }
}

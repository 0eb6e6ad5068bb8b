// Unit tests for the vision rules.
#include <catch2/catch.hpp>

#include "domain/vision.h"

using namespace tn;

TEST_CASE("validate_vision accepts an empty vision and text at the limits", "[vision]") {
  VisionFields f;
  CHECK(validate_vision(f).ok());
  f.statement = std::string(kStatementMaxChars, 'x');
  f.organisation = std::string(kOrganisationMaxChars, 'x');
  f.horizon_years = 10;
  CHECK(validate_vision(f).ok());
}

TEST_CASE("validate_vision names the field that breaks a rule", "[vision]") {
  VisionFields f;
  SECTION("statement too long") {
    f.statement = std::string(kStatementMaxChars + 1, 'x');
    CHECK(validate_vision(f).field() == "statement");
  }
  SECTION("organisation too long") {
    f.organisation = std::string(kOrganisationMaxChars + 1, 'x');
    CHECK(validate_vision(f).field() == "organisation");
  }
  SECTION("mission too long") {
    f.mission = std::string(kMissionMaxChars + 1, 'x');
    CHECK(validate_vision(f).field() == "mission");
  }
  SECTION("future position too long") {
    f.future_position = std::string(kPositionMaxChars + 1, 'x');
    CHECK(validate_vision(f).field() == "future_position");
  }
  SECTION("horizon outside 5..10") {
    f.horizon_years = 4;
    CHECK(validate_vision(f).message() == "horizon_years must be between 5 and 10");
    f.horizon_years = 11;
    CHECK(validate_vision(f).field() == "horizon_years");
  }
}

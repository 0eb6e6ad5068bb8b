// Unit tests for the shared text rules: UTF-8 validation, character counting, length checks.
#include <catch2/catch.hpp>

#include "domain/text.h"

using namespace tn;

TEST_CASE("is_valid_utf8 accepts well-formed text and refuses broken bytes", "[text]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\x9F"));  // é € 🌟
  CHECK_FALSE(is_valid_utf8("\xC3"));                // truncated
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));            // truncated
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));            // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));        // UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));    // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("ok\x80"));              // stray continuation byte
}

TEST_CASE("utf8_length counts characters, not bytes", "[text]") {
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("abc") == 3);
  CHECK(utf8_length("caf\xC3\xA9") == 4);
  CHECK(utf8_length("\xF0\x9F\x8C\x9F") == 1);
}

TEST_CASE("length and range checks name the field", "[text]") {
  CHECK(check_max_length("statement", std::string(2000, 'a'), 2000).ok());
  const Status too_long = check_max_length("statement", std::string(2001, 'a'), 2000);
  CHECK(too_long.code() == Code::kInvalidArgument);
  CHECK(too_long.field() == "statement");
  CHECK(too_long.message() == "statement must be at most 2000 characters");

  const Status blank = check_required_text("title", "  \n ", 100);
  CHECK(blank.field() == "title");
  CHECK(blank.message() == "title is required");

  CHECK(check_range("horizon_years", 5, 5, 10).ok());
  CHECK(check_range("horizon_years", 11, 5, 10).message() == "horizon_years must be between 5 and 10");
  CHECK(trim("  a b \t") == "a b");
}

TEST_CASE("utf8_shortened cuts at a character boundary and says so", "[text]") {
  CHECK(utf8_shortened("abc", 3) == "abc");
  CHECK(utf8_shortened("abcd", 3) == "abc…");
  CHECK(utf8_shortened("caf\xC3\xA9s", 4) == "caf\xC3\xA9…");
  CHECK(utf8_shortened("\xF0\x9F\x8C\x9F\xF0\x9F\x8C\x9F", 1) == "\xF0\x9F\x8C\x9F…");
  CHECK(utf8_shortened("", 0).empty());
}

TEST_CASE("same_secret compares whole secrets of equal length", "[text]") {
  const std::string secret(64, 'a');
  CHECK(same_secret(secret, std::string(64, 'a')));
  CHECK_FALSE(same_secret(secret, std::string(63, 'a') + "b"));  // the last character differs
  CHECK_FALSE(same_secret(secret, "b" + std::string(63, 'a')));  // the first
  CHECK_FALSE(same_secret(secret, std::string(63, 'a')));        // a prefix
  CHECK_FALSE(same_secret(secret, secret + "a"));
  CHECK_FALSE(same_secret("", ""));  // an unset secret never matches
}

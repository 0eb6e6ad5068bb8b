// Unit tests for journal search: FTS5 query building from arbitrary user text, and character classes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "domain/search_query.h"
#include "domain/text.h"

using namespace tn;

namespace {

// True when `query` is one or more terms `"..."` or `"..."*` separated by single spaces, with no quote
// inside a term: the only shape FTS5 sees from us, which it always accepts.
bool is_well_formed(const std::string& query) {
  std::size_t i = 0;
  while (true) {
    if (i >= query.size() || query[i] != '"') return false;
    const std::size_t close = query.find('"', i + 1);
    if (close == std::string::npos || close == i + 1) return false;
    i = close + 1;
    if (i < query.size() && query[i] == '*') ++i;
    if (i == query.size()) return is_valid_utf8(query);
    if (query[i] != ' ') return false;
    ++i;
  }
}

std::string built(std::string_view text) { return build_fts_query(text).value_or("<none>"); }

}  // namespace

TEST_CASE("build_fts_query turns words into prefix strings", "[search]") {
  CHECK(built("growth") == "\"growth\"*");
  CHECK(built("  Growth   mindset\t") == "\"Growth\"* \"mindset\"*");
}

TEST_CASE("build_fts_query keeps the user's quoted phrases", "[search]") {
  CHECK(built("\"next week\" plan") == "\"next week\" \"plan\"*");
  CHECK(built("\"  next \t week  \"") == "\"next week\"");
  CHECK(built("\"!!!\" word") == "\"word\"*");  // a phrase without words is dropped

  SECTION("a quote without a partner is plain punctuation, not the start of a phrase") {
    CHECK(built("\"zephyr quokka") == "\"zephyr\"* \"quokka\"*");
    CHECK(built("zephyr quokka\"") == "\"zephyr\"* \"quokka\"*");
    CHECK(built("plan \"open") == "\"plan\"* \"open\"*");
    CHECK(built("a\"b c") == "\"a\" \"b\" \"c\"");
    CHECK(built("\"") == "<none>");
    CHECK(built("\"\"\"") == "<none>");
  }
  SECTION("quotes pair up left to right; only the last of an odd number is stray") {
    CHECK(built("\"next week\" plan \"open") == "\"next week\" \"plan\"* \"open\"*");
    CHECK(built("\"open \"next week\"") == "\"open\" \"next\"* \"week\"*");
    CHECK(built("\"a b\" \"c d\"") == "\"a b\" \"c d\"");
  }
}

TEST_CASE("build_fts_query treats punctuation and operators as plain text", "[search]") {
  SECTION("hyphens, apostrophes and colons stay inside the word") {
    CHECK(built("e-mail") == "\"e-mail\"*");
    CHECK(built("state-of-the-art") == "\"state-of-the-art\"*");
    CHECK(built("-foo foo-") == "\"foo\"* \"foo\"*");
    CHECK(built("don't 'quoted'") == "\"don't\"* \"quoted\"*");
    CHECK(built("title:growth") == "\"title:growth\"*");
  }
  SECTION("FTS5 operators and keywords") {
    CHECK(built("a OR b NOT c AND d") == "\"a\" \"OR\"* \"b\" \"NOT\"* \"c\" \"AND\"* \"d\"");
    CHECK(built("NEAR(a b)") == "\"NEAR(a\"* \"b\"");
    CHECK(built("foo* ^bar +baz -qux") == "\"foo\"* \"bar\"* \"baz\"* \"qux\"*");
    CHECK(built("( ) * ^ : + -") == "<none>");
  }
}

TEST_CASE("build_fts_query returns nothing for empty or punctuation-only input", "[search]") {
  CHECK_FALSE(build_fts_query("").has_value());
  CHECK_FALSE(build_fts_query(" \t\r\n ").has_value());
  CHECK_FALSE(build_fts_query("-- !! ?? ... ,").has_value());
  CHECK_FALSE(build_fts_query("\" \"").has_value());
  CHECK_FALSE(build_fts_query("\xF0\x9F\x99\x82").has_value());  // 🙂 only
}

TEST_CASE("build_fts_query keeps words of any script", "[search]") {
  CHECK(built("café Über") == "\"café\"* \"Über\"*");
  CHECK(built("Привет мир") == "\"Привет\"* \"мир\"*");
  CHECK(built("東京") == "\"東京\"*");
  CHECK(built("«déjà vu»") == "\"déjà\"* \"vu\"*");  // guillemets are punctuation
  CHECK(built("a\xC2\xA0" "b") == "\"a\" \"b\"");     // NO-BREAK SPACE separates
  CHECK(built("東京\xE3\x80\x80大阪") == "\"東京\"* \"大阪\"*");  // IDEOGRAPHIC SPACE separates
  CHECK(built("\xF0\x9F\x99\x82 joy") == "\"joy\"*");
}

TEST_CASE("build_fts_query survives control bytes and invalid UTF-8", "[search]") {
  CHECK(built(std::string_view("a\0b", 3)) == "\"a\" \"b\"");
  CHECK(built("a\x01" "b") == "\"a\" \"b\"");
  CHECK(built("ok\xFFyes") == "\"ok\"* \"yes\"*");
  CHECK(built("\"ph\xC3rase\"") == "\"ph rase\"");  // truncated é inside a phrase
}

TEST_CASE("build_fts_query output is always well formed", "[search]") {
  const std::vector<std::string> inputs{
      "\"",     "\"\"",       "a\"",        "\"a",        "a\"b\"c\"d",   "***",        "\"*\"*",
      "NEAR(",  "col:\"x\"",  "'\"'\"'",    "a - b",      "\xE2\x80\x9Cx\xE2\x80\x9D", "\xC3",
      "é\"ü",   "\"\"a\"\"",  "x\"\xFF\"y", "\t\"\n\"\t", "+(-)^*:",     "a\"\"\"b"};
  for (const std::string& input : inputs) {
    const auto query = build_fts_query(input);
    INFO("input: " << input);
    if (query) CHECK(is_well_formed(*query));
  }
}

TEST_CASE("character classes", "[search]") {
  SECTION("next_code_point decodes and steps over bad bytes") {
    std::size_t pos = 0;
    CHECK(next_code_point("\xC3\xA9x", pos) == 0xE9);
    CHECK(pos == 2);
    pos = 0;
    CHECK(next_code_point("\xFF", pos) == 0xFFFD);
    CHECK(pos == 1);
    pos = 0;
    CHECK(next_code_point("\xE2\x82", pos) == 0xFFFD);  // truncated euro sign
    CHECK(pos == 1);
    pos = 0;
    CHECK(next_code_point("\xF0\x9F\x99\x82", pos) == 0x1F642);
    CHECK(pos == 4);
  }
  SECTION("word characters") {
    for (const char32_t cp : {U'a', U'Z', U'7', U'é', U'ß', U'Ж', U'東', U'あ', U'々', U'क', U'\u093F', U'Ａ'}) {
      INFO("code point " << static_cast<unsigned>(cp));
      CHECK(is_word_code_point(cp));
    }
    for (const char32_t cp : {U'_', U'-', U'"', U'\u00AB', U'\u2019', U'\u2026', U'\u3001', U'\uFF01',
                              U'\U0001F642', U'\u00D7', U'\uFFFD'}) {
      INFO("code point " << static_cast<unsigned>(cp));
      CHECK_FALSE(is_word_code_point(cp));
    }
  }
  SECTION("space characters") {
    CHECK(is_space_code_point(U' '));
    CHECK(is_space_code_point(U'\n'));
    CHECK(is_space_code_point(U'\u00A0'));
    CHECK(is_space_code_point(U'\u3000'));
    CHECK_FALSE(is_space_code_point(U'a'));
    CHECK_FALSE(is_space_code_point(U'\u00E9'));
  }
}

TEST_CASE("a column phrase narrows a query and keeps odd text inside one string", "[search]") {
  CHECK(fts_with_column_phrase("\"team\"*", "tags", "work") == "(\"team\"*) AND tags : \"work\"");
  CHECK(fts_with_column_phrase("\"a\"", "tags", "x\"y") == "(\"a\") AND tags : \"x\"\"y\"");
}

TEST_CASE("a one-letter ASCII word is matched whole, longer words and other scripts as prefixes", "[search]") {
  CHECK(built("d") == "\"d\"");
  CHECK(built("do") == "\"do\"*");
  CHECK(built("\xE6\x9D\xB1") == "\"\xE6\x9D\xB1\"*");  // one CJK character stays a prefix (東 finds 東京)
}

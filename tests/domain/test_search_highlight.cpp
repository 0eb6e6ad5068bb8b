// Unit tests for marking a search's matches in a result: the highlighted title and the snippet.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "domain/search_highlight.h"

using namespace tn;

namespace {

// A stand-in for the full-text tokenizer: runs of ASCII letters and digits, lowercased; "ing" endings
// dropped so stemmed forms can be tested ("leading" -> "lead").
std::vector<TextToken> tokens_of(std::string_view text) {
  std::vector<TextToken> out;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    TextToken t{"", i, i};
    while (t.end < text.size() && std::isalnum(static_cast<unsigned char>(text[t.end]))) {
      t.form += static_cast<char>(std::tolower(static_cast<unsigned char>(text[t.end++])));
    }
    if (t.form.size() > 5 && t.form.ends_with("ing")) t.form.resize(t.form.size() - 3);
    i = t.end;
    out.push_back(std::move(t));
  }
  return out;
}

TokenizedText tokenized(std::string_view text) { return {text, tokens_of(text)}; }

// Segments written compactly: matched text in [brackets].
std::string shown(const std::vector<TextSegment>& segments) {
  std::string out;
  for (const TextSegment& s : segments) out += s.match ? "[" + s.text + "]" : s.text;
  return out;
}

TermTokens word(std::string form, bool prefix = true) { return {{std::move(form)}, prefix}; }

}  // namespace

TEST_CASE("highlight_matches marks whole words, prefixes and phrases in the whole text", "[search]") {
  const TokenizedText text = tokenized("Leading the team, I led teammates.");
  CHECK(shown(highlight_matches(text, {word("team")})) == "Leading the [team], I led [teammates].");
  CHECK(shown(highlight_matches(text, {word("team", false)})) == "Leading the [team], I led teammates.");
  CHECK(shown(highlight_matches(text, {word("lead")})) == "[Leading] the team, I led teammates.");
  CHECK(shown(highlight_matches(text, {{{"the", "team"}, false}})) == "Leading [the team], I led teammates.");
  CHECK(shown(highlight_matches(text, {{{"the", "te"}, true}})) == "Leading [the team], I led teammates.");
  CHECK(shown(highlight_matches(text, {word("zebra")})) == "Leading the team, I led teammates.");

  SECTION("overlapping matches of different terms merge; separate ones stay apart") {
    CHECK(shown(highlight_matches(text, {{{"the", "team"}, false}, word("team")})) ==
          "Leading [the team], I led [teammates].");
    // "Leading ", [the], " ", [team], ", I led ", [teammates], "."
    CHECK(highlight_matches(text, {word("the"), word("team")}).size() == 7);
  }
  SECTION("terms without forms match nothing; an empty text has no segments") {
    CHECK(shown(highlight_matches(text, {{{}, true}})) == "Leading the team, I led teammates.");
    CHECK(highlight_matches(tokenized(""), {word("team")}).empty());
  }
}

TEST_CASE("snippet_of_matches takes a window around the matches of the best column", "[search]") {
  const std::string body = "one two three four five six seven eight nine ten eleven twelve";
  const TokenizedText column = tokenized(body);

  SECTION("the matches in the middle, what was left out shown as …") {
    CHECK(shown(snippet_of_matches({column}, {word("seven", false)}, 3, 0)) == "…six [seven] eight…");
    CHECK(shown(snippet_of_matches({column}, {word("seven", false)}, 4, 0)) == "…six [seven] eight nine…");
  }
  SECTION("at the start or the end of the column the window stays inside, and keeps the text around it") {
    CHECK(shown(snippet_of_matches({column}, {word("one", false)}, 3, 0)) == "[one] two three…");
    CHECK(shown(snippet_of_matches({column}, {word("twelve", false)}, 3, 0)) == "…ten eleven [twelve]");
    const TokenizedText quoted = tokenized("«Growth» matters.");
    CHECK(shown(snippet_of_matches({quoted}, {word("growth")}, 24, 0)) == "«[Growth]» matters.");
  }
  SECTION("a window holding more different terms beats one with more matches of one term") {
    const TokenizedText text = tokenized("team team team x x x x x x x x x x team calm");
    CHECK(shown(snippet_of_matches({text}, {word("team"), word("calm")}, 3, 0)) == "…x [team] [calm]");
    CHECK(shown(snippet_of_matches({text}, {word("team")}, 3, 0)) == "[team] [team] [team]…");
  }
  SECTION("the column with the best window wins; on a tie, the first") {
    const TokenizedText answers = tokenized("A calm morning with the team");
    CHECK(shown(snippet_of_matches({column, answers}, {word("calm")}, 24, 0)) == "A [calm] morning with the team");
    CHECK(shown(snippet_of_matches({tokenized("calm sea"), answers}, {word("calm")}, 24, 0)) == "[calm] sea");
  }
  SECTION("no match anywhere: the start of the fallback column, or of the first with text") {
    const TokenizedText empty = tokenized("");
    CHECK(shown(snippet_of_matches({column, tokenized("other")}, {word("zebra")}, 2, 1)) == "other");
    CHECK(shown(snippet_of_matches({empty, column}, {word("zebra")}, 2, 0)) == "one two…");
    CHECK(snippet_of_matches({empty, empty}, {word("zebra")}, 2, 0).empty());
  }
}

TEST_CASE("limit_segments keeps results small whatever the text", "[search]") {
  const std::string huge(50000, 'w');
  const auto limited = limit_segments({{huge, false}, {"zebrafinch", true}, {"", false}, {huge, false}}, 120, 480);
  REQUIRE(limited.size() == 3);
  CHECK(limited[0].text == std::string(120, 'w') + "…");
  CHECK(limited[1] == TextSegment{"zebrafinch", true});
  CHECK(limited[2].text == std::string(120, 'w') + "…");

  const auto total = limit_segments({{huge, false}, {huge, true}, {huge, false}, {huge, true}, {"late", false}}, 200, 480);
  REQUIRE(total.size() == 3);
  CHECK(total[2].text == std::string(78, 'w') + "…");  // 201 + 201 + 79 characters, then nothing more
}

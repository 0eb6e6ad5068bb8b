// Unit tests for journal entries: kinds and prompts, free-entry suggestions, tag rules and validation.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "domain/journal.h"

using namespace tn;

namespace {

// A valid weekly entry to start each validation case from.
EntryInput weekly_input() {
  EntryInput in;
  in.kind = "weekly";
  in.date = "2026-11-26";
  in.answers["learned"] = std::string("Ask earlier.");
  return in;
}

std::string utf8_repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

void check_invalid(const EntryInput& in, const std::string& field, const std::string& message) {
  const Result<NormalisedEntry> r = normalise_entry(in);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Code::kInvalidArgument);
  CHECK(r.status().field() == field);
  CHECK(r.status().message() == message);
}

}  // namespace

TEST_CASE("entry kinds are a table of prompts", "[journal]") {
  const auto kinds = entry_kinds();
  REQUIRE(kinds.size() == 3);
  CHECK(kinds[0].id == "weekly");
  CHECK(kinds[1].id == "monthly");
  CHECK(kinds[2].id == "free");
  CHECK(find_entry_kind("daily") == nullptr);

  const KindSpec& weekly = *find_entry_kind("weekly");
  CHECK(weekly.prompts.size() == 4);
  const PromptSpec* learned = find_prompt(weekly, "learned");
  REQUIRE(learned != nullptr);
  CHECK(learned->type == PromptType::kText);

  const KindSpec& monthly = *find_entry_kind("monthly");
  CHECK(monthly.prompts.size() == 5);
  const PromptSpec* fit = find_prompt(monthly, "values_fit");
  REQUIRE(fit != nullptr);
  CHECK(fit->type == PromptType::kRating);
  CHECK(find_prompt(monthly, "learned") == nullptr);

  CHECK(find_entry_kind("free")->prompts.empty());

  for (const KindSpec& kind : kinds) {
    std::set<std::string_view> keys;
    for (const PromptSpec& prompt : kind.prompts) {
      CHECK(keys.insert(prompt.key).second);
      CHECK_FALSE(prompt.label.empty());
      CHECK_FALSE(prompt.question.empty());
    }
  }
}

TEST_CASE("default titles come from kind and date", "[journal]") {
  const Date thursday{2026, 11, 26};  // ISO week 48 of 2026 (Monday 2026-11-23)
  CHECK(find_entry_kind("weekly")->default_title(thursday) == "Week 48, 2026 reflection");
  // Fri 2027-01-01 lies in week 53 of ISO year 2026 (2026 starts on a Thursday).
  CHECK(find_entry_kind("weekly")->default_title(Date{2027, 1, 1}) == "Week 53, 2026 reflection");
  CHECK(find_entry_kind("monthly")->default_title(Date{2026, 11, 5}) == "November 2026 review");
  CHECK(find_entry_kind("free")->default_title(Date{2026, 11, 5}) == "Journal entry, 5 November 2026");
}

TEST_CASE("free prompt suggestions rotate weekly", "[journal]") {
  const auto pool = free_prompt_pool();
  REQUIRE(pool.size() == 12);
  CHECK(std::set<std::string_view>(pool.begin(), pool.end()).size() == 12);

  // Week of Mon 2026-11-23 has iso_week_index 2968 (see test_streak). Offset = 2968 * count mod 12.
  SECTION("count 3: 2968 * 3 = 8904 = 742 * 12, offset 0; next week offset 3") {
    const auto monday = free_prompt_suggestions(Date{2026, 11, 23}, 3);
    REQUIRE(monday.size() == 3);
    CHECK(monday[0] == pool[0]);
    CHECK(monday[2] == pool[2]);
    CHECK(free_prompt_suggestions(Date{2026, 11, 29}, 3) == monday);  // same all week, to Sunday
    const auto next = free_prompt_suggestions(Date{2026, 11, 30}, 3);
    CHECK(next[0] == pool[3]);
  }
  SECTION("count 5: 2968 * 5 = 14840 = 1236 * 12 + 8, offset 8, wrapping to the start") {
    const auto s = free_prompt_suggestions(Date{2026, 11, 25}, 5);
    REQUIRE(s.size() == 5);
    CHECK(s[0] == pool[8]);
    CHECK(s[3] == pool[11]);
    CHECK(s[4] == pool[0]);
  }
  SECTION("count is clamped") {
    CHECK(free_prompt_suggestions(Date{2026, 11, 25}, 0).empty());
    const auto all = free_prompt_suggestions(Date{2026, 11, 25}, 99);
    CHECK(std::set<std::string_view>(all.begin(), all.end()).size() == 12);
  }
  SECTION("dates before 1970 work too") {
    CHECK(free_prompt_suggestions(Date{1950, 6, 1}, 3).size() == 3);
  }
}

TEST_CASE("normalise_tag trims, lowercases and joins words with '-'", "[journal]") {
  CHECK(normalise_tag("  Deep   Work\t") == "deep-work");
  CHECK(normalise_tag(" \xC2\xA0 ") == "");  // only (no-break) spaces
  CHECK(normalise_tag("ÀÉÎ Õ") == "àéî-õ");
  CHECK(normalise_tag("ŁÓDŹ") == "łódź");          // Latin Extended-A pairs, odd and even uppercase
  CHECK(normalise_tag("İstanbul") == "istanbul");
  CHECK(normalise_tag("ΑΘΉΝΑ") == "αθήνα");        // Ή U+0389 -> ή U+03AE
  CHECK(normalise_tag("МОСКВА Ёж") == "москва-ёж");
  CHECK(normalise_tag("ԱՐԱՐԱՏ") == "արարատ");      // Armenian: +0x30
  CHECK(normalise_tag("VIỆT ẞ") == "việt-ß");       // Latin Extended Additional, capital sharp s
  CHECK(normalise_tag("Ｗｏｒｋ") == "ｗｏｒｋ");  // full-width Latin
  CHECK(normalise_tag("日本語") == "日本語");       // no case: unchanged
}

TEST_CASE("normalise_entry accepts and canonicalises a full entry", "[journal]") {
  EntryInput in = weekly_input();
  in.title = "  A hard week  ";
  in.body = "  ";
  in.answers["challenges"] = std::string("  The launch slipped.\n");
  in.answers["response"] = std::string("   ");  // blank answers are dropped
  in.tags = {" Deep Work ", "deep-work", "Café", "ÜBER  Mut", "日本語", "focus_time"};
  in.mood = 3;
  in.value_ids = {3, 1, 3};

  const Result<NormalisedEntry> r = normalise_entry(in);
  REQUIRE(r.ok());
  CHECK(r->kind->id == "weekly");
  CHECK(r->date == Date{2026, 11, 26});
  CHECK(r->title == "A hard week");
  CHECK(r->body.empty());
  REQUIRE(r->answers.size() == 2);
  CHECK(std::get<std::string>(r->answers.at("challenges")) == "The launch slipped.");
  CHECK(std::get<std::string>(r->answers.at("learned")) == "Ask earlier.");
  CHECK(r->tags == std::vector<std::string>{"deep-work", "café", "über-mut", "日本語", "focus_time"});
  CHECK(r->mood == 3);
  CHECK_FALSE(r->energy.has_value());
  CHECK(r->value_ids == std::vector<long long>{3, 1});

  SECTION("an empty title gets the default") {
    in.title = " ";
    CHECK(normalise_entry(in)->title == "Week 48, 2026 reflection");
  }
  SECTION("the body is kept as typed") {
    in.body = "    indented code\n";
    CHECK(normalise_entry(in)->body == "    indented code\n");
  }
}

TEST_CASE("normalise_entry checks kind, date, title and body", "[journal]") {
  EntryInput in = weekly_input();
  SECTION("kind") {
    in.kind = "daily";
    in.date = "bad";  // kind is reported first
    check_invalid(in, "kind", "kind must be one of weekly, monthly, free");
  }
  SECTION("date") {
    in.date = "2026-02-29";  // 2026 is not a leap year
    check_invalid(in, "date", "date must be a date like 2026-01-31");
    in.date = "2026-11-5";
    check_invalid(in, "date", "date must be a date like 2026-01-31");
    in.date = "2024-02-29";
    CHECK(normalise_entry(in).ok());
  }
  SECTION("title length counts characters, after trimming") {
    in.title = "  " + utf8_repeat("é", 200) + "  ";
    CHECK(normalise_entry(in).ok());
    in.title = std::string(201, 't');
    check_invalid(in, "title", "title must be at most 200 characters");
  }
  SECTION("body") {
    in.body = std::string(100'000, 'b');
    CHECK(normalise_entry(in).ok());
    in.body = std::string(100'001, 'b');
    check_invalid(in, "body", "body must be at most 100000 characters");
    in.body = "bad \xFF byte";
    check_invalid(in, "body", "body must be valid UTF-8 text");
  }
  SECTION("an entry needs a body or an answer") {
    in.answers.clear();
    in.mood = 4;
    check_invalid(in, "body", "body is required when no question is answered");
    in.answers["learned"] = std::string(" \n ");
    check_invalid(in, "body", "body is required when no question is answered");
    in.body = "Just a note.";
    CHECK(normalise_entry(in).ok());
  }
}

TEST_CASE("normalise_entry checks answers against the kind's prompts", "[journal]") {
  EntryInput in = weekly_input();
  SECTION("unknown keys") {
    in.answers["mood_text"] = std::string("x");
    check_invalid(in, "answers.mood_text", "answers.mood_text is not a question of weekly entries");
  }
  SECTION("a key unfit for a field name is not echoed") {
    in.answers["Bad Key!"] = std::string("x");
    check_invalid(in, "answers", "answers is not a question of weekly entries");
  }
  SECTION("free entries have no prompts") {
    in.kind = "free";
    check_invalid(in, "answers.learned", "answers.learned is not a question of free entries");
  }
  SECTION("text answers") {
    in.answers["learned"] = 4LL;
    check_invalid(in, "answers.learned", "answers.learned must be text");
    in.answers["learned"] = std::string(10'000, 'x');
    CHECK(normalise_entry(in).ok());
    in.answers["learned"] = std::string(10'001, 'x');
    check_invalid(in, "answers.learned", "answers.learned must be at most 10000 characters");
  }
  SECTION("rating answers") {
    in.kind = "monthly";
    in.answers.clear();
    in.answers["values_fit"] = 5LL;
    const Result<NormalisedEntry> only_rating = normalise_entry(in);
    REQUIRE(only_rating.ok());  // a rating alone is content
    CHECK(std::get<long long>(only_rating->answers.at("values_fit")) == 5);
    CHECK(only_rating->title == "November 2026 review");
    in.answers["values_fit"] = 6LL;
    check_invalid(in, "answers.values_fit", "answers.values_fit must be between 1 and 5");
    in.answers["values_fit"] = 0LL;
    check_invalid(in, "answers.values_fit", "answers.values_fit must be between 1 and 5");
    in.answers["values_fit"] = std::string("4");
    check_invalid(in, "answers.values_fit", "answers.values_fit must be a rating from 1 to 5");
  }
}

TEST_CASE("normalise_entry checks tags", "[journal]") {
  EntryInput in = weekly_input();
  SECTION("the failing tag is named by its index") {
    in.tags = {"ok", "fine", "bad!"};
    check_invalid(in, "tags[2]", "tags[2] may contain only letters, digits, '-' and '_'");
    in.tags = {"ok", "\xF0\x9F\x99\x82"};  // emoji
    check_invalid(in, "tags[1]", "tags[1] may contain only letters, digits, '-' and '_'");
  }
  SECTION("empty and invalid text") {
    in.tags = {"ok", "   "};
    check_invalid(in, "tags[1]", "tags[1] must not be empty");
    in.tags = {"\xC3"};
    check_invalid(in, "tags[0]", "tags[0] must be valid UTF-8 text");
  }
  SECTION("length in characters") {
    in.tags = {utf8_repeat("ü", 40)};
    CHECK(normalise_entry(in).ok());
    in.tags = {std::string(41, 'a')};
    check_invalid(in, "tags[0]", "tags[0] must be at most 40 characters");
  }
  SECTION("at most 20 distinct tags, counted after removing duplicates") {
    for (int i = 0; i < 20; ++i) in.tags.push_back("t" + std::to_string(i));
    in.tags.push_back("T0");  // duplicate of t0 once lowercased
    CHECK(normalise_entry(in)->tags.size() == 20);
    in.tags.push_back("t20");
    check_invalid(in, "tags", "tags must hold at most 20 tags");
  }
}

TEST_CASE("normalise_entry checks mood, energy and value ids", "[journal]") {
  EntryInput in = weekly_input();
  SECTION("mood and energy run from 1 to 5") {
    in.mood = 0;
    check_invalid(in, "mood", "mood must be between 1 and 5");
    in.mood = 5;
    in.energy = 6;
    check_invalid(in, "energy", "energy must be between 1 and 5");
    in.energy = 1;
    const Result<NormalisedEntry> r = normalise_entry(in);
    REQUIRE(r.ok());
    CHECK(r->mood == 5);
    CHECK(r->energy == 1);
  }
  SECTION("value ids are positive") {
    in.value_ids = {1, 0};
    check_invalid(in, "value_ids[1]", "value_ids[1] must be a positive id");
    in.value_ids = {-5};
    check_invalid(in, "value_ids[0]", "value_ids[0] must be a positive id");
  }
  SECTION("at most 20 distinct value ids") {
    for (long long id = 1; id <= 20; ++id) in.value_ids.push_back(id);
    in.value_ids.push_back(7);
    CHECK(normalise_entry(in)->value_ids.size() == 20);
    in.value_ids.push_back(21);
    check_invalid(in, "value_ids", "value_ids must hold at most 20 values");
  }
}

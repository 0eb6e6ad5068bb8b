// Unit tests for the values catalogue, custom value rules and the card-sort / top-values rules.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <utility>

#include "domain/text.h"
#include "domain/values_catalog.h"

using namespace tn;

namespace {

std::size_t word_count(std::string_view text) {
  std::istringstream words{std::string(text)};
  std::size_t n = 0;
  for (std::string word; words >> word;) ++n;
  return n;
}

// A card sort with seven values in the very-important pile, one in important and one not important.
CardSort sample_sort() {
  CardSort sort;
  for (const char* key : {"integrity", "curiosity", "family", "health", "courage", "learning", "custom:7"}) {
    sort[key] = SortPile::kVeryImportant;
  }
  sort["wealth"] = SortPile::kImportant;
  sort["fun"] = SortPile::kNotImportant;
  return sort;
}

std::vector<RankedValue> five_ranked(std::string last_meaning) {
  return {{"integrity", "I do what I say."},
          {"curiosity", "I keep asking why."},
          {"family", "Evenings are theirs."},
          {"health", "Sleep comes first."},
          {"custom:7", std::move(last_meaning)}};
}

}  // namespace

TEST_CASE("values catalogue holds at least 60 well-formed, unique values", "[values_catalog]") {
  const auto catalog = values_catalog();
  CHECK(catalog.size() >= 60);
  std::set<std::string_view> slugs;
  std::set<std::string> names;
  for (const CatalogValue& value : catalog) {
    INFO(value.slug);
    CHECK(slugs.insert(value.slug).second);
    CHECK(names.insert(name_key(value.name)).second);
    CHECK(value.slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string_view::npos);
    CHECK(word_count(value.definition) >= 8);
    CHECK(word_count(value.definition) <= 18);
    CHECK(value.definition.back() == '.');
  }
  SECTION("sorted by name so the UI can list it as is") {
    for (std::size_t i = 1; i < catalog.size(); ++i) CHECK(catalog[i - 1].name < catalog[i].name);
  }
}

TEST_CASE("find_catalog_value looks values up by exact slug", "[values_catalog]") {
  const CatalogValue* integrity = find_catalog_value("integrity");
  REQUIRE(integrity != nullptr);
  CHECK(integrity->name == "Integrity");
  REQUIRE(find_catalog_value("financial_security") != nullptr);
  CHECK(find_catalog_value("financial_security")->name == "Financial security");
  CHECK(find_catalog_value("Integrity") == nullptr);
  CHECK(find_catalog_value("") == nullptr);
  CHECK(find_catalog_value("no_such_value") == nullptr);
}

TEST_CASE("the catalogue holds every value the product brief and the method name", "[values_catalog]") {
  // The brief's examples of criteria that come from core values (career advancement, well-being, family
  // time, money, learning), its life areas (career, finances, health, relationships, growth, fun), balance
  // and boundaries, and the values the method's own examples use (impact, flexibility, social
  // responsibility, integrity), each with the catalogue value that stands for it.
  const std::pair<const char*, const char*> named[] = {
      {"impact", "Impact"},
      {"flexibility", "Flexibility"},
      {"social_responsibility", "Social responsibility"},
      {"career_advancement", "Career advancement"},
      {"well_being", "Well-being"},
      {"family", "Family"},
      {"financial_security", "Financial security"},
      {"wealth", "Wealth"},
      {"learning", "Learning"},
      {"health", "Health"},
      {"friendship", "Friendship"},
      {"personal_growth", "Personal growth"},
      {"fun", "Fun"},
      {"balance", "Balance"},
      {"integrity", "Integrity"},
  };
  for (const auto& [slug, name] : named) {
    INFO(slug);
    const CatalogValue* value = find_catalog_value(slug);
    REQUIRE(value != nullptr);
    CHECK(value->name == name);
  }
}

TEST_CASE("catalogue keys stay stable: every key stored sorts may hold is still there", "[values_catalog]") {
  // The keys of the first catalogue; stored card sorts and core values reference them. Add values, never
  // rename or remove one of these.
  const char* const keys[] = {
      "accountability", "achievement", "adaptability", "adventure", "ambition", "authenticity", "autonomy",
      "balance", "beauty", "belonging", "challenge", "collaboration", "commitment", "community", "compassion",
      "competence", "courage", "creativity", "curiosity", "diversity", "efficiency", "empathy", "excellence",
      "fairness", "faith", "family", "financial_security", "freedom", "friendship", "fun", "generosity",
      "gratitude", "harmony", "health", "honesty", "humility", "humour", "independence", "influence",
      "inner_peace", "innovation", "integrity", "justice", "kindness", "leadership", "learning", "legacy",
      "love", "loyalty", "mastery", "meaningful_work", "mentoring", "nature", "openness", "optimism",
      "patience", "perseverance", "personal_growth", "purpose", "recognition", "reliability", "respect",
      "responsibility", "self_respect", "service", "simplicity", "stability", "sustainability",
      "transparency", "trust", "wealth", "wisdom",
  };
  for (const char* key : keys) {
    INFO(key);
    CHECK(find_catalog_value(key) != nullptr);
  }
}

TEST_CASE("name_key folds case and spacing only", "[values_catalog]") {
  CHECK(name_key("  Work \t  LIFE  ") == "work life");
  CHECK(name_key("Self-respect") == "self-respect");
  CHECK(name_key("") == "");
  CHECK(name_key("\xC3\x89thique") == "\xC3\x89thique");  // "Éthique": non-ASCII letters stay as typed
}

TEST_CASE("custom values need a fresh name and a short definition", "[values_catalog]") {
  const std::vector<std::string> mine = {"Craftsmanship", "Quiet mornings"};

  SECTION("a new name with or without a definition is fine") {
    CHECK(validate_custom_value("Playfulness", "", mine).ok());
    CHECK(validate_custom_value("Playfulness", "Keeping work light.", mine).ok());
    CHECK(validate_custom_value(std::string(60, 'x'), std::string(200, 'y'), mine).ok());
  }
  SECTION("the name is required and at most 60 characters") {
    const Status blank = validate_custom_value("   ", "", mine);
    CHECK(blank.field() == "name");
    CHECK(blank.message() == "name is required");
    const Status too_long = validate_custom_value(std::string(61, 'x'), "", mine);
    CHECK(too_long.field() == "name");
    CHECK(too_long.message() == "name must be at most 60 characters");
  }
  SECTION("the name may not repeat a catalogue value, ignoring case and spacing") {
    const Status dup = validate_custom_value("  inner   PEACE ", "", mine);
    CHECK(dup.code() == Code::kInvalidArgument);
    CHECK(dup.field() == "name");
    CHECK(dup.message() == "name is already a built-in value (Inner peace); pick it from the list instead");
  }
  SECTION("the name may not repeat another custom value") {
    const Status dup = validate_custom_value("quiet Mornings", "", mine);
    CHECK(dup.field() == "name");
    CHECK(dup.message() == "name is already one of your custom values");
  }
  SECTION("the definition is at most 200 characters") {
    const Status too_long = validate_custom_value("Playfulness", std::string(201, 'y'), mine);
    CHECK(too_long.field() == "definition");
    CHECK(too_long.message() == "definition must be at most 200 characters");
  }
}

TEST_CASE("card sort piles parse from their ids", "[values_catalog]") {
  for (const SortPile pile : {SortPile::kVeryImportant, SortPile::kImportant, SortPile::kNotImportant}) {
    const auto parsed = parse_sort_pile_field("pile", sort_pile_id(pile));
    REQUIRE(parsed.ok());
    CHECK(*parsed == pile);
  }
  CHECK(sort_pile_id(SortPile::kVeryImportant) == "very_important");
  const auto bad = parse_sort_pile_field("pile", "Very important");
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().field() == "pile");
  CHECK(bad.status().message() == "pile must be one of very_important, important, not_important");
}

TEST_CASE("a card may be placed only when the value exists", "[values_catalog]") {
  const std::vector<std::string> custom = {"custom:7"};
  CHECK(validate_card_placement("integrity", custom).ok());
  CHECK(validate_card_placement("custom:7", custom).ok());
  const Status unknown = validate_card_placement("custom:8", custom);
  CHECK(unknown.field() == "value");
  CHECK(unknown.message() == "value must be a built-in value or one of your custom values");
  CHECK_FALSE(validate_card_placement("", custom).ok());
}

TEST_CASE("top values list rules for drafts and the finished exercise", "[values_catalog]") {
  const CardSort sort = sample_sort();

  SECTION("a complete list of five with meanings finishes") {
    CHECK(validate_top_values(five_ranked("Making things well."), sort, TopValuesStage::kFinal).ok());
  }
  SECTION("an empty meaning is fine in a draft but not to finish") {
    CHECK(validate_top_values(five_ranked(""), sort, TopValuesStage::kDraft).ok());
    const Status s = validate_top_values(five_ranked("  "), sort, TopValuesStage::kFinal);
    CHECK(s.field() == "top_values[4].meaning");
    CHECK(s.message() == "top_values[4].meaning is required");
  }
  SECTION("fewer than five is a draft only") {
    std::vector<RankedValue> three = five_ranked("x");
    three.resize(3);
    CHECK(validate_top_values(three, sort, TopValuesStage::kDraft).ok());
    CHECK(validate_top_values({}, sort, TopValuesStage::kDraft).ok());
    const Status s = validate_top_values(three, sort, TopValuesStage::kFinal);
    CHECK(s.field() == "top_values");
    CHECK(s.message() == "top_values must hold at least 5 values to finish the exercise");
  }
  SECTION("more than ten is refused at any stage") {
    CardSort big = sort;
    std::vector<RankedValue> eleven;
    for (int i = 0; i < 11; ++i) {
      big["custom:" + std::to_string(100 + i)] = SortPile::kVeryImportant;
      eleven.push_back({"custom:" + std::to_string(100 + i), "m"});
    }
    CHECK(validate_top_values(eleven, big, TopValuesStage::kDraft).field() == "top_values");
    eleven.pop_back();
    CHECK(validate_top_values(eleven, big, TopValuesStage::kFinal).ok());
  }
  SECTION("every value must come from the very-important pile") {
    std::vector<RankedValue> list = five_ranked("x");
    list[2].value_key = "wealth";  // in the important pile
    Status s = validate_top_values(list, sort, TopValuesStage::kDraft);
    CHECK(s.field() == "top_values[2].value");
    CHECK(s.message() == "top_values[2].value must be a value from your very important pile");
    list[2].value_key = "kindness";  // never sorted
    CHECK(validate_top_values(list, sort, TopValuesStage::kDraft).field() == "top_values[2].value");
  }
  SECTION("no value twice") {
    std::vector<RankedValue> list = five_ranked("x");
    list[3].value_key = "integrity";
    const Status s = validate_top_values(list, sort, TopValuesStage::kDraft);
    CHECK(s.field() == "top_values[3].value");
    CHECK(s.message() == "top_values[3].value repeats a value already in the list");
  }
  SECTION("a meaning is at most 500 characters") {
    CHECK(validate_top_values(five_ranked(std::string(500, 'm')), sort, TopValuesStage::kFinal).ok());
    const Status s = validate_top_values(five_ranked(std::string(501, 'm')), sort, TopValuesStage::kDraft);
    CHECK(s.field() == "top_values[4].meaning");
    CHECK(s.message() == "top_values[4].meaning must be at most 500 characters");
  }
}

TEST_CASE("a value taken out of the ranking goes back to its rank", "[values_catalog]") {
  const std::vector<RankedValue> four = {{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}};
  const auto keys = [](const std::vector<RankedValue>& list) {
    std::string out;
    for (const RankedValue& r : list) out += r.value_key;
    return out;
  };
  CHECK(keys(reinsert_ranked_value(four, {"x", "mine"}, 1)) == "xabcd");
  CHECK(keys(reinsert_ranked_value(four, {"x", ""}, 3)) == "abxcd");
  CHECK(keys(reinsert_ranked_value(four, {"x", ""}, 9)) == "abcdx");  // the list got shorter meanwhile
  CHECK(reinsert_ranked_value(four, {"x", "mine"}, 1)[0].meaning == "mine");
  CHECK(keys(reinsert_ranked_value(four, {"c", ""}, 1)) == "abcd");  // already listed
  std::vector<RankedValue> full;
  for (char c = 'a'; c < 'a' + static_cast<char>(kMaxTopValues); ++c) full.push_back({std::string(1, c), ""});
  CHECK(reinsert_ranked_value(full, {"x", ""}, 1).size() == kMaxTopValues);
}

TEST_CASE("two rankings of core values compared: each value's rank then and now", "[values]") {
  const std::vector<RankedName> then = {{"honesty", "Honesty"}, {"family", "Family"}, {"growth", "Growth"}, {"custom:4", "Craft"}};
  const std::vector<RankedName> now = {{"family", "Family"}, {"honesty", "Honesty"}, {"growth", "Growth"}, {"courage", "Courage"}};
  const std::vector<RankChange> changes = compare_rankings(then, now);
  REQUIRE(changes.size() == 5);
  CHECK(changes[0].value_key == "family");
  CHECK(changes[0].then_rank == 2);
  CHECK(changes[0].now_rank == 1);
  CHECK(rank_move_id(changes[0].move) == "up");
  CHECK(rank_move_id(changes[1].move) == "down");
  CHECK(changes[2].move == RankMove::kSame);
  CHECK(changes[3].move == RankMove::kNew);
  CHECK(changes[3].now_rank == 4);
  CHECK_FALSE(changes[3].then_rank);
  CHECK(changes[4].name == "Craft");
  CHECK(changes[4].move == RankMove::kGone);
  CHECK(changes[4].then_rank == 4);
  CHECK_FALSE(changes[4].now_rank);
  CHECK(compare_rankings({}, {}).empty());
}

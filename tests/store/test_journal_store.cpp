// Store tests for journal entries: round trips, versions, the trash, list paging, search and lessons.
#include <catch2/catch.hpp>

#include "store/journal_store.h"
#include "temp_db.h"

using namespace tn;

namespace {

NormalisedEntry weekly(const std::string& date, const std::string& learned, std::vector<std::string> tags = {}) {
  EntryInput in;
  in.kind = "weekly";
  in.date = date;
  in.answers["learned"] = learned;
  in.answers["challenges"] = std::string("A hard conversation about the roadmap");
  in.tags = std::move(tags);
  in.mood = 4;
  auto entry = normalise_entry(in);
  REQUIRE(entry.ok());
  return *entry;
}

NormalisedEntry free_entry(const std::string& date, const std::string& body) {
  EntryInput in;
  in.kind = "free";
  in.date = date;
  in.body = body;
  auto entry = normalise_entry(in);
  REQUIRE(entry.ok());
  return *entry;
}

}  // namespace

TEST_CASE("journal entries round-trip with answers, tags and versions", "[journal_store]") {
  test::TempDatabase temp;
  Database& journal = temp.db();

  auto created = create_entry(journal, weekly("2026-03-04", "Ask earlier", {"work", "feedback"}));
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK(created->title == "Week 10, 2026 reflection");
  CHECK(std::get<std::string>(created->answers.at("learned")) == "Ask earlier");
  CHECK(created->tags == std::vector<std::string>{"work", "feedback"});
  CHECK(created->mood == 4);

  SECTION("an unchanged update keeps the version; a change bumps it; a stale version conflicts") {
    CHECK(update_entry(journal, created->id, weekly("2026-03-04", "Ask earlier", {"work", "feedback"}), 1)->version == 1);
    auto changed = update_entry(journal, created->id, weekly("2026-03-04", "Ask much earlier", {"feedback"}), 1);
    REQUIRE(changed.ok());
    CHECK(changed->version == 2);
    CHECK(changed->tags == std::vector<std::string>{"feedback"});
    auto stale = update_entry(journal, created->id, weekly("2026-03-04", "Lost", {}), 1);
    CHECK(stale.status().code() == Code::kConflict);
    CHECK(std::get<std::string>(load_entry(journal, created->id)->answers.at("learned")) == "Ask much earlier");
  }

  SECTION("unknown ids are not found") {
    CHECK(load_entry(journal, 999).status().code() == Code::kNotFound);
    CHECK(update_entry(journal, 999, weekly("2026-03-04", "x"), 1).status().code() == Code::kNotFound);
    CHECK(trash_entry(journal, 999).status().code() == Code::kNotFound);
  }

  SECTION("trash hides an entry from lists, search and tags; restore brings it back") {
    REQUIRE(trash_entry(journal, created->id).ok());
    CHECK(list_entries(journal, {}, std::nullopt, 10)->items.empty());
    CHECK(search_entries(journal, parse_search_terms("earlier"), {}, SearchOrder::kRelevance, {}, {}, 10)->items.empty());
    CHECK(tag_counts(journal)->empty());
    CHECK(list_trash(journal, 10)->size() == 1);
    CHECK(update_entry(journal, created->id, weekly("2026-03-04", "x"), 1).status().code() == Code::kConflict);
    REQUIRE(restore_entry(journal, created->id).ok());
    CHECK(list_entries(journal, {}, std::nullopt, 10)->items.size() == 1);
    CHECK(purge_entry(journal, created->id).code() == Code::kConflict);
    REQUIRE(trash_entry(journal, created->id).ok());
    REQUIRE(purge_entry(journal, created->id).ok());
    CHECK(load_entry(journal, created->id).status().code() == Code::kNotFound);
  }
}

TEST_CASE("the trash is most recently trashed first, also for entries trashed within one millisecond", "[journal_store]") {
  test::TempDatabase temp;
  Database& journal = temp.db();
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 6; ++i) ids.push_back(create_entry(journal, free_entry("2026-01-0" + std::to_string(i + 1), "Tidy"))->id);
  const std::vector<std::int64_t> order{ids[3], ids[0], ids[5], ids[1], ids[4], ids[2]};
  for (const std::int64_t id : order) REQUIRE(trash_entry(journal, id).ok());  // far faster than one a millisecond

  const auto trash = list_trash(journal, 10);
  REQUIRE(trash.ok());
  std::vector<std::int64_t> listed;
  for (const EntrySummary& e : *trash) listed.push_back(e.id);
  CHECK(listed == std::vector<std::int64_t>(order.rbegin(), order.rend()));
  for (std::size_t i = 1; i < trash->size(); ++i) CHECK(*(*trash)[i - 1].deleted_at > *(*trash)[i].deleted_at);
  CHECK_THAT(*trash->front().deleted_at, Catch::Matches(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"));
}

TEST_CASE("journal lists page newest first with a stable cursor", "[journal_store]") {
  test::TempDatabase temp;
  Database& journal = temp.db();
  for (int day = 1; day <= 9; ++day) {
    REQUIRE(create_entry(journal, free_entry("2026-01-0" + std::to_string(day), "Day " + std::to_string(day))).ok());
  }
  REQUIRE(create_entry(journal, free_entry("2026-01-05", "Second on day 5")).ok());

  std::vector<std::string> seen;
  std::optional<DateCursor> cursor;
  for (int pages = 0; pages < 10; ++pages) {
    auto page = list_entries(journal, {}, cursor, 3);
    REQUIRE(page.ok());
    for (const auto& item : page->items) seen.push_back(item.date + "#" + std::to_string(item.id));
    if (!page->more) break;
    cursor = DateCursor{page->items.back().date, page->items.back().id};
  }
  REQUIRE(seen.size() == 10);
  CHECK(seen.front() == "2026-01-09#9");
  CHECK(seen[4] == "2026-01-05#10");
  CHECK(seen[5] == "2026-01-05#5");
  CHECK(seen.back() == "2026-01-01#1");

  EntryFilter range;
  range.from = "2026-01-03";
  range.to = "2026-01-04";
  CHECK(list_entries(journal, range, std::nullopt, 10)->items.size() == 2);
}

TEST_CASE("journal search matches English word forms and marks them in the title and the snippet", "[journal_store]") {
  test::TempDatabase temp;
  Database& journal = temp.db();
  NormalisedEntry recital = free_entry("2026-03-01", "Leading the *team* through a long week; my daughters sang.");
  recital.title = "My daughter's recital";
  REQUIRE(create_entry(journal, recital).ok());
  REQUIRE(create_entry(journal, free_entry("2026-03-02", "Nothing related here.")).ok());

  auto daughters = search_entries(journal, parse_search_terms("daughters"), {}, SearchOrder::kRelevance, {}, {}, 10);
  REQUIRE(daughters.ok());
  REQUIRE(daughters->items.size() == 1);
  CHECK(daughters->items[0].title ==
        std::vector<TextSegment>{{"My ", false}, {"daughter", true}, {"'s recital", false}});
  CHECK(daughters->items[0].snippet == std::vector<TextSegment>{{"Leading the team through a long week; my ", false},
                                                                {"daughters", true},
                                                                {" sang.", false}});

  auto leading = search_entries(journal, parse_search_terms("LEAD"), {}, SearchOrder::kNewest, {}, {}, 10);
  REQUIRE(leading->items.size() == 1);
  CHECK(leading->items[0].snippet.at(0) == TextSegment{"Leading", true});
  CHECK(search_entries(journal, parse_search_terms("\"lead the team\""), {}, SearchOrder::kNewest, {}, {}, 10)
            ->items.size() == 1);
  SECTION("an entry found by its tags only shows the start of its body") {
    REQUIRE(create_entry(journal, weekly("2026-03-03", "Quiet", {"choir"})).ok());
    auto choir = search_entries(journal, parse_search_terms("choir"), {}, SearchOrder::kNewest, {}, {}, 10);
    REQUIRE(choir->items.size() == 1);
    CHECK(choir->items[0].snippet ==
          std::vector<TextSegment>{{"A hard conversation about the roadmap\n\nQuiet", false}});
  }
}

TEST_CASE("journal search finds prefixes, phrases and accents and highlights matches", "[journal_store]") {
  test::TempDatabase temp;
  Database& journal = temp.db();
  REQUIRE(create_entry(journal, free_entry("2026-02-01", "Met Zoë at the café to talk about delegation.")).ok());
  REQUIRE(create_entry(journal, weekly("2026-02-02", "Delegating frees my mornings", {"delegation"})).ok());
  REQUIRE(create_entry(journal, free_entry("2026-02-03", "Nothing related here.")).ok());

  auto hits = search_entries(journal, parse_search_terms("deleg"), {}, SearchOrder::kNewest, {}, {}, 10);
  REQUIRE(hits.ok());
  REQUIRE(hits->items.size() == 2);
  CHECK(hits->items[0].entry.date == "2026-02-02");

  auto cafe = search_entries(journal, parse_search_terms("cafe"), {}, SearchOrder::kRelevance, {}, {}, 10);
  REQUIRE(cafe->items.size() == 1);
  bool marked = false;
  for (const auto& s : cafe->items[0].snippet) marked = marked || (s.match && s.text == "café");
  CHECK(marked);

  CHECK(search_entries(journal, parse_search_terms("\"talk about\""), {}, SearchOrder::kRelevance, {}, {}, 10)->items.size() == 1);
  CHECK(search_entries(journal, parse_search_terms("\"about talk\""), {}, SearchOrder::kRelevance, {}, {}, 10)->items.empty());

  SECTION("changing an entry's date moves its full-text row: found once, in the new date range") {
    auto first = list_entries(journal, {}, std::nullopt, 10)->items.back();  // 2026-02-01, the café entry
    REQUIRE(update_entry(journal, first.id, free_entry("2027-05-05", "Met Zoë at the café again."), 1).ok());
    auto hits = search_entries(journal, parse_search_terms("cafe"), {}, SearchOrder::kNewest, {}, {}, 10);
    REQUIRE(hits->items.size() == 1);
    CHECK(hits->items[0].entry.date == "2027-05-05");
    EntryFilter old_range;
    old_range.from = "2026-01-01";
    old_range.to = "2026-12-31";
    CHECK(search_entries(journal, parse_search_terms("cafe"), old_range, SearchOrder::kRelevance, {}, {}, 10)->items.empty());
  }

  EntryFilter weekly_only;
  weekly_only.kind = "weekly";
  CHECK(search_entries(journal, parse_search_terms("deleg"), weekly_only, SearchOrder::kRelevance, {}, {}, 10)->items.size() == 1);

  auto lessons = list_lessons(journal, std::nullopt, 10);
  REQUIRE(lessons->items.size() == 1);
  CHECK(lessons->items[0].text == "Delegating frees my mornings");
}

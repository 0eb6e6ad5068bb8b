// Store tests for monthly reviews: a review freezes its month's facts (an old review keeps what was true
// then), saving is refused with named reasons, the quick values re-assessment keeps the other ratings, the
// year counts reviews outside the trash, and the review travels in the JSON archive.
#include <catch2/catch.hpp>

#include <sstream>

#include "store/archive_store.h"
#include "store/balance_store.h"
#include "store/feedback_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "store/learning_store.h"
#include "store/lists_store.h"
#include "store/people_store.h"
#include "store/reviews_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

const Date kMarch28{2026, 3, 28};

std::int64_t add_entry(Database& db, const std::string& kind, const std::string& date, const std::string& text) {
  EntryInput in;
  in.kind = kind;
  in.date = date;
  if (kind == "weekly") in.answers["learned"] = text;
  else in.answers["milestones"] = text;
  auto normalised = normalise_entry(in);
  REQUIRE(normalised.ok());
  auto created = create_entry(db, *normalised);
  REQUIRE(created.ok());
  return created->id;
}

std::int64_t add_balance(Database& db, const std::string& date, int career, int health) {
  auto created = create_balance_snapshot(db, date, {{"Career", career}, {"Health", health}});
  REQUIRE(created.ok());
  return created->id;
}

std::int64_t add_practice(Database& db, const std::string& list, const std::string& name) {
  auto added = add_kept_item(db, list, ProfileItem{name, ""}, validate_practice_item);
  REQUIRE(added.ok());
  return added->id;
}

// A March 2026 to review: weekly reflections (one in April), balance in February and March, a boundary and a
// routine, an active initiative, a check-in, feedback and a finished book; returns the monthly entry's id.
struct March {
  std::int64_t review = 0, february = 0, march = 0, boundary = 0, routine = 0, initiative = 0;
};

March fill_march(Database& db) {
  March m;
  add_entry(db, "weekly", "2026-03-02", "Ask before assuming.");
  add_entry(db, "weekly", "2026-03-16", "Say no sooner.");
  add_entry(db, "weekly", "2026-04-06", "Not March.");
  m.february = add_balance(db, "2026-02-20", 6, 4);
  m.march = add_balance(db, "2026-03-27", 8, 7);
  m.boundary = add_practice(db, "boundaries", "No email after 19:00");
  m.routine = add_practice(db, "self_care", "A walk at lunch");
  Initiative lead;
  lead.title = "Lead the billing migration";
  lead.status = "active";
  lead.progress = 40;
  lead.milestones = {{"Plan agreed", "2026-03-10", true}, {"First team moved", "2026-04-30", false}};
  auto initiative = create_initiative(db, lead);
  REQUIRE(initiative.ok());
  m.initiative = initiative->id;
  auto partner = create_partner(db, Partner{"Ana", "mentor", "", std::nullopt, ""});
  REQUIRE(partner.ok());
  REQUIRE(create_check_in(db, CheckIn{partner->id, "2026-03-05", "", "Talked about the promotion case.", {}}).ok());
  REQUIRE(create_check_in(db, CheckIn{partner->id, "2026-04-01", "", "April.", {}}).ok());
  Feedback said;
  said.received_on = "2026-03-18";
  said.source = "peer";
  said.said = "Your plan was clear.";
  REQUIRE(create_feedback(db, said).ok());
  LearningItem book;
  book.title = "Atomic Habits";
  book.author = "James Clear";
  book.shelf = "done";
  book.progress = 100;
  book.reads = {{"2026-02-01", "2026-03-21"}};
  REQUIRE(create_learning_item(db, book).ok());
  m.review = add_entry(db, "monthly", "2026-03-29", "Moved the first team.");
  return m;
}

ReviewChoices choices_for(const March& m) {
  ReviewChoices c;
  c.balance_snapshot_id = m.march;
  c.practices = {{"boundaries", m.boundary, "", "slipped", " Two late nights "}, {"self_care", m.routine, "", "kept", ""}};
  return c;
}

}  // namespace

TEST_CASE("a month's facts come from the other modules", "[reviews_store]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("r.db"));
  const March m = fill_march(*db);
  const auto facts = load_month_facts(*db, Month{2026, 3});
  REQUIRE(facts.ok());
  REQUIRE(facts->lists.reflections.size() == 2);
  CHECK(facts->lists.reflections[0].date == "2026-03-02");
  CHECK(facts->lists.reflections[1].detail == "Say no sooner.");
  CHECK(facts->lessons == 2);
  CHECK(facts->balance.size() == 2);
  REQUIRE(facts->practices.size() == 2);
  CHECK(facts->practices[0].id == m.boundary);
  REQUIRE(facts->initiatives.size() == 1);
  CHECK(facts->initiatives[0].milestones_done == 1);
  CHECK(facts->initiatives[0].milestones_total == 2);
  REQUIRE(facts->lists.check_ins.size() == 1);
  CHECK(facts->lists.check_ins[0].title == "Ana");
  REQUIRE(facts->lists.feedback.size() == 1);
  CHECK(facts->lists.feedback[0].title == "a peer");
  REQUIRE(facts->lists.learning.size() == 1);
  CHECK(facts->lists.learning[0].date == "2026-03-21");
  CHECK(load_month_facts(*db, Month{2026, 5})->lists.reflections.empty());
}

TEST_CASE("a saved review keeps what was true then", "[reviews_store]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("r.db"));
  const March m = fill_march(*db);
  CHECK(load_review(*db, m.review).status().code() == Code::kNotFound);

  const auto saved = save_review(*db, m.review, choices_for(m), 0, kMarch28);
  REQUIRE(saved.ok());
  CHECK(saved->version == 1);
  CHECK(saved->month.str() == "2026-03");
  CHECK(saved->balance_snapshot_id == m.march);
  CHECK(saved->previous_balance_snapshot_id == m.february);
  CHECK(saved->balance_average.value() == Approx(7.5));
  CHECK(saved->previous_balance_average.value() == Approx(5.0));
  REQUIRE(saved->balance);
  CHECK(saved->balance->ratings[0].rating == 8);
  CHECK_FALSE(saved->alignment_assessment_id);
  CHECK(saved->reflections == 2);
  CHECK(saved->lessons == 2);
  CHECK(saved->check_ins == 1);
  CHECK(saved->feedback == 1);
  CHECK(saved->learning_finished == 1);
  REQUIRE(saved->practices.size() == 2);
  CHECK(saved->practices[0] == PracticeMark{"boundaries", m.boundary, "No email after 19:00", "slipped", "Two late nights"});
  REQUIRE(saved->initiatives.size() == 1);
  CHECK(saved->initiatives[0].progress == 40);

  // Today's data moves on; the review does not.
  add_balance(*db, "2026-04-02", 2, 2);
  auto item = load_kept_item(*db, "boundaries", m.boundary);
  REQUIRE(update_kept_item(*db, "boundaries", m.boundary, ProfileItem{"Laptop closed at 19:00", ""}, item->version,
                           validate_practice_item).ok());
  auto initiative = load_initiative(*db, m.initiative);
  Initiative moved = initiative->fields;
  moved.progress = 90;
  REQUIRE(update_initiative(*db, m.initiative, moved, initiative->version).ok());
  REQUIRE(delete_balance_snapshot(*db, m.march).ok());
  const auto later = load_review(*db, m.review);
  REQUIRE(later.ok());
  CHECK(later->practices[0].name == "No email after 19:00");
  CHECK(later->initiatives[0].progress == 40);
  CHECK_FALSE(later->balance_snapshot_id);  // the snapshot is gone ...
  CHECK_FALSE(later->balance);
  CHECK(later->balance_average.value() == Approx(7.5));  // ... its average stays with the review
  REQUIRE(later->previous_balance);
  CHECK(later->previous_balance->id == m.february);

  // Saving again takes the version read and refreshes the facts.
  ReviewChoices again = choices_for(m);
  again.balance_snapshot_id.reset();
  again.practices.pop_back();
  const auto resaved = save_review(*db, m.review, again, 1, kMarch28);
  REQUIRE(resaved.ok());
  CHECK(resaved->version == 2);
  CHECK(resaved->practices.size() == 1);
  CHECK(resaved->practices[0].name == "Laptop closed at 19:00");
  CHECK(resaved->initiatives[0].progress == 90);
  CHECK(resaved->created_at == saved->created_at);

  // The review goes with its entry when the entry is deleted for good.
  REQUIRE(trash_entry(*db, m.review).ok());
  REQUIRE(purge_entry(*db, m.review).ok());
  CHECK(load_review(*db, m.review).status().code() == Code::kNotFound);
  auto conn = raw_connection(dir.file("r.db"));
  CHECK(rows(*conn, "SELECT count(*) FROM monthly_review_practices") == "0|\n");
}

TEST_CASE("saving a review is refused with the reason", "[reviews_store]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("r.db"));
  const March m = fill_march(*db);
  CHECK(save_review(*db, 999, {}, 0, kMarch28).status().code() == Code::kNotFound);
  const std::int64_t weekly = add_entry(*db, "weekly", "2026-03-23", "Not a review.");
  const Status kind = save_review(*db, weekly, {}, 0, kMarch28).status();
  CHECK(kind.code() == Code::kConflict);
  CHECK(kind.field() == "kind");

  ReviewChoices bad = choices_for(m);
  bad.balance_snapshot_id = 999;
  CHECK(save_review(*db, m.review, bad, 0, kMarch28).status().field() == "balance_snapshot_id");
  bad = choices_for(m);
  bad.alignment_assessment_id = 5;
  CHECK(save_review(*db, m.review, bad, 0, kMarch28).status().field() == "alignment_assessment_id");
  bad = choices_for(m);
  bad.practices[1].item_id = m.boundary;  // a boundary's id under self-care
  CHECK(save_review(*db, m.review, bad, 0, kMarch28).status().field() == "practices[1].item_id");

  REQUIRE(save_review(*db, m.review, choices_for(m), 0, kMarch28).ok());
  const Status stale = save_review(*db, m.review, choices_for(m), 0, kMarch28).status();
  CHECK(stale.code() == Code::kConflict);
  CHECK(stale.field() == "version");
  // Once the month after it is over, the review keeps what it saved.
  const Status settled = save_review(*db, m.review, choices_for(m), 1, Date{2026, 5, 1}).status();
  CHECK(settled.code() == Code::kConflict);
  CHECK(settled.field() == "month");
  CHECK(save_review(*db, m.review, choices_for(m), 1, Date{2026, 4, 30}).ok());
  REQUIRE(trash_entry(*db, m.review).ok());
  const Status trashed = save_review(*db, m.review, choices_for(m), 2, kMarch28).status();
  CHECK(trashed.code() == Code::kConflict);
  CHECK(trashed.field() == "id");
}

TEST_CASE("a quick re-assessment re-rates the core values and keeps the rest", "[reviews_store]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("r.db"));
  auto sort = start_sort(*db);
  REQUIRE(sort.ok());
  std::vector<RankedValue> top;
  for (const char* key : {"integrity", "family", "learning", "health", "courage"}) {
    REQUIRE(place_card(*db, sort->id, key, SortPile::kVeryImportant).ok());
    top.push_back({key, "it matters"});
  }
  REQUIRE(save_top_values(*db, sort->id, top, /*finish=*/true, load_sort(*db, sort->id)->version).ok());
  const auto core = load_core_values(*db);
  REQUIRE(core->size() == 5);
  const std::int64_t integrity = (*core)[0].id, family = (*core)[1].id;

  CHECK(reassess_core_values(*db, {{integrity, 4, ""}}, Date{2026, 3, 28}).status().field() == "mission");
  REQUIRE(save_vision(*db, VisionFields{"", "Acme", "Make work lighter", "", "", 7}, 0).ok());
  CHECK(reassess_core_values(*db, {}, Date{2026, 3, 28}).status().field() == "ratings");
  CHECK(reassess_core_values(*db, {{integrity, 4, ""}, {9999, 3, ""}}, Date{2026, 3, 28}).status().field() ==
        "ratings[1].id");
  CHECK(reassess_core_values(*db, {{integrity, 6, ""}}, Date{2026, 3, 28}).status().field() == "ratings[0].rating");

  StoredAssessment full;
  full.assessed_on = "2026-02-01";
  full.mission = "Make work lighter";
  full.ratings = {{AlignmentCategory::kValues, "Integrity", 5, ""}, {AlignmentCategory::kSkills, "SQL", 4, "daily"}};
  full.item_ids = {integrity, 77};
  full.lean_into = {"Data work"};
  REQUIRE(create_assessment(*db, full).ok());

  const auto quick = reassess_core_values(*db, {{family, 2, "travel"}, {integrity, 3, ""}}, Date{2026, 3, 28});
  REQUIRE(quick.ok());
  CHECK(quick->assessed_on == "2026-03-28");
  CHECK(quick->organisation == "Acme");
  REQUIRE(quick->ratings.size() == 3);
  CHECK(quick->ratings[0].item == "Family");
  CHECK(quick->ratings[0].note == "travel");
  CHECK(quick->item_ids[1] == integrity);
  CHECK(quick->ratings[2].item == "SQL");
  CHECK(quick->item_ids[2] == 77);
  CHECK(quick->lean_into == std::vector<std::string>{"Data work"});
}

TEST_CASE("the year counts the reviews outside the trash", "[reviews_store]") {
  test::TempDir dir;
  auto db = test::open_database(dir.file("r.db"));
  const March m = fill_march(*db);
  REQUIRE(save_review(*db, m.review, choices_for(m), 0, kMarch28).ok());
  const std::int64_t june = add_entry(*db, "monthly", "2026-06-30", "June.");
  REQUIRE(save_review(*db, june, {}, 0, kMarch28).ok());
  const auto year = load_year(*db, 2026);
  REQUIRE(year.ok());
  CHECK(year->reviews == 2);
  CHECK(year->reflections == 3);
  CHECK(year->months[2].review_entry_id == m.review);
  CHECK(year->months[2].balance_average.value() == Approx(7.5));
  REQUIRE(year->months[2].practices);
  CHECK(year->months[2].practices->boundaries.slipped == 1);
  CHECK(year->months[2].practices->self_care.kept == 1);
  CHECK(year->months[1].balance_average.value() == Approx(5.0));  // February: its snapshot, no review
  REQUIRE(trash_entry(*db, june).ok());
  CHECK(load_year(*db, 2026)->reviews == 1);
  CHECK(load_year(*db, 2025)->reviews == 0);
}

TEST_CASE("a review travels in the JSON archive", "[reviews_store]") {
  test::TempDir dir;
  auto source = test::open_database(dir.file("source.db"));
  const March m = fill_march(*source);
  REQUIRE(save_review(*source, m.review, choices_for(m), 0, kMarch28).ok());
  auto snapshot = ArchiveSnapshot::open(dir.file("source.db"));
  REQUIRE(snapshot.ok());
  std::string archive;
  REQUIRE((*snapshot)->write("0.1.0", [&](std::string_view piece) {
                       archive += piece;
                       return true;
                     }).ok());
  CHECK(archive.find("\"monthly_review_practices\"") != std::string::npos);
  auto target = test::open_database(dir.file("target.db"));
  std::istringstream in(archive);
  REQUIRE(import_archive(*target, in, false).ok());
  const auto copied = load_review(*target, m.review);
  REQUIRE(copied.ok());
  const auto original = load_review(*source, m.review);
  CHECK(copied->practices == original->practices);
  CHECK(copied->initiatives == original->initiatives);
  CHECK(copied->lists.feedback == original->lists.feedback);
  CHECK(copied->balance_average == original->balance_average);
  CHECK(copied->version == original->version);
}

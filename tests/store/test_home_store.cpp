// Store tests for Home and the calendar feed: the facts behind the "next" list and the first-run path read
// from real rows, the workbook's first day (recorded once, or taken from an older workbook's records), the
// first-run skip, and the feed's settings, secret and dates.
#include <catch2/catch.hpp>

#include "store/calendar_store.h"
#include "store/home_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

Date d(int year, int month, int day) { return Date{year, month, day}; }

const Date kToday = d(2026, 3, 4);  // a Wednesday: ISO week 10 is Mon 2026-03-02 .. Sun 2026-03-08

void exec(Database& db, const std::string& sql) {
  const Status done = db.write([&](Connection& conn) -> Status {
    conn.exec(sql);
    return Status::Ok();
  });
  INFO(done.message());
  REQUIRE(done.ok());
}

// A workbook with something in every module the facts come from.
void fill(Database& db) {
  exec(db,
       "UPDATE vision SET statement = 'I lead calmly.', version = 1 WHERE id = 1;"
       "INSERT INTO value_sorts (started_at, finished_at) VALUES ('2026-01-01T10:00:00Z', '2026-01-01T10:20:00Z');"
       "INSERT INTO value_sorts (started_at) VALUES ('2026-02-01T10:00:00Z');"
       "INSERT INTO list_items (list, position, name, created_at, updated_at) VALUES"
       " ('skills', 0, 'Writing', 'x', 'x'), ('skills', 1, 'Coaching', 'x', 'x'), ('passions', 0, 'Music', 'x', 'x');"
       // This week's weekly reflection is in the trash; last week's is not.
       "INSERT INTO journal_entries (kind, entry_date, title, created_at, updated_at, deleted_at) VALUES"
       " ('weekly', '2026-03-03', 'Trashed', 'x', 'x', 'x'),"
       " ('weekly', '2026-02-25', 'Last week', 'x', 'x', NULL),"
       " ('monthly', '2026-02-26', 'February', 'x', 'x', NULL),"
       " ('monthly', '2026-01-20', 'January', 'x', 'x', NULL);"
       "INSERT INTO decisions (id, title, status, chosen_option, review_date, decided_at, reviewed_at, created_at, updated_at)"
       " VALUES (1, 'Move to Lisbon', 'decided', 1, '2026-03-01', 'x', NULL, 'x', 'x'),"
       " (2, 'Open one', 'open', NULL, '2026-03-01', NULL, NULL, 'x', 'x'),"
       " (3, 'Reviewed one', 'reviewed', 0, '2026-02-01', 'x', 'x', 'x', 'x'),"
       " (4, 'No date', 'decided', 0, '', 'x', NULL, 'x', 'x');"
       "INSERT INTO decision_options (decision_id, position, name) VALUES (1, 0, 'Go'), (1, 1, 'Stay as I am');"
       "INSERT INTO initiatives (id, title, status, start_date, finish_date, created_at, updated_at) VALUES"
       " (1, 'Ship billing v2', 'active', '2026-01-01', '2026-02-28', 'x', '2026-03-01T08:00:00Z'),"
       " (2, 'Speak at a meetup', 'planned', '', '2026-06-30', 'x', 'x'),"
       " (3, 'Old one', 'done', '2025-01-01', '2025-02-01', 'x', 'x');"
       "INSERT INTO initiative_milestones (initiative_id, position, title, due_date, done) VALUES"
       " (1, 0, 'Write the RFC', '2026-02-10', 0), (1, 1, 'Demo', '2026-02-20', 1), (1, 2, 'Launch', '', 0),"
       " (2, 0, 'Submit the talk', '2026-04-01', 0), (3, 0, 'Gone', '2025-01-15', 0);"
       "INSERT INTO partners (id, name, role, cadence_weeks, last_met_on, created_at, updated_at) VALUES"
       " (1, 'Ana', 'mentor', NULL, '2026-01-10', 'x', 'x'), (2, 'Ben', 'peer', 2, '', 'x', 'x');"
       "INSERT INTO check_ins (partner_id, held_on, created_at, updated_at) VALUES (1, '2026-02-04', 'x', 'x');"
       "INSERT INTO priority_tasks (title, quadrant, done, created_at, updated_at) VALUES"
       " ('Answer the auditor', 'do', 0, 'x', 'x'), ('Book the venue', 'schedule', 0, 'x', 'x'),"
       " ('Done already', 'do', 1, 'x', 'x');"
       "INSERT INTO alignment_assessments (assessed_on, mission, created_at) VALUES"
       " ('2025-10-01', 'm', 'x'), ('2025-11-15', 'm', 'x');"
       "INSERT INTO balance_snapshots (rated_on, created_at) VALUES ('2026-02-20', 'x');");
}

}  // namespace

TEST_CASE("a new workbook: nothing done, its first day recorded once", "[home_store]") {
  test::TempDatabase temp;
  Database& h = temp.db();

  auto facts = load_home_facts(h, kToday);
  REQUIRE(facts.ok());
  CHECK(facts->next.today == kToday);
  CHECK(facts->next.workbook_started == kToday);  // nothing recorded yet: today
  CHECK_FALSE(facts->first_run.has_vision);
  CHECK_FALSE(facts->first_run.skipped);
  CHECK_FALSE(facts->next.weekly_done_this_week);
  CHECK_FALSE(facts->next.latest_alignment);
  CHECK(facts->next.decisions.empty());

  REQUIRE(record_workbook_start(h, kToday).ok());
  REQUIRE(record_workbook_start(h, d(2026, 3, 9)).ok());  // a later start changes nothing
  CHECK(*workbook_started(h, d(2026, 4, 1)) == kToday);
  CHECK(load_home_facts(h, d(2026, 4, 1))->next.workbook_started == kToday);
}

TEST_CASE("the facts come from the rows that matter", "[home_store]") {
  test::TempDatabase temp;
  Database& workbook = temp.db();
  fill(workbook);
  const auto facts = load_home_facts(workbook, kToday);
  REQUIRE(facts.ok());

  const FirstRunFacts& f = facts->first_run;
  CHECK(f.has_vision);
  CHECK(f.has_core_values);
  CHECK(f.sort_in_progress);
  CHECK(f.skills == 2);
  CHECK(f.strengths == 0);
  CHECK(f.passions == 1);
  CHECK(f.has_alignment);
  CHECK(f.has_weekly_reflection);  // last week's counts; the trashed one does not

  const NextStepFacts& n = facts->next;
  CHECK_FALSE(n.weekly_done_this_week);  // this week's is in the trash
  CHECK(n.monthly_reviews == std::vector<Date>{d(2026, 2, 26)});  // from the 1st of last month on
  REQUIRE(n.decisions.size() == 1);
  CHECK(n.decisions[0].id == 1);
  CHECK(n.decisions[0].chosen_option == "Stay as I am");
  CHECK(n.decisions[0].review_on == d(2026, 3, 1));
  REQUIRE(n.initiatives.size() == 1);  // active ones with a finish date
  CHECK(n.initiatives[0].finish_on == d(2026, 2, 28));
  REQUIRE(n.milestones.size() == 1);  // open, dated, of an active initiative
  CHECK(n.milestones[0].title == "Write the RFC");
  CHECK(n.milestones[0].initiative_title == "Ship billing v2");
  REQUIRE(n.partners.size() == 2);
  CHECK(n.partners[0].name == "Ana");
  CHECK(n.partners[0].last_met == d(2026, 2, 4));  // the check-in is later than the date given
  CHECK_FALSE(n.partners[1].last_met);
  CHECK(n.partners[1].cadence_weeks == 2);
  REQUIRE(n.priorities.size() == 1);
  CHECK(n.priorities[0].title == "Answer the auditor");
  CHECK(n.latest_alignment == d(2025, 11, 15));
  CHECK(n.latest_balance == d(2026, 2, 20));
}

TEST_CASE("the first-run path is skipped and shown again", "[home_store]") {
  test::TempDatabase temp;
  Database& workbook = temp.db();
  REQUIRE(set_first_run_skipped(workbook, true).ok());
  CHECK(load_home_facts(workbook, kToday)->first_run.skipped);
  REQUIRE(set_first_run_skipped(workbook, false).ok());
  CHECK_FALSE(load_home_facts(workbook, kToday)->first_run.skipped);
}

TEST_CASE("an older workbook takes its earliest record's day as its first day", "[home_store]") {
  test::TempDir dir;
  {
    auto old = raw_connection(dir.file("old.db"));
    REQUIRE(migrate(*old, 0, 10).ok());
    old->exec("INSERT INTO journal_entries (kind, entry_date, title, created_at, updated_at) VALUES"
              " ('free', '2019-01-01', 'Backdated', '2024-05-06T07:08:09Z', 'x');"
              "INSERT INTO decisions (title, created_at, updated_at) VALUES ('Later', '2025-01-01T00:00:00Z', 'x');");
  }
  auto db = test::open_database(dir.file("old.db"));
  CHECK(*workbook_started(*db, kToday) == d(2024, 5, 6));
  REQUIRE(record_workbook_start(*db, kToday).ok());
  CHECK(*workbook_started(*db, kToday) == d(2024, 5, 6));

  SECTION("an empty older workbook records its first day at the next start") {
    auto empty = raw_connection(dir.file("empty.db"));
    REQUIRE(migrate(*empty, 0, 10).ok());
    empty.reset();
    auto upgraded = test::open_database(dir.file("empty.db"));
    auto conn = raw_connection(dir.file("empty.db"));
    CHECK(rows(*conn, "SELECT created_on FROM workbook") == "|\n");
  }
}

TEST_CASE("the calendar feed: off at first, a secret when turned on, versions, a new secret", "[calendar_store]") {
  test::TempDatabase temp;
  Database& c = temp.db();

  const auto initial = load_calendar_feed(c);
  REQUIRE(initial.ok());
  CHECK_FALSE(initial->enabled);
  CHECK(initial->secret.empty());
  CHECK(initial->reflection_weekday == 5);
  CHECK(initial->reflection_minute == 960);
  CHECK(initial->version == 1);

  const auto on = save_calendar_feed(c, true, 1, 8 * 60 + 30, kToday, 1);
  REQUIRE(on.ok());
  CHECK(on->enabled);
  CHECK(on->secret.size() == 64);
  CHECK(on->secret.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(on->version == 2);
  CHECK(on->reflection_weekday == 1);
  CHECK(on->reflection_minute == 510);
  CHECK(on->reflection_from == "2026-03-04");
  CHECK_FALSE(on->updated_at.empty());

  CHECK(save_calendar_feed(c, true, 1, 510, d(2026, 3, 9), 2)->version == 2);  // unchanged: same version
  const auto stale = save_calendar_feed(c, false, 1, 510, kToday, 1);
  CHECK(stale.status().code() == Code::kConflict);
  CHECK(stale.status().field() == "version");

  const auto off = save_calendar_feed(c, false, 1, 510, d(2026, 3, 9), 2);
  REQUIRE(off.ok());
  CHECK_FALSE(off->enabled);
  CHECK(off->secret == on->secret);  // turned on again, the same address works again
  CHECK(off->reflection_from == "2026-03-04");  // the slot did not change: it still repeats from then
  CHECK(save_calendar_feed(c, true, 1, 510, kToday, off->version)->secret == on->secret);

  const auto fresh = regenerate_calendar_secret(c);
  REQUIRE(fresh.ok());
  CHECK(fresh->enabled);
  CHECK(fresh->secret.size() == 64);
  CHECK(fresh->secret != on->secret);
  CHECK(fresh->version == off->version + 2);
}

TEST_CASE("the calendar facts: decisions to review and the dates of planned and active initiatives", "[calendar_store]") {
  test::TempDatabase temp;
  Database& workbook = temp.db();
  fill(workbook);
  REQUIRE(record_workbook_start(workbook, d(2026, 1, 1)).ok());
  REQUIRE(save_calendar_feed(workbook, true, 3, 600, kToday, 1).ok());

  const auto facts = load_calendar_facts(workbook, kToday);
  REQUIRE(facts.ok());
  CHECK(facts->reflection_weekday == 3);
  CHECK(facts->reflection_minute == 600);
  CHECK(facts->workbook_started == d(2026, 1, 1));
  CHECK(facts->reflection_from == kToday);
  CHECK_FALSE(facts->settings_changed_at.empty());
  REQUIRE(facts->decisions.size() == 1);
  CHECK(facts->decisions[0].title == "Move to Lisbon");
  REQUIRE(facts->initiatives.size() == 2);
  CHECK(facts->initiatives[0].title == "Ship billing v2");
  CHECK(facts->initiatives[0].finish_on == d(2026, 2, 28));
  CHECK(facts->initiatives[0].updated_at == "2026-03-01T08:00:00Z");
  REQUIRE(facts->initiatives[0].milestones.size() == 1);  // the done and the undated ones are left out
  CHECK(facts->initiatives[0].milestones[0].title == "Write the RFC");
  CHECK(facts->initiatives[1].milestones.size() == 1);
  CHECK(facts->initiatives[1].finish_on == d(2026, 6, 30));
}

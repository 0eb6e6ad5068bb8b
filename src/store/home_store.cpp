// Reads what Home is made from: the facts behind the "next" list and the first-run path, the workbook's
// first day, and whether the first-run path was skipped.
#include "store/home_store.h"

#include "domain/people.h"

namespace tn {
namespace {

// The recorded first day, or nullopt before the first start.
std::optional<Date> recorded_start(Connection& conn) {
  Statement st = conn.prepare("SELECT created_on FROM workbook WHERE id = 1");
  return st.step() ? parse_date(st.text(0)) : std::nullopt;
}

std::optional<Date> date_column(const Statement& st, int column) {
  return st.is_null(column) ? std::nullopt : parse_date(st.text(column));
}

// The first-run facts, this week's reflection and the newest alignment and balance dates: one row.
void read_counts(Connection& conn, const Date& today, HomeFacts& facts) {
  const Date monday = iso_week_monday(iso_week(today));
  Statement st = conn.prepare(
      "SELECT (SELECT statement <> '' FROM vision WHERE id = 1), "
      "EXISTS (SELECT 1 FROM value_sorts WHERE finished_at IS NOT NULL), "
      "EXISTS (SELECT 1 FROM value_sorts WHERE finished_at IS NULL), "
      "(SELECT count(*) FROM list_items WHERE list = 'skills'), "
      "(SELECT count(*) FROM list_items WHERE list = 'strengths'), "
      "(SELECT count(*) FROM list_items WHERE list = 'passions'), "
      "EXISTS (SELECT 1 FROM journal_entries WHERE kind = 'weekly' AND deleted_at IS NULL), "
      "EXISTS (SELECT 1 FROM journal_entries WHERE kind = 'weekly' AND deleted_at IS NULL "
      "        AND entry_date BETWEEN ?1 AND ?2), "
      "(SELECT MAX(assessed_on) FROM alignment_assessments), "
      "(SELECT MAX(rated_on) FROM balance_snapshots), "
      "(SELECT first_run_skipped_at <> '' FROM workbook WHERE id = 1)");
  st.bind(1, monday.str()).bind(2, monday.plus_days(6).str());
  if (!st.step()) return;
  FirstRunFacts& f = facts.first_run;
  f.has_vision = st.int64(0) != 0;
  f.has_core_values = st.int64(1) != 0;
  f.sort_in_progress = st.int64(2) != 0;
  f.skills = static_cast<int>(st.int64(3));
  f.strengths = static_cast<int>(st.int64(4));
  f.passions = static_cast<int>(st.int64(5));
  f.has_weekly_reflection = st.int64(6) != 0;
  facts.next.weekly_done_this_week = st.int64(7) != 0;
  facts.next.latest_alignment = date_column(st, 8);
  facts.next.latest_balance = date_column(st, 9);
  f.has_alignment = facts.next.latest_alignment.has_value();
  f.skipped = st.int64(10) != 0;
}

void read_monthly_reviews(Connection& conn, const Date& today, NextStepFacts& next) {
  const Date first_of_last_month = today.month == 1 ? Date{today.year - 1, 12, 1} : Date{today.year, today.month - 1, 1};
  Statement st = conn.prepare(
      "SELECT entry_date FROM journal_entries WHERE kind = 'monthly' AND deleted_at IS NULL AND entry_date >= ?1");
  st.bind(1, first_of_last_month.str());
  while (st.step()) {
    if (auto date = parse_date(st.text(0))) next.monthly_reviews.push_back(*date);
  }
}

void read_decisions(Connection& conn, NextStepFacts& next) {
  Statement st = conn.prepare(
      "SELECT d.id, d.title, d.review_date, COALESCE(o.name, '') FROM decisions d "
      "LEFT JOIN decision_options o ON o.decision_id = d.id AND o.position = d.chosen_option "
      "WHERE d.status = 'decided' AND d.review_date <> '' ORDER BY d.review_date, d.id");
  while (st.step()) {
    if (auto on = parse_date(st.text(2))) next.decisions.push_back({st.int64(0), st.text(1), st.text(3), *on});
  }
}

// Active initiatives: their finish dates and open dated milestones.
void read_initiatives(Connection& conn, NextStepFacts& next) {
  Statement finishes = conn.prepare(
      "SELECT id, title, finish_date FROM initiatives WHERE status = 'active' AND finish_date <> '' "
      "ORDER BY finish_date, id");
  while (finishes.step()) {
    if (auto on = parse_date(finishes.text(2))) next.initiatives.push_back({finishes.int64(0), finishes.text(1), *on});
  }
  Statement milestones = conn.prepare(
      "SELECT i.id, i.title, m.title, m.due_date FROM initiative_milestones m "
      "JOIN initiatives i ON i.id = m.initiative_id "
      "WHERE i.status = 'active' AND m.done = 0 AND m.due_date <> '' ORDER BY m.due_date, i.id, m.position");
  while (milestones.step()) {
    if (auto on = parse_date(milestones.text(3))) {
      next.milestones.push_back({milestones.int64(0), milestones.text(1), milestones.text(2), *on});
    }
  }
}

void read_partners(Connection& conn, NextStepFacts& next) {
  Statement st = conn.prepare(
      "SELECT p.id, p.name, p.cadence_weeks, p.last_met_on, "
      "(SELECT MAX(held_on) FROM check_ins c WHERE c.partner_id = p.id) FROM partners p ORDER BY p.name, p.id");
  while (st.step()) {
    NextStepFacts::Partner p{st.int64(0), st.text(1), std::nullopt, std::nullopt};
    p.cadence_weeks = st.optional_int(2);
    p.last_met = last_met(parse_date(st.text(3)), date_column(st, 4));
    next.partners.push_back(std::move(p));
  }
}

// The open tasks that may join the list: those of the "do" quadrant (urgent and important) and any with a
// due date (the domain keeps those due within kPriorityDueSoonDays).
void read_priorities(Connection& conn, NextStepFacts& next) {
  Statement st = conn.prepare(
      "SELECT id, title, quadrant, due_date FROM priority_tasks WHERE done = 0 AND (quadrant = 'do' OR due_date <> '') "
      "ORDER BY id");
  while (st.step()) next.priorities.push_back({st.int64(0), st.text(1), st.text(2), parse_date(st.text(3))});
}

}  // namespace

Result<HomeFacts> load_home_facts(Database& db, const Date& today) {
  return db.read([&](Connection& conn) -> Result<HomeFacts> {
    HomeFacts facts;
    facts.next.today = today;
    facts.next.workbook_started = recorded_start(conn).value_or(today);
    read_counts(conn, today, facts);
    read_monthly_reviews(conn, today, facts.next);
    read_decisions(conn, facts.next);
    read_initiatives(conn, facts.next);
    read_partners(conn, facts.next);
    read_priorities(conn, facts.next);
    return facts;
  });
}

Result<Date> workbook_started(Database& db, const Date& today) {
  return db.read([&](Connection& conn) -> Result<Date> { return recorded_start(conn).value_or(today); });
}

Status record_workbook_start(Database& db, const Date& today) {
  const auto recorded = db.read([](Connection& conn) -> Result<bool> { return recorded_start(conn).has_value(); });
  if (!recorded.ok()) return recorded.status();
  if (*recorded) return Status::Ok();
  return db.write([&](Connection& conn) -> Status {
    conn.prepare("UPDATE workbook SET created_on = ?1 WHERE id = 1 AND created_on = ''").bind(1, today.str()).run();
    return Status::Ok();
  });
}

Status set_first_run_skipped(Database& db, bool skipped) {
  return db.write([&](Connection& conn) -> Status {
    conn.prepare(std::string("UPDATE workbook SET first_run_skipped_at = CASE WHEN ?1 THEN ") + kSqlNow +
                 " ELSE '' END WHERE id = 1")
        .bind(1, skipped ? 1 : 0)
        .run();
    return Status::Ok();
  });
}

}  // namespace tn

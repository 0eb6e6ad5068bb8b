// Reads and writes the calendar feed's settings and secret, and reads the dates the feed is made from.
#include "store/calendar_store.h"

#include "store/home_store.h"
#include "store/workbook_files.h"

namespace tn {
namespace {

StoredCalendarFeed read_feed(Connection& conn) {
  Statement st = conn.prepare(
      "SELECT enabled, secret, reflection_weekday, reflection_minute, reflection_from, version, updated_at "
      "FROM calendar_feed WHERE id = 1");
  StoredCalendarFeed feed;
  if (st.step()) {
    feed = {st.int64(0) != 0, st.text(1),  static_cast<int>(st.int64(2)), static_cast<int>(st.int64(3)),
            st.text(4),       st.int64(5), st.text(6)};
  }
  return feed;
}

void read_decisions(Connection& conn, CalendarFacts& facts) {
  Statement st = conn.prepare(
      "SELECT id, title, review_date, updated_at FROM decisions WHERE status = 'decided' AND review_date <> '' "
      "ORDER BY review_date, id");
  while (st.step()) {
    if (auto on = parse_date(st.text(2))) facts.decisions.push_back({st.int64(0), st.text(1), *on, st.text(3)});
  }
}

void read_initiatives(Connection& conn, CalendarFacts& facts) {
  Statement st = conn.prepare(
      "SELECT id, title, finish_date, updated_at FROM initiatives WHERE status IN ('planned', 'active') ORDER BY id");
  while (st.step()) facts.initiatives.push_back({st.int64(0), st.text(1), parse_date(st.text(2)), {}, st.text(3)});
  for (CalendarFacts::Initiative& i : facts.initiatives) {
    Statement milestones = conn.prepare(
        "SELECT title, due_date FROM initiative_milestones WHERE initiative_id = ?1 AND done = 0 AND due_date <> '' "
        "ORDER BY position");
    milestones.bind(1, i.id);
    while (milestones.step()) {
      if (auto on = parse_date(milestones.text(1))) i.milestones.push_back({milestones.text(0), *on});
    }
  }
}

}  // namespace

Result<StoredCalendarFeed> load_calendar_feed(Database& db) {
  return db.read([](Connection& conn) -> Result<StoredCalendarFeed> { return read_feed(conn); });
}

Result<StoredCalendarFeed> save_calendar_feed(Database& db, bool enabled, int reflection_weekday,
                                              int reflection_minute, const Date& today, std::int64_t expected_version) {
  const StoredCalendarFeed before = [&] {
    auto feed = load_calendar_feed(db);
    return feed.ok() ? *feed : StoredCalendarFeed{};
  }();
  auto fresh = before.secret.empty() && enabled ? random_secret() : Result<std::string>(before.secret);
  if (!fresh.ok()) return fresh.status();
  return db.write([&](Connection& conn) -> Result<StoredCalendarFeed> {
    const StoredCalendarFeed current = read_feed(conn);
    if (Status s = check_version(current.version, expected_version, "the calendar feed"); !s.ok()) return s;
    const bool same_slot = current.reflection_weekday == reflection_weekday &&
                           current.reflection_minute == reflection_minute && !current.reflection_from.empty();
    if (current.enabled == enabled && same_slot) return current;
    conn.prepare(std::string("UPDATE calendar_feed SET enabled = ?1, reflection_weekday = ?2, reflection_minute = ?3, "
                             "reflection_from = ?4, secret = CASE WHEN secret = '' THEN ?5 ELSE secret END, "
                             "version = version + 1, updated_at = ") + kSqlNow + " WHERE id = 1")
        .bind(1, enabled ? 1 : 0)
        .bind(2, reflection_weekday)
        .bind(3, reflection_minute)
        .bind(4, same_slot ? current.reflection_from : today.str())
        .bind(5, *fresh)
        .run();
    return read_feed(conn);
  });
}

Result<StoredCalendarFeed> regenerate_calendar_secret(Database& db) {
  const auto secret = random_secret();
  if (!secret.ok()) return secret.status();
  return db.write([&](Connection& conn) -> Result<StoredCalendarFeed> {
    conn.prepare(std::string("UPDATE calendar_feed SET secret = ?1, version = version + 1, updated_at = ") + kSqlNow +
                 " WHERE id = 1")
        .bind(1, *secret)
        .run();
    return read_feed(conn);
  });
}

Result<CalendarFacts> load_calendar_facts(Database& db, const Date& today) {
  const auto started = workbook_started(db, today);
  if (!started.ok()) return started.status();
  return db.read([&](Connection& conn) -> Result<CalendarFacts> {
    const StoredCalendarFeed feed = read_feed(conn);
    CalendarFacts facts;
    facts.reflection_weekday = feed.reflection_weekday;
    facts.reflection_minute = feed.reflection_minute;
    facts.settings_changed_at = feed.updated_at;
    facts.reflection_from = parse_date(feed.reflection_from).value_or(*started);
    facts.workbook_started = *started;
    read_decisions(conn, facts);
    read_initiatives(conn, facts);
    return facts;
  });
}

}  // namespace tn

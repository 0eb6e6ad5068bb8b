// Reads and writes initiatives (with their milestones and linked values) and the stop-doing list.
#include "store/goals_store.h"

namespace tn {
namespace {

constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

constexpr const char* kInitiativeColumns =
    "id, title, why, supports_vision, horizon, start_date, finish_date, measure_of_success, status, progress, "
    "version, created_at, updated_at";

StoredInitiative initiative_row(const Statement& st) {
  StoredInitiative s;
  s.id = st.int64(0);
  Initiative& f = s.fields;
  f.title = st.text(1);
  f.why = st.text(2);
  f.supports_vision = st.int64(3) != 0;
  f.horizon = st.text(4);
  f.start_date = st.text(5);
  f.finish_date = st.text(6);
  f.measure_of_success = st.text(7);
  f.status = st.text(8);
  f.progress = static_cast<int>(st.int64(9));
  s.version = st.int64(10);
  s.created_at = st.text(11);
  s.updated_at = st.text(12);
  return s;
}

// Fills in the value ids and milestones of `s`.
void read_children(Connection& conn, StoredInitiative& s) {
  Statement values =
      conn.prepare("SELECT value_id FROM initiative_values WHERE initiative_id = ?1 ORDER BY position");
  values.bind(1, s.id);
  while (values.step()) s.fields.value_ids.push_back(values.int64(0));
  Statement ms = conn.prepare(
      "SELECT title, due_date, done FROM initiative_milestones WHERE initiative_id = ?1 ORDER BY position");
  ms.bind(1, s.id);
  while (ms.step()) s.fields.milestones.push_back({ms.text(0), ms.text(1), ms.int64(2) != 0});
}

std::optional<StoredInitiative> read_initiative(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string("SELECT ") + kInitiativeColumns + " FROM initiatives WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredInitiative s = initiative_row(st);
  read_children(conn, s);
  return s;
}

void write_children(Connection& conn, std::int64_t id, const Initiative& f) {
  conn.prepare("DELETE FROM initiative_values WHERE initiative_id = ?1").bind(1, id).run();
  conn.prepare("DELETE FROM initiative_milestones WHERE initiative_id = ?1").bind(1, id).run();
  for (std::size_t i = 0; i < f.value_ids.size(); ++i) {
    conn.prepare("INSERT INTO initiative_values (initiative_id, position, value_id) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, f.value_ids[i])
        .run();
  }
  for (std::size_t i = 0; i < f.milestones.size(); ++i) {
    const Milestone& m = f.milestones[i];
    conn.prepare(
            "INSERT INTO initiative_milestones (initiative_id, position, title, due_date, done) "
            "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, m.title)
        .bind(4, m.due_date)
        .bind(5, m.done ? 1 : 0)
        .run();
  }
}

std::vector<std::int64_t> active_ids(Connection& conn) {
  Statement st = conn.prepare("SELECT id FROM initiatives WHERE status = 'active' ORDER BY id");
  std::vector<std::int64_t> ids;
  while (st.step()) ids.push_back(st.int64(0));
  return ids;
}

constexpr const char* kStopColumns =
    "id, text, action, delegate_to, delegate_by, initiative_id, done, done_at, version, created_at, updated_at";

StoredStopDoingItem stop_row(const Statement& st) {
  StoredStopDoingItem s;
  s.id = st.int64(0);
  s.fields.text = st.text(1);
  s.fields.action = st.text(2);
  s.fields.delegate_to = st.text(3);
  s.fields.delegate_by = st.text(4);
  if (!st.is_null(5)) s.fields.initiative_id = st.int64(5);
  s.fields.done = st.int64(6) != 0;
  s.done_at = st.text(7);
  s.version = st.int64(8);
  s.created_at = st.text(9);
  s.updated_at = st.text(10);
  return s;
}

std::optional<StoredStopDoingItem> read_stop(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string("SELECT ") + kStopColumns + " FROM stop_doing_items WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return stop_row(st);
}

}  // namespace

Result<std::vector<StoredInitiative>> list_initiatives(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredInitiative>> {
    Statement st = conn.prepare(
        std::string("SELECT ") + kInitiativeColumns +
        " FROM initiatives ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 "
        "WHEN 'postponed' THEN 2 WHEN 'done' THEN 3 ELSE 4 END, finish_date = '', finish_date, id");
    std::vector<StoredInitiative> out;
    while (st.step()) out.push_back(initiative_row(st));
    for (StoredInitiative& s : out) read_children(conn, s);
    return out;
  });
}

Result<StoredInitiative> load_initiative(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredInitiative> {
    auto s = read_initiative(conn, id);
    if (!s) return Status::NotFound("no initiative with id " + std::to_string(id));
    return *s;
  });
}

Result<StoredInitiative> create_initiative(Database& db, const Initiative& f) {
  return db.write([&](Connection& conn) -> Result<StoredInitiative> {
    if (FocusDecision focus = check_focus_rule(active_ids(conn), std::nullopt, f.status); !focus.status.ok()) {
      return focus.status;
    }
    conn.prepare(std::string("INSERT INTO initiatives (title, why, supports_vision, horizon, start_date, "
                             "finish_date, measure_of_success, status, progress, created_at, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ") +
                 kNow + ", " + kNow + ")")
        .bind(1, f.title)
        .bind(2, f.why)
        .bind(3, f.supports_vision ? 1 : 0)
        .bind(4, f.horizon)
        .bind(5, f.start_date)
        .bind(6, f.finish_date)
        .bind(7, f.measure_of_success)
        .bind(8, f.status)
        .bind(9, f.progress)
        .run();
    const std::int64_t id = conn.last_insert_id();
    write_children(conn, id, f);
    return *read_initiative(conn, id);
  });
}

Result<StoredInitiative> update_initiative(Database& db, std::int64_t id, const Initiative& f,
                                           std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredInitiative> {
    const auto current = read_initiative(conn, id);
    if (!current) return Status::NotFound("no initiative with id " + std::to_string(id));
    if (current->version != expected_version) {
      return Status::Conflict("this initiative was changed elsewhere (in another tab?) since you opened it",
                              "version");
    }
    if (current->fields == f) return *current;
    if (FocusDecision focus = check_focus_rule(active_ids(conn), id, f.status); !focus.status.ok()) {
      return focus.status;
    }
    conn.prepare(std::string("UPDATE initiatives SET title = ?2, why = ?3, supports_vision = ?4, horizon = ?5, "
                             "start_date = ?6, finish_date = ?7, measure_of_success = ?8, status = ?9, "
                             "progress = ?10, version = version + 1, updated_at = ") +
                 kNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, f.title)
        .bind(3, f.why)
        .bind(4, f.supports_vision ? 1 : 0)
        .bind(5, f.horizon)
        .bind(6, f.start_date)
        .bind(7, f.finish_date)
        .bind(8, f.measure_of_success)
        .bind(9, f.status)
        .bind(10, f.progress)
        .run();
    write_children(conn, id, f);
    return *read_initiative(conn, id);
  });
}

Status delete_initiative(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    conn.prepare("DELETE FROM initiatives WHERE id = ?1").bind(1, id).run();
    if (conn.changes() == 0) return Status::NotFound("no initiative with id " + std::to_string(id));
    return Status::Ok();
  });
}

Status check_initiative_exists(Connection& conn, const std::optional<std::int64_t>& initiative_id) {
  if (!initiative_id) return Status::Ok();
  Statement st = conn.prepare("SELECT 1 FROM initiatives WHERE id = ?1");
  st.bind(1, *initiative_id);
  if (st.step()) return Status::Ok();
  return Status::Invalid("initiative_id", "initiative_id does not match any initiative");
}

Result<std::vector<StoredStopDoingItem>> list_stop_doing(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredStopDoingItem>> {
    Statement st = conn.prepare(std::string("SELECT ") + kStopColumns +
                                " FROM stop_doing_items ORDER BY done, CASE WHEN done = 1 THEN done_at END DESC, id");
    std::vector<StoredStopDoingItem> out;
    while (st.step()) out.push_back(stop_row(st));
    return out;
  });
}

Result<StoredStopDoingItem> load_stop_doing(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredStopDoingItem> {
    auto s = read_stop(conn, id);
    if (!s) return Status::NotFound("no stop-doing item with id " + std::to_string(id));
    return *s;
  });
}

Result<StoredStopDoingItem> create_stop_doing(Database& db, const StopDoingItem& f) {
  return db.write([&](Connection& conn) -> Result<StoredStopDoingItem> {
    if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
    conn.prepare(std::string("INSERT INTO stop_doing_items (text, action, delegate_to, delegate_by, initiative_id, "
                             "done, done_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                             "CASE WHEN ?6 = 1 THEN ") +
                 kNow + " ELSE '' END, " + kNow + ", " + kNow + ")")
        .bind(1, f.text)
        .bind(2, f.action)
        .bind(3, f.delegate_to)
        .bind(4, f.delegate_by)
        .bind(5, f.initiative_id)
        .bind(6, f.done ? 1 : 0)
        .run();
    return *read_stop(conn, conn.last_insert_id());
  });
}

Result<StoredStopDoingItem> update_stop_doing(Database& db, std::int64_t id, const StopDoingItem& f,
                                              std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredStopDoingItem> {
    const auto current = read_stop(conn, id);
    if (!current) return Status::NotFound("no stop-doing item with id " + std::to_string(id));
    if (current->version != expected_version) {
      return Status::Conflict("this item was changed elsewhere (in another tab?) since you opened it", "version");
    }
    if (current->fields == f) return *current;
    if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
    conn.prepare(std::string("UPDATE stop_doing_items SET text = ?2, action = ?3, delegate_to = ?4, "
                             "delegate_by = ?5, initiative_id = ?6, done_at = CASE WHEN ?7 = 0 THEN '' "
                             "WHEN done = 1 THEN done_at ELSE ") +
                 kNow + " END, done = ?7, version = version + 1, updated_at = " + kNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, f.text)
        .bind(3, f.action)
        .bind(4, f.delegate_to)
        .bind(5, f.delegate_by)
        .bind(6, f.initiative_id)
        .bind(7, f.done ? 1 : 0)
        .run();
    return *read_stop(conn, id);
  });
}

Status delete_stop_doing(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    conn.prepare("DELETE FROM stop_doing_items WHERE id = ?1").bind(1, id).run();
    if (conn.changes() == 0) return Status::NotFound("no stop-doing item with id " + std::to_string(id));
    return Status::Ok();
  });
}

}  // namespace tn

// Reads and writes initiatives with their milestones and linked core values.
#include "store/initiatives_store.h"

#include "store/value_links.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no initiative with id " + std::to_string(id)); }

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

// Fills in the value ids, milestones, origin and roads of `s`.
void read_children(Connection& conn, StoredInitiative& s) {
  s.fields.value_ids = read_value_links(conn, kInitiativeValueLinks, s.id);
  s.origin = find_initiative_origin(conn, s.id);
  s.roads = roads_with_initiative(conn, s.id);
  Statement ms = conn.prepare(
      "SELECT title, due_date, done FROM initiative_milestones WHERE initiative_id = ?1 ORDER BY position");
  ms.bind(1, s.id);
  while (ms.step()) s.fields.milestones.push_back({ms.text(0), ms.text(1), ms.int64(2) != 0});
}

void insert_milestone(Connection& conn, std::int64_t id, std::size_t position, const Milestone& m) {
  conn.prepare(
          "INSERT INTO initiative_milestones (initiative_id, position, title, due_date, done) "
          "VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(1, id)
      .bind(2, static_cast<std::int64_t>(position))
      .bind(3, m.title)
      .bind(4, m.due_date)
      .bind(5, m.done ? 1 : 0)
      .run();
}

void write_children(Connection& conn, std::int64_t id, const Initiative& f) {
  write_value_links(conn, kInitiativeValueLinks, id, f.value_ids);
  conn.prepare("DELETE FROM initiative_milestones WHERE initiative_id = ?1").bind(1, id).run();
  for (std::size_t i = 0; i < f.milestones.size(); ++i) insert_milestone(conn, id, i, f.milestones[i]);
}

std::vector<std::int64_t> active_ids(Connection& conn) {
  Statement st = conn.prepare("SELECT id FROM initiatives WHERE status = 'active' ORDER BY id");
  std::vector<std::int64_t> ids;
  while (st.step()) ids.push_back(st.int64(0));
  return ids;
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
    return found_or(find_initiative(conn, id), not_found(id));
  });
}

Result<StoredInitiative> create_initiative(Database& db, const Initiative& f) {
  return db.write([&](Connection& conn) -> Result<StoredInitiative> { return insert_initiative(conn, f); });
}

Result<StoredInitiative> update_initiative(Database& db, std::int64_t id, const Initiative& f,
                                           std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredInitiative> {
    const auto current = find_initiative(conn, id);
    if (!current) return not_found(id);
    if (Status s = check_version(current->version, expected_version, "this initiative"); !s.ok()) return s;
    if (current->fields == f) return *current;
    if (FocusDecision focus = check_focus_rule(active_ids(conn), id, f.status); !focus.status.ok()) {
      return focus.status;
    }
    conn.prepare(std::string("UPDATE initiatives SET title = ?2, why = ?3, supports_vision = ?4, horizon = ?5, "
                             "start_date = ?6, finish_date = ?7, measure_of_success = ?8, status = ?9, "
                             "progress = ?10, version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = ?1")
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
    return *find_initiative(conn, id);
  });
}

Status delete_initiative(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    detach_initiative_milestones(conn, id);
    return delete_row(conn, "initiatives", id, not_found(id));
  });
}

std::optional<StoredInitiative> find_initiative(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string("SELECT ") + kInitiativeColumns + " FROM initiatives WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredInitiative s = initiative_row(st);
  read_children(conn, s);
  return s;
}

Result<StoredInitiative> insert_initiative(Connection& conn, const Initiative& f) {
  if (FocusDecision focus = check_focus_rule(active_ids(conn), std::nullopt, f.status); !focus.status.ok()) {
    return focus.status;
  }
  conn.prepare(std::string("INSERT INTO initiatives (title, why, supports_vision, horizon, start_date, "
                           "finish_date, measure_of_success, status, progress, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ") +
               kSqlNow + ", " + kSqlNow + ")")
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
  return *find_initiative(conn, id);
}

Result<StoredInitiative> append_milestone(Connection& conn, std::int64_t id, const Milestone& milestone) {
  const auto current = find_initiative(conn, id);
  if (!current) return Status::Invalid("initiative_id", "initiative_id does not match any initiative");
  if (current->fields.milestones.size() >= kMaxMilestones) {
    return Status::Conflict("this initiative has " + std::to_string(kMaxMilestones) +
                                " milestones already: finish or remove one first",
                            "milestones");
  }
  insert_milestone(conn, id, current->fields.milestones.size(), milestone);
  conn.prepare(std::string("UPDATE initiatives SET version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
      .bind(1, id)
      .run();
  return *find_initiative(conn, id);
}

Status check_initiative_exists(Connection& conn, const std::optional<std::int64_t>& initiative_id) {
  if (!initiative_id) return Status::Ok();
  Statement st = conn.prepare("SELECT 1 FROM initiatives WHERE id = ?1");
  st.bind(1, *initiative_id);
  if (st.step()) return Status::Ok();
  return Status::Invalid("initiative_id", "initiative_id does not match any initiative");
}

}  // namespace tn

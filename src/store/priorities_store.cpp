// Reads and writes the tasks of the urgent/important priorities matrix.
#include "store/priorities_store.h"

#include "store/initiatives_store.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no task with id " + std::to_string(id)); }

constexpr const char* kTaskSelect =
    "SELECT id, title, quadrant, initiative_id, done, done_at, version, created_at, updated_at, due_date "
    "FROM priority_tasks";

StoredTask task_row(const Statement& st) {
  StoredTask t;
  t.id = st.int64(0);
  t.fields.title = st.text(1);
  t.fields.quadrant = st.text(2);
  t.fields.initiative_id = st.optional_int64(3);
  t.done = st.int64(4) != 0;
  t.done_at = st.text(5);
  t.version = st.int64(6);
  t.created_at = st.text(7);
  t.updated_at = st.text(8);
  t.fields.due_date = st.text(9);
  return t;
}

}  // namespace

std::optional<StoredTask> find_task(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kTaskSelect) + " WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return task_row(st);
}

Result<StoredTask> insert_task(Connection& conn, const PriorityTask& f) {
  if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
  conn.prepare(std::string("INSERT INTO priority_tasks (title, quadrant, initiative_id, due_date, created_at, "
                           "updated_at) VALUES (?1, ?2, ?3, ?4, ") +
               kSqlNow + ", " + kSqlNow + ")")
      .bind(1, f.title)
      .bind(2, f.quadrant)
      .bind(3, f.initiative_id)
      .bind(4, f.due_date)
      .run();
  return *find_task(conn, conn.last_insert_id());
}

Result<std::vector<StoredTask>> list_open_tasks(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredTask>> {
    Statement st = conn.prepare(std::string(kTaskSelect) + " WHERE done = 0 ORDER BY id");
    std::vector<StoredTask> out;
    while (st.step()) out.push_back(task_row(st));
    return out;
  });
}

Result<StoredTask> load_task(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredTask> {
    return found_or(find_task(conn, id), not_found(id));
  });
}

Result<StoredTask> create_task(Database& db, const PriorityTask& f) {
  return db.write([&](Connection& conn) -> Result<StoredTask> { return insert_task(conn, f); });
}

Result<StoredTask> update_task(Database& db, std::int64_t id, const PriorityTask& f, bool done,
                               std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredTask> {
    const auto current = find_task(conn, id);
    if (!current) return not_found(id);
    if (Status s = check_version(current->version, expected_version, "this task"); !s.ok()) return s;
    if (current->fields == f && current->done == done) return *current;
    if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
    conn.prepare(std::string("UPDATE priority_tasks SET title = ?2, quadrant = ?3, initiative_id = ?4, due_date = ?6, "
                             "done_at = CASE WHEN ?5 = 0 THEN '' WHEN done = 1 THEN done_at ELSE ") +
                 kSqlNow + " END, done = ?5, version = version + 1, updated_at = " + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, f.title)
        .bind(3, f.quadrant)
        .bind(4, f.initiative_id)
        .bind(5, done ? 1 : 0)
        .bind(6, f.due_date)
        .run();
    return *find_task(conn, id);
  });
}

Status delete_task(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    return delete_row(conn, "priority_tasks", id, not_found(id));
  });
}

}  // namespace tn

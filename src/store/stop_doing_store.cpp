// Reads and writes the stop-doing list: what is cancelled, postponed or delegated to make room.
#include "store/stop_doing_store.h"

#include "store/initiatives_store.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no stop-doing item with id " + std::to_string(id)); }

constexpr const char* kStopColumns =
    "id, text, action, delegate_to, delegate_by, initiative_id, done, done_at, version, created_at, updated_at";

StoredStopDoingItem stop_row(const Statement& st) {
  StoredStopDoingItem s;
  s.id = st.int64(0);
  s.fields.text = st.text(1);
  s.fields.action = st.text(2);
  s.fields.delegate_to = st.text(3);
  s.fields.delegate_by = st.text(4);
  s.fields.initiative_id = st.optional_int64(5);
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
  StoredStopDoingItem item = stop_row(st);
  item.origin = find_stop_doing_origin(conn, id);
  return item;
}

}  // namespace

Result<std::vector<StoredStopDoingItem>> list_stop_doing(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredStopDoingItem>> {
    Statement st = conn.prepare(std::string("SELECT ") + kStopColumns +
                                " FROM stop_doing_items ORDER BY done, CASE WHEN done = 1 THEN done_at END DESC, id");
    std::vector<StoredStopDoingItem> out;
    while (st.step()) out.push_back(stop_row(st));
    for (StoredStopDoingItem& item : out) item.origin = find_stop_doing_origin(conn, item.id);
    return out;
  });
}

Result<StoredStopDoingItem> load_stop_doing(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredStopDoingItem> {
    return found_or(read_stop(conn, id), not_found(id));
  });
}

Result<StoredStopDoingItem> create_stop_doing(Database& db, const StopDoingItem& f) {
  return db.write([&](Connection& conn) -> Result<StoredStopDoingItem> { return insert_stop_doing(conn, f); });
}

Result<StoredStopDoingItem> insert_stop_doing(Connection& conn, const StopDoingItem& f) {
  if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
  conn.prepare(std::string("INSERT INTO stop_doing_items (text, action, delegate_to, delegate_by, initiative_id, "
                           "done, done_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                           "CASE WHEN ?6 = 1 THEN ") +
               kSqlNow + " ELSE '' END, " + kSqlNow + ", " + kSqlNow + ")")
      .bind(1, f.text)
      .bind(2, f.action)
      .bind(3, f.delegate_to)
      .bind(4, f.delegate_by)
      .bind(5, f.initiative_id)
      .bind(6, f.done ? 1 : 0)
      .run();
  return *read_stop(conn, conn.last_insert_id());
}

Result<StoredStopDoingItem> update_stop_doing(Database& db, std::int64_t id, const StopDoingItem& f,
                                              std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredStopDoingItem> {
    const auto current = read_stop(conn, id);
    if (!current) return not_found(id);
    if (Status s = check_version(current->version, expected_version, "this item"); !s.ok()) return s;
    if (current->fields == f) return *current;
    if (Status s = check_initiative_exists(conn, f.initiative_id); !s.ok()) return s;
    conn.prepare(std::string("UPDATE stop_doing_items SET text = ?2, action = ?3, delegate_to = ?4, "
                             "delegate_by = ?5, initiative_id = ?6, done_at = CASE WHEN ?7 = 0 THEN '' "
                             "WHEN done = 1 THEN done_at ELSE ") +
                 kSqlNow + " END, done = ?7, version = version + 1, updated_at = " + kSqlNow + " WHERE id = ?1")
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
    return delete_row(conn, "stop_doing_items", id, not_found(id));
  });
}

}  // namespace tn

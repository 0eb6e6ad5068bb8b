// Reads and writes the vision and the history of its statement.
#include "store/vision_store.h"

namespace tn {
namespace {

Vision read_vision(Connection& conn) {
  Statement st = conn.prepare(
      "SELECT statement, organisation, mission, current_position, future_position, horizon_years, version, "
      "updated_at FROM vision WHERE id = 1");
  Vision v;
  if (st.step()) {
    v.fields = VisionFields{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                            st.int64(5)};
    v.version = st.int64(6);
    v.updated_at = st.text(7);
  }
  return v;
}

}  // namespace

Result<Vision> load_vision(Database& db) {
  return db.read([](Connection& conn) -> Result<Vision> { return read_vision(conn); });
}

Result<Vision> save_vision(Database& db, const VisionFields& fields, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<Vision> {
    const Vision current = read_vision(conn);
    if (Status s = check_version(current.version, expected_version, "the vision"); !s.ok()) return s;
    if (current.fields == fields) return current;

    conn.prepare(std::string("UPDATE vision SET statement = ?1, organisation = ?2, mission = ?3, "
                             "current_position = ?4, future_position = ?5, horizon_years = ?6, "
                             "version = version + 1, updated_at = ") + kSqlNow + " WHERE id = 1")
        .bind(1, fields.statement)
        .bind(2, fields.organisation)
        .bind(3, fields.mission)
        .bind(4, fields.current_position)
        .bind(5, fields.future_position)
        .bind(6, fields.horizon_years)
        .run();
    if (current.fields.statement != fields.statement) {
      conn.prepare(std::string("INSERT INTO vision_statement_history (statement, saved_at) VALUES (?1, ") + kSqlNow +
                   ")")
          .bind(1, fields.statement)
          .run();
    }
    return read_vision(conn);
  });
}

Result<std::vector<StatementVersion>> load_statement_history(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StatementVersion>> {
    Statement st =
        conn.prepare("SELECT id, statement, saved_at FROM vision_statement_history ORDER BY id DESC");
    std::vector<StatementVersion> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2)});
    return out;
  });
}

}  // namespace tn

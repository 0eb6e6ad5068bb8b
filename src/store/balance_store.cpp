// Reads and writes the life areas of the balance wheel and the dated balance snapshots.
#include "store/balance_store.h"

#include "domain/text.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no such balance snapshot: " + std::to_string(id)); }

StoredLifeAreas read_areas(Connection& conn) {
  StoredLifeAreas set;
  Statement st = conn.prepare("SELECT name, description FROM life_areas ORDER BY position");
  while (st.step()) set.areas.push_back({st.text(0), st.text(1)});
  Statement version = conn.prepare("SELECT version FROM life_area_set WHERE id = 1");
  if (version.step()) set.version = version.int64(0);
  return set;
}

std::vector<AreaRating> read_ratings(Connection& conn, std::int64_t snapshot_id) {
  Statement st = conn.prepare("SELECT area, rating FROM balance_ratings WHERE snapshot_id = ?1 ORDER BY position");
  st.bind(1, snapshot_id);
  std::vector<AreaRating> out;
  while (st.step()) out.push_back({st.text(0), static_cast<int>(st.int64(1))});
  return out;
}

}  // namespace

Result<StoredLifeAreas> load_life_areas(Database& db) {
  return db.read([](Connection& conn) -> Result<StoredLifeAreas> { return read_areas(conn); });
}

Result<StoredLifeAreas> save_life_areas(Database& db, const std::vector<LifeArea>& areas, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredLifeAreas> {
    const StoredLifeAreas current = read_areas(conn);
    if (Status s = check_version(current.version, expected_version, "the life areas", Noun::kMany); !s.ok()) return s;
    conn.exec("DELETE FROM life_areas");
    for (std::size_t i = 0; i < areas.size(); ++i) {
      conn.prepare("INSERT INTO life_areas (position, name, description) VALUES (?1, ?2, ?3)")
          .bind(1, static_cast<int>(i))
          .bind(2, trim(areas[i].name))
          .bind(3, trim(areas[i].description))
          .run();
    }
    conn.exec("UPDATE life_area_set SET version = version + 1 WHERE id = 1");
    return read_areas(conn);
  });
}

Result<StoredBalanceSnapshot> create_balance_snapshot(Database& db, const std::string& rated_on,
                                                const std::vector<AreaRating>& ratings) {
  return db.write([&](Connection& conn) -> Result<StoredBalanceSnapshot> {
    if (Status s = validate_balance_ratings(ratings, read_areas(conn).areas); !s.ok()) return s;
    conn.prepare(std::string("INSERT INTO balance_snapshots (rated_on, created_at) VALUES (?1, ") + kSqlNow + ")")
        .bind(1, rated_on)
        .run();
    const std::int64_t id = conn.last_insert_id();
    for (std::size_t i = 0; i < ratings.size(); ++i) {
      conn.prepare("INSERT INTO balance_ratings (snapshot_id, position, area, rating) VALUES (?1, ?2, ?3, ?4)")
          .bind(1, id)
          .bind(2, static_cast<int>(i))
          .bind(3, trim(ratings[i].area))
          .bind(4, ratings[i].rating)
          .run();
    }
    Statement st = conn.prepare("SELECT created_at FROM balance_snapshots WHERE id = ?1");
    st.bind(1, id);
    st.step();
    return StoredBalanceSnapshot{id, rated_on, st.text(0), read_ratings(conn, id)};
  });
}

Result<std::vector<StoredBalanceSnapshot>> load_balance_snapshots(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredBalanceSnapshot>> {
    Statement st = conn.prepare("SELECT id, rated_on, created_at FROM balance_snapshots ORDER BY rated_on, id");
    std::vector<StoredBalanceSnapshot> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), {}});
    for (StoredBalanceSnapshot& s : out) s.ratings = read_ratings(conn, s.id);
    return out;
  });
}

Status delete_balance_snapshot(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    return delete_row(conn, "balance_snapshots", id, not_found(id));
  });
}

}  // namespace tn

// Reads and writes career roads (with milestones, which may be initiatives), the current road and the history
// of switching roads.
#include "store/roads_store.h"

#include "domain/text.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no road with id " + std::to_string(id)); }

constexpr const char* kRoadSelect =
    "SELECT id, name, notes, is_current, decision_id, version, created_at, updated_at FROM career_roads";

StoredRoad road_row(const Statement& st) {
  StoredRoad r;
  r.id = st.int64(0);
  r.fields.name = st.text(1);
  r.fields.notes = st.text(2);
  r.fields.current = st.int64(3) != 0;
  r.decision_id = st.optional_int64(4);
  r.version = st.int64(5);
  r.created_at = st.text(6);
  r.updated_at = st.text(7);
  return r;
}

// The milestones of `r`; one that is an initiative as the initiative is now.
void read_milestones(Connection& conn, StoredRoad& r) {
  Statement st = conn.prepare(
      "SELECT m.title, m.due_date, m.done, i.id, i.title, i.finish_date, i.status, i.progress FROM road_milestones m "
      "LEFT JOIN initiatives i ON i.id = m.initiative_id WHERE m.road_id = ?1 ORDER BY m.position");
  st.bind(1, r.id);
  while (st.step()) {
    if (st.is_null(3)) {
      r.fields.milestones.push_back({st.text(0), st.text(1), st.int64(2) != 0, std::nullopt});
      r.milestone_initiatives.emplace_back();
      continue;
    }
    r.fields.milestones.push_back({st.text(4), st.text(5), st.text(6) == kStatusDone, st.int64(3)});
    r.milestone_initiatives.push_back(MilestoneInitiative{st.text(6), static_cast<int>(st.int64(7))});
  }
}

// `milestones` with each one that is an initiative as the initiative is now; invalid
// "milestones[i].initiative_id" when there is no such initiative.
Result<std::vector<Milestone>> resolved(Connection& conn, std::vector<Milestone> milestones) {
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    Milestone& m = milestones[i];
    if (!m.initiative_id) continue;
    Statement st = conn.prepare("SELECT title, finish_date, status FROM initiatives WHERE id = ?1");
    st.bind(1, *m.initiative_id);
    if (!st.step()) {
      const std::string field = indexed("milestones", i) + ".initiative_id";
      return Status::Invalid(field, field + " does not match any initiative");
    }
    m = {st.text(0), st.text(1), st.text(2) == kStatusDone, m.initiative_id};
  }
  return milestones;
}

std::vector<StoredRoad> read_roads(Connection& conn) {
  Statement st = conn.prepare(std::string(kRoadSelect) + " ORDER BY id");
  std::vector<StoredRoad> out;
  while (st.step()) out.push_back(road_row(st));
  for (StoredRoad& r : out) read_milestones(conn, r);
  return out;
}

std::optional<StoredRoad> read_road(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kRoadSelect) + " WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredRoad r = road_row(st);
  read_milestones(conn, r);
  return r;
}

// The plan's roads other than `id`, as the domain sees them.
std::vector<CareerRoad> other_roads(Connection& conn, std::int64_t id) {
  std::vector<CareerRoad> others;
  for (const StoredRoad& r : read_roads(conn)) {
    if (r.id != id) others.push_back(r.fields);
  }
  return others;
}

// Replaces the milestones of road `id` with `milestones` (resolved: a copy of each initiative's fields).
void write_milestones(Connection& conn, std::int64_t id, const std::vector<Milestone>& milestones) {
  conn.prepare("DELETE FROM road_milestones WHERE road_id = ?1").bind(1, id).run();
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    conn.prepare("INSERT INTO road_milestones (road_id, position, title, due_date, done, initiative_id) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, milestones[i].title)
        .bind(4, milestones[i].due_date)
        .bind(5, milestones[i].done ? 1 : 0)
        .bind(6, milestones[i].initiative_id)
        .run();
  }
}

}  // namespace

Result<std::vector<StoredRoad>> list_roads(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredRoad>> { return read_roads(conn); });
}

Result<StoredRoad> load_road(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredRoad> {
    return found_or(read_road(conn, id), not_found(id));
  });
}

Result<StoredRoad> create_road(Database& db, const CareerRoad& fields, std::optional<std::int64_t> decision_id) {
  return db.write([&](Connection& conn) -> Result<StoredRoad> {
    if (Status s = check_road_fits_plan(fields, other_roads(conn, 0)); !s.ok()) return s;
    const auto milestones = resolved(conn, fields.milestones);
    if (!milestones.ok()) return milestones.status();
    conn.prepare(std::string("INSERT INTO career_roads (name, notes, decision_id, created_at, updated_at) "
                             "VALUES (?1, ?2, ?3, ") +
                 kSqlNow + ", " + kSqlNow + ")")
        .bind(1, fields.name)
        .bind(2, fields.notes)
        .bind(3, decision_id)
        .run();
    const std::int64_t id = conn.last_insert_id();
    write_milestones(conn, id, *milestones);
    return *read_road(conn, id);
  });
}

Result<StoredRoad> update_road(Database& db, std::int64_t id, const CareerRoad& fields,
                               std::optional<std::int64_t> decision_id, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredRoad> {
    const auto current = read_road(conn, id);
    if (!current) return not_found(id);
    if (Status s = check_version(current->version, expected_version, "this road"); !s.ok()) return s;
    CareerRoad wanted = fields;
    wanted.current = current->fields.current;
    auto milestones = resolved(conn, fields.milestones);
    if (!milestones.ok()) return milestones.status();
    wanted.milestones = std::move(*milestones);
    if (current->fields == wanted && current->decision_id == decision_id) return *current;
    // The others are at most three here (this road is stored), so only the name rule can refuse.
    if (Status s = check_road_fits_plan(wanted, other_roads(conn, id)); !s.ok()) return s;
    conn.prepare(std::string("UPDATE career_roads SET name = ?2, notes = ?3, decision_id = ?4, "
                             "version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, wanted.name)
        .bind(3, wanted.notes)
        .bind(4, decision_id)
        .run();
    write_milestones(conn, id, wanted.milestones);
    return *read_road(conn, id);
  });
}

Result<std::vector<StoredRoad>> choose_road(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Result<std::vector<StoredRoad>> {
    const std::vector<StoredRoad> roads = read_roads(conn);
    std::optional<std::size_t> index, previous;
    std::vector<CareerRoad> plan;
    for (std::size_t i = 0; i < roads.size(); ++i) {
      if (roads[i].id == id) index = i;
      if (roads[i].fields.current) previous = i;
      plan.push_back(roads[i].fields);
    }
    if (!index) return not_found(id);
    if (previous == index) return roads;
    const auto switched = switch_current_road(plan, *index);
    if (!switched.ok()) return switched.status();
    // Clear first: the unique index allows only one current road at any moment.
    conn.prepare(std::string("UPDATE career_roads SET is_current = 0, version = version + 1, updated_at = ") + kSqlNow +
                 " WHERE is_current = 1")
        .run();
    conn.prepare(std::string("UPDATE career_roads SET is_current = 1, version = version + 1, updated_at = ") + kSqlNow +
                 " WHERE id = ?1")
        .bind(1, id)
        .run();
    conn.prepare(std::string("INSERT INTO road_switches (from_road_id, from_name, to_road_id, to_name, switched_at) "
                             "VALUES (?1, ?2, ?3, ?4, ") +
                 kSqlNow + ")")
        .bind(1, previous ? std::optional<std::int64_t>(roads[*previous].id) : std::nullopt)
        .bind(2, previous ? roads[*previous].fields.name : std::string())
        .bind(3, id)
        .bind(4, roads[*index].fields.name)
        .run();
    return read_roads(conn);
  });
}

Status delete_road(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    if (Status s = delete_row(conn, "career_roads", id, not_found(id)); !s.ok()) return s;
    conn.prepare("UPDATE road_switches SET to_road_id = NULL WHERE to_road_id = ?1").bind(1, id).run();
    conn.prepare("UPDATE road_switches SET from_road_id = NULL WHERE from_road_id = ?1").bind(1, id).run();
    return Status::Ok();
  });
}

std::vector<RoadRef> roads_with_initiative(Connection& conn, std::int64_t initiative_id) {
  Statement st = conn.prepare(
      "SELECT DISTINCT r.id, r.name, r.is_current FROM career_roads r JOIN road_milestones m ON m.road_id = r.id "
      "WHERE m.initiative_id = ?1 ORDER BY r.id");
  st.bind(1, initiative_id);
  std::vector<RoadRef> out;
  while (st.step()) out.push_back({st.int64(0), st.text(1), st.int64(2) != 0});
  return out;
}

void detach_initiative_milestones(Connection& conn, std::int64_t initiative_id) {
  conn.prepare(std::string("UPDATE career_roads SET version = version + 1, updated_at = ") + kSqlNow +
               " WHERE id IN (SELECT road_id FROM road_milestones WHERE initiative_id = ?1)")
      .bind(1, initiative_id)
      .run();
  conn.prepare("UPDATE road_milestones SET title = i.title, due_date = i.finish_date, done = (i.status = 'done'), "
               "initiative_id = NULL FROM initiatives i WHERE i.id = ?1 AND road_milestones.initiative_id = ?1")
      .bind(1, initiative_id)
      .run();
}

Result<std::vector<StoredRoadSwitch>> list_road_switches(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredRoadSwitch>> {
    Statement st = conn.prepare(
        "SELECT id, from_road_id, from_name, to_road_id, to_name, switched_at FROM road_switches ORDER BY id DESC");
    std::vector<StoredRoadSwitch> out;
    while (st.step()) {
      StoredRoadSwitch s;
      s.id = st.int64(0);
      s.from_road_id = st.optional_int64(1);
      s.from_name = st.text(2);
      s.to_road_id = st.optional_int64(3);
      s.to_name = st.text(4);
      s.switched_at = st.text(5);
      out.push_back(std::move(s));
    }
    return out;
  });
}

}  // namespace tn

// Reads and writes alignment snapshots (ratings against the mission, action lists) and the worksheet.
#include "store/alignment_store.h"

#include <optional>

namespace tn {
namespace {

std::optional<StoredAssessment> read_assessment(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT id, assessed_on, organisation, mission, version, created_at FROM alignment_assessments WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredAssessment a;
  a.id = st.int64(0);
  a.assessed_on = st.text(1);
  a.organisation = st.text(2);
  a.mission = st.text(3);
  a.version = st.int64(4);
  a.created_at = st.text(5);

  Statement ratings = conn.prepare(
      "SELECT category, item_id, item, rating, note FROM alignment_ratings WHERE assessment_id = ?1 ORDER BY position");
  ratings.bind(1, id);
  while (ratings.step()) {
    const auto category = parse_alignment_category_field("category", ratings.text(0));
    a.ratings.push_back({category.ok() ? *category : AlignmentCategory::kValues, ratings.text(2),
                         static_cast<int>(ratings.int64(3)), ratings.text(4)});
    a.item_ids.push_back(ratings.int64(1));
  }
  Statement actions = conn.prepare(
      "SELECT kind, text FROM alignment_actions WHERE assessment_id = ?1 ORDER BY kind, position");
  actions.bind(1, id);
  while (actions.step()) (actions.text(0) == "lean_into" ? a.lean_into : a.hand_off).push_back(actions.text(1));
  return a;
}

void write_actions(Connection& conn, std::int64_t id, const std::vector<std::string>& lean_into,
                   const std::vector<std::string>& hand_off) {
  conn.prepare("DELETE FROM alignment_actions WHERE assessment_id = ?1").bind(1, id).run();
  for (const auto& [kind, list] : {std::pair{"lean_into", &lean_into}, std::pair{"hand_off", &hand_off}}) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      conn.prepare("INSERT INTO alignment_actions (assessment_id, kind, position, text) VALUES (?1, ?2, ?3, ?4)")
          .bind(1, id)
          .bind(2, kind)
          .bind(3, static_cast<int>(i))
          .bind(4, (*list)[i])
          .run();
    }
  }
}

Status not_found(std::int64_t id) { return Status::NotFound("no such alignment snapshot: " + std::to_string(id)); }

StoredWorksheet read_worksheet(Connection& conn) {
  StoredWorksheet w;
  Statement st = conn.prepare("SELECT adjustments, version, updated_at FROM alignment_worksheet WHERE id = 1");
  if (st.step()) {
    w.adjustments = st.text(0);
    w.version = st.int64(1);
    w.updated_at = st.text(2);
  }
  Statement entries = conn.prepare("SELECT list, text FROM worksheet_entries ORDER BY list, position");
  while (entries.step()) {
    (entries.text(0) == "goal" ? w.sheet.professional_goals : w.sheet.personal_aspirations).push_back(entries.text(1));
  }
  Statement links = conn.prepare(
      "SELECT goal_position, aspiration_position, kind, note FROM worksheet_links "
      "ORDER BY goal_position, aspiration_position");
  while (links.step()) {
    const auto kind = parse_worksheet_link_kind_field("kind", links.text(2));
    w.sheet.links.push_back({static_cast<int>(links.int64(0)), static_cast<int>(links.int64(1)),
                             kind.ok() ? *kind : WorksheetLinkKind::kSynergy, links.text(3)});
  }
  return w;
}

bool same_sheet(const AlignmentWorksheet& a, const AlignmentWorksheet& b) {
  if (a.professional_goals != b.professional_goals || a.personal_aspirations != b.personal_aspirations ||
      a.links.size() != b.links.size()) {
    return false;
  }
  for (const WorksheetLink& link : a.links) {
    bool found = false;
    for (const WorksheetLink& other : b.links) {
      found = found || (link.goal_index == other.goal_index && link.aspiration_index == other.aspiration_index &&
                        link.kind == other.kind && link.note == other.note);
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

Result<StoredAssessment> create_assessment(Database& db, const StoredAssessment& a) {
  return db.write([&](Connection& conn) -> Result<StoredAssessment> {
    conn.prepare(std::string("INSERT INTO alignment_assessments (assessed_on, organisation, mission, created_at) "
                             "VALUES (?1, ?2, ?3, ") + kSqlNow + ")")
        .bind(1, a.assessed_on)
        .bind(2, a.organisation)
        .bind(3, a.mission)
        .run();
    const std::int64_t id = conn.last_insert_id();
    for (std::size_t i = 0; i < a.ratings.size(); ++i) {
      const AlignmentRating& r = a.ratings[i];
      conn.prepare("INSERT INTO alignment_ratings (assessment_id, position, category, item_id, item, rating, note) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .bind(1, id)
          .bind(2, static_cast<int>(i))
          .bind(3, alignment_category_id(r.category))
          .bind(4, i < a.item_ids.size() ? a.item_ids[i] : 0)
          .bind(5, r.item)
          .bind(6, r.rating)
          .bind(7, r.note)
          .run();
    }
    write_actions(conn, id, a.lean_into, a.hand_off);
    return *read_assessment(conn, id);
  });
}

Result<std::vector<StoredAssessment>> load_assessments(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredAssessment>> {
    Statement st = conn.prepare("SELECT id FROM alignment_assessments ORDER BY assessed_on, id");
    std::vector<std::int64_t> ids;
    while (st.step()) ids.push_back(st.int64(0));
    std::vector<StoredAssessment> out;
    for (const std::int64_t id : ids) out.push_back(*read_assessment(conn, id));
    return out;
  });
}

Result<StoredAssessment> load_assessment(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredAssessment> {
    return found_or(read_assessment(conn, id), not_found(id));
  });
}

Result<StoredAssessment> save_assessment_actions(Database& db, std::int64_t id, const std::vector<std::string>& lean_into,
                                           const std::vector<std::string>& hand_off, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredAssessment> {
    const auto current = read_assessment(conn, id);
    if (!current) return not_found(id);
    if (Status s = check_version(current->version, expected_version, "this snapshot"); !s.ok()) return s;
    if (current->lean_into == lean_into && current->hand_off == hand_off) return *current;
    write_actions(conn, id, lean_into, hand_off);
    conn.prepare("UPDATE alignment_assessments SET version = version + 1 WHERE id = ?1").bind(1, id).run();
    return *read_assessment(conn, id);
  });
}

Status delete_assessment(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    if (!read_assessment(conn, id)) return not_found(id);
    conn.prepare("DELETE FROM alignment_assessments WHERE id = ?1").bind(1, id).run();
    return Status::Ok();
  });
}

Result<StoredWorksheet> load_worksheet(Database& db) {
  return db.read([](Connection& conn) -> Result<StoredWorksheet> { return read_worksheet(conn); });
}

Result<StoredWorksheet> save_worksheet(Database& db, const AlignmentWorksheet& sheet, const std::string& adjustments,
                                       std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredWorksheet> {
    const StoredWorksheet current = read_worksheet(conn);
    if (Status s = check_version(current.version, expected_version, "the worksheet"); !s.ok()) return s;
    if (same_sheet(current.sheet, sheet) && current.adjustments == adjustments) return current;
    conn.exec("DELETE FROM worksheet_entries; DELETE FROM worksheet_links;");
    for (const auto& [list, entries] : {std::pair{"goal", &sheet.professional_goals},
                                        std::pair{"aspiration", &sheet.personal_aspirations}}) {
      for (std::size_t i = 0; i < entries->size(); ++i) {
        conn.prepare("INSERT INTO worksheet_entries (list, position, text) VALUES (?1, ?2, ?3)")
            .bind(1, list)
            .bind(2, static_cast<int>(i))
            .bind(3, (*entries)[i])
            .run();
      }
    }
    for (const WorksheetLink& link : sheet.links) {
      conn.prepare("INSERT INTO worksheet_links (goal_position, aspiration_position, kind, note) "
                   "VALUES (?1, ?2, ?3, ?4)")
          .bind(1, link.goal_index)
          .bind(2, link.aspiration_index)
          .bind(3, worksheet_link_kind_id(link.kind))
          .bind(4, link.note)
          .run();
    }
    conn.prepare(std::string("UPDATE alignment_worksheet SET adjustments = ?1, version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = 1")
        .bind(1, adjustments)
        .run();
    return read_worksheet(conn);
  });
}

}  // namespace tn

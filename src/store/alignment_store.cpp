// Reads and writes alignment snapshots (ratings against the mission, action lists) and the worksheet.
#include "store/alignment_store.h"

#include <algorithm>
#include <optional>

#include "domain/text.h"
#include "store/initiatives_store.h"
#include "store/stop_doing_store.h"

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no such alignment snapshot: " + std::to_string(id)); }

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
      "SELECT a.kind, a.text, a.initiative_id, i.title, i.status, a.stop_doing_id, s.text, s.action, s.done "
      "FROM alignment_actions a LEFT JOIN initiatives i ON i.id = a.initiative_id "
      "LEFT JOIN stop_doing_items s ON s.id = a.stop_doing_id WHERE a.assessment_id = ?1 ORDER BY a.kind, a.position");
  actions.bind(1, id);
  while (actions.step()) {
    const bool lean = actions.text(0) == "lean_into";
    (lean ? a.lean_into : a.hand_off).push_back(actions.text(1));
    ActionLink link;
    if (!actions.is_null(2)) {
      link.initiative_id = actions.int64(2);
      link.initiative_title = actions.text(3);
      link.initiative_status = actions.text(4);
    }
    if (!actions.is_null(5)) {
      link.stop_doing_id = actions.int64(5);
      link.stop_doing_text = actions.text(6);
      link.stop_doing_action = actions.text(7);
      link.stop_doing_done = actions.int64(8) != 0;
    }
    (lean ? a.lean_into_links : a.hand_off_links).push_back(std::move(link));
  }
  return a;
}

// The links of one stored item: the initiative or stop-doing item it became.
struct StoredLink {
  std::string kind;
  std::string text;
  std::optional<std::int64_t> initiative_id;
  std::optional<std::int64_t> stop_doing_id;
};

// Replaces the lists of snapshot `id`; an item whose text is already in the same list takes over the links
// of the first such stored item not taken yet.
void write_actions(Connection& conn, std::int64_t id, const std::vector<std::string>& lean_into,
                   const std::vector<std::string>& hand_off) {
  std::vector<StoredLink> stored;
  Statement old = conn.prepare(
      "SELECT kind, text, initiative_id, stop_doing_id FROM alignment_actions WHERE assessment_id = ?1 "
      "AND (initiative_id IS NOT NULL OR stop_doing_id IS NOT NULL) ORDER BY kind, position");
  old.bind(1, id);
  while (old.step()) {
    stored.push_back({old.text(0), old.text(1), old.optional_int64(2), old.optional_int64(3)});
  }
  conn.prepare("DELETE FROM alignment_actions WHERE assessment_id = ?1").bind(1, id).run();
  for (const auto& [kind, list] : {std::pair{"lean_into", &lean_into}, std::pair{"hand_off", &hand_off}}) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      StoredLink link;
      const auto same = std::find_if(stored.begin(), stored.end(),
                                     [&](const StoredLink& l) { return l.kind == kind && l.text == (*list)[i]; });
      if (same != stored.end()) {
        link = *same;
        stored.erase(same);
      }
      conn.prepare("INSERT INTO alignment_actions (assessment_id, kind, position, text, initiative_id, stop_doing_id) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .bind(1, id)
          .bind(2, kind)
          .bind(3, static_cast<int>(i))
          .bind(4, (*list)[i])
          .bind(5, link.initiative_id)
          .bind(6, link.stop_doing_id)
          .run();
    }
  }
}

// Checks `ref` against the snapshot as stored and returns the item's text; runs inside the caller's write.
Result<std::string> unlinked_action(Connection& conn, const ActionRef& ref, std::optional<StoredAssessment>& current) {
  current = read_assessment(conn, ref.assessment_id);
  if (!current) return not_found(ref.assessment_id);
  if (Status s = check_version(current->version, ref.expected_version, "this snapshot"); !s.ok()) return s;
  const bool lean = ref.kind == AlignmentActionKind::kLeanInto;
  const std::vector<std::string>& list = lean ? current->lean_into : current->hand_off;
  const std::string kind(alignment_action_kind_id(ref.kind));
  if (ref.position < 0 || ref.position >= static_cast<std::int64_t>(list.size())) {
    return Status::Invalid("position", list.empty() ? "position: " + kind + " has no items"
                                                    : "position must be from 0 to " + std::to_string(list.size() - 1) +
                                                          " (an item of " + kind + ")");
  }
  const ActionLink& link = (lean ? current->lean_into_links : current->hand_off_links)[ref.position];
  if (link.initiative_id) return Status::Conflict("this item became an initiative already", "position");
  if (link.stop_doing_id) return Status::Conflict("this item is on the stop-doing list already", "position");
  return list[ref.position];
}

// Links item `ref` to the new record in `column` and bumps the snapshot's version.
Result<ActionTurned> link_action(Connection& conn, const ActionRef& ref, const char* column, std::int64_t record_id) {
  conn.prepare(std::string("UPDATE alignment_actions SET ") + column +
               " = ?4 WHERE assessment_id = ?1 AND kind = ?2 AND position = ?3")
      .bind(1, ref.assessment_id)
      .bind(2, alignment_action_kind_id(ref.kind))
      .bind(3, ref.position)
      .bind(4, record_id)
      .run();
  conn.prepare("UPDATE alignment_assessments SET version = version + 1 WHERE id = ?1").bind(1, ref.assessment_id).run();
  return ActionTurned{*read_assessment(conn, ref.assessment_id), record_id};
}

std::optional<ActionOrigin> find_origin(Connection& conn, const char* column, std::int64_t id) {
  Statement st = conn.prepare(std::string("SELECT a.assessment_id, s.assessed_on, a.kind, a.text FROM alignment_actions a "
                                          "JOIN alignment_assessments s ON s.id = a.assessment_id WHERE a.") +
                              column + " = ?1 ORDER BY a.assessment_id LIMIT 1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  const auto kind = parse_alignment_action_kind_field("kind", st.text(2));
  return ActionOrigin{st.int64(0), st.text(1), kind.ok() ? *kind : AlignmentActionKind::kLeanInto, st.text(3)};
}

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

Result<ActionTurned> turn_action_into_initiative(Database& db, const ActionRef& ref) {
  return db.write([&](Connection& conn) -> Result<ActionTurned> {
    std::optional<StoredAssessment> current;
    const auto text = unlinked_action(conn, ref, current);
    if (!text.ok()) return text.status();
    const auto initiative =
        insert_initiative(conn, initiative_from_alignment_action(ref.kind, *text));
    if (!initiative.ok()) return initiative.status();
    return link_action(conn, ref, "initiative_id", initiative->id);
  });
}

Result<ActionTurned> turn_action_into_stop_doing(Database& db, const ActionRef& ref, StopDoingItem fields) {
  return db.write([&](Connection& conn) -> Result<ActionTurned> {
    std::optional<StoredAssessment> current;
    const auto text = unlinked_action(conn, ref, current);
    if (!text.ok()) return text.status();
    fields.text = trim(*text);
    if (Status s = validate_stop_doing_item(fields); !s.ok()) return s;
    const auto item = insert_stop_doing(conn, fields);
    if (!item.ok()) return item.status();
    return link_action(conn, ref, "stop_doing_id", item->id);
  });
}

std::optional<ActionOrigin> find_initiative_origin(Connection& conn, std::int64_t initiative_id) {
  return find_origin(conn, "initiative_id", initiative_id);
}

std::optional<ActionOrigin> find_stop_doing_origin(Connection& conn, std::int64_t stop_doing_id) {
  return find_origin(conn, "stop_doing_id", stop_doing_id);
}

Result<ComparedAssessments> load_compared_assessments(Database& db, std::optional<std::int64_t> from_id,
                                                     std::optional<std::int64_t> to_id) {
  return db.read([&](Connection& conn) -> Result<ComparedAssessments> {
    Statement st = conn.prepare("SELECT id FROM alignment_assessments ORDER BY assessed_on, id");
    std::vector<std::int64_t> ids;  // oldest first
    while (st.step()) ids.push_back(st.int64(0));
    if (!to_id && ids.empty()) return Status::NotFound("there is no alignment snapshot yet");
    const std::int64_t to = to_id.value_or(ids.empty() ? 0 : ids.back());
    const auto at = std::find(ids.begin(), ids.end(), to);
    if (at == ids.end()) return not_found(to);
    auto later = read_assessment(conn, to);
    if (!from_id && at == ids.begin()) {
      return Status::NotFound("there is no snapshot before the one of " + later->assessed_on + " to compare it with");
    }
    const std::int64_t from = from_id.value_or(at == ids.begin() ? 0 : *(at - 1));
    auto earlier = read_assessment(conn, from);
    if (!earlier) return not_found(from);
    return ComparedAssessments{std::move(*earlier), std::move(*later)};
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

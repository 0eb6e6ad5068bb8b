// Reads and writes accountability partners, their check-ins and the commitments made in them, with the
// carry-over of open commitments and their hand-over to the priorities matrix or an initiative.
#include "store/people_store.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/text.h"
#include "store/initiatives_store.h"
#include "store/people_index.h"
#include "store/priorities_store.h"

namespace tn {
namespace {

constexpr std::size_t kExcerptChars = 160;

Status partner_not_found(std::int64_t id) { return Status::NotFound("there is no partner " + std::to_string(id)); }
Status check_in_not_found(std::int64_t id) { return Status::NotFound("there is no check-in " + std::to_string(id)); }
Status commitment_not_found(std::int64_t id) {
  return Status::NotFound("there is no commitment " + std::to_string(id));
}

constexpr const char* kPartnerSelect =
    "SELECT p.id, p.name, p.role, p.how_they_help, p.cadence_weeks, p.last_met_on, p.version, p.created_at, "
    "p.updated_at, (SELECT max(held_on) FROM check_ins c WHERE c.partner_id = p.id), "
    "(SELECT count(*) FROM check_ins c WHERE c.partner_id = p.id), "
    "(SELECT count(*) FROM commitments m JOIN check_ins c ON c.id = m.check_in_id "
    "WHERE c.partner_id = p.id AND m.state = 'open') FROM partners p";

StoredPartner partner_row(const Statement& st) {
  StoredPartner p;
  p.id = st.int64(0);
  p.fields.name = st.text(1);
  p.fields.role = st.text(2);
  p.fields.how_they_help = st.text(3);
  p.fields.cadence_weeks = st.optional_int(4);
  p.fields.last_met_on = st.text(5);
  p.version = st.int64(6);
  p.created_at = st.text(7);
  p.updated_at = st.text(8);
  p.last_check_in_on = st.text(9);
  p.check_in_count = st.int64(10);
  p.open_commitments = st.int64(11);
  return p;
}

std::optional<StoredPartner> read_partner(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kPartnerSelect) + " WHERE p.id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return partner_row(st);
}

constexpr const char* kCommitmentSelect =
    "SELECT m.id, m.check_in_id, c.partner_id, p.name, c.held_on, m.text, m.owner, m.due_on, m.state, "
    "m.drop_reason, m.closed_on, m.task_id, m.initiative_id, m.version, m.created_at, m.updated_at "
    "FROM commitments m JOIN check_ins c ON c.id = m.check_in_id JOIN partners p ON p.id = c.partner_id";

StoredCommitment commitment_row(const Statement& st) {
  StoredCommitment m;
  m.id = st.int64(0);
  m.check_in_id = st.int64(1);
  m.partner_id = st.int64(2);
  m.partner_name = st.text(3);
  m.made_on = st.text(4);
  m.fields = {m.id, st.text(5), st.text(6), st.text(7)};
  m.state = st.text(8);
  m.drop_reason = st.text(9);
  m.closed_on = st.text(10);
  m.task_id = st.optional_int64(11);
  m.initiative_id = st.optional_int64(12);
  m.version = st.int64(13);
  m.created_at = st.text(14);
  m.updated_at = st.text(15);
  return m;
}

// The record a handed-over commitment links to, as it is now.
std::optional<CommitmentLink> read_link(Connection& conn, const StoredCommitment& m) {
  CommitmentLink link;
  if (m.state == kCommitmentOnPriorities) {
    if (const auto task = m.task_id ? find_task(conn, *m.task_id) : std::nullopt) {
      link = {true, task->fields.title, task->done, task->fields.quadrant, task->fields.due_date};
    }
    return link;
  }
  if (m.state != kCommitmentOnMilestone) return std::nullopt;
  if (const auto initiative = m.initiative_id ? find_initiative(conn, *m.initiative_id) : std::nullopt) {
    for (const Milestone& milestone : initiative->fields.milestones) {
      if (milestone.title != m.fields.text) continue;
      link = {true, initiative->fields.title, milestone.done, "", milestone.due_date};
      break;
    }
  }
  return link;
}

// The check-ins of a partner in order, loaded once per partner while a reply is put together.
class CheckInKeys {
 public:
  explicit CheckInKeys(Connection& conn) : conn_(conn) {}

  const std::vector<CheckInKey>& of(std::int64_t partner_id) {
    auto [it, added] = keys_.try_emplace(partner_id);
    if (!added) return it->second;
    Statement st = conn_.prepare("SELECT held_on, id FROM check_ins WHERE partner_id = ?1 ORDER BY held_on, id");
    st.bind(1, partner_id);
    while (st.step()) {
      if (const auto day = parse_date(st.text(0))) it->second.push_back({*day, st.int64(1)});
    }
    return it->second;
  }

 private:
  Connection& conn_;
  std::map<std::int64_t, std::vector<CheckInKey>> keys_;
};

// Fills in how often `m` was carried (up to `as_of` when given) and its link.
void complete(Connection& conn, CheckInKeys& keys, StoredCommitment& m, const std::optional<CheckInKey>& as_of) {
  const auto made = parse_date(m.made_on);
  if (made) {
    m.carried = carried_count({*made, m.check_in_id}, parse_date(m.closed_on), keys.of(m.partner_id), as_of);
  }
  m.link = read_link(conn, m);
}

std::vector<StoredCommitment> commitments_where(Connection& conn, const std::string& where, std::int64_t param) {
  Statement st = conn.prepare(std::string(kCommitmentSelect) + " WHERE " + where);
  st.bind(1, param);
  std::vector<StoredCommitment> out;
  while (st.step()) out.push_back(commitment_row(st));
  return out;
}

std::optional<StoredCommitment> read_commitment(Connection& conn, std::int64_t id) {
  auto found = commitments_where(conn, "m.id = ?1", id);
  if (found.empty()) return std::nullopt;
  CheckInKeys keys(conn);
  complete(conn, keys, found.front(), std::nullopt);
  return std::move(found.front());
}

std::optional<StoredCheckIn> read_check_in(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT c.partner_id, p.name, c.held_on, c.agenda, c.notes, c.version, c.created_at, c.updated_at "
      "FROM check_ins c JOIN partners p ON p.id = c.partner_id WHERE c.id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredCheckIn c;
  c.id = id;
  c.fields = {st.int64(0), st.text(2), st.text(3), st.text(4), {}};
  c.partner_name = st.text(1);
  c.version = st.int64(5);
  c.created_at = st.text(6);
  c.updated_at = st.text(7);
  const auto held = parse_date(c.fields.held_on);
  const CheckInKey key{held.value_or(Date{}), id};
  CheckInKeys keys(conn);
  c.commitments = commitments_where(conn, "m.check_in_id = ?1 ORDER BY m.position", id);
  for (StoredCommitment& m : c.commitments) {
    complete(conn, keys, m, key);
    c.fields.commitments.push_back(m.fields);
  }
  // Made earlier with the same partner and still open that day (SQL narrows, carried_onto decides).
  Statement earlier = conn.prepare(std::string(kCommitmentSelect) +
                                   " WHERE c.partner_id = ?1 AND (c.held_on < ?2 OR (c.held_on = ?2 AND c.id < ?3)) "
                                   "AND (m.closed_on = '' OR m.closed_on >= ?2) ORDER BY c.held_on, c.id, m.position");
  earlier.bind(1, c.fields.partner_id).bind(2, c.fields.held_on).bind(3, id);
  while (earlier.step()) c.carried.push_back(commitment_row(earlier));
  std::erase_if(c.carried, [&](const StoredCommitment& m) {
    const auto made = parse_date(m.made_on);
    return !made || !carried_onto({*made, m.check_in_id}, parse_date(m.closed_on), key);
  });
  for (StoredCommitment& m : c.carried) complete(conn, keys, m, key);
  return c;
}

// The text the full-text index holds for a check-in.
std::string check_in_text(const CheckIn& c) {
  std::vector<std::string> commitments;
  for (const CommitmentInput& m : c.commitments) commitments.push_back(trim(m.text));
  return check_in_search_text(c.agenda, c.notes, commitments);
}

Status check_partner_exists(Connection& conn, std::int64_t partner_id) {
  if (read_partner(conn, partner_id)) return Status::Ok();
  return Status::Invalid("partner_id", "partner_id does not match any partner");
}

void insert_commitment(Connection& conn, std::int64_t check_in_id, std::size_t position, const CommitmentInput& m) {
  conn.prepare(std::string("INSERT INTO commitments (check_in_id, position, text, owner, due_on, created_at, "
                           "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ") +
               kSqlNow + ", " + kSqlNow + ")")
      .bind(1, check_in_id)
      .bind(2, static_cast<std::int64_t>(position))
      .bind(3, trim(m.text))
      .bind(4, m.owner)
      .bind(5, m.due_on)
      .run();
}

// Brings the commitments of check-in `id` (now `current`) to `wanted`: keeps and edits listed ones, adds new
// ones, deletes the rest. A handed-over commitment keeps its text, so its task or milestone still matches.
Status write_commitments(Connection& conn, std::int64_t id, const std::vector<StoredCommitment>& current,
                         const std::vector<CommitmentInput>& wanted) {
  std::vector<std::int64_t> kept;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const CommitmentInput& w = wanted[i];
    if (!w.id) {
      insert_commitment(conn, id, i, w);
      continue;
    }
    const auto it = std::find_if(current.begin(), current.end(), [&](const StoredCommitment& m) { return m.id == *w.id; });
    const std::string prefix = indexed("commitments", i) + ".";
    if (it == current.end()) return Status::Invalid(prefix + "id", prefix + "id is not a commitment of this check-in");
    const bool handed_over = it->state == kCommitmentOnPriorities || it->state == kCommitmentOnMilestone;
    if (handed_over && trim(w.text) != it->fields.text) {
      return Status::Invalid(prefix + "text", prefix + "text cannot change once the commitment is on the priorities "
                                                       "matrix or an initiative: edit it there");
    }
    kept.push_back(*w.id);
    if (it->fields.text == trim(w.text) && it->fields.owner == w.owner && it->fields.due_on == w.due_on) {
      conn.prepare("UPDATE commitments SET position = ?2 WHERE id = ?1").bind(1, *w.id).bind(2, static_cast<std::int64_t>(i)).run();
      continue;
    }
    conn.prepare(std::string("UPDATE commitments SET position = ?2, text = ?3, owner = ?4, due_on = ?5, "
                             "version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, *w.id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, trim(w.text))
        .bind(4, w.owner)
        .bind(5, w.due_on)
        .run();
  }
  for (const StoredCommitment& m : current) {
    if (std::find(kept.begin(), kept.end(), m.id) == kept.end()) {
      conn.prepare("DELETE FROM commitments WHERE id = ?1").bind(1, m.id).run();
    }
  }
  return Status::Ok();
}

// Whether the stored check-in already equals `fields` (commitment texts compared trimmed).
bool same_check_in(const StoredCheckIn& stored, const CheckIn& fields) {
  CheckIn wanted = fields;
  for (CommitmentInput& m : wanted.commitments) m.text = trim(m.text);
  return stored.fields == wanted;
}

// Loads open commitment `id` for a hand-over at `expected_version`.
Result<StoredCommitment> open_commitment_for_change(Connection& conn, std::int64_t id, std::int64_t expected_version) {
  auto current = read_commitment(conn, id);
  if (!current) return commitment_not_found(id);
  if (Status s = check_version(current->version, expected_version, "this commitment"); !s.ok()) return s;
  if (current->state != kCommitmentOpen) {
    return Status::Conflict("this commitment is no longer open: reopen it first", "state");
  }
  return std::move(*current);
}

// Closes commitment `id` as handed over in `state` to task `task_id` or initiative `initiative_id`.
void close_as_handed_over(Connection& conn, std::int64_t id, std::string_view state, const Date& today,
                          const std::optional<std::int64_t>& task_id, const std::optional<std::int64_t>& initiative_id) {
  conn.prepare(std::string("UPDATE commitments SET state = ?2, closed_on = ?3, task_id = ?4, initiative_id = ?5, "
                           "drop_reason = '', version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
      .bind(1, id)
      .bind(2, state)
      .bind(3, today.str())
      .bind(4, task_id)
      .bind(5, initiative_id)
      .run();
}

}  // namespace

Result<std::vector<StoredPartner>> list_partners(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredPartner>> {
    Statement st = conn.prepare(std::string(kPartnerSelect) + " ORDER BY p.name COLLATE NOCASE, p.id");
    std::vector<StoredPartner> out;
    while (st.step()) out.push_back(partner_row(st));
    return out;
  });
}

Result<StoredPartner> load_partner(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredPartner> {
    return found_or(read_partner(conn, id), partner_not_found(id));
  });
}

Result<StoredPartner> create_partner(Database& db, const Partner& f) {
  return db.write([&](Connection& conn) -> Result<StoredPartner> {
    Statement count = conn.prepare("SELECT count(*) FROM partners");
    count.step();
    if (count.int64(0) >= static_cast<std::int64_t>(kMaxPartners)) {
      return Status::Conflict("you can keep at most " + std::to_string(kMaxPartners) + " partners", "partners");
    }
    conn.prepare(std::string("INSERT INTO partners (name, role, how_they_help, cadence_weeks, last_met_on, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ") +
                 kSqlNow + ", " + kSqlNow + ")")
        .bind(1, trim(f.name))
        .bind(2, f.role)
        .bind(3, f.how_they_help)
        .bind(4, f.cadence_weeks)
        .bind(5, f.last_met_on)
        .run();
    return *read_partner(conn, conn.last_insert_id());
  });
}

Result<StoredPartner> update_partner(Database& db, std::int64_t id, const Partner& f, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredPartner> {
    const auto current = read_partner(conn, id);
    if (!current) return partner_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this partner"); !s.ok()) return s;
    Partner wanted = f;
    wanted.name = trim(f.name);
    if (current->fields == wanted) return *current;
    conn.prepare(std::string("UPDATE partners SET name = ?2, role = ?3, how_they_help = ?4, cadence_weeks = ?5, "
                             "last_met_on = ?6, version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, wanted.name)
        .bind(3, wanted.role)
        .bind(4, wanted.how_they_help)
        .bind(5, wanted.cadence_weeks)
        .bind(6, wanted.last_met_on)
        .run();
    return *read_partner(conn, id);
  });
}

Status delete_partner(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    Statement st = conn.prepare("SELECT id FROM check_ins WHERE partner_id = ?1");
    st.bind(1, id);
    std::vector<std::int64_t> check_ins;
    while (st.step()) check_ins.push_back(st.int64(0));
    for (const std::int64_t check_in : check_ins) unindex_people_text(conn, PeopleTextKind::kCheckIn, check_in);
    return delete_row(conn, "partners", id, partner_not_found(id));
  });
}

Result<CheckInPage> list_check_ins(Database& db, const std::optional<std::int64_t>& partner_id,
                                   const std::optional<DateCursor>& after, int limit) {
  return db.read([&](Connection& conn) -> Result<CheckInPage> {
    std::string sql =
        "SELECT c.id, c.partner_id, p.name, c.held_on, substr(CASE WHEN trim(c.notes) <> '' THEN c.notes ELSE "
        "c.agenda END, 1, 400), (SELECT count(*) FROM commitments m WHERE m.check_in_id = c.id) "
        "FROM check_ins c JOIN partners p ON p.id = c.partner_id WHERE 1";
    if (partner_id) sql += " AND c.partner_id = ?2";
    if (after) sql += " AND c.held_on <= ?3 AND (c.held_on < ?3 OR c.id < ?4)";
    sql += " ORDER BY c.held_on DESC, c.id DESC LIMIT ?1";
    Statement st = conn.prepare(sql);
    st.bind(1, limit + 1);
    if (partner_id) st.bind(2, *partner_id);
    if (after) st.bind(3, after->date).bind(4, after->id);
    CheckInPage page;
    while (st.step()) {
      page.items.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3),
                            utf8_shortened(collapse_runs(st.text(4), is_space_code_point), kExcerptChars),
                            st.int64(5)});
    }
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.more = true;
    }
    return page;
  });
}

Result<StoredCheckIn> load_check_in(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredCheckIn> {
    return found_or(read_check_in(conn, id), check_in_not_found(id));
  });
}

Result<StoredCheckIn> create_check_in(Database& db, const CheckIn& f) {
  return db.write([&](Connection& conn) -> Result<StoredCheckIn> {
    if (Status s = check_partner_exists(conn, f.partner_id); !s.ok()) return s;
    for (std::size_t i = 0; i < f.commitments.size(); ++i) {
      const std::string field = indexed("commitments", i) + ".id";
      if (f.commitments[i].id) return Status::Invalid(field, field + " is for commitments already saved; leave it out");
    }
    conn.prepare(std::string("INSERT INTO check_ins (partner_id, held_on, agenda, notes, created_at, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ") + kSqlNow + ", " + kSqlNow + ")")
        .bind(1, f.partner_id)
        .bind(2, f.held_on)
        .bind(3, f.agenda)
        .bind(4, f.notes)
        .run();
    const std::int64_t id = conn.last_insert_id();
    for (std::size_t i = 0; i < f.commitments.size(); ++i) insert_commitment(conn, id, i, f.commitments[i]);
    index_people_text(conn, PeopleTextKind::kCheckIn, id, check_in_text(f));
    return *read_check_in(conn, id);
  });
}

Result<StoredCheckIn> update_check_in(Database& db, std::int64_t id, const CheckIn& f, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredCheckIn> {
    const auto current = read_check_in(conn, id);
    if (!current) return check_in_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this check-in"); !s.ok()) return s;
    if (same_check_in(*current, f)) return *current;
    if (Status s = check_partner_exists(conn, f.partner_id); !s.ok()) return s;
    if (Status s = write_commitments(conn, id, current->commitments, f.commitments); !s.ok()) return s;
    conn.prepare(std::string("UPDATE check_ins SET partner_id = ?2, held_on = ?3, agenda = ?4, notes = ?5, "
                             "version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, f.partner_id)
        .bind(3, f.held_on)
        .bind(4, f.agenda)
        .bind(5, f.notes)
        .run();
    index_people_text(conn, PeopleTextKind::kCheckIn, id, check_in_text(f));
    return *read_check_in(conn, id);
  });
}

Status delete_check_in(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    unindex_people_text(conn, PeopleTextKind::kCheckIn, id);
    return delete_row(conn, "check_ins", id, check_in_not_found(id));
  });
}

Result<std::vector<StoredCommitment>> list_open_commitments(Database& db, const std::optional<std::int64_t>& partner_id,
                                                            const Date& today) {
  return db.read([&](Connection& conn) -> Result<std::vector<StoredCommitment>> {
    std::vector<StoredCommitment> out =
        commitments_where(conn, "m.state = 'open' AND (?1 = 0 OR c.partner_id = ?1)", partner_id.value_or(0));
    CheckInKeys keys(conn);
    for (StoredCommitment& m : out) complete(conn, keys, m, std::nullopt);
    const std::string now = today.str();
    const auto order = [&](const StoredCommitment& m) {
      const bool dated = !m.fields.due_on.empty();
      return std::tuple(!(dated && m.fields.due_on < now), !dated, m.fields.due_on, m.made_on, m.id);
    };
    std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
    return out;
  });
}

Result<StoredCommitment> load_commitment(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredCommitment> {
    return found_or(read_commitment(conn, id), commitment_not_found(id));
  });
}

Result<StoredCommitment> set_commitment_state(Database& db, std::int64_t id, const std::string& state,
                                              const std::string& drop_reason, const Date& today,
                                              std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredCommitment> {
    const auto current = read_commitment(conn, id);
    if (!current) return commitment_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this commitment"); !s.ok()) return s;
    const std::string reason = state == kCommitmentDropped ? trim(drop_reason) : "";
    if (current->state == state && current->drop_reason == reason) return *current;
    const bool open = state == kCommitmentOpen;
    const std::string closed_on = open ? "" : current->closed_on.empty() ? today.str() : current->closed_on;
    conn.prepare(std::string("UPDATE commitments SET state = ?2, drop_reason = ?3, closed_on = ?4, "
                             "task_id = CASE WHEN ?5 THEN NULL ELSE task_id END, "
                             "initiative_id = CASE WHEN ?5 THEN NULL ELSE initiative_id END, "
                             "version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, state)
        .bind(3, reason)
        .bind(4, closed_on)
        .bind(5, open ? 1 : 0)
        .run();
    return *read_commitment(conn, id);
  });
}

Result<StoredCommitment> put_commitment_on_priorities(Database& db, std::int64_t id, const std::string& quadrant,
                                                      const Date& today, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredCommitment> {
    const auto current = open_commitment_for_change(conn, id, expected_version);
    if (!current.ok()) return current.status();
    const auto task = insert_task(conn, PriorityTask{current->fields.text, quadrant, std::nullopt, current->fields.due_on});
    if (!task.ok()) return task.status();
    close_as_handed_over(conn, id, kCommitmentOnPriorities, today, task->id, std::nullopt);
    return *read_commitment(conn, id);
  });
}

Result<StoredCommitment> turn_commitment_into_milestone(Database& db, std::int64_t id, std::int64_t initiative_id,
                                                        const Date& today, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredCommitment> {
    const auto current = open_commitment_for_change(conn, id, expected_version);
    if (!current.ok()) return current.status();
    const auto initiative = append_milestone(conn, initiative_id, Milestone{current->fields.text, current->fields.due_on, false});
    if (!initiative.ok()) return initiative.status();
    close_as_handed_over(conn, id, kCommitmentOnMilestone, today, std::nullopt, initiative_id);
    return *read_commitment(conn, id);
  });
}

}  // namespace tn

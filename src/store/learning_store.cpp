// Reads and writes the learning list: items on shelves with their reads, the takeaways and quotes kept from
// them (linked to core values or an initiative, or tried as weekly experiments), and the starting list.
#include "store/learning_store.h"

#include "domain/text.h"
#include "store/initiatives_store.h"
#include "store/people_index.h"
#include "store/value_links.h"

namespace tn {
namespace {

Status item_not_found(std::int64_t id) { return Status::NotFound("there is no learning item " + std::to_string(id)); }
Status note_not_found(std::int64_t id) { return Status::NotFound("there is no takeaway or quote " + std::to_string(id)); }

constexpr const char* kItemSelect =
    "SELECT i.id, i.kind, i.title, i.author, i.shelf, i.progress, i.rating, coalesce(i.starter_key, ''), i.version, "
    "i.created_at, i.updated_at, (SELECT count(*) FROM learning_notes n WHERE n.item_id = i.id AND n.kind = 'takeaway'), "
    "(SELECT count(*) FROM learning_notes n WHERE n.item_id = i.id AND n.kind = 'quote') FROM learning_items i";

StoredLearningItem item_row(const Statement& st) {
  StoredLearningItem s;
  s.id = st.int64(0);
  LearningItem& f = s.fields;
  f.kind = st.text(1);
  f.title = st.text(2);
  f.author = st.text(3);
  f.shelf = st.text(4);
  f.progress = static_cast<int>(st.int64(5));
  f.rating = st.optional_int(6);
  s.starter_key = st.text(7);
  s.version = st.int64(8);
  s.created_at = st.text(9);
  s.updated_at = st.text(10);
  s.takeaways = st.int64(11);
  s.quotes = st.int64(12);
  return s;
}

void read_reads(Connection& conn, StoredLearningItem& s) {
  Statement st = conn.prepare("SELECT started_on, finished_on FROM learning_reads WHERE item_id = ?1 ORDER BY position");
  st.bind(1, s.id);
  while (st.step()) s.fields.reads.push_back({st.text(0), st.text(1)});
}

std::optional<StoredLearningItem> read_item(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kItemSelect) + " WHERE i.id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredLearningItem s = item_row(st);
  read_reads(conn, s);
  return s;
}

std::vector<StoredLearningItem> items_of(Connection& conn, Statement& st) {
  std::vector<StoredLearningItem> out;
  while (st.step()) out.push_back(item_row(st));
  for (StoredLearningItem& s : out) read_reads(conn, s);
  return out;
}

void write_reads(Connection& conn, std::int64_t id, const std::vector<LearningRead>& reads) {
  conn.prepare("DELETE FROM learning_reads WHERE item_id = ?1").bind(1, id).run();
  for (std::size_t i = 0; i < reads.size(); ++i) {
    conn.prepare("INSERT INTO learning_reads (item_id, position, started_on, finished_on) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, reads[i].started_on).bind(4, reads[i].finished_on).run();
  }
}

constexpr const char* kNoteSelect =
    "SELECT n.id, n.item_id, i.title, n.kind, n.text, n.page, n.initiative_id, n.experiment_week, n.version, "
    "n.created_at, n.updated_at, coalesce(ini.title, '') FROM learning_notes n JOIN learning_items i ON i.id = n.item_id "
    "LEFT JOIN initiatives ini ON ini.id = n.initiative_id";

std::vector<StoredNote> notes_where(Connection& conn, const std::string& where, const std::string& param) {
  Statement st = conn.prepare(std::string(kNoteSelect) + " WHERE " + where);
  st.bind(1, param);
  std::vector<StoredNote> out;
  while (st.step()) {
    StoredNote n{st.int64(0), st.int64(1), st.text(2), {st.text(3), st.text(4), std::nullopt, {}, std::nullopt, st.text(7)},
                 st.text(11), st.int64(8), st.text(9), st.text(10)};
    n.fields.page = st.optional_int(5);
    n.fields.initiative_id = st.optional_int64(6);
    out.push_back(std::move(n));
  }
  for (StoredNote& n : out) n.fields.value_ids = read_value_links(conn, kLearningNoteValueLinks, n.id);
  return out;
}

std::optional<StoredNote> read_note(Connection& conn, std::int64_t id) {
  auto found = notes_where(conn, "n.id = ?1", std::to_string(id));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

Status check_note_links(Connection& conn, const LearningNote& n) {
  if (Status s = check_values_exist(conn, "value_ids", n.value_ids); !s.ok()) return s;
  return check_initiative_exists(conn, n.initiative_id);
}

// `n` as it is stored: the text trimmed, an experiment week moved to its Monday.
LearningNote stored_form(LearningNote n) {
  n.text = trim(n.text);
  if (const auto day = parse_date(n.experiment_week)) n.experiment_week = week_monday(*day).str();
  return n;
}

void write_note(Connection& conn, std::int64_t id, const LearningNote& n) {
  conn.prepare(std::string("UPDATE learning_notes SET kind = ?2, text = ?3, page = ?4, initiative_id = ?5, "
                           "experiment_week = ?6, updated_at = ") + kSqlNow + " WHERE id = ?1")
      .bind(1, id).bind(2, n.kind).bind(3, n.text).bind(4, n.page).bind(5, n.initiative_id).bind(6, n.experiment_week).run();
  write_value_links(conn, kLearningNoteValueLinks, id, n.value_ids);
  index_people_text(conn, PeopleTextKind::kLearningNote, id, n.text);
}

}  // namespace

Result<LearningPage> list_learning_items(Database& db, const std::optional<std::string>& shelf,
                                         const std::optional<std::string>& kind,
                                         const std::optional<std::int64_t>& before_id, int limit) {
  return db.read([&](Connection& conn) -> Result<LearningPage> {
    // ?1 limit, ?2 shelf, ?3 kind, ?4 before: only those in use are bound.
    std::string sql = std::string(kItemSelect) + " WHERE 1";
    if (shelf) sql += " AND i.shelf = ?2";
    if (kind) sql += " AND i.kind = ?3";
    if (before_id) sql += " AND i.id < ?4";
    sql += " ORDER BY i.id DESC LIMIT ?1";
    Statement st = conn.prepare(sql);
    st.bind(1, limit + 1);
    if (shelf) st.bind(2, *shelf);
    if (kind) st.bind(3, *kind);
    if (before_id) st.bind(4, *before_id);
    LearningPage page;
    page.items = items_of(conn, st);
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.more = true;
    }
    return page;
  });
}

Result<std::map<std::string, std::int64_t>> shelf_counts(Database& db) {
  return db.read([](Connection& conn) -> Result<std::map<std::string, std::int64_t>> {
    std::map<std::string, std::int64_t> out;
    for (const std::string_view shelf : kShelves) out[std::string(shelf)] = 0;
    Statement st = conn.prepare("SELECT shelf, count(*) FROM learning_items GROUP BY shelf");
    while (st.step()) out[st.text(0)] = st.int64(1);
    return out;
  });
}

Result<StoredLearningItem> load_learning_item(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredLearningItem> { return found_or(read_item(conn, id), item_not_found(id)); });
}

Result<StoredLearningItem> create_learning_item(Database& db, const LearningItem& f, const std::optional<std::string>& starter_key) {
  return db.write([&](Connection& conn) -> Result<StoredLearningItem> {
    if (starter_key) {
      Statement st = conn.prepare("SELECT 1 FROM learning_items WHERE starter_key = ?1");
      st.bind(1, *starter_key);
      if (st.step()) return Status::Conflict("this book of the starting list is on your list already", "starter_key");
    }
    conn.prepare(std::string("INSERT INTO learning_items (kind, title, author, shelf, progress, rating, starter_key, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ") + kSqlNow + ", " + kSqlNow + ")")
        .bind(1, f.kind).bind(2, trim(f.title)).bind(3, trim(f.author)).bind(4, f.shelf).bind(5, f.progress)
        .bind(6, f.rating).bind(7, starter_key).run();
    const std::int64_t id = conn.last_insert_id();
    write_reads(conn, id, f.reads);
    return *read_item(conn, id);
  });
}

Result<StoredLearningItem> update_learning_item(Database& db, std::int64_t id, const LearningItem& f, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredLearningItem> {
    const auto current = read_item(conn, id);
    if (!current) return item_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this item"); !s.ok()) return s;
    LearningItem wanted = f;
    wanted.title = trim(f.title);
    wanted.author = trim(f.author);
    if (current->fields == wanted) return *current;
    conn.prepare(std::string("UPDATE learning_items SET kind = ?2, title = ?3, author = ?4, shelf = ?5, progress = ?6, "
                             "rating = ?7, version = version + 1, updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, id).bind(2, wanted.kind).bind(3, wanted.title).bind(4, wanted.author).bind(5, wanted.shelf)
        .bind(6, wanted.progress).bind(7, wanted.rating).run();
    write_reads(conn, id, wanted.reads);
    return *read_item(conn, id);
  });
}

Status delete_learning_item(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    for (const StoredNote& n : notes_where(conn, "n.item_id = ?1", std::to_string(id))) {
      unindex_people_text(conn, PeopleTextKind::kLearningNote, n.id);
    }
    return delete_row(conn, "learning_items", id, item_not_found(id));
  });
}

Result<std::vector<StoredNote>> list_notes(Database& db, std::int64_t item_id) {
  return db.read([&](Connection& conn) -> Result<std::vector<StoredNote>> {
    if (!read_item(conn, item_id)) return item_not_found(item_id);
    return notes_where(conn, "n.item_id = ?1 ORDER BY n.id", std::to_string(item_id));
  });
}

Result<StoredNote> create_note(Database& db, std::int64_t item_id, const LearningNote& fields) {
  return db.write([&](Connection& conn) -> Result<StoredNote> {
    if (!read_item(conn, item_id)) return item_not_found(item_id);
    if (Status s = check_note_links(conn, fields); !s.ok()) return s;
    conn.prepare(std::string("INSERT INTO learning_notes (item_id, kind, text, created_at, updated_at) VALUES (?1, ?2, '', ") +
                 kSqlNow + ", " + kSqlNow + ")")
        .bind(1, item_id).bind(2, fields.kind).run();
    const std::int64_t id = conn.last_insert_id();
    write_note(conn, id, stored_form(fields));
    return *read_note(conn, id);
  });
}

Result<StoredNote> load_note(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredNote> { return found_or(read_note(conn, id), note_not_found(id)); });
}

Result<StoredNote> update_note(Database& db, std::int64_t id, const LearningNote& fields, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredNote> {
    const auto current = read_note(conn, id);
    if (!current) return note_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this note"); !s.ok()) return s;
    const LearningNote wanted = stored_form(fields);
    if (current->fields == wanted) return *current;
    if (Status s = check_note_links(conn, wanted); !s.ok()) return s;
    write_note(conn, id, wanted);
    conn.prepare("UPDATE learning_notes SET version = version + 1 WHERE id = ?1").bind(1, id).run();
    return *read_note(conn, id);
  });
}

Status delete_note(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    unindex_people_text(conn, PeopleTextKind::kLearningNote, id);
    return delete_row(conn, "learning_notes", id, note_not_found(id));
  });
}

Result<StoredNote> turn_note_into_initiative(Database& db, std::int64_t id, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredNote> {
    const auto current = read_note(conn, id);
    if (!current) return note_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this note"); !s.ok()) return s;
    if (current->fields.kind != kNoteTakeaway) return Status::Conflict("only a takeaway can become an initiative", "kind");
    if (current->fields.initiative_id) {
      return Status::Conflict("this takeaway is linked to an initiative already", "initiative_id");
    }
    const auto initiative = insert_initiative(conn, initiative_from_takeaway(current->fields, current->item_title));
    if (!initiative.ok()) return initiative.status();
    conn.prepare(std::string("UPDATE learning_notes SET initiative_id = ?2, version = version + 1, updated_at = ") + kSqlNow +
                 " WHERE id = ?1")
        .bind(1, id).bind(2, initiative->id).run();
    return *read_note(conn, id);
  });
}

Result<std::vector<StoredNote>> list_experiments(Database& db, const Date& monday) {
  return db.read([&](Connection& conn) -> Result<std::vector<StoredNote>> {
    return notes_where(conn, "n.experiment_week = ?1 ORDER BY n.id", monday.str());
  });
}

Result<std::vector<std::string>> added_starter_keys(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<std::string>> {
    Statement st = conn.prepare("SELECT starter_key FROM learning_items WHERE starter_key IS NOT NULL");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
  });
}

}  // namespace tn

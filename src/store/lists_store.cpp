// Reads and writes the ordered lists the person keeps: skills, strengths, passions, boundaries, self-care.
#include "store/lists_store.h"

#include <algorithm>
#include <set>

#include "domain/text.h"

namespace tn {
namespace {

constexpr std::string_view kLists[] = {"skills", "strengths", "passions", "boundaries", "self_care"};
constexpr const char* kColumns =
    "SELECT id, list, name, note, position, version, created_at, updated_at, frequency, times_per_week FROM list_items ";

StoredKeptItem read_item(Statement& st) {
  return {st.int64(0), st.text(1), st.text(2), st.text(3), static_cast<int>(st.int64(4)),
          st.int64(5), st.text(6), st.text(7),
          {st.text(8), st.optional_int(9)}};
}

std::vector<StoredKeptItem> items_of(Connection& conn, std::string_view list) {
  Statement st = conn.prepare(std::string(kColumns) + "WHERE list = ?1 ORDER BY position, id");
  st.bind(1, list);
  std::vector<StoredKeptItem> out;
  while (st.step()) out.push_back(read_item(st));
  return out;
}

std::vector<std::string> names_except(const std::vector<StoredKeptItem>& items, std::int64_t except_id) {
  std::vector<std::string> names;
  for (const StoredKeptItem& item : items) {
    if (item.id != except_id) names.push_back(item.name);
  }
  return names;
}

const StoredKeptItem* find_item(const std::vector<StoredKeptItem>& items, std::int64_t id) {
  const auto it = std::find_if(items.begin(), items.end(), [id](const StoredKeptItem& i) { return i.id == id; });
  return it == items.end() ? nullptr : &*it;
}

StoredKeptItem item_by_id(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kColumns) + "WHERE id = ?1");
  st.bind(1, id);
  st.step();
  return read_item(st);
}

Status not_found(std::string_view list, std::int64_t id) {
  return Status::NotFound("no such item in " + std::string(list) + ": " + std::to_string(id));
}

void renumber(Connection& conn, const std::vector<std::int64_t>& ids) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    conn.prepare("UPDATE list_items SET position = ?1 WHERE id = ?2").bind(1, static_cast<int>(i)).bind(2, ids[i]).run();
  }
}

}  // namespace

bool is_kept_list(std::string_view list) {
  return std::find(std::begin(kLists), std::end(kLists), list) != std::end(kLists);
}

Result<std::vector<StoredKeptItem>> load_kept_list(Database& db, std::string_view list) {
  return db.read([&](Connection& conn) -> Result<std::vector<StoredKeptItem>> { return items_of(conn, list); });
}

Result<StoredKeptItem> load_kept_item(Database& db, std::string_view list, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredKeptItem> {
    const std::vector<StoredKeptItem> items = items_of(conn, list);
    const StoredKeptItem* item = find_item(items, id);
    if (!item) return not_found(list, id);
    return *item;
  });
}

Result<StoredKeptItem> add_kept_item(Database& db, std::string_view list, const ProfileItem& item, KeptItemCheck check,
                                     const RoutineFrequency& frequency) {
  return db.write([&](Connection& conn) -> Result<StoredKeptItem> {
    const std::vector<StoredKeptItem> items = items_of(conn, list);
    if (Status s = check(item, names_except(items, 0)); !s.ok()) return s;
    conn.prepare(std::string("INSERT INTO list_items (list, position, name, note, frequency, times_per_week, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ") + kSqlNow + ", " + kSqlNow + ")")
        .bind(1, list)
        .bind(2, static_cast<int>(items.size()))
        .bind(3, trim(item.name))
        .bind(4, trim(item.note))
        .bind(5, frequency.kind)
        .bind(6, frequency.times_per_week)
        .run();
    return item_by_id(conn, conn.last_insert_id());
  });
}

Result<StoredKeptItem> update_kept_item(Database& db, std::string_view list, std::int64_t id, const ProfileItem& item,
                                  std::int64_t expected_version, KeptItemCheck check,
                                  const RoutineFrequency& frequency) {
  return db.write([&](Connection& conn) -> Result<StoredKeptItem> {
    const std::vector<StoredKeptItem> items = items_of(conn, list);
    const StoredKeptItem* current = find_item(items, id);
    if (!current) return not_found(list, id);
    if (Status s = check_version(current->version, expected_version, "this item"); !s.ok()) return s;
    if (Status s = check(item, names_except(items, id)); !s.ok()) return s;
    if (current->name == trim(item.name) && current->note == trim(item.note) && current->frequency == frequency) {
      return *current;
    }
    conn.prepare(std::string("UPDATE list_items SET name = ?1, note = ?2, frequency = ?4, times_per_week = ?5, "
                             "version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = ?3")
        .bind(1, trim(item.name))
        .bind(2, trim(item.note))
        .bind(3, id)
        .bind(4, frequency.kind)
        .bind(5, frequency.times_per_week)
        .run();
    return item_by_id(conn, id);
  });
}

Status delete_kept_item(Database& db, std::string_view list, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    const std::vector<StoredKeptItem> items = items_of(conn, list);
    if (!find_item(items, id)) return not_found(list, id);
    conn.prepare("DELETE FROM list_items WHERE id = ?1").bind(1, id).run();
    std::vector<std::int64_t> rest;
    for (const StoredKeptItem& item : items) {
      if (item.id != id) rest.push_back(item.id);
    }
    renumber(conn, rest);
    return Status::Ok();
  });
}

Result<std::vector<StoredKeptItem>> reorder_kept_list(Database& db, std::string_view list, const std::vector<std::int64_t>& ids) {
  return db.write([&](Connection& conn) -> Result<std::vector<StoredKeptItem>> {
    const std::vector<StoredKeptItem> items = items_of(conn, list);
    std::set<std::int64_t> wanted;
    for (const StoredKeptItem& item : items) wanted.insert(item.id);
    const std::set<std::int64_t> given(ids.begin(), ids.end());
    if (given.size() != ids.size() || given != wanted) {
      return Status::Invalid("ids", "ids must list every item of " + std::string(list) + " exactly once");
    }
    renumber(conn, ids);
    return items_of(conn, list);
  });
}

}  // namespace tn

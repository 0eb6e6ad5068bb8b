// Reads and writes custom values, the values card sorts (in progress and history) and the core values.
#include "store/values_store.h"

#include <charconv>

#include "domain/text.h"

namespace tn {
namespace {

Status custom_value_not_found(std::int64_t id) {
  return Status::NotFound("no such custom value: " + std::to_string(id));
}

constexpr std::string_view kCustomPrefix = "custom:";

std::string custom_key(std::int64_t id) { return std::string(kCustomPrefix) + std::to_string(id); }

// The personal_values id inside a "custom:<id>" key, or 0 when the key has another form.
std::int64_t custom_id_of(std::string_view key) {
  if (!key.starts_with(kCustomPrefix)) return 0;
  key.remove_prefix(kCustomPrefix.size());
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
  return ec == std::errc() && end == key.data() + key.size() && id > 0 ? id : 0;
}

StoredCustomValue read_custom(Statement& st) {
  return {st.int64(0), custom_key(st.int64(0)), st.text(1), st.text(2), st.int64(3)};
}

std::vector<StoredCustomValue> custom_values(Connection& conn) {
  Statement st = conn.prepare(
      "SELECT id, name, definition, version FROM personal_values WHERE catalog_slug IS NULL ORDER BY id");
  std::vector<StoredCustomValue> out;
  while (st.step()) out.push_back(read_custom(st));
  return out;
}

std::optional<StoredCustomValue> custom_value(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT id, name, definition, version FROM personal_values WHERE id = ?1 AND catalog_slug IS NULL");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return read_custom(st);
}

std::vector<std::string> custom_names_except(Connection& conn, std::int64_t except_id) {
  std::vector<std::string> names;
  for (const StoredCustomValue& v : custom_values(conn)) {
    if (v.id != except_id) names.push_back(v.name);
  }
  return names;
}

// The key of a personal_values row.
std::string key_of(const std::string& slug, std::int64_t id) { return slug.empty() ? custom_key(id) : slug; }

// The personal_values id of `key`, creating the row of a built-in value on first use. Invalid ("value")
// when the key is neither a catalogue slug nor an existing custom value.
Result<std::int64_t> value_id_for(Connection& conn, const std::string& key, const std::string& field) {
  if (find_catalog_value(key) != nullptr) {
    conn.prepare(std::string("INSERT OR IGNORE INTO personal_values (catalog_slug, created_at) VALUES (?1, ") +
                 kSqlNow + ")")
        .bind(1, key)
        .run();
    Statement st = conn.prepare("SELECT id FROM personal_values WHERE catalog_slug = ?1");
    st.bind(1, key);
    st.step();
    return st.int64(0);
  }
  const std::int64_t id = custom_id_of(key);
  if (id != 0 && custom_value(conn, id)) return id;
  return Status::Invalid(field, field + " must be a built-in value or one of your custom values");
}

// A pile as stored; nullopt for NULL (read as '') or anything else that is not a pile.
std::optional<SortPile> stored_pile(const std::string& id) {
  const auto pile = parse_sort_pile_field("pile", id);
  return pile.ok() ? std::optional<SortPile>(*pile) : std::nullopt;
}

// A pile to bind to a nullable pile column.
std::optional<std::string_view> pile_column(std::optional<SortPile> pile) {
  return pile ? std::optional<std::string_view>(sort_pile_id(*pile)) : std::nullopt;
}

std::optional<StoredValueSort> read_sort(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT id, started_at, coalesce(finished_at, ''), version FROM value_sorts WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredValueSort sort{st.int64(0), st.text(1), st.text(2), st.int64(3), {}, {}, {}, {}};

  Statement cards = conn.prepare(
      "SELECT coalesce(v.catalog_slug, ''), v.id, c.pile FROM value_sort_cards c "
      "JOIN personal_values v ON v.id = c.value_id WHERE c.sort_id = ?1");
  cards.bind(1, id);
  while (cards.step()) {
    if (const auto pile = stored_pile(cards.text(2))) sort.cards[key_of(cards.text(0), cards.int64(1))] = *pile;
  }

  Statement top = conn.prepare(
      "SELECT coalesce(v.catalog_slug, ''), v.id, v.name, t.meaning FROM value_sort_top t "
      "JOIN personal_values v ON v.id = t.value_id WHERE t.sort_id = ?1 ORDER BY t.rank");
  top.bind(1, id);
  while (top.step()) {
    const std::string slug = top.text(0);
    sort.top.push_back({key_of(slug, top.int64(1)), top.text(3)});
    const CatalogValue* built_in = find_catalog_value(slug);
    sort.top_names.push_back(built_in ? std::string(built_in->name) : top.text(2));
  }

  Statement moves = conn.prepare(
      "SELECT coalesce(v.catalog_slug, ''), v.id, coalesce(m.from_pile, ''), coalesce(m.to_pile, '') "
      "FROM value_sort_moves m JOIN personal_values v ON v.id = m.value_id WHERE m.sort_id = ?1 ORDER BY m.seq");
  moves.bind(1, id);
  while (moves.step()) {
    sort.moves.push_back({key_of(moves.text(0), moves.int64(1)), stored_pile(moves.text(2)), stored_pile(moves.text(3))});
  }
  return sort;
}

Result<StoredValueSort> sort_or_not_found(Connection& conn, std::int64_t id) {
  return found_or(read_sort(conn, id), Status::NotFound("no such values sort: " + std::to_string(id)));
}

// Replaces the ranked list of `sort_id` (keys must already be valid).
Status write_top(Connection& conn, std::int64_t sort_id, const std::vector<RankedValue>& top) {
  conn.prepare("DELETE FROM value_sort_top WHERE sort_id = ?1").bind(1, sort_id).run();
  for (std::size_t i = 0; i < top.size(); ++i) {
    const auto id = value_id_for(conn, top[i].value_key, indexed("top_values", i) + ".value");
    if (!id.ok()) return id.status();
    conn.prepare("INSERT INTO value_sort_top (sort_id, rank, value_id, meaning) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, sort_id)
        .bind(2, static_cast<int>(i + 1))
        .bind(3, *id)
        .bind(4, top[i].meaning)
        .run();
  }
  return Status::Ok();
}

// Puts the card of `value_id` on `pile` of sort `sort_id`, or takes it out of the sort for nullopt.
void set_card(Connection& conn, std::int64_t sort_id, std::int64_t value_id, std::optional<SortPile> pile) {
  if (!pile) {
    conn.prepare("DELETE FROM value_sort_cards WHERE sort_id = ?1 AND value_id = ?2")
        .bind(1, sort_id)
        .bind(2, value_id)
        .run();
    return;
  }
  conn.prepare(std::string("INSERT INTO value_sort_cards (sort_id, value_id, pile, placed_at) VALUES (?1, ?2, ?3, ") +
               kSqlNow + ") ON CONFLICT (sort_id, value_id) DO UPDATE SET pile = excluded.pile, "
                         "placed_at = excluded.placed_at")
      .bind(1, sort_id)
      .bind(2, value_id)
      .bind(3, sort_pile_id(*pile))
      .run();
}

// The ranked list without `value_key`.
std::vector<RankedValue> without_value(const std::vector<RankedValue>& top, const std::string& value_key) {
  std::vector<RankedValue> out;
  for (const RankedValue& r : top) {
    if (r.value_key != value_key) out.push_back(r);
  }
  return out;
}

Status finished_sort_conflict() {
  return Status::Conflict("This card sort is finished; start a new one to sort your values again.");
}

void bump_sort_version(Connection& conn, std::int64_t sort_id) {
  conn.prepare("UPDATE value_sorts SET version = version + 1 WHERE id = ?1").bind(1, sort_id).run();
}

std::int64_t newest_finished_sort_id(Connection& conn) {
  Statement st = conn.prepare(
      "SELECT id FROM value_sorts WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1");
  return st.step() ? st.int64(0) : 0;
}

}  // namespace

Result<std::vector<StoredCustomValue>> load_custom_values(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredCustomValue>> { return custom_values(conn); });
}

Result<StoredCustomValue> load_custom_value(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredCustomValue> {
    return found_or(custom_value(conn, id), custom_value_not_found(id));
  });
}

Result<StoredCustomValue> create_custom_value(Database& db, const std::string& name, const std::string& definition) {
  return db.write([&](Connection& conn) -> Result<StoredCustomValue> {
    if (Status s = validate_custom_value(name, definition, custom_names_except(conn, 0)); !s.ok()) return s;
    conn.prepare(std::string("INSERT INTO personal_values (name, definition, created_at) VALUES (?1, ?2, ") +
                 kSqlNow + ")")
        .bind(1, trim(name))
        .bind(2, trim(definition))
        .run();
    return *custom_value(conn, conn.last_insert_id());
  });
}

Result<StoredCustomValue> update_custom_value(Database& db, std::int64_t id, const std::string& name,
                                        const std::string& definition, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredCustomValue> {
    const auto current = custom_value(conn, id);
    if (!current) return custom_value_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this value"); !s.ok()) return s;
    if (Status s = validate_custom_value(name, definition, custom_names_except(conn, id)); !s.ok()) return s;
    if (current->name == trim(name) && current->definition == trim(definition)) return *current;
    conn.prepare("UPDATE personal_values SET name = ?1, definition = ?2, version = version + 1 WHERE id = ?3")
        .bind(1, trim(name))
        .bind(2, trim(definition))
        .bind(3, id)
        .run();
    return *custom_value(conn, id);
  });
}

Status delete_custom_value(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    if (!custom_value(conn, id)) return custom_value_not_found(id);
    Statement used = conn.prepare(
        "SELECT 1 FROM value_sort_top t JOIN value_sorts s ON s.id = t.sort_id "
        "WHERE t.value_id = ?1 AND s.finished_at IS NOT NULL LIMIT 1");
    used.bind(1, id);
    if (used.step()) {
      return Status::Conflict("This value is one of the top values of a finished card sort, so it stays in your "
                              "history. Rename it instead, or leave it out of your next sort.");
    }
    conn.prepare("DELETE FROM personal_values WHERE id = ?1").bind(1, id).run();  // cascades to the sort
    return Status::Ok();
  });
}

Result<std::optional<StoredValueSort>> load_sort_in_progress(Database& db) {
  return db.read([](Connection& conn) -> Result<std::optional<StoredValueSort>> {
    Statement st = conn.prepare("SELECT id FROM value_sorts WHERE finished_at IS NULL");
    if (!st.step()) return std::optional<StoredValueSort>();
    return read_sort(conn, st.int64(0));
  });
}

Result<StoredValueSort> load_sort(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) { return sort_or_not_found(conn, id); });
}

Result<std::vector<StoredValueSort>> load_finished_sorts(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredValueSort>> {
    Statement st =
        conn.prepare("SELECT id FROM value_sorts WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC");
    std::vector<std::int64_t> ids;
    while (st.step()) ids.push_back(st.int64(0));
    std::vector<StoredValueSort> out;
    for (const std::int64_t id : ids) out.push_back(*read_sort(conn, id));
    return out;
  });
}

Result<StoredValueSort> start_sort(Database& db) {
  return db.write([](Connection& conn) -> Result<StoredValueSort> {
    Statement open = conn.prepare("SELECT id FROM value_sorts WHERE finished_at IS NULL");
    if (open.step()) {
      return Status::Conflict("A card sort is already in progress: finish it or start over from it.");
    }
    conn.exec(std::string("INSERT INTO value_sorts (started_at) VALUES (") + kSqlNow + ")");
    return *read_sort(conn, conn.last_insert_id());
  });
}

Result<StoredValueSort> place_card(Database& db, std::int64_t sort_id, const std::string& value_key,
                             std::optional<SortPile> pile) {
  return db.write([&](Connection& conn) -> Result<StoredValueSort> {
    const auto sort = sort_or_not_found(conn, sort_id);
    if (!sort.ok()) return sort.status();
    if (!sort->finished_at.empty()) return finished_sort_conflict();
    const auto value_id = value_id_for(conn, value_key, "value");
    if (!value_id.ok()) return value_id.status();
    const auto placed = sort->cards.find(value_key);
    const std::optional<SortPile> from =
        placed == sort->cards.end() ? std::nullopt : std::optional<SortPile>(placed->second);
    if (from == pile) return *sort;

    std::optional<int> top_rank;
    std::string meaning;
    for (std::size_t i = 0; pile != SortPile::kVeryImportant && i < sort->top.size(); ++i) {
      if (sort->top[i].value_key != value_key) continue;
      top_rank = static_cast<int>(i + 1);
      meaning = sort->top[i].meaning;
    }
    conn.prepare(std::string("INSERT INTO value_sort_moves (sort_id, seq, value_id, from_pile, to_pile, top_rank, "
                             "meaning, moved_at) SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6, ") +
                 kSqlNow + " FROM value_sort_moves WHERE sort_id = ?1")
        .bind(1, sort_id)
        .bind(2, *value_id)
        .bind(3, pile_column(from))
        .bind(4, pile_column(pile))
        .bind(5, top_rank)
        .bind(6, meaning)
        .run();
    set_card(conn, sort_id, *value_id, pile);
    if (top_rank) {
      if (Status s = write_top(conn, sort_id, without_value(sort->top, value_key)); !s.ok()) return s;
    }
    bump_sort_version(conn, sort_id);
    return *read_sort(conn, sort_id);
  });
}

Result<StoredValueSort> undo_last_move(Database& db, std::int64_t sort_id) {
  return db.write([&](Connection& conn) -> Result<StoredValueSort> {
    const auto sort = sort_or_not_found(conn, sort_id);
    if (!sort.ok()) return sort.status();
    if (!sort->finished_at.empty()) return finished_sort_conflict();
    Statement last = conn.prepare(
        "SELECT seq, value_id, top_rank, meaning FROM value_sort_moves WHERE sort_id = ?1 ORDER BY seq DESC LIMIT 1");
    last.bind(1, sort_id);
    if (!last.step() || sort->moves.empty()) return Status::Conflict("There is no move left to undo in this card sort.");
    const std::int64_t seq = last.int64(0);
    const std::int64_t value_id = last.int64(1);
    const std::optional<std::int64_t> top_rank = last.optional_int64(2);
    const std::string meaning = last.text(3);
    const SortMove& move = sort->moves.back();

    set_card(conn, sort_id, value_id, move.from);
    std::vector<RankedValue> top = sort->top;
    if (move.from != SortPile::kVeryImportant) {
      top = without_value(top, move.value_key);
    } else if (top_rank) {
      top = reinsert_ranked_value(std::move(top), {move.value_key, meaning}, static_cast<std::size_t>(*top_rank));
    }
    if (top.size() != sort->top.size()) {
      if (Status s = write_top(conn, sort_id, top); !s.ok()) return s;
    }
    conn.prepare("DELETE FROM value_sort_moves WHERE sort_id = ?1 AND seq = ?2").bind(1, sort_id).bind(2, seq).run();
    bump_sort_version(conn, sort_id);
    return *read_sort(conn, sort_id);
  });
}

Result<StoredValueSort> save_top_values(Database& db, std::int64_t sort_id, const std::vector<RankedValue>& top,
                                  bool finish, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredValueSort> {
    const auto sort = sort_or_not_found(conn, sort_id);
    if (!sort.ok()) return sort.status();
    const bool finished = !sort->finished_at.empty();
    if (finished && sort_id != newest_finished_sort_id(conn)) {
      return Status::Conflict("Only your current core values can be edited; older card sorts are history.");
    }
    if (Status s = check_version(sort->version, expected_version, "this card sort"); !s.ok()) return s;
    const TopValuesStage stage = finish || finished ? TopValuesStage::kFinal : TopValuesStage::kDraft;
    if (Status s = validate_top_values(top, sort->cards, stage); !s.ok()) return s;
    if (Status s = write_top(conn, sort_id, top); !s.ok()) return s;
    if (finish && !finished) {
      conn.prepare(std::string("UPDATE value_sorts SET finished_at = ") + kSqlNow + " WHERE id = ?1")
          .bind(1, sort_id)
          .run();
      conn.prepare("DELETE FROM value_sort_moves WHERE sort_id = ?1").bind(1, sort_id).run();
    }
    bump_sort_version(conn, sort_id);
    return *read_sort(conn, sort_id);
  });
}

Status delete_sort(Database& db, std::int64_t sort_id) {
  return db.write([&](Connection& conn) -> Status {
    const auto sort = sort_or_not_found(conn, sort_id);
    if (!sort.ok()) return sort.status();
    if (!sort->finished_at.empty()) {
      return Status::Conflict("Finished card sorts are kept as history and cannot be deleted.");
    }
    conn.prepare("DELETE FROM value_sorts WHERE id = ?1").bind(1, sort_id).run();
    return Status::Ok();
  });
}

Result<std::vector<CoreValue>> load_core_values(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<CoreValue>> {
    std::vector<CoreValue> out;
    const std::int64_t sort_id = newest_finished_sort_id(conn);
    if (sort_id == 0) return out;
    Statement st = conn.prepare(
        "SELECT v.id, coalesce(v.catalog_slug, ''), v.name, v.definition, t.meaning, t.rank "
        "FROM value_sort_top t JOIN personal_values v ON v.id = t.value_id WHERE t.sort_id = ?1 ORDER BY t.rank");
    st.bind(1, sort_id);
    while (st.step()) {
      CoreValue core{st.int64(0), key_of(st.text(1), st.int64(0)), st.text(2), st.text(3), st.text(4),
                     static_cast<int>(st.int64(5))};
      if (const CatalogValue* built_in = find_catalog_value(st.text(1))) {
        core.name = built_in->name;
        core.definition = built_in->definition;
      }
      out.push_back(std::move(core));
    }
    return out;
  });
}

}  // namespace tn

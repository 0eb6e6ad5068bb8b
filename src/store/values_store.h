// Reads and writes custom values, the values card sorts (in progress and history) and the core values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/values_catalog.h"
#include "store/database.h"

namespace tn {

// A custom value as stored: `id` is its stable personal_values id and `key` is "custom:<id>", the key a
// card sort uses for it.
struct StoredCustomValue {
  std::int64_t id = 0;
  std::string key;
  std::string name;
  std::string definition;
  std::int64_t version = 0;
};

// The user's custom values, oldest first.
Result<std::vector<StoredCustomValue>> load_custom_values(Database& db);

// Custom value `id`; NotFound when there is none (or `id` is a built-in value's).
Result<StoredCustomValue> load_custom_value(Database& db, std::int64_t id);

// Adds a custom value after checking it with validate_custom_value against the other custom values
// (Invalid "name"/"definition"). Returns the stored value.
Result<StoredCustomValue> create_custom_value(Database& db, const std::string& name, const std::string& definition);

// Renames or redefines custom value `id`: NotFound for an unknown id, Conflict ("version") when stale,
// Invalid as for create_custom_value.
Result<StoredCustomValue> update_custom_value(Database& db, std::int64_t id, const std::string& name,
                                        const std::string& definition, std::int64_t expected_version);

// Deletes custom value `id` and its placements in the sort in progress. NotFound for an unknown id;
// Conflict when a finished sort ranks it among its top values (history would lose it).
Status delete_custom_value(Database& db, std::int64_t id);

// One move of a card in the sort in progress: `value_key` went from pile `from` to pile `to` (nullopt: not
// sorted).
struct SortMove {
  std::string value_key;
  std::optional<SortPile> from;
  std::optional<SortPile> to;
};

// One run of the card sort.
struct StoredValueSort {
  std::int64_t id = 0;
  std::string started_at;
  std::string finished_at;  // empty while in progress
  std::int64_t version = 0;
  CardSort cards;                 // value key -> pile
  std::vector<RankedValue> top;   // rank order
  std::vector<std::string> top_names;  // the name of each entry of `top`
  std::vector<SortMove> moves;         // the moves that can be undone, oldest first (none once finished)
};

// The sort in progress, or nullopt when none is.
Result<std::optional<StoredValueSort>> load_sort_in_progress(Database& db);

// Sort `id`; NotFound when there is none.
Result<StoredValueSort> load_sort(Database& db, std::int64_t id);

// Finished sorts, newest first (the first holds the current core values).
Result<std::vector<StoredValueSort>> load_finished_sorts(Database& db);

// Starts a new, empty sort. Conflict (with no field) when one is already in progress.
Result<StoredValueSort> start_sort(Database& db);

// Places `value_key` in `pile` of the sort in progress `sort_id` (nullopt takes the card back out) and adds
// the move to the sort's moves. A value leaving the very-important pile also leaves the ranked list (the
// move keeps its rank and meaning). A card already where it is asked to go changes nothing (no move, same
// version). NotFound for an unknown sort; Conflict when the sort is finished; Invalid ("value") for a key
// that is neither built in nor custom.
Result<StoredValueSort> place_card(Database& db, std::int64_t sort_id, const std::string& value_key,
                             std::optional<SortPile> pile);

// Undoes the last move of the sort in progress `sort_id`: the card goes back where it was (a value that
// left the ranked list returns to its rank with its meaning, while the list has room; a value leaving the
// very-important pile leaves the list) and the move is forgotten. NotFound for an unknown sort; Conflict
// when the sort is finished or has no move left to undo.
Result<StoredValueSort> undo_last_move(Database& db, std::int64_t sort_id);

// Saves the ranked top values of sort `sort_id` and, when `finish`, marks it finished (its moves are then
// forgotten: a finished sort cannot be undone). Rules: see
// validate_top_values (kFinal when finishing or when the sort is already finished). Only the sort in
// progress and the newest finished sort may be changed (Conflict otherwise); Conflict ("version") when
// `expected_version` is stale; NotFound for an unknown sort.
Result<StoredValueSort> save_top_values(Database& db, std::int64_t sort_id, const std::vector<RankedValue>& top,
                                  bool finish, std::int64_t expected_version);

// Deletes the sort in progress `sort_id` (starting over). NotFound for an unknown sort; Conflict for a
// finished one (finished sorts are history).
Status delete_sort(Database& db, std::int64_t sort_id);

// A ranked core value: the top values of the newest finished sort.
struct CoreValue {
  std::int64_t id = 0;  // personal_values.id: stable across re-sorts, what other modules link to
  std::string key;
  std::string name;
  std::string definition;
  std::string meaning;
  int rank = 0;  // 1 = most important
};

// The current core values in rank order; empty before the first finished sort.
Result<std::vector<CoreValue>> load_core_values(Database& db);

}  // namespace tn

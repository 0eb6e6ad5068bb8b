// Reads and writes the learning list: items on shelves with their reads, the takeaways and quotes kept from
// them (linked to core values or an initiative, or tried as weekly experiments), and the starting list.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/learning.h"
#include "store/database.h"

namespace tn {

// An item as stored, with how many takeaways and quotes it has.
struct StoredLearningItem {
  std::int64_t id = 0;
  LearningItem fields;
  std::string starter_key;  // "" unless added from the starting list
  std::int64_t takeaways = 0;
  std::int64_t quotes = 0;
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// A takeaway or quote as stored, with its item's title and the title of the initiative it links to ("" when
// none, or when that initiative was deleted).
struct StoredNote {
  std::int64_t id = 0;
  std::int64_t item_id = 0;
  std::string item_title;
  LearningNote fields;
  std::string initiative_title;
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

struct LearningPage {
  std::vector<StoredLearningItem> items;
  bool more = false;
};

// Items, newest added first, on `shelf` and of `kind` when given, with ids below `before_id` when given.
Result<LearningPage> list_learning_items(Database& db, const std::optional<std::string>& shelf,
                                         const std::optional<std::string>& kind,
                                         const std::optional<std::int64_t>& before_id, int limit);

// The number of items on each shelf (every shelf present, 0 when empty).
Result<std::map<std::string, std::int64_t>> shelf_counts(Database& db);

// Item `id`, or NotFound.
Result<StoredLearningItem> load_learning_item(Database& db, std::int64_t id);

// Stores `fields` (already valid), from the starting list when `starter_key` is given (Conflict on
// "starter_key" when that one is on the list already).
Result<StoredLearningItem> create_learning_item(Database& db, const LearningItem& fields,
                                                const std::optional<std::string>& starter_key = std::nullopt);

// Replaces item `id` at `expected_version`; NotFound; Conflict on "version". An unchanged save keeps the version.
Result<StoredLearningItem> update_learning_item(Database& db, std::int64_t id, const LearningItem& fields,
                                                std::int64_t expected_version);

// Deletes item `id` with its reads, takeaways and quotes; initiatives made from them stay. NotFound.
Status delete_learning_item(Database& db, std::int64_t id);

// The takeaways and quotes of item `id`, oldest first (NotFound for an unknown item).
Result<std::vector<StoredNote>> list_notes(Database& db, std::int64_t item_id);

// Adds `fields` (already valid) to item `item_id`: NotFound for an unknown item; invalid "value_ids[i]" for
// an id that is not one of the user's values; invalid "initiative_id" for an unknown initiative.
Result<StoredNote> create_note(Database& db, std::int64_t item_id, const LearningNote& fields);

// Note `id`, or NotFound.
Result<StoredNote> load_note(Database& db, std::int64_t id);

// Replaces note `id` at `expected_version`, with the checks of create_note; NotFound; Conflict on "version".
// An unchanged save keeps the version.
Result<StoredNote> update_note(Database& db, std::int64_t id, const LearningNote& fields, std::int64_t expected_version);

// Deletes note `id`; NotFound.
Status delete_note(Database& db, std::int64_t id);

// Turns takeaway `id` into a new initiative (initiative_from_takeaway) through the initiatives store and
// links it. NotFound; Conflict on "version"; Conflict on "kind" for a quote; Conflict on "initiative_id"
// when it is linked to an initiative already. Returns the note; the initiative is its initiative_id.
Result<StoredNote> turn_note_into_initiative(Database& db, std::int64_t id, std::int64_t expected_version);

// The takeaways to try in the week that starts on `monday`, oldest first.
Result<std::vector<StoredNote>> list_experiments(Database& db, const Date& monday);

// The starting-list keys already on the list.
Result<std::vector<std::string>> added_starter_keys(Database& db);

}  // namespace tn

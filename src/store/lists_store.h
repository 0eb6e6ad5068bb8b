// Reads and writes the ordered lists the person keeps: skills, strengths, passions, boundaries, self-care.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/alignment.h"
#include "domain/balance.h"
#include "store/database.h"

namespace tn {

// The list ids: "skills", "strengths", "passions", "boundaries", "self_care".
bool is_kept_list(std::string_view list);

struct StoredKeptItem {
  std::int64_t id = 0;
  std::string list;
  std::string name;
  std::string note;
  int position = 0;  // 0-based order in the list
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
  RoutineFrequency frequency;  // self-care routines only; kind "" (not said) elsewhere
};

// Checks an item against the rest of its list (other_names leaves out the item being edited).
using KeptItemCheck = Status (*)(const ProfileItem& item, const std::vector<std::string>& other_names);

// The items of `list` in order.
Result<std::vector<StoredKeptItem>> load_kept_list(Database& db, std::string_view list);

// Item `id` of `list`; NotFound when `list` has no such item.
Result<StoredKeptItem> load_kept_item(Database& db, std::string_view list, std::int64_t id);

// Appends `item` to `list` after `check` passes against the other items (same transaction), with
// `frequency` (already valid; a self-care routine's).
Result<StoredKeptItem> add_kept_item(Database& db, std::string_view list, const ProfileItem& item, KeptItemCheck check,
                                     const RoutineFrequency& frequency = {});

// Edits item `id` of `list` (its name, note and frequency): NotFound when `list` has no such item, Conflict
// ("version") when stale, else as `check` says. An unchanged save keeps the version.
Result<StoredKeptItem> update_kept_item(Database& db, std::string_view list, std::int64_t id, const ProfileItem& item,
                                  std::int64_t expected_version, KeptItemCheck check,
                                  const RoutineFrequency& frequency = {});

// Removes item `id` of `list` (NotFound when there is none) and closes the gap in the order.
Status delete_kept_item(Database& db, std::string_view list, std::int64_t id);

// Puts `list` in the order of `ids`, which must name every item of the list exactly once
// (Invalid "ids" otherwise). Returns the list in its new order.
Result<std::vector<StoredKeptItem>> reorder_kept_list(Database& db, std::string_view list, const std::vector<std::int64_t>& ids);

}  // namespace tn

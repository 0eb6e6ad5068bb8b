// Reads and writes the life areas of the balance wheel and the dated balance snapshots.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/balance.h"
#include "store/database.h"

namespace tn {

struct StoredLifeAreas {
  std::vector<LifeArea> areas;  // in wheel order
  std::int64_t version = 0;
};

Result<StoredLifeAreas> load_life_areas(Database& db);

// Replaces the areas (already valid) when `expected_version` is current (Conflict "version" otherwise).
// Past snapshots keep the area names they were rated with.
Result<StoredLifeAreas> save_life_areas(Database& db, const std::vector<LifeArea>& areas, std::int64_t expected_version);

struct StoredBalanceSnapshot {
  std::int64_t id = 0;
  std::string rated_on;  // YYYY-MM-DD
  std::string created_at;
  std::vector<AreaRating> ratings;
};

// Saves a snapshot dated `rated_on` after checking `ratings` with validate_balance_ratings against the
// current areas (same transaction; Invalid "ratings[i]..." otherwise).
Result<StoredBalanceSnapshot> create_balance_snapshot(Database& db, const std::string& rated_on,
                                                const std::vector<AreaRating>& ratings);

// Every snapshot, oldest first.
Result<std::vector<StoredBalanceSnapshot>> load_balance_snapshots(Database& db);

// Deletes snapshot `id`; NotFound when there is none.
Status delete_balance_snapshot(Database& db, std::int64_t id);

}  // namespace tn

// JSON for /api/values: custom values, card sorts and core values as the API shows them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "domain/date.h"
#include "http/json_body.h"
#include "store/values_store.h"

namespace tn {

// {id, key, name, definition, version}.
json custom_value_json(const StoredCustomValue& value);

// {id, started_at, finished_at (null while in progress), version, cards: {key: pile}, counts per pile,
// top_values: [{value, name, meaning}], moves: [{value, from, to}] (the moves undo can take back, oldest
// first; a pile is null where the card was not sorted)}.
json sort_json(const StoredValueSort& sort);

// {id, key, name, definition, meaning, rank}.
json core_value_json(const CoreValue& value);

// The core values ranking of a year ago beside today's: `sorts` are the finished sorts (newest first), the
// one at index `then` the ranking current on `day` (none: null). {today, date: day, then: {sort_id,
// finished_at, values: [{value, name, rank}]} or null, now: the same of the newest sort or null, changes:
// [{value, name, then_rank, now_rank, move (up/down/same/new/gone)}] (empty without `then`),
// first_finished_at}.
json ranking_a_year_ago_json(const std::vector<StoredValueSort>& sorts, std::optional<std::size_t> then,
                             const Date& today, const Date& day);

}  // namespace tn

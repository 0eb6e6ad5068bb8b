// JSON for /api/values: custom values, card sorts and core values as the API shows them.
#pragma once

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

}  // namespace tn

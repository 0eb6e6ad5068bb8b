// JSON for /api/initiatives: an initiative with what the server judges about it, and the fields of a body.
#pragma once

#include "domain/date.h"
#include "domain/goals.h"
#include "http/json_body.h"
#include "store/initiatives_store.h"

namespace tn {

// The initiative with what the server judges about it on `today`: SMART gaps, health, next milestone.
json initiative_json(const StoredInitiative& s, const Date& today);

// Overlays the initiative fields present in `body` onto `into`. `title` is required when `require_title`.
Status read_initiative_fields(const json& body, Initiative& into, bool require_title);

}  // namespace tn

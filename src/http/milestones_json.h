// JSON for the milestones of initiatives and career roads.
#pragma once

#include <vector>

#include "domain/goals.h"
#include "http/json_body.h"

namespace tn {

// [{title, due_date (null when unset), done}].
json milestones_json(const std::vector<Milestone>& milestones);

// Reads [{title, due_date?, done?, initiative_id?}] (a milestone that is an initiative needs no title: it is
// the initiative's): 400 naming "milestones[i]" (or one of its fields) when an entry is not an object or a
// field has the wrong type. The rules are checked by the domain, not here.
Result<std::vector<Milestone>> read_milestones(const json& list);

}  // namespace tn

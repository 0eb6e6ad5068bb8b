// Handlers for /plan: the printable plan and the print view of a decision, as server-rendered pages.
#pragma once

#include "http/router.h"

namespace tn {

// GET /plan: the one-page plan (web/templates/plan.mustache, data from plan_view).
Reply get_plan(Context& ctx, const ApiRequest& req);

// GET /plan/decisions/:id: the print view of a decision (web/templates/plan_decision.mustache); 404 for
// an unknown id.
Reply get_plan_decision(Context& ctx, const ApiRequest& req);

}  // namespace tn

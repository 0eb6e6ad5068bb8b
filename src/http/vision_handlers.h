// Handlers for /api/vision: read and save the vision, list the statement's history, and the statement of a
// year ago beside today's.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_vision(Context& ctx, const ApiRequest& req);
Reply put_vision(Context& ctx, const ApiRequest& req);
Reply get_vision_history(Context& ctx, const ApiRequest& req);
Reply get_vision_a_year_ago(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/reviews: the facts of a month, the monthly review saved with what was true then, the
// quick re-assessment of the core values against the mission, and the year of months side by side.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_review_month(Context& ctx, const ApiRequest& req);
Reply get_review_year(Context& ctx, const ApiRequest& req);
Reply post_review_alignment(Context& ctx, const ApiRequest& req);
Reply get_review(Context& ctx, const ApiRequest& req);
Reply put_review(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/roads: career roads (whose milestones may be initiatives), the current road and the
// history of switching.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_roads(Context& ctx, const ApiRequest& req);
Reply post_road(Context& ctx, const ApiRequest& req);
Reply put_road(Context& ctx, const ApiRequest& req);
Reply post_road_choice(Context& ctx, const ApiRequest& req);
Reply delete_road(Context& ctx, const ApiRequest& req);

}  // namespace tn

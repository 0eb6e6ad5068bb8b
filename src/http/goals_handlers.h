// Handlers for the Goals module: /api/initiatives, /api/stop-doing, /api/roads and /api/priorities.
#pragma once

#include "http/router.h"

namespace tn {

// Initiatives (performance goals) with milestones, SMART gaps, health and the focus rule.
Reply list_initiatives_handler(Context& ctx, const ApiRequest& req);
Reply create_initiative_handler(Context& ctx, const ApiRequest& req);
Reply get_initiative_handler(Context& ctx, const ApiRequest& req);
Reply put_initiative_handler(Context& ctx, const ApiRequest& req);
Reply patch_initiative_handler(Context& ctx, const ApiRequest& req);
Reply delete_initiative_handler(Context& ctx, const ApiRequest& req);
// SMART gaps and health of an unsaved draft; saves nothing.
Reply check_initiative_handler(Context& ctx, const ApiRequest& req);

// The stop-doing list.
Reply list_stop_doing_handler(Context& ctx, const ApiRequest& req);
Reply create_stop_doing_handler(Context& ctx, const ApiRequest& req);
Reply put_stop_doing_handler(Context& ctx, const ApiRequest& req);
Reply delete_stop_doing_handler(Context& ctx, const ApiRequest& req);

// Career roads, the current road and the history of switching.
Reply list_roads_handler(Context& ctx, const ApiRequest& req);
Reply create_road_handler(Context& ctx, const ApiRequest& req);
Reply put_road_handler(Context& ctx, const ApiRequest& req);
Reply choose_road_handler(Context& ctx, const ApiRequest& req);
Reply delete_road_handler(Context& ctx, const ApiRequest& req);

// The priorities matrix.
Reply list_priorities_handler(Context& ctx, const ApiRequest& req);
Reply create_priority_handler(Context& ctx, const ApiRequest& req);
Reply patch_priority_handler(Context& ctx, const ApiRequest& req);
Reply delete_priority_handler(Context& ctx, const ApiRequest& req);

}  // namespace tn

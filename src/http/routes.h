// Every API endpoint in one table, and the handler functions it points to, grouped by module.
#pragma once

#include <vector>

#include "http/router.h"

namespace tn {

// The whole API. README.md documents each entry.
std::vector<Route> api_routes();

// System
Reply get_health(Context& ctx, const ApiRequest& req);

// Vision (vision_handlers.cpp)
Reply get_vision(Context& ctx, const ApiRequest& req);
Reply put_vision(Context& ctx, const ApiRequest& req);
Reply get_vision_history(Context& ctx, const ApiRequest& req);

}  // namespace tn

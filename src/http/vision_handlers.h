// Handlers for /api/vision: read and save the vision, and list the statement's history.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_vision(Context& ctx, const ApiRequest& req);
Reply put_vision(Context& ctx, const ApiRequest& req);
Reply get_vision_history(Context& ctx, const ApiRequest& req);

}  // namespace tn

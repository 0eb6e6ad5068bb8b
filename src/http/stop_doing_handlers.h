// Handlers for /api/stop-doing: what is cancelled, postponed or delegated to make room.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_stop_doing_items(Context& ctx, const ApiRequest& req);
Reply post_stop_doing_item(Context& ctx, const ApiRequest& req);
Reply put_stop_doing_item(Context& ctx, const ApiRequest& req);
Reply delete_stop_doing_item(Context& ctx, const ApiRequest& req);

}  // namespace tn

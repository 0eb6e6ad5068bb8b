// Handlers for /api/lists: the ordered lists the person keeps (skills, strengths, passions, ...; self-care
// routines with how often they are meant to happen).
#pragma once

#include "http/router.h"

namespace tn {

Reply get_list(Context& ctx, const ApiRequest& req);
Reply post_list_item(Context& ctx, const ApiRequest& req);
Reply put_list_order(Context& ctx, const ApiRequest& req);
Reply put_list_item(Context& ctx, const ApiRequest& req);
Reply delete_list_item(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/priorities: the tasks of the urgent/important priorities matrix.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_priorities(Context& ctx, const ApiRequest& req);
Reply post_priority(Context& ctx, const ApiRequest& req);
Reply patch_priority(Context& ctx, const ApiRequest& req);
Reply delete_priority(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/home: the ordered "next" list with the first-run path (one call for Home), and
// skipping or showing again the first-run path.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_home_next(Context& ctx, const ApiRequest& req);
Reply put_home_first_run(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handler for /api/health: whether the server runs, its version and the schema version.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_health(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handler for /api/vision-builder: drafts a vision statement from guided answers (saves nothing).
#pragma once

#include "http/router.h"

namespace tn {

Reply post_vision_builder_draft(Context& ctx, const ApiRequest& req);

}  // namespace tn

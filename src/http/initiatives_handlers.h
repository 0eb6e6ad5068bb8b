// Handlers for /api/initiatives: performance goals with milestones, SMART gaps, health and the focus rule.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_initiatives(Context& ctx, const ApiRequest& req);
Reply post_initiative(Context& ctx, const ApiRequest& req);
// SMART gaps and health of an unsaved draft; saves nothing.
Reply post_initiative_check(Context& ctx, const ApiRequest& req);
Reply get_initiative(Context& ctx, const ApiRequest& req);
Reply put_initiative(Context& ctx, const ApiRequest& req);
Reply patch_initiative(Context& ctx, const ApiRequest& req);
Reply delete_initiative(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/calendar (the feed's settings, its address and a new secret) and for the feed itself,
// /calendar/<secret>.ics, which a calendar app fetches without the access token.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_calendar(Context& ctx, const ApiRequest& req);
Reply put_calendar(Context& ctx, const ApiRequest& req);
Reply post_calendar_regenerate(Context& ctx, const ApiRequest& req);
// The feed as text/calendar; 404 (saying nothing about why) for a wrong or old secret or a feed turned off.
Reply get_calendar_feed(Context& ctx, const ApiRequest& req);

}  // namespace tn

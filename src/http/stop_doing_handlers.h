// Handlers for /api/stop-doing: what is cancelled, postponed or delegated to make room.
#pragma once

#include "http/router.h"
#include "store/stop_doing_store.h"

namespace tn {

// A stop-doing item as the API shows it (also in the alignment routes' replies).
json stop_doing_json(const StoredStopDoingItem& item);

Reply get_stop_doing_items(Context& ctx, const ApiRequest& req);
Reply post_stop_doing_item(Context& ctx, const ApiRequest& req);
Reply put_stop_doing_item(Context& ctx, const ApiRequest& req);
Reply delete_stop_doing_item(Context& ctx, const ApiRequest& req);

}  // namespace tn

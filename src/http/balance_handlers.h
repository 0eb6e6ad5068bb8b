// Handlers for /api/balance: the life areas of the balance wheel and the dated rating snapshots.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_balance_areas(Context& ctx, const ApiRequest& req);
Reply put_balance_areas(Context& ctx, const ApiRequest& req);
Reply get_balance_snapshots(Context& ctx, const ApiRequest& req);
Reply post_balance_snapshot(Context& ctx, const ApiRequest& req);
Reply delete_balance_snapshot(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/values: the catalogue, custom values, card sorts, the core values and their ranking of a
// year ago beside today's.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_values_catalog(Context& ctx, const ApiRequest& req);
Reply get_custom_values(Context& ctx, const ApiRequest& req);
Reply post_custom_value(Context& ctx, const ApiRequest& req);
Reply put_custom_value(Context& ctx, const ApiRequest& req);
Reply delete_custom_value(Context& ctx, const ApiRequest& req);

Reply get_current_value_sort(Context& ctx, const ApiRequest& req);
Reply get_value_sorts(Context& ctx, const ApiRequest& req);
Reply post_value_sort(Context& ctx, const ApiRequest& req);
Reply get_value_sort(Context& ctx, const ApiRequest& req);
Reply delete_value_sort(Context& ctx, const ApiRequest& req);
Reply put_value_sort_card(Context& ctx, const ApiRequest& req);
Reply delete_value_sort_card(Context& ctx, const ApiRequest& req);
Reply post_value_sort_undo(Context& ctx, const ApiRequest& req);
Reply put_value_sort_top(Context& ctx, const ApiRequest& req);

Reply get_core_values(Context& ctx, const ApiRequest& req);
Reply get_values_a_year_ago(Context& ctx, const ApiRequest& req);

}  // namespace tn

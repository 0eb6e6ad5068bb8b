// Handlers for the energetic centre's lists (/api/lists), alignment snapshots and the worksheet.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_kept_list(Context& ctx, const ApiRequest& req);
Reply post_kept_item(Context& ctx, const ApiRequest& req);
Reply put_kept_item(Context& ctx, const ApiRequest& req);
Reply delete_kept_item(Context& ctx, const ApiRequest& req);
Reply put_kept_list_order(Context& ctx, const ApiRequest& req);

Reply get_alignment_form(Context& ctx, const ApiRequest& req);
Reply post_alignment_preview(Context& ctx, const ApiRequest& req);
Reply get_assessments(Context& ctx, const ApiRequest& req);
Reply post_assessment(Context& ctx, const ApiRequest& req);
Reply get_assessment(Context& ctx, const ApiRequest& req);
Reply put_assessment(Context& ctx, const ApiRequest& req);
Reply delete_assessment(Context& ctx, const ApiRequest& req);

Reply get_worksheet(Context& ctx, const ApiRequest& req);
Reply put_worksheet(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/alignment: the rating form, previews, dated snapshots (compared item by item; their
// lean-into and hand-off items become initiatives or stop-doing items in one step) and the worksheet.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_alignment_form(Context& ctx, const ApiRequest& req);
Reply post_alignment_preview(Context& ctx, const ApiRequest& req);
Reply get_alignment_assessments(Context& ctx, const ApiRequest& req);
Reply post_alignment_assessment(Context& ctx, const ApiRequest& req);
Reply get_alignment_assessment(Context& ctx, const ApiRequest& req);
Reply put_alignment_assessment(Context& ctx, const ApiRequest& req);
Reply delete_alignment_assessment(Context& ctx, const ApiRequest& req);
Reply get_alignment_compare(Context& ctx, const ApiRequest& req);
Reply post_alignment_action_initiative(Context& ctx, const ApiRequest& req);
Reply post_alignment_action_stop_doing(Context& ctx, const ApiRequest& req);

Reply get_alignment_worksheet(Context& ctx, const ApiRequest& req);
Reply put_alignment_worksheet(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/feedback: the feedback log, its themes, the views by source, theme and value (what
// supports, contradicts or never mentions each core value), and 360 rounds.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_feedback_list(Context& ctx, const ApiRequest& req);
Reply post_feedback(Context& ctx, const ApiRequest& req);
Reply get_feedback(Context& ctx, const ApiRequest& req);
Reply put_feedback(Context& ctx, const ApiRequest& req);
Reply delete_feedback(Context& ctx, const ApiRequest& req);
Reply get_feedback_themes(Context& ctx, const ApiRequest& req);
Reply put_feedback_themes(Context& ctx, const ApiRequest& req);
Reply get_feedback_values(Context& ctx, const ApiRequest& req);
Reply get_feedback_summary(Context& ctx, const ApiRequest& req);
Reply get_feedback_rounds(Context& ctx, const ApiRequest& req);
Reply post_feedback_round(Context& ctx, const ApiRequest& req);
Reply get_feedback_round(Context& ctx, const ApiRequest& req);
Reply put_feedback_round(Context& ctx, const ApiRequest& req);
Reply delete_feedback_round(Context& ctx, const ApiRequest& req);

}  // namespace tn

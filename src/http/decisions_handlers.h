// Handlers for /api/decisions: decision matrices with their analysis, record, review and exports.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_decisions(Context& ctx, const ApiRequest& req);
Reply post_decision(Context& ctx, const ApiRequest& req);
Reply get_decision_templates(Context& ctx, const ApiRequest& req);
Reply post_decision_analysis(Context& ctx, const ApiRequest& req);
Reply get_decision(Context& ctx, const ApiRequest& req);
Reply put_decision(Context& ctx, const ApiRequest& req);
Reply delete_decision(Context& ctx, const ApiRequest& req);
Reply put_decision_record(Context& ctx, const ApiRequest& req);
Reply put_decision_review(Context& ctx, const ApiRequest& req);
Reply post_decision_reopen(Context& ctx, const ApiRequest& req);
Reply get_decision_csv(Context& ctx, const ApiRequest& req);
Reply get_decision_markdown(Context& ctx, const ApiRequest& req);

}  // namespace tn

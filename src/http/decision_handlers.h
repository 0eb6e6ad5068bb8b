// Handlers for /api/decisions: decision matrices with their analysis, record, review and exports.
#pragma once

#include "http/router.h"

namespace tn {

Reply list_decisions_handler(Context& ctx, const ApiRequest& req);
Reply create_decision_handler(Context& ctx, const ApiRequest& req);
Reply get_decision_templates(Context& ctx, const ApiRequest& req);
Reply analyse_decision_handler(Context& ctx, const ApiRequest& req);
Reply get_decision_handler(Context& ctx, const ApiRequest& req);
Reply put_decision_handler(Context& ctx, const ApiRequest& req);
Reply delete_decision_handler(Context& ctx, const ApiRequest& req);
Reply put_decision_record_handler(Context& ctx, const ApiRequest& req);
Reply put_decision_review_handler(Context& ctx, const ApiRequest& req);
Reply reopen_decision_handler(Context& ctx, const ApiRequest& req);
Reply export_decision_csv(Context& ctx, const ApiRequest& req);
Reply export_decision_markdown(Context& ctx, const ApiRequest& req);

}  // namespace tn

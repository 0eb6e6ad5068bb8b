// Handlers for /api/people: accountability partners, check-ins, commitments (carried, ticked, dropped or
// handed to the priorities matrix or an initiative), the facts to prepare a check-in from, Home's summary
// and the search over the People and learning module.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_partners(Context& ctx, const ApiRequest& req);
Reply post_partner(Context& ctx, const ApiRequest& req);
Reply get_partner(Context& ctx, const ApiRequest& req);
Reply put_partner(Context& ctx, const ApiRequest& req);
Reply delete_partner(Context& ctx, const ApiRequest& req);
Reply get_partner_preparation(Context& ctx, const ApiRequest& req);
Reply get_check_ins(Context& ctx, const ApiRequest& req);
Reply post_check_in(Context& ctx, const ApiRequest& req);
Reply get_check_in(Context& ctx, const ApiRequest& req);
Reply put_check_in(Context& ctx, const ApiRequest& req);
Reply delete_check_in(Context& ctx, const ApiRequest& req);
Reply get_commitments(Context& ctx, const ApiRequest& req);
Reply patch_commitment(Context& ctx, const ApiRequest& req);
Reply post_commitment_priority(Context& ctx, const ApiRequest& req);
Reply post_commitment_milestone(Context& ctx, const ApiRequest& req);
Reply get_people_home(Context& ctx, const ApiRequest& req);
Reply get_people_search(Context& ctx, const ApiRequest& req);

}  // namespace tn

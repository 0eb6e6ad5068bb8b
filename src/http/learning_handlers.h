// Handlers for /api/learning: the learning list on shelves with each read, takeaways and quotes (linked to
// values or an initiative, turned into an initiative or a weekly experiment) and the starting list offered.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_learning_items(Context& ctx, const ApiRequest& req);
Reply post_learning_item(Context& ctx, const ApiRequest& req);
Reply get_learning_item(Context& ctx, const ApiRequest& req);
Reply put_learning_item(Context& ctx, const ApiRequest& req);
Reply delete_learning_item(Context& ctx, const ApiRequest& req);
Reply post_learning_note(Context& ctx, const ApiRequest& req);
Reply put_learning_note(Context& ctx, const ApiRequest& req);
Reply delete_learning_note(Context& ctx, const ApiRequest& req);
Reply post_learning_note_initiative(Context& ctx, const ApiRequest& req);
Reply get_learning_experiments(Context& ctx, const ApiRequest& req);
Reply get_learning_starter(Context& ctx, const ApiRequest& req);
Reply post_learning_starter(Context& ctx, const ApiRequest& req);

}  // namespace tn

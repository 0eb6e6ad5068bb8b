// Handlers for /api/journal: entries (create, read, update, trash, restore, purge), lists and search, tags,
// lessons, cadence (streaks and the monthly review) and "this week in earlier years".
#pragma once

#include "http/router.h"

namespace tn {

Reply get_journal_kinds(Context& ctx, const ApiRequest& req);
Reply get_journal_entries(Context& ctx, const ApiRequest& req);
Reply post_journal_entry(Context& ctx, const ApiRequest& req);
Reply get_journal_entry(Context& ctx, const ApiRequest& req);
Reply put_journal_entry(Context& ctx, const ApiRequest& req);
Reply delete_journal_entry(Context& ctx, const ApiRequest& req);
Reply post_journal_entry_restore(Context& ctx, const ApiRequest& req);
Reply get_journal_trash(Context& ctx, const ApiRequest& req);
Reply delete_journal_trash_entry(Context& ctx, const ApiRequest& req);
Reply get_journal_search(Context& ctx, const ApiRequest& req);
Reply get_journal_tags(Context& ctx, const ApiRequest& req);
Reply get_journal_lessons(Context& ctx, const ApiRequest& req);
Reply get_journal_cadence(Context& ctx, const ApiRequest& req);
Reply get_journal_earlier(Context& ctx, const ApiRequest& req);

}  // namespace tn

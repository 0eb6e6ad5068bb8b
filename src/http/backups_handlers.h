// Handlers for /api/backups: where the database and its backups are, the backups with what each holds,
// backing up now, and restoring a backup into the running workbook.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_backups(Context& ctx, const ApiRequest& req);
Reply get_backups_status(Context& ctx, const ApiRequest& req);
Reply post_backup(Context& ctx, const ApiRequest& req);
Reply post_backup_restore(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handler for /api/export: the whole workbook as one JSON archive, streamed as a download.
#pragma once

#include "http/router.h"

namespace tn {

Reply get_export(Context& ctx, const ApiRequest& req);

}  // namespace tn

// Handlers for /api/export: the whole workbook as one JSON archive or a .zip of Markdown notes, streamed as
// a download (GET), or the same encrypted with a passphrase (POST).
#pragma once

#include "http/router.h"

namespace tn {

// ?format=json (the default) or markdown.
Reply get_export(Context& ctx, const ApiRequest& req);
// {format?: "json"|"markdown", passphrase}: the export, encrypted (README "Encrypted files").
Reply post_export(Context& ctx, const ApiRequest& req);

}  // namespace tn

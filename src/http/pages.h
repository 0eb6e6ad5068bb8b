// Server-rendered HTML pages: Mustache templates from web/templates/ filled with a reply's JSON.
#pragma once

#include <map>
#include <string>

#include "http/assets.h"
#include "http/reply.h"

namespace tn {

// `text` rendered as a Mustache template with `data`. JSON maps to Mustache as objects, lists, booleans
// and strings (numbers as their JSON text); null and "" are false, so {{#field}}…{{/field}} shows only
// when the field has text. {{name}} escapes & < > " ' (user text is only ever put in that way);
// {{> name}} includes partials[name]. An Internal status when the template does not parse or render.
Result<std::string> render_mustache(const std::string& text, const json& data,
                                    const std::map<std::string, std::string>& partials = {});

// The HTML page for `reply`, with its status and headers: a page reply (see page_reply) is its template
// web/templates/<page>.mustache inside the shared layout (templates/layout.mustache), given the reply's
// body plus "assets" (the UI's versioned folder, e.g. "/assets/0123…"). Any other reply is an error
// ({"error":{code, message}}) shown on the page_error template with "status", "message" and the flags
// "locked" (401: it explains how to let this browser in) and "not_found" (404). A template that is missing
// or fails becomes a 500 plain-text reply (and is logged).
Reply html_page(const Reply& reply, const WebAssets& assets);

}  // namespace tn

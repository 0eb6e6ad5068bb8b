// Server-rendered HTML pages: Mustache templates from web/templates/ filled with a reply's JSON.
#include "http/pages.h"

#include <kainjow/mustache.hpp>

#include <iostream>

namespace tn {
namespace {

namespace mustache = kainjow::mustache;

mustache::data to_mustache(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      mustache::data out(mustache::data::type::object);
      for (const auto& [key, item] : value.items()) out.set(key, to_mustache(item));
      return out;
    }
    case json::value_t::array: {
      mustache::data out(mustache::data::type::list);
      for (const json& item : value) out.push_back(to_mustache(item));
      return out;
    }
    case json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      return text.empty() ? mustache::data(false) : mustache::data(text);
    }
    case json::value_t::boolean: return mustache::data(value.get<bool>());
    case json::value_t::null:
    case json::value_t::discarded: return mustache::data(false);
    default: return mustache::data(value.dump());
  }
}

// The page for an error reply: its message on the page_error template.
json error_page_data(const Reply& reply) {
  const json& error = reply.body.contains("error") ? reply.body["error"] : json::object();
  return {{"title", reply.status == 401 ? "Open True North from its own address" : "This page cannot be shown"},
          {"status", std::to_string(reply.status)},
          {"message", error.value("message", "")},
          {"back_href", "/"},
          {"back_label", "Back to True North"},
          {"locked", reply.status == 401},
          {"not_found", reply.status == 404}};
}

Reply plain_failure(const std::string& what) {
  std::cerr << "truenorth: internal error: " << what << std::endl;
  Reply reply;
  reply.status = 500;
  reply.content_type = "text/plain; charset=utf-8";
  reply.text = "Something went wrong inside True North while drawing this page. Your saved data is safe.\n";
  return reply;
}

}  // namespace

Result<std::string> render_mustache(const std::string& text, const json& data,
                                    const std::map<std::string, std::string>& partials) {
  mustache::mustache page(text);
  if (!page.is_valid()) return Status::Internal("template: " + page.error_message());
  mustache::data filled = to_mustache(data);
  if (!filled.is_object()) return Status::Internal("template data must be a JSON object");
  for (const auto& [name, partial] : partials) {
    filled.set(name, mustache::partial([body = partial] { return body; }));
  }
  std::string html = page.render(filled);
  if (!page.is_valid()) return Status::Internal("template: " + page.error_message());
  return html;
}

Reply html_page(const Reply& reply, const WebAssets& assets) {
  const std::string name = reply.page.empty() ? "page_error" : reply.page;
  const auto layout = assets.read_template("layout");
  const auto content = assets.read_template(name);
  if (!layout || !content) return plain_failure("no page template web/templates/" + name + ".mustache");
  json data = reply.page.empty() ? error_page_data(reply) : reply.body;
  data["assets"] = "/assets/" + assets.version();
  const auto html = render_mustache(*layout, data, {{"content", *content}});
  if (!html.ok()) return plain_failure(name + ": " + html.status().message());
  Reply page;
  page.status = reply.status;
  page.headers = reply.headers;
  page.content_type = "text/html; charset=utf-8";
  page.text = *html;
  return page;
}

}  // namespace tn

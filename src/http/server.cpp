// The HTTP server: cpp-httplib set up for a local app, the guard, API routes, printable pages, UI files.
#include "http/server.h"

#include <sys/socket.h>

#include <iostream>

#include "http/pages.h"
#include "http/routes.h"
#include "http/upload.h"

namespace tn {
namespace {

// Browsers open ~6 keep-alive connections per host; the rest leaves room for scripts and other tabs, and
// a connection waiting for a worker makes idle keep-alive connections give theirs up (see HttpServer).
constexpr std::size_t kWorkerThreads = 32;
constexpr int kListenBacklog = 128;
constexpr std::size_t kHeaderBudgetBytes = 64 * 1024;  // request line and headers, on top of the body limit
constexpr time_t kReadTimeoutSeconds = 5;
constexpr time_t kWriteTimeoutSeconds = 5;
constexpr time_t kKeepAliveSeconds = 3;

const httplib::Headers kSecurityHeaders = {
    {"Content-Security-Policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"X-Frame-Options", "DENY"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
};

// cpp-httplib applies a Range header to every response, even refusals; we never serve ranges, so the
// parsed ranges are dropped before a reply is written. (The Request object is not const in the library.)
void forget_ranges(const httplib::Request& request) { const_cast<httplib::Request&>(request).ranges.clear(); }

// Debian's cpp-httplib compresses every text reply for a browser that accepts "br", at Brotli's slowest
// setting (about 40 ms for 20 KB). On loopback that costs far more than it saves, so replies go
// uncompressed: the header is dropped before any reply is written.
void refuse_compression(const httplib::Request& request) {
  const_cast<httplib::Request&>(request).headers.erase("Accept-Encoding");
}

void write_reply(const Reply& reply, httplib::Response& response) {
  response.status = reply.status;
  for (const auto& [name, value] : reply.headers) response.set_header(name, value);
  response.set_header("Cache-Control", "no-store");
  if (reply.content_type.empty()) {
    response.set_content(dump_json(reply.body), "application/json");
    return;
  }
  if (!reply.filename.empty()) {
    response.set_header("Content-Disposition", "attachment; filename=\"" + reply.filename + "\"");
  }
  if (!reply.stream) {
    response.set_content(reply.text, reply.content_type);
    return;
  }
  // Called once (it writes everything); a HEAD request never calls it.
  response.set_chunked_content_provider(
      reply.content_type, [stream = reply.stream](std::size_t, httplib::DataSink& sink) {
        const bool complete =
            stream([&sink](std::string_view piece) { return sink.write(piece.data(), piece.size()); });
        if (complete) sink.done();
        return complete;
      });
}

// The error reply for failures cpp-httplib detects itself (bad request line, unknown method, body over
// the payload limit, URI too long), which arrive here with an empty body.
Reply library_error_reply(int status) {
  switch (status) {
    case 404: return error_reply(Status::NotFound("not found"));
    case 413: return refusal_reply(HttpRefusal::kTooLarge, "the request body is too large");
    case 414: return refusal_reply(HttpRefusal::kUriTooLong, "the request URI is too long");
    case 416: return refusal_reply(HttpRefusal::kRangeNotSupported, "Range requests are not supported");
    case 500: return error_reply(Status::Internal("request failed inside the HTTP library"));
    default: {
      Reply reply = refusal_reply(HttpRefusal::kBadRequest, "the request could not be understood");
      reply.status = status;  // the library's own code (400, 405, 408...)
      return reply;
    }
  }
}

}  // namespace

Server::Server(Context context, ServerOptions options)
    : context_(context),
      options_(std::move(options)),
      router_(api_routes()),
      assets_(options_.web_dir.empty() ? WebAssets() : WebAssets(options_.web_dir)),
      http_(kWorkerThreads, GuardRules{}.max_body_bytes + kHeaderBudgetBytes) {}

Status Server::bind() {
  // Only SO_REUSEADDR (fast restarts); cpp-httplib's default SO_REUSEPORT would let two servers share a port.
  http_.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http_.set_tcp_nodelay(true);
  http_.set_read_timeout(kReadTimeoutSeconds, 0);
  http_.set_write_timeout(kWriteTimeoutSeconds, 0);
  http_.set_keep_alive_timeout(kKeepAliveSeconds);
  http_.set_keep_alive_max_count(1000);
  // The library's limit is the upload route's; the guard holds every other request to max_body_bytes.
  http_.set_payload_max_length(GuardRules{}.max_upload_bytes);
  http_.set_default_headers(kSecurityHeaders);

  // Refuses a request that breaks a rule before its body is read; returns whether it was refused.
  const auto refuse = [this](const httplib::Request& req, httplib::Response& res) {
    refuse_compression(req);
    const auto refusal = check_request(req, rules_);
    if (!refusal) {
      allow_request_bytes(kHeaderBudgetBytes + body_limit(req, rules_));  // more only on the upload route
      return false;
    }
    forget_ranges(req);
    write_reply(is_plan_path(req.path) ? html_page(*refusal, assets_) : *refusal, res);
    // The body (if any) was not read, so this connection cannot carry another request.
    res.set_header("Connection", "close");
    end_connection_after_reply();
    return true;
  };
  // A client that asks "Expect: 100-continue" is refused before it sends the body at all.
  http_.set_expect_100_continue_handler([refuse](const httplib::Request& req, httplib::Response& res) {
    return refuse(req, res) ? res.status : 100;
  });
  http_.set_pre_routing_handler([refuse](const httplib::Request& req, httplib::Response& res) {
    return refuse(req, res) ? httplib::Server::HandlerResponse::Handled : httplib::Server::HandlerResponse::Unhandled;
  });
  const auto handler = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); };
  http_.Get(".*", handler).Post(".*", handler).Put(".*", handler).Patch(".*", handler).Delete(".*", handler);
  // The upload route reads its own body (into a file), so it is matched before the handlers above.
  http_.Post(GuardRules{}.upload_path, [this](const httplib::Request& req, httplib::Response& res,
                                              const httplib::ContentReader& read) { handle_upload(req, res, read); });
  http_.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        // The library refused the request itself, possibly before reading all of it.
        end_connection_after_reply();
        forget_ranges(req);
        write_reply(library_error_reply(res.status), res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http_.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    forget_ranges(req);
    write_reply(error_reply(Status::Internal(req.method + " " + loggable_path(req.path) + ": " + what)), res);
  });

  if (options_.port == 0) {
    port_ = http_.bind_to_any_port(options_.host);
  } else {
    port_ = http_.bind_to_port(options_.host, options_.port) ? options_.port : -1;
  }
  if (port_ <= 0) {
    return Status::Internal("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                            ": the port is already in use (is True North already running?) or not permitted. "
                            "Choose another with --port.");
  }
  http_.set_listen_backlog(kListenBacklog);
  rules_ = guard_rules_for(options_.host, port_, options_.access_token);
  return Status::Ok();
}

void Server::run() {
  if (!stop_requested_) http_.listen_after_bind();
}

void Server::stop() {
  stop_requested_ = true;
  http_.stop();
}

void Server::handle(const httplib::Request& request, httplib::Response& response) {
  if (is_api_path(request.path) || is_calendar_path(request.path)) {
    write_reply(router_.dispatch(context_, request), response);
  } else if (is_plan_path(request.path)) {
    // The printable pages: their routes answer JSON data or an error, drawn here as HTML.
    const auto exchange = token_exchange(request, rules_);
    write_reply(exchange ? *exchange : html_page(router_.dispatch(context_, request), assets_), response);
  } else {
    serve_file(request, response);
  }
}

void Server::handle_upload(const httplib::Request& request, httplib::Response& response,
                           const httplib::ContentReader& read) {
  const auto upload = receive_upload(read, context_.db.path());
  if (!upload.ok()) {
    end_connection_after_reply();  // the rest of the body, if any, was not read
    write_reply(error_reply(upload.status()), response);
    return;
  }
  write_reply(router_.dispatch(context_, request, (*upload)->path()), response);
}

void Server::serve_file(const httplib::Request& request, httplib::Response& response) {
  if (request.method != "GET" && request.method != "HEAD") {
    Reply reply = refusal_reply(HttpRefusal::kMethodNotAllowed, request.method + " is not allowed here");
    reply.headers.emplace_back("Allow", "GET, HEAD");
    write_reply(reply, response);
    return;
  }
  if (const auto exchange = token_exchange(request, rules_)) {
    write_reply(*exchange, response);
    return;
  }
  // Files under /assets/<version>/ are the UI's files of that version (see WebAssets::version); page
  // paths without a file extension ("/", "/vision") are the single-page app's routes.
  std::string_view path = request.path;
  std::string_view asked_version;
  if (path.starts_with("/assets/")) {
    const std::string_view rest = path.substr(std::string_view("/assets/").size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) path = {};
    else {
      asked_version = rest.substr(0, slash);
      path = rest.substr(slash);
    }
  }
  const bool is_page = !request.path.starts_with("/assets/") && path.find('.', path.rfind('/')) == std::string_view::npos;
  const std::string file = is_page ? "/index.html" : std::string(path);
  auto bytes = assets_.read(file);
  if (!bytes) {
    write_reply(error_reply(Status::NotFound("no file at " + request.path)), response);
    return;
  }
  // An .html file is a Mustache template: {{assets}} is the versioned folder of the files it loads; a page
  // also gets its module stylesheets ({{#styles}}) and the replies it starts from ({{{page_data}}}).
  std::optional<json> data;
  if (file.ends_with(".html")) {
    json view = {{"assets", "/assets/" + assets_.version()}};
    if (is_page) {
      const PageTable pages(assets_.read("/page-data.json").value_or(""));
      data = first_replies(request, pages);
      view["page_data"] = data ? json_for_script(*data) : "null";
      view["styles"] = pages.styles(request.target.substr(0, request.target.find('?')));
    }
    auto html = render_mustache(*bytes, view, {});
    if (!html.ok()) {
      write_reply(error_reply(html.status()), response);
      return;
    }
    *bytes = std::move(*html);
  }
  // An old version's file is still served (a tab opened before an upgrade), but never kept; nor is a page
  // that carries the workbook's data.
  const bool immutable = !asked_version.empty() && asked_version == assets_.known_version();
  response.set_header("Cache-Control", immutable ? "max-age=31536000, immutable" : data ? "no-store" : "no-cache");
  response.set_content(*bytes, content_type_for(file));
}

std::optional<json> Server::first_replies(const httplib::Request& page, const PageTable& pages) {
  if (page.method != "GET" || page.target.find('?') != std::string::npos) return std::nullopt;
  const std::vector<std::string> requests = pages.first_requests(page.target);
  if (requests.empty()) return std::nullopt;
  json replies = json::object();
  for (const std::string& target : requests) {
    httplib::Request api = page;  // the same Host and access cookie
    const std::size_t mark = target.find('?');
    api.target = target;
    api.path = httplib::detail::decode_url(target.substr(0, mark), false);
    api.params.clear();
    if (mark != std::string::npos) httplib::detail::parse_query_text(target.substr(mark + 1), api.params);
    if (check_request(api, rules_)) return std::nullopt;  // the page itself tells the user how to get in
    Reply reply;
    try {
      reply = router_.dispatch(context_, api);
    } catch (...) {
      continue;  // the page asks for it itself, and the error is answered and logged then
    }
    const bool is_json = reply.content_type.empty() && !reply.stream && reply.page.empty();
    if (is_json) replies[target] = {{"status", reply.status}, {"body", std::move(reply.body)}};
  }
  return json{{"workbook", context_.workbook->value()}, {"replies", std::move(replies)}};
}

}  // namespace tn

// The HTTP server: cpp-httplib configured for a local app, the security guard, API routes and the UI files.
#pragma once

#include <httplib.h>

#include <atomic>
#include <optional>
#include <string>

#include "http/assets.h"
#include "http/connection.h"
#include "http/guard.h"
#include "http/page_data.h"
#include "http/router.h"

namespace tn {

struct ServerOptions {
  std::string host = "127.0.0.1";  // must be a loopback address (checked by the caller)
  int port = 8740;                 // 0 picks a free port
  std::string web_dir;             // empty: serve the embedded UI
  std::string access_token;        // the secret /api requests must carry (see GuardRules)
};

class Server {
 public:
  Server(Context context, ServerOptions options);
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket (never shared: no SO_REUSEPORT). Fails when the port is taken.
  Status bind();
  // The bound port (after bind()).
  int port() const { return port_; }
  // Serves requests until stop() is called from another thread. Returns when every worker is done.
  void run();
  // Stops the server; safe from any thread, also just before run() starts listening.
  void stop();

 private:
  void handle(const httplib::Request& request, httplib::Response& response);
  // The upload route: its body is received into a temporary file beside the database, then the route's
  // handler gets the file.
  void handle_upload(const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& read);
  void serve_file(const httplib::Request& request, httplib::Response& response);
  // For a GET of a UI page: the replies to the API requests the page makes first (by `pages`), as
  // {"workbook": the X-Truenorth-Workbook stamp, "replies": {path: {"status", "body"}}}. nullopt when there
  // are none to send: the address has a query, no page lives there, or the request carries no access token.
  std::optional<json> first_replies(const httplib::Request& page, const PageTable& pages);

  Context context_;
  ServerOptions options_;
  Router router_;
  WebAssets assets_;
  GuardRules rules_;
  int port_ = 0;
  std::atomic<bool> stop_requested_ = false;
  HttpServer http_;
};

}  // namespace tn

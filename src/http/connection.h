// cpp-httplib's server with our own connection loop: a refusal really ends its connection, requests have a
// size budget, and idle keep-alive connections give their worker to waiting ones.
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tn {

// Ends the connection of the request being handled on this thread once its reply is written, whatever
// the reply's headers say. Call it for any refusal made before the body was read: the unread body would
// otherwise be parsed as further requests.
void end_connection_after_reply();

// Lets the request being handled on this thread read up to `bytes` in all (request line, headers and
// body) instead of the server's request budget: for the one route that takes large uploads, once the
// guard has let the request in. The next request on the connection has the normal budget again.
void allow_request_bytes(std::size_t bytes);

// The values of header `name` (case-insensitive) of the request being handled on this thread exactly as
// they arrived, before cpp-httplib percent-decodes them (it turns "127.0.0.1%3a8740" into
// "127.0.0.1:8740"), or nullopt outside a request read by HttpServer.
std::optional<std::vector<std::string>> raw_header_values(std::string_view name);

// httplib::Server whose connections (1) end after a reply for which end_connection_after_reply() was
// called, (2) read at most `request_budget_bytes` per request (request line, headers and body), so one
// request cannot make the server buffer without bound, and (3) stop waiting for a next keep-alive
// request when every worker is busy and another connection waits for one, so busy readers cannot starve a new client.
class HttpServer : public httplib::Server {
 public:
  HttpServer(std::size_t worker_threads, std::size_t request_budget_bytes);
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Widens the queue of connections not yet accepted (cpp-httplib listens with a backlog of 5, so a burst
  // of new connections has some refused and retried a second later). Call after binding.
  void set_listen_backlog(int connections);

 private:
  bool process_and_close_socket(socket_t sock) override;
  // Waits until the next request starts arriving; false when the connection should end instead (time
  // out, server stopping, or, after the `first` request, other connections waiting for a worker).
  bool wait_for_next_request(socket_t sock, bool has_buffered_bytes, bool first) const;
  // Whether every worker is busy while an accepted connection waits for one.
  bool is_starving() const;

  int worker_threads_;
  std::size_t request_budget_bytes_;
  std::atomic<int> waiting_connections_ = 0;  // accepted connections not yet given a worker
  std::atomic<int> busy_workers_ = 0;
};

}  // namespace tn

// cpp-httplib's server with our own connection loop: a refusal really ends its connection, requests have a
// size budget, and idle keep-alive connections give their worker to waiting ones.
#include "http/connection.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace tn {
namespace {

thread_local bool t_end_connection = false;
thread_local const std::string* t_request_head = nullptr;  // the request being read on this thread
thread_local std::size_t t_allowed_bytes = 0;               // set by allow_request_bytes() for this request

constexpr int kIdlePollMilliseconds = 20;

// Waits up to `milliseconds` for `events` on `sock`: true when they came (or the peer hung up).
bool wait_for(socket_t sock, short events, int milliseconds) {
  pollfd fd{sock, events, 0};
  int rc = 0;
  do {
    rc = poll(&fd, 1, milliseconds);
  } while (rc < 0 && errno == EINTR);
  return rc > 0;
}

void address_of(socket_t sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof(address);
  const int rc = peer ? getpeername(sock, reinterpret_cast<sockaddr*>(&address), &length)
                      : getsockname(sock, reinterpret_cast<sockaddr*>(&address), &length);
  if (rc != 0) return;
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host.data(), host.size(), service.data(),
                  service.size(), NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host.data();
    port = std::atoi(service.data());
  }
}

// One connection's socket as cpp-httplib reads and writes it: reads are buffered (so bytes of a next,
// pipelined request are kept for it) and counted against a budget per request; a reply is gathered and
// sent in one go by flush() (headers and body in one segment), or as soon as it is large.
class ConnectionStream final : public httplib::Stream {
 public:
  ConnectionStream(socket_t sock, int read_timeout_ms, int write_timeout_ms, std::size_t budget)
      : sock_(sock), read_timeout_ms_(read_timeout_ms), write_timeout_ms_(write_timeout_ms), budget_(budget) {
    address_of(sock_, true, remote_ip_, remote_port_);
    address_of(sock_, false, local_ip_, local_port_);
  }

  // Called before each request: its bytes are counted and its head recorded from here.
  void start_request() {
    t_allowed_bytes = 0;
    read_this_request_ = 0;
    head_.clear();
    head_complete_ = false;
  }
  // The request line and headers read so far, as they arrived.
  const std::string& head() const { return head_; }
  bool has_buffered_bytes() const { return begin_ < end_; }

  // Sends what the reply wrote so far; false when the peer is gone or too slow (the write timeout).
  bool flush() {
    std::size_t sent = 0;
    while (sent < out_.size()) {
      const ssize_t n = send(sock_, out_.data() + sent, out_.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        sent += static_cast<std::size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && wait_for(sock_, POLLOUT, write_timeout_ms_)) {
        continue;
      } else {
        out_.clear();
        return false;
      }
    }
    out_.clear();
    return true;
  }

  bool is_readable() const override { return has_buffered_bytes() || wait_for(sock_, POLLIN, read_timeout_ms_); }
  bool is_writable() const override { return wait_for(sock_, POLLOUT, write_timeout_ms_); }

  ssize_t read(char* ptr, std::size_t size) override {
    const std::size_t budget = std::max(budget_, t_allowed_bytes);
    if (read_this_request_ >= budget) return -1;  // the request is larger than any we accept
    if (!out_.empty() && !flush()) return -1;     // e.g. "100 Continue", which the client waits for
    size = std::min(size, budget - read_this_request_);
    if (!has_buffered_bytes()) {
      const ssize_t n = receive();
      if (n <= 0) return n;
      begin_ = 0;
      end_ = static_cast<std::size_t>(n);
    }
    const std::size_t n = std::min(size, end_ - begin_);
    std::memcpy(ptr, buffer_.data() + begin_, n);
    if (!head_complete_) {
      head_.append(ptr, n);
      head_complete_ = head_.find("\r\n\r\n", head_.size() < n + 3 ? 0 : head_.size() - n - 3) != std::string::npos;
    }
    begin_ += n;
    read_this_request_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, std::size_t size) override {
    out_.append(ptr, size);
    if (out_.size() >= kSendChunkBytes && !flush()) return -1;
    return static_cast<ssize_t>(size);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = remote_ip_;
    port = remote_port_;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = local_ip_;
    port = local_port_;
  }
  socket_t socket() const override { return sock_; }

 private:
  static constexpr std::size_t kSendChunkBytes = 64 * 1024;

  // Fills the read buffer: what has arrived, else waits for it up to the read timeout.
  ssize_t receive() {
    for (;;) {
      const ssize_t n = recv(sock_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
      if (n >= 0) return n;
      if (errno == EINTR) continue;
      if ((errno != EAGAIN && errno != EWOULDBLOCK) || !wait_for(sock_, POLLIN, read_timeout_ms_)) return -1;
    }
  }

  socket_t sock_;
  int read_timeout_ms_;
  int write_timeout_ms_;
  std::size_t budget_;
  std::string remote_ip_, local_ip_;
  int remote_port_ = -1, local_port_ = -1;
  std::size_t read_this_request_ = 0;
  std::string head_;
  bool head_complete_ = false;
  std::array<char, 4096> buffer_{};
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::string out_;
};

// cpp-httplib's thread pool, counting the connections waiting for a worker and the busy workers.
class CountingPool final : public httplib::TaskQueue {
 public:
  CountingPool(std::size_t threads, std::atomic<int>& waiting, std::atomic<int>& busy)
      : pool_(threads), waiting_(waiting), busy_(busy) {}
  void enqueue(std::function<void()> job) override {
    ++waiting_;
    pool_.enqueue([this, job = std::move(job)] {
      ++busy_;
      --waiting_;
      job();
      --busy_;
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
  std::atomic<int>& waiting_;
  std::atomic<int>& busy_;
};

}  // namespace

void end_connection_after_reply() { t_end_connection = true; }

void allow_request_bytes(std::size_t bytes) { t_allowed_bytes = bytes; }

std::optional<std::vector<std::string>> raw_header_values(std::string_view name) {
  if (t_request_head == nullptr) return std::nullopt;
  const auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  std::vector<std::string> values;
  const std::string_view head = *t_request_head;
  std::size_t start = head.find("\r\n");  // skips the request line
  while (start != std::string_view::npos && start + 2 < head.size()) {
    start += 2;
    const std::size_t end = std::min(head.find("\r\n", start), head.size());
    const std::string_view line = head.substr(start, end - start);
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && same(line.substr(0, colon), name)) {
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
      values.emplace_back(value);
    }
    start = end == head.size() ? std::string_view::npos : end;
  }
  return values;
}

HttpServer::HttpServer(std::size_t worker_threads, std::size_t request_budget_bytes)
    : worker_threads_(static_cast<int>(worker_threads)), request_budget_bytes_(request_budget_bytes) {
  new_task_queue = [this] { return new CountingPool(worker_threads_, waiting_connections_, busy_workers_); };
}

void HttpServer::set_listen_backlog(int connections) { ::listen(svr_sock_, connections); }

bool HttpServer::is_starving() const { return waiting_connections_ > 0 && busy_workers_ >= worker_threads_; }

bool HttpServer::wait_for_next_request(socket_t sock, bool has_buffered_bytes, bool first) const {
  if (has_buffered_bytes) return true;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
  // A new connection waits for its first request; an idle kept-alive one gives way to waiting ones.
  while (svr_sock_ != INVALID_SOCKET && (first || !is_starving())) {
    if (wait_for(sock, POLLIN, kIdlePollMilliseconds)) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
  }
  return false;
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  const auto milliseconds = [](time_t sec, time_t usec) { return static_cast<int>(sec * 1000 + usec / 1000); };
  ConnectionStream stream(sock, milliseconds(read_timeout_sec_, read_timeout_usec_),
                          milliseconds(write_timeout_sec_, write_timeout_usec_), request_budget_bytes_);
  bool ok = true;
  for (std::size_t served = 0; ok && served < keep_alive_max_count_; ++served) {
    if (!wait_for_next_request(sock, stream.has_buffered_bytes(), served == 0)) break;
    // The last request of a connection says so in its reply: the keep-alive limit is reached, or
    // every worker is busy and another connection is waiting for one.
    const bool last = served + 1 == keep_alive_max_count_ || is_starving();
    bool client_closes = false;
    t_end_connection = false;
    stream.start_request();
    t_request_head = &stream.head();
    ok = process_request(stream, last, client_closes, nullptr) && stream.flush();
    t_request_head = nullptr;
    if (last || client_closes || t_end_connection) break;
  }
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return ok;
}

}  // namespace tn

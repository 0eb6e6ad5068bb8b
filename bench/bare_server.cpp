// The baseline for bench/run: a bare cpp-httplib server answering one constant JSON reply on every GET.
#include <httplib.h>

#include <iostream>
#include <string>

int main() {
  httplib::Server server;
  server.set_tcp_nodelay(true);
  server.new_task_queue = [] { return new httplib::ThreadPool(16); };
  server.Get(".*", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"statement":"A constant reply","version":1})", "application/json");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  if (port <= 0) return 1;
  std::cout << "http://127.0.0.1:" << port << "/" << std::endl;
  server.listen_after_bind();
}

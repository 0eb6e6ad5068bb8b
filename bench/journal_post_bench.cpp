// Measures a durable journal POST through truenorth against the same inserts (entry, tags, full-text row)
// committed directly in SQLite, a bare one-row commit and an HTTP round trip that writes nothing (GET
// /api/health), in one run on one disk. Rounds alternate so drift hits every side alike. Also the same
// inserts each followed by that empty round trip: what a server with no overhead of its own would reach.
// Target: POST rate >= 0.8 x the direct inserts.
// Usage: build/journal_post_bench BINARY [DIR] [ROUNDS] [PER_ROUND]
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include "store/database.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kBody =
    "This week the team shipped the new onboarding flow. I handled the pushback on the deadline by naming "
    "the trade-off out loud, and learned that asking for help early costs less than I fear.";

// Runs `step` n times; returns operations per second.
double rate(int n, const std::function<void(int)>& step) {
  const auto start = Clock::now();
  for (int i = 0; i < n; ++i) step(i);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return n / seconds;
}

struct Server {
  pid_t pid = 0;
  int port = 0;
  std::string token;
};

// Starts truenorth on `db` and reads its port and token from the address it prints.
Server start_server(const std::string& binary, const std::string& db) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  const char* argv[] = {binary.c_str(), "--port", "0", "--db", db.c_str(), nullptr};
  Server server;
  if (posix_spawn(&server.pid, binary.c_str(), &actions, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    throw std::runtime_error("cannot start " + binary);
  }
  close(out[1]);
  std::string printed;
  const std::regex address(R"(http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+))");
  std::smatch match;
  char buffer[512];
  while (!std::regex_search(printed, match, address)) {
    const ssize_t n = read(out[0], buffer, sizeof(buffer));
    if (n <= 0) throw std::runtime_error("truenorth did not start: " + printed);
    printed.append(buffer, static_cast<std::size_t>(n));
  }
  close(out[0]);
  server.port = std::stoi(match[1]);
  server.token = match[2];
  return server;
}

double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: journal_post_bench BINARY [DIR] [ROUNDS] [PER_ROUND]\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const std::string binary = argv[1];
  const fs::path dir = fs::path(argc > 2 ? argv[2] : "build/bench-tmp") / ("post-" + std::to_string(getpid()));
  const int rounds = argc > 3 ? std::stoi(argv[3]) : 5;
  const int per_round = argc > 4 ? std::stoi(argv[4]) : 200;
  fs::create_directories(dir);

  auto direct = tn::Database::open((dir / "direct.db").string());
  auto bare = tn::Database::open((dir / "bare.db").string());
  if (!direct.ok() || !bare.ok()) {
    std::cerr << "cannot open the bench databases\n";
    return 1;
  }
  (void)(*bare)->write([](tn::Connection& conn) -> tn::Status {
    conn.exec("CREATE TABLE one_row (id INTEGER PRIMARY KEY, text TEXT)");
    return tn::Status::Ok();
  });
  const Server server = start_server(binary, (dir / "api.db").string());
  httplib::Client client("127.0.0.1", server.port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);  // as browsers do
  const httplib::Headers headers = {{"Authorization", "Bearer " + server.token}, {"X-Requested-With", "truenorth"}};

  // The inserts the journal store makes for the same entry, committed one entry per transaction.
  const auto insert_direct = [&](int i) {
    const tn::Status s = (*direct)->write([&](tn::Connection& conn) -> tn::Status {
      conn.prepare(std::string("INSERT INTO journal_entries (kind, entry_date, title, body, excerpt, mood, energy, "
                               "created_at, updated_at) VALUES ('free', '2026-03-04', ?1, ?2, ?2, 3, 4, ") +
                   tn::kSqlNow + ", " + tn::kSqlNow + ")")
          .bind(1, "Entry " + std::to_string(i))
          .bind(2, kBody)
          .run();
      const std::int64_t id = conn.last_insert_id();
      for (const char* tag : {"work", "team"}) {
        conn.prepare("INSERT INTO journal_entry_tags (entry_id, tag, position) VALUES (?1, ?2, 0)")
            .bind(1, id)
            .bind(2, tag)
            .run();
      }
      conn.prepare("INSERT INTO journal_fts (rowid, title, body, answers, tags) VALUES "
                   "(((CAST(julianday('2026-03-04') - 2415020.5 AS INTEGER) << 32) + ?1), ?2, ?3, '', 'work team')")
          .bind(1, id)
          .bind(2, "Entry " + std::to_string(i))
          .bind(3, kBody)
          .run();
      return tn::Status::Ok();
    });
    if (!s.ok()) throw std::runtime_error(s.message());
  };
  const auto get_health = [&] {
    const auto res = client.Get("/api/health", headers);
    if (!res || res->status != 200) throw std::runtime_error("GET failed");
  };

  std::vector<double> api_rates, direct_rates, floor_rates, bare_rates, get_rates;
  for (int round = 0; round < rounds; ++round) {
    api_rates.push_back(rate(per_round, [&](int i) {
      const std::string body = std::string(R"({"kind":"free","date":"2026-03-04","title":"Entry )") +
                               std::to_string(i) + R"(","body":")" + kBody +
                               R"(","tags":["work","team"],"mood":3,"energy":4})";
      const auto res = client.Post("/api/journal/entries", headers, body, "application/json");
      if (!res || res->status != 201) throw std::runtime_error("POST failed");
    }));
    direct_rates.push_back(rate(per_round, insert_direct));
    // The least any HTTP server could add: the same inserts, each followed by a round trip that writes nothing.
    floor_rates.push_back(rate(per_round, [&](int i) {
      insert_direct(i);
      get_health();
    }));
    get_rates.push_back(rate(per_round, [&](int) { get_health(); }));
    bare_rates.push_back(rate(per_round, [&](int i) {
      (void)(*bare)->write([&](tn::Connection& conn) -> tn::Status {
        conn.prepare("INSERT INTO one_row (text) VALUES (?1)").bind(1, std::to_string(i)).run();
        return tn::Status::Ok();
      });
    }));
  }
  kill(server.pid, SIGTERM);
  waitpid(server.pid, nullptr, 0);
  fs::remove_all(dir);

  const double api = median(api_rates), inserts = median(direct_rates), one_row = median(bare_rates),
               floor = median(floor_rates);
  std::printf("durable writes per second (median of %d rounds of %d, on %s)\n", rounds, per_round,
              dir.parent_path().c_str());
  std::printf("  POST /api/journal/entries       %8.0f\n", api);
  std::printf("  same inserts, direct in SQLite  %8.0f   POST ratio %.2f (target >= 0.80)\n", inserts, api / inserts);
  std::printf("  same inserts + empty round trip  %8.0f   ratio %.2f: no server can beat it here; POST is %.2f of it\n",
              floor, floor / inserts, api / floor);
  std::printf("  bare one-row commit             %8.0f   POST ratio %.2f\n", one_row, api / one_row);
  std::printf("  GET /api/health (no write)      %8.0f   round trips per second\n", median(get_rates));
  return 0;
}

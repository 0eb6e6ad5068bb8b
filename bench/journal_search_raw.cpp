// Bench helper for bench/journal_bench.mjs: runs SQL directly with SQLite on a database file and says how
// long each run took, so the API's search times can be printed beside the raw FTS5 query's; and, given a
// running truenorth's port and token, times its API from the same lean C++ client, so the comparison is
// not also one of clients (Node's HTTP client alone adds about a millisecond per request).
// Usage: build/journal_search_raw DATABASE [PORT TOKEN], then one request per line on stdin:
// "<sql>\t<text for ?1>" or "GET <path>". SQL is prepared once (later runs reuse it), bound, stepped to
// the end; the answer is one line on stdout, "<wall microseconds> <processor microseconds> <rows>", or
// "error <message>". The file is opened read-only. A GET, over one keep-alive connection, answers
// "<wall microseconds> <status> <body bytes>".
#include <httplib.h>
#include <sqlite3.h>

#include <time.h>

#include <chrono>
#include <iostream>
#include <map>
#include <string>

namespace {

// Processor time this thread has used, in microseconds.
long long thread_cpu_us() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1000000LL + t.tv_nsec / 1000;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 4) {
    std::cerr << "usage: journal_search_raw DATABASE [PORT TOKEN]  (requests on stdin: <sql>\\t<text for ?1>, or GET <path>)\n";
    return 2;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::cerr << "journal_search_raw: cannot open " << argv[1] << ": " << sqlite3_errmsg(db) << "\n";
    return 1;
  }
  // Leaves the -wal file in place on closing: truenorth, which has it open, would take a deleted one for
  // a lost file and stop saving.
  int persist = 1;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
  std::map<std::string, sqlite3_stmt*> prepared;
  httplib::Client api("127.0.0.1", argc == 4 ? std::stoi(argv[2]) : 0);
  api.set_keep_alive(true);
  api.set_tcp_nodelay(true);
  const httplib::Headers headers = {{"Authorization", std::string("Bearer ") + (argc == 4 ? argv[3] : "")}};
  for (std::string line; std::getline(std::cin, line);) {
    if (line.starts_with("GET ")) {
      const auto start = std::chrono::steady_clock::now();
      const auto res = api.Get(line.substr(4), headers);
      const auto elapsed = std::chrono::steady_clock::now() - start;
      if (!res) {
        std::cout << "error " << httplib::to_string(res.error()) << std::endl;
        continue;
      }
      std::cout << std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() << ' ' << res->status << ' '
                << res->body.size() << std::endl;
      continue;
    }
    const std::size_t tab = line.find('\t');
    const std::string sql = line.substr(0, tab);
    const std::string text = tab == std::string::npos ? "" : line.substr(tab + 1);
    sqlite3_stmt*& stmt = prepared[sql];
    if (!stmt && sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      std::cout << "error " << sqlite3_errmsg(db) << std::endl;
      prepared.erase(sql);
      continue;
    }
    const auto start = std::chrono::steady_clock::now();
    const long long cpu_start = thread_cpu_us();
    sqlite3_bind_text(stmt, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) ++rows;
    sqlite3_reset(stmt);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const long long cpu = thread_cpu_us() - cpu_start;
    if (rc != SQLITE_DONE) {
      std::cout << "error " << sqlite3_errmsg(db) << std::endl;
      continue;
    }
    std::cout << std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() << ' ' << cpu << ' ' << rows
              << std::endl;
  }
  for (auto& [sql, stmt] : prepared) sqlite3_finalize(stmt);
  sqlite3_close(db);
  return 0;
}

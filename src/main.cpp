// truenorth: parses the command line, opens the database, wires the server and runs until Ctrl-C/SIGTERM.
#include <arpa/inet.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "http/server.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/home_store.h"
#include "store/workbook_files.h"

extern char** environ;

namespace {

constexpr const char* kUsage = R"(True North: a private workbook for keeping your career aligned with your values.

Usage: truenorth [serve] [options]
       truenorth backup [--db PATH] [--encrypt FILE | FILE]
                                               a consistent copy of the database (see backup --help)
       truenorth restore [--db PATH] FILE      replace the workbook by a backup (see restore --help)
       truenorth export [--db PATH] [--format json|markdown] [--encrypt] [--output FILE]
                                               the whole workbook as a JSON archive, or Markdown notes
                                               (see export --help)
       truenorth import [--db PATH] [--replace] FILE
                                               the workbook from a JSON archive, or a jrnl or Day One
                                               journal added to it (see import --help)

Options:
  --port N        port to listen on (default 8740; 0 picks a free one)
  --host ADDR     loopback address to listen on: 127.0.0.1 (default), ::1 or localhost
  --db PATH       database file (default $XDG_DATA_HOME/truenorth/truenorth.db,
                  or ~/.local/share/truenorth/truenorth.db)
  --web-dir DIR   serve the web UI from DIR instead of the copy built into the binary
  --open          open the app in your web browser
  --help          show this help
  --version       show the version
)";

struct Options {
  tn::ServerOptions server;
  std::string db_path;
  bool open_browser = false;
};

bool is_loopback(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

// Parses argv; prints and returns an exit code for --help, --version and usage errors.
std::optional<int> parse_args(int argc, char** argv, Options& opt) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "serve") args.erase(args.begin());
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&]() -> std::optional<std::string> {
      if (i + 1 < args.size()) return args[++i];
      std::cerr << "truenorth: " << a << " needs a value\n";
      return std::nullopt;
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << "truenorth " << TN_VERSION << " (schema " << tn::latest_schema_version() << ")\n";
      return 0;
    } else if (a == "--open") {
      opt.open_browser = true;
    } else if (a == "--port" || a == "--host" || a == "--db" || a == "--web-dir") {
      const auto v = value();
      if (!v) return 2;
      if (a == "--port") {
        try {
          std::size_t used = 0;
          opt.server.port = std::stoi(*v, &used);
          if (used != v->size() || opt.server.port < 0 || opt.server.port > 65535) throw std::out_of_range("port");
        } catch (const std::exception&) {
          std::cerr << "truenorth: --port must be a number from 0 to 65535, not '" << *v << "'\n";
          return 2;
        }
      } else if (a == "--host") {
        opt.server.host = *v;
      } else if (a == "--db") {
        opt.db_path = *v;
      } else {
        opt.server.web_dir = *v;
      }
    } else {
      std::cerr << "truenorth: unknown option '" << a << "' (see truenorth --help)\n";
      return 2;
    }
  }
  if (!is_loopback(opt.server.host)) {
    std::cerr << "truenorth: refusing to listen on '" << opt.server.host
              << "': True North keeps private notes and only listens on this computer's loopback address "
                 "(127.0.0.1, ::1 or localhost), so no other machine can reach it.\n";
    return 2;
  }
  if (opt.db_path.empty()) opt.db_path = tn::default_db_path();
  return std::nullopt;
}

// Opens `url` in the browser through an owner-only page beside the database that redirects to it, so the
// access token never shows in the process list the way a command-line argument would.
void open_in_browser(const std::string& url, const std::string& db_path) {
  const std::string page = std::filesystem::absolute(db_path).string() + ".open.html";
  {
    std::ofstream out(page, std::ios::trunc);
    out << "<!doctype html><meta charset=\"utf-8\"><title>True North</title>"
        << "<meta http-equiv=\"refresh\" content=\"0;url=" << url << "\"><a href=\"" << url
        << "\">Open True North</a>\n";
  }
  const std::string file_url = "file://" + page;
  pid_t pid = 0;
  const char* argv[] = {"xdg-open", file_url.c_str(), nullptr};
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    std::cerr << "truenorth: could not start a browser (xdg-open); open the address above yourself\n";
  }
}

std::string url_for(const std::string& host, int port) {
  const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return "http://" + shown + ":" + std::to_string(port) + "/";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) {
    if (const tn::Command* command = tn::find_command(argv[1])) return command->run({argv + 2, argv + argc});
  }
  Options opt;
  if (const auto exit_code = parse_args(argc, argv, opt)) return *exit_code;

  // Block SIGINT/SIGTERM in every thread; one thread waits for them and stops the server cleanly.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  // Everything this program creates (database, -wal/-shm, token, lock) is readable by the owner only.
  umask(077);
  const auto fail = [](const tn::Status& status) {
    std::cerr << "truenorth: " << status.message() << "\n";
    return 1;
  };
  auto lock = tn::DatabaseLock::acquire(opt.db_path);
  if (!lock.ok()) return fail(lock.status());
  if (const tn::Status s = tn::check_database_not_lost(opt.db_path); !s.ok()) return fail(s);
  // Temporary files a server stopped half-way left beside the database: with the lock, none is in use.
  if (const int removed = tn::remove_leftover_working_files(opt.db_path); removed > 0) {
    std::cout << "Removed " << removed << " temporary file" << (removed == 1 ? "" : "s")
              << " left beside the database by an earlier run" << std::endl;
  }
  const bool had_database = std::filesystem::exists(opt.db_path);
  auto db = tn::Database::open(opt.db_path);
  if (!db.ok()) return fail(db.status());
  if (const tn::Status s = tn::secure_backups(opt.db_path); !s.ok()) return fail(s);
  const auto token = tn::load_or_create_access_token(opt.db_path);
  if (!token.ok()) return fail(token.status());
  opt.server.access_token = *token;
  tn::Server server(tn::Context{**db, tn::local_today}, opt.server);
  if (const tn::Status s = server.bind(); !s.ok()) return fail(s);

  const std::string url = url_for(opt.server.host, server.port()) + "?token=" + *token;
  (*lock)->describe_holder("process " + std::to_string(getpid()) + " at " + url);
  std::cout << "True North " << TN_VERSION << "\n"
            << "Database: " << (*db)->path() << "\n"
            << "Serving:  " << url << "  (Ctrl-C to stop)" << std::endl;
  if (opt.open_browser) open_in_browser(url, opt.db_path);

  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    std::cout << "Stopping..." << std::endl;
    server.stop();
  });
  // The integrity check of an existing database runs while the server already answers; a damaged file
  // stops the server (no write has reached it: writes wait for the check).
  int exit_code = 0;
  // Once it is sound, a new workbook records today as its first day (Home's monthly review counts from it).
  std::thread integrity_watch([&] {
    if (const tn::Status checked = (*db)->integrity(); !checked.ok()) {
      std::cerr << "truenorth: " << checked.message() << std::endl;
      exit_code = 1;
      kill(getpid(), SIGTERM);
    } else if (const tn::Status recorded = tn::record_workbook_start(**db, tn::local_today()); !recorded.ok()) {
      std::cerr << "truenorth: " << recorded.message() << std::endl;
    }
  });
  // The files on disk are checked now and then, so a deleted or replaced database is noticed (logged,
  // its data made safe, writes refused) even before the next save.
  std::atomic<bool> serving = true;
  std::thread file_watch([&] {
    while (serving) {
      (*db)->check_files();
      for (int tick = 0; tick < 5 && serving; ++tick) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  // A backup when the server starts on a workbook whose newest backup is a day old (one created just now
  // waits for the next check), then every ten minutes a check that makes one when a day has passed. A
  // failure is kept for Home and the Data page (see store/backups.h), and logged.
  std::mutex backup_mutex;
  std::condition_variable backup_wakeup;
  std::thread daily_backup([&] {
    if (!(*db)->integrity().ok()) return;
    tn::BackupReason reason = tn::BackupReason::kStart;
    for (bool check = had_database;; check = true, reason = tn::BackupReason::kDaily) {
      if (check) {
        if (const auto made = tn::back_up_if_due((*db)->path(), reason); !made.ok()) {
          std::cerr << "truenorth: the " << tn::reason_key(reason) << " backup failed: " << made.status().message()
                    << std::endl;
        }
      }
      std::unique_lock wait(backup_mutex);
      if (backup_wakeup.wait_for(wait, std::chrono::minutes(10), [&] { return !serving; })) return;
    }
  });
  server.run();
  {
    std::lock_guard wake(backup_mutex);
    serving = false;
  }
  backup_wakeup.notify_all();
  // run() returns after stop(); wake the stopper in case run() ended some other way, then join.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  integrity_watch.join();
  file_watch.join();
  daily_backup.join();
  if (exit_code == 0) std::cout << "Stopped. Your data is saved in " << (*db)->path() << std::endl;
  return exit_code;
}

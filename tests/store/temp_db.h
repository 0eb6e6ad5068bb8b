// Test helpers: a fresh temporary folder for database files, removed when the test ends, a workbook
// database opened in one, and raw SQL access.
#pragma once

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include "store/database.h"

namespace tn::test {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("truenorth-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The workbook database at `path`, opened (created when missing, schema brought up to date); the test
// fails when it cannot be.
inline std::unique_ptr<Database> open_database(const std::string& path) {
  auto db = Database::open(path);
  REQUIRE(db.ok());
  return std::move(*db);
}

// A new workbook database in a TempDir of its own; both go when the test ends.
class TempDatabase {
 public:
  TempDatabase() : db_(open_database(dir_.file("workbook.db"))) {}

  Database& db() { return *db_; }

 private:
  TempDir dir_;  // declared first, so the database is closed before its folder is removed
  std::unique_ptr<Database> db_;
};

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A plain SQLite connection to `path`, bypassing Database (no migrations, no checks).
inline std::unique_ptr<Connection> raw_connection(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  return std::make_unique<Connection>(db);
}

// Every row `sql` returns, one line each, columns ended by '|' and NULL spelled out.
inline std::string rows(Connection& conn, const std::string& sql) {
  std::ostringstream out;
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(conn.handle(), sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      const auto* text = sqlite3_column_text(st, c);
      out << (text ? reinterpret_cast<const char*>(text) : "NULL") << '|';
    }
    out << '\n';
  }
  sqlite3_finalize(st);
  return out.str();
}

}  // namespace tn::test

// Store tests for backups: a backup equals the database, the folder and files are owner-only, rotation and
// failures, bad files refused for restore with nothing changed, and restore round trips.
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "store/backups.h"
#include "store/journal_store.h"
#include "temp_db.h"

using namespace tn;
using test::raw_connection;
using test::rows;

namespace {

namespace fs = std::filesystem;

NormalisedEntry entry(const std::string& date, const std::string& body) {
  EntryInput in;
  in.kind = "free";
  in.date = date;
  in.body = body;
  in.tags = {"work"};
  auto normalised = normalise_entry(in);
  REQUIRE(normalised.ok());
  return *normalised;
}

// The workbook at `path`, opened, with its integrity check done and passed.
std::unique_ptr<Database> open_db(const std::string& path) {
  auto db = test::open_database(path);
  REQUIRE(db->integrity().ok());
  return db;
}

// Every row of every table of the database at `path` (its WAL included) but `skip`, table by table.
std::string dump(const std::string& path, const std::string& skip = "") {
  auto conn = raw_connection(path);
  std::string out = "user_version " + rows(*conn, "PRAGMA user_version");
  std::istringstream tables(rows(*conn, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
  for (std::string line; std::getline(tables, line);) {
    const std::string name = line.substr(0, line.find('|'));
    if (name == skip) continue;
    out += name + "\n" + rows(*conn, "SELECT * FROM \"" + name + "\"");
  }
  return out;
}

int mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  return static_cast<int>(info.st_mode & 0777);
}

std::int64_t count(Database& db, const std::string& sql) {
  auto n = db.read([&](Connection& conn) -> Result<std::int64_t> {
    Statement st = conn.prepare(sql);
    return st.step() ? st.int64(0) : -1;
  });
  REQUIRE(n.ok());
  return *n;
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace

TEST_CASE("a backup of a database with data equals it and is owner-only", "[backups]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  auto db = open_db(path);
  for (int i = 0; i < 50; ++i) {
    REQUIRE(create_entry(*db, entry("2026-03-0" + std::to_string(1 + i % 9), "Entry " + std::to_string(i))).ok());
  }

  auto written = back_up(path, BackupReason::kManual);
  REQUIRE(written.ok());
  const BackupInfo& info = written->info;
  CHECK(fs::path(info.path).parent_path() == fs::path(dir.file("backups")));
  CHECK(parse_backup_file_name(info.name)->reason == BackupReason::kManual);
  CHECK(info.size == static_cast<std::int64_t>(fs::file_size(info.path)));
  REQUIRE(info.contents);
  CHECK(info.contents->journal_entries == 50);
  CHECK(info.contents->decisions == 0);
  CHECK(info.contents->schema_version == latest_schema_version());
  CHECK(dump(info.path) == dump(path));
  CHECK(rows(*raw_connection(info.path), "PRAGMA journal_mode") == "delete|\n");  // one self-contained file
  CHECK(mode_of(dir.file("backups")) == 0700);
  CHECK(mode_of(info.path) == 0600);
  // Nothing but the backup and the lock is left in the folder.
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir.file("backups"))) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{".lock", info.name});

  SECTION("listed with what it holds") {
    auto second = back_up(path, BackupReason::kManual);  // same second: named one second later
    REQUIRE(second.ok());
    CHECK(second->info.name != info.name);
    auto list = list_backups(path);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].name == second->info.name);
    CHECK((*list)[1].contents->journal_entries == 50);
    CHECK(newest_backup(path)->name == second->info.name);
  }
  SECTION("to a file of one's choice, never over the database itself") {
    auto copy = write_backup_file(path, dir.file("elsewhere.db"));
    REQUIRE(copy.ok());
    CHECK(dump(dir.file("elsewhere.db")) == dump(path));
    for (const std::string& target : {path, path + "-wal", dir.file("./truenorth.db")}) {
      auto refused = write_backup_file(path, target);
      CHECK(refused.status().code() == Code::kConflict);
      CHECK_THAT(refused.status().message(), Catch::Contains("is the database itself"));
    }
    CHECK(dump(path).find("Entry 49") != std::string::npos);
  }
}

TEST_CASE("a backup needs a True North database", "[backups]") {
  test::TempDir dir;
  CHECK_THAT(back_up(dir.file("missing.db"), BackupReason::kManual).status().message(),
             Catch::Contains("there is no database at"));
  write_text(dir.file("notes.db"), "my notes");
  CHECK(write_backup_file(dir.file("notes.db"), dir.file("copy.db")).status().code() == Code::kConflict);
  CHECK_FALSE(fs::exists(dir.file("copy.db")));
}

TEST_CASE("a failed backup is recorded until one succeeds", "[backups]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  auto db = open_db(path);
  CHECK_FALSE(last_backup_failure(path));
  write_text(dir.file("backups"), "a file where the folder should be");
  auto failed = back_up(path, BackupReason::kDaily);
  REQUIRE_FALSE(failed.ok());
  const auto failure = last_backup_failure(path);
  REQUIRE(failure);
  CHECK(failure->reason == BackupReason::kDaily);
  CHECK_THAT(failure->message, Catch::Contains("is not a folder"));
  CHECK(failure->at.size() == 20);
  CHECK(mode_of(path + ".backup-error") == 0600);

  fs::remove(dir.file("backups"));
  REQUIRE(back_up(path, BackupReason::kManual).ok());
  CHECK_FALSE(last_backup_failure(path));
}

TEST_CASE("rotation removes old backups and leaves other files alone", "[backups]") {
  test::TempDir dir;
  const std::string path = dir.file("work.db");
  auto db = open_db(path);
  REQUIRE(back_up(path, BackupReason::kManual).ok());
  const std::string folder = dir.file("work-backups");
  CHECK(backups_folder(path) == folder);
  const UnixTime now = std::time(nullptr);
  // One backup in each of 13 months before this one (steps of 31 days never land twice in one month): the
  // oldest is the 14th month with a backup, beyond the 12 that rotation keeps.
  std::vector<std::string> monthly;
  for (int k = 1; k <= 13; ++k) monthly.push_back(backup_file_name(now - k * 31 * kSecondsPerDay, BackupReason::kDaily));
  const std::string recent = backup_file_name(now - 2 * kSecondsPerDay, BackupReason::kDaily);
  for (const std::string& name : monthly) REQUIRE(write_backup_file(path, folder + "/" + name).ok());
  for (const std::string& name : {recent, std::string("notes.txt")}) write_text(folder + "/" + name, std::string(4096, 'x'));
  REQUIRE(back_up(path, BackupReason::kManual).ok());
  CHECK_FALSE(fs::exists(folder + "/" + monthly.back()));
  CHECK(fs::exists(folder + "/" + monthly.front()));
  CHECK(fs::exists(folder + "/" + recent));
  CHECK(fs::exists(folder + "/notes.txt"));
  SECTION("a backup that cannot be read is listed with the problem") {
    auto list = list_backups(path);
    REQUIRE(list.ok());
    const auto broken = std::find_if(list->begin(), list->end(), [&](const BackupInfo& b) { return b.name == recent; });
    REQUIRE(broken != list->end());
    CHECK_FALSE(broken->contents);
    CHECK_THAT(broken->problem, Catch::Contains("not a SQLite database"));
  }
}

TEST_CASE("backups made before they were owner-only are made so", "[backups]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  auto db = open_db(path);
  auto written = back_up(path, BackupReason::kManual);
  REQUIRE(written.ok());
  chmod(dir.file("backups").c_str(), 0755);
  chmod(written->info.path.c_str(), 0644);
  const std::string stale = dir.file("backups/.truenorth-1-1.tmp");
  write_text(stale, "left by a crash");
  const auto two_hours_ago = fs::file_time_type::clock::now() - std::chrono::hours(2);
  fs::last_write_time(stale, two_hours_ago);
  REQUIRE(secure_backups(path).ok());
  CHECK(mode_of(dir.file("backups")) == 0700);
  CHECK(mode_of(written->info.path) == 0600);
  CHECK_FALSE(fs::exists(stale));
}

TEST_CASE("an upgrade is preceded by a backup of the older database", "[backups][migrations]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  {
    auto old = raw_connection(path);
    REQUIRE(migrate(*old, 0, 4).ok());
    old->exec("UPDATE vision SET statement = 'Lead calmly', version = 1");
  }
  auto db = open_db(path);
  auto list = list_backups(path);
  REQUIRE(list.ok());
  REQUIRE(list->size() == 1);
  CHECK((*list)[0].reason == BackupReason::kBeforeMigration);
  CHECK((*list)[0].contents->schema_version == 4);
  CHECK_FALSE((*list)[0].contents->initiatives);  // schema 4 had no goals yet
  CHECK(rows(*raw_connection((*list)[0].path), "SELECT statement FROM vision") == "Lead calmly|\n");
}

TEST_CASE("a file that cannot be restored is refused and nothing changes", "[backups][restore]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  auto db = open_db(path);
  REQUIRE(create_entry(*db, entry("2026-03-01", "Keep me")).ok());
  const std::string before = dump(path);

  std::string file;
  std::string why;
  SECTION("not SQLite") {
    file = dir.file("notes.db");
    write_text(file, std::string(8192, 'n'));
    why = "not a True North database";
  }
  SECTION("another program's SQLite database") {
    file = dir.file("other.db");
    raw_connection(file)->exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('a')");
    why = "not a True North database";
  }
  SECTION("newer than this program") {
    file = dir.file("newer.db");
    REQUIRE(write_backup_file(path, file).ok());
    raw_connection(file)->exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    why = "made by a newer True North";
  }
  SECTION("damaged") {
    file = dir.file("damaged.db");
    {
      auto conn = raw_connection(file);
      REQUIRE(migrate(*conn, 0, latest_schema_version()).ok());
      conn->exec("CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                 "INSERT INTO filler SELECT printf('row %d with some padding', i) FROM n");
    }
    std::string bytes = test::read_bytes(file);
    std::fill(bytes.end() - 6 * 4096, bytes.end() - 2 * 4096, '\x5a');
    write_text(file, bytes);
    why = "damaged";
  }
  SECTION("missing") {
    file = dir.file("missing.db");
    why = "no backup file";
  }
  const auto refused = restore_backup(*db, file);
  REQUIRE_FALSE(refused.ok());
  CHECK_THAT(refused.status().message(), Catch::Contains(why));
  CHECK(dump(path) == before);
  CHECK(list_backups(path)->empty());  // not even the backup before a restore was made
  CHECK(count(*db, "SELECT count(*) FROM journal_entries") == 1);
}

TEST_CASE("a restore brings the backup back, can be undone and never reuses ids", "[backups][restore]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  auto db = open_db(path);
  const auto first = create_entry(*db, entry("2026-03-01", "The calm morning"));
  REQUIRE(first.ok());
  auto saved = back_up(path, BackupReason::kManual);
  REQUIRE(saved.ok());
  REQUIRE(trash_entry(*db, first->id).ok());
  const auto second = create_entry(*db, entry("2026-03-02", "A stormy evening"));
  REQUIRE(second.ok());

  auto restored = restore_backup(*db, saved->info.path);
  REQUIRE(restored.ok());
  CHECK(restored->restored.journal_entries == 1);
  CHECK(restored->upgraded_from == 0);
  CHECK(restored->undo.reason == BackupReason::kBeforeRestore);
  CHECK(count(*db, "SELECT count(*) FROM journal_entries WHERE deleted_at IS NULL") == 1);
  CHECK(count(*db, "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'calm'") == 1);
  CHECK(count(*db, "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'stormy'") == 0);
  CHECK(count(*db, "PRAGMA user_version") == latest_schema_version());
  CHECK(rows(*raw_connection(path), "PRAGMA journal_mode") == "wal|\n");
  CHECK(db->check_files().ok());
  CHECK(dump(path, "sqlite_sequence") == dump(saved->info.path, "sqlite_sequence"));
  // The workbook equals the backup but for the id counter, which remembers the entry made since.
  CHECK(count(*db, "SELECT seq FROM sqlite_sequence WHERE name = 'journal_entries'") == second->id);
  const auto third = create_entry(*db, entry("2026-03-03", "After the restore"));
  REQUIRE(third.ok());
  CHECK(third->id > second->id);
  REQUIRE(db->write([](Connection& conn) {
    conn.exec("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')");
    return Status::Ok();
  }).ok());
  CHECK(rows(*raw_connection(path), "PRAGMA integrity_check") == "ok|\n");

  SECTION("undone by restoring the backup made before it") {
    REQUIRE(restore_backup(*db, restored->undo.path).ok());
    CHECK(count(*db, "SELECT count(*) FROM journal_entries WHERE deleted_at IS NULL") == 1);
    CHECK(count(*db, "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'stormy'") == 1);
    CHECK(count(*db, "SELECT count(*) FROM journal_entries WHERE id = " + std::to_string(first->id) +
                         " AND deleted_at IS NOT NULL") == 1);
  }
}

TEST_CASE("an older backup is upgraded after it is restored", "[backups][restore]") {
  test::TempDir dir;
  const std::string path = dir.file("truenorth.db");
  const std::string old_file = dir.file("old.db");
  {
    auto old = raw_connection(old_file);
    REQUIRE(migrate(*old, 0, 3).ok());
    old->exec("UPDATE vision SET statement = 'From long ago', version = 3");
  }
  auto db = open_db(path);
  REQUIRE(create_entry(*db, entry("2026-03-01", "Written since")).ok());
  auto restored = restore_backup(*db, old_file);
  REQUIRE(restored.ok());
  CHECK(restored->upgraded_from == 3);
  CHECK(restored->restored.schema_version == latest_schema_version());
  CHECK(restored->restored.journal_entries == 0);
  CHECK(count(*db, "PRAGMA user_version") == latest_schema_version());
  CHECK(rows(*raw_connection(path), "SELECT statement, version FROM vision") == "From long ago|3|\n");
  CHECK(rows(*raw_connection(old_file), "PRAGMA user_version") == "3|\n");  // the backup itself is untouched
  REQUIRE(create_entry(*db, entry("2026-03-02", "Works after the upgrade")).ok());
}

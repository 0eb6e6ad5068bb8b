// Unit tests for the backup rules: file names, when a backup is due, and which backups rotation keeps.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/backups.h"
#include "domain/date.h"

using namespace tn;

namespace {

// 2026-11-23 is day 20780 since 1970-01-01 (see test_streak.cpp), a Monday of ISO week 48.
constexpr UnixTime kMonday2026_11_23 = 20780LL * kSecondsPerDay;

UnixTime at(int year, int month, int day, int hour = 0, int minute = 0) {
  return Date{year, month, day}.days() * kSecondsPerDay + hour * 3600 + minute * 60;
}

std::string name_at(int year, int month, int day, int hour = 0, BackupReason reason = BackupReason::kDaily) {
  return backup_file_name(at(year, month, day, hour), reason);
}

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("backup file names carry the UTC time and the reason, and sort by time", "[backups]") {
  CHECK(at(2026, 11, 23) == kMonday2026_11_23);
  const UnixTime noon = kMonday2026_11_23 + 8 * kSecondsPerDay + 12 * 3600;  // 2026-12-01 12:00:00
  CHECK(backup_file_name(noon, BackupReason::kDaily) == "truenorth-2026-12-01T120000Z-daily.db");
  CHECK(backup_file_name(noon + 3599, BackupReason::kBeforeRestore) == "truenorth-2026-12-01T125959Z-before-restore.db");
  CHECK(backup_file_name(0, BackupReason::kStart) == "truenorth-1970-01-01T000000Z-start.db");
  CHECK(utc_timestamp(noon + 61) == "2026-12-01T12:01:01Z");

  const auto parsed = parse_backup_file_name("truenorth-2026-12-01T120000Z-before-migration.db");
  REQUIRE(parsed);
  CHECK(parsed->time == noon);
  CHECK(parsed->reason == BackupReason::kBeforeMigration);
  for (BackupReason reason : {BackupReason::kStart, BackupReason::kDaily, BackupReason::kManual,
                              BackupReason::kBeforeMigration, BackupReason::kBeforeRestore, BackupReason::kBeforeImport}) {
    const auto back = parse_backup_file_name(backup_file_name(noon, reason));
    REQUIRE(back);
    CHECK(back->reason == reason);
    CHECK(back->time == noon);
  }
  CHECK(backup_file_name(at(2026, 9, 30, 23), BackupReason::kManual) < backup_file_name(at(2026, 10, 1), BackupReason::kDaily));
}

TEST_CASE("anything but a backup file name is refused", "[backups]") {
  for (const char* name : {"", "truenorth.db", "truenorth-2026-12-01T120000Z.db", "truenorth-2026-12-01T120000Z-weekly.db",
                           "truenorth-2026-12-01T120000Z-daily.db.tmp", "../truenorth-2026-12-01T120000Z-daily.db",
                           "truenorth-2026-12-01T120000Z-daily.db/../../x", "backups/truenorth-2026-12-01T120000Z-daily.db",
                           "truenorth-2026-02-30T120000Z-daily.db", "truenorth-2026-12-01T240000Z-daily.db",
                           "truenorth-2026-12-01T126000Z-daily.db", "truenorth-2026-12-01t120000z-daily.db",
                           "TRUENORTH-2026-12-01T120000Z-daily.db", "truenorth-2026-12-01T12000Z-daily.db",
                           "truenorth-2026-12-01T120000Z-DAILY.db", "truenorth-2026-12-01T1200+0Z-daily.db"}) {
    INFO(name);
    CHECK_FALSE(parse_backup_file_name(name));
  }
}

TEST_CASE("an automatic backup is due when the newest is a day old", "[backups]") {
  const UnixTime now = at(2026, 12, 1, 12);
  CHECK(backup_due({}, now));
  CHECK_FALSE(backup_due({now - kSecondsPerDay + 1}, now));
  CHECK(backup_due({now - kSecondsPerDay}, now));
  CHECK_FALSE(backup_due({now - 10 * kSecondsPerDay, now - 3600}, now));
  CHECK_FALSE(backup_due({now + 5 * kSecondsPerDay}, now));  // the clock went back: not due again and again
}

TEST_CASE("rotation keeps the last 7 days, 4 weeks and 12 months", "[backups]") {
  SECTION("a backup every day of November 2026") {
    std::vector<std::string> names;
    for (int day = 1; day <= 30; ++day) names.push_back(name_at(2026, 11, day, 3));
    // 2026-11-30 is the Monday of ISO week 49. Days: the 24th to the 30th. Weeks: 49 (the 30th), 48 (the
    // 29th), 47 (the 22nd), 46 (the 15th). Months: November (the 30th). Nothing is younger than a day but
    // the 30th.
    const auto removed = backups_to_remove(names, at(2026, 11, 30, 12));
    std::vector<std::string> want;
    for (int day : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23}) {
      want.push_back(name_at(2026, 11, day, 3));
    }
    CHECK(sorted(removed) == want);
  }
  SECTION("two backups a month for almost two years") {
    std::vector<std::string> names;
    for (int year : {2025, 2026}) {
      for (int month = 1; month <= (year == 2025 ? 12 : 11); ++month) {
        names.push_back(name_at(year, month, 1));
        names.push_back(name_at(year, month, 15));
      }
    }
    REQUIRE(names.size() == 46);
    // Days: the 7 newest days with a backup (15 Nov, 1 Nov, 15 Oct, 1 Oct, 15 Sep, 1 Sep, 15 Aug 2026).
    // Weeks: the four newest are among those. Months: the 15th of Dec 2025 to Nov 2026.
    const auto removed = backups_to_remove(names, at(2026, 11, 20));
    std::vector<std::string> kept;
    for (const auto& name : names) {
      if (std::find(removed.begin(), removed.end(), name) == removed.end()) kept.push_back(name);
    }
    std::vector<std::string> want = {name_at(2025, 12, 15)};
    for (int month = 1; month <= 11; ++month) want.push_back(name_at(2026, month, 15));
    for (int month : {9, 10, 11}) want.push_back(name_at(2026, month, 1));
    CHECK(sorted(kept) == sorted(want));
  }
  SECTION("everything from the last day stays, so a restore can be undone") {
    const std::vector<std::string> names = {
        name_at(2026, 12, 1, 9, BackupReason::kManual), name_at(2026, 12, 1, 10, BackupReason::kBeforeRestore),
        name_at(2026, 12, 1, 11, BackupReason::kDaily), name_at(2026, 11, 30, 10, BackupReason::kDaily),
        name_at(2026, 11, 30, 8, BackupReason::kManual)};
    CHECK(backups_to_remove(names, at(2026, 12, 1, 12)) == std::vector<std::string>{names[4]});
  }
  SECTION("other files and backups dated in the future are never removed") {
    const std::vector<std::string> names = {"notes.txt", "truenorth.db", name_at(2027, 1, 1), name_at(2026, 1, 1),
                                            name_at(2026, 1, 2)};
    CHECK(backups_to_remove(names, at(2026, 12, 1), RotationPolicy{1, 0, 0}) ==
          std::vector<std::string>{name_at(2026, 1, 2), name_at(2026, 1, 1)});
  }
  SECTION("a smaller policy keeps less") {
    std::vector<std::string> names;
    for (int day = 1; day <= 10; ++day) names.push_back(name_at(2026, 3, day));
    CHECK(backups_to_remove(names, at(2026, 3, 20), RotationPolicy{3, 0, 0}).size() == 7);
  }
}

// Backup rules without I/O: the file names (time and reason), when one is due, and which ones rotation keeps.
#include "domain/backups.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

#include "domain/date.h"

namespace tn {
namespace {

constexpr std::string_view kPrefix = "truenorth-";
constexpr std::string_view kSuffix = ".db";
constexpr std::array kReasons = {BackupReason::kStart,          BackupReason::kDaily,
                                 BackupReason::kManual,         BackupReason::kBeforeMigration,
                                 BackupReason::kBeforeRestore,  BackupReason::kBeforeImport};

// The calendar date (UTC) and seconds into that day of `time`.
struct Moment {
  Date date;
  int seconds = 0;
};

Moment moment_of(UnixTime time) {
  const UnixTime day = time >= 0 ? time / kSecondsPerDay : (time - kSecondsPerDay + 1) / kSecondsPerDay;
  return {Date::from_days(day), static_cast<int>(time - day * kSecondsPerDay)};
}

// The digits text[from, from + len) as a number, or -1 when one is not a digit.
int digits(std::string_view text, std::size_t from, std::size_t len) {
  int value = 0;
  for (std::size_t i = from; i < from + len; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

struct Dated {
  std::string name;
  UnixTime time;
};

// Adds to `keep` the newest backup of each of the newest `count` periods that have one; `period` maps a
// time to its day, week or month. `newest_first` is sorted newest first.
template <typename Period>
void keep_newest_per_period(const std::vector<Dated>& newest_first, int count, Period period,
                            std::set<std::string>& keep) {
  std::set<decltype(period(UnixTime{}))> seen;
  for (const Dated& backup : newest_first) {
    const auto key = period(backup.time);
    if (seen.contains(key)) continue;
    if (static_cast<int>(seen.size()) == count) break;
    seen.insert(key);
    keep.insert(backup.name);
  }
}

}  // namespace

std::string_view reason_key(BackupReason reason) {
  switch (reason) {
    case BackupReason::kStart: return "start";
    case BackupReason::kDaily: return "daily";
    case BackupReason::kManual: return "manual";
    case BackupReason::kBeforeMigration: return "before-migration";
    case BackupReason::kBeforeRestore: return "before-restore";
    case BackupReason::kBeforeImport: break;
  }
  return "before-import";
}

std::optional<BackupReason> parse_reason(std::string_view key) {
  const auto known =
      std::find_if(kReasons.begin(), kReasons.end(), [&](BackupReason r) { return reason_key(r) == key; });
  if (known == kReasons.end()) return std::nullopt;
  return *known;
}

std::string backup_file_name(UnixTime time, BackupReason reason) {
  const Moment m = moment_of(time);
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%sT%02d%02d%02dZ", m.date.str().c_str(), m.seconds / 3600, m.seconds / 60 % 60,
                m.seconds % 60);
  return std::string(kPrefix) + stamp + "-" + std::string(reason_key(reason)) + std::string(kSuffix);
}

std::optional<BackupName> parse_backup_file_name(std::string_view name) {
  // truenorth-YYYY-MM-DDTHHMMSSZ-<reason>.db
  constexpr std::size_t kStampLength = 18;  // "2026-12-01T120000Z"
  if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return std::nullopt;
  const std::string_view rest = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
  if (rest.size() < kStampLength + 2 || rest[10] != 'T' || rest[17] != 'Z' || rest[18] != '-') return std::nullopt;
  const auto date = parse_date(rest.substr(0, 10));
  const int hours = digits(rest, 11, 2), minutes = digits(rest, 13, 2), seconds = digits(rest, 15, 2);
  if (!date || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return std::nullopt;
  }
  const auto reason = parse_reason(rest.substr(kStampLength + 1));
  if (!reason) return std::nullopt;
  return BackupName{date->days() * kSecondsPerDay + hours * 3600 + minutes * 60 + seconds, *reason};
}

std::string utc_timestamp(UnixTime time) {
  const Moment m = moment_of(time);
  char text[32];
  std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", m.date.str().c_str(), m.seconds / 3600, m.seconds / 60 % 60,
                m.seconds % 60);
  return text;
}

bool backup_due(const std::vector<UnixTime>& times, UnixTime now) {
  if (times.empty()) return true;
  return now - *std::max_element(times.begin(), times.end()) >= kSecondsPerDay;
}

std::vector<std::string> backups_to_remove(const std::vector<std::string>& names, UnixTime now,
                                           const RotationPolicy& policy) {
  std::vector<Dated> backups;
  for (const std::string& name : names) {
    if (const auto parsed = parse_backup_file_name(name)) backups.push_back({name, parsed->time});
  }
  std::sort(backups.begin(), backups.end(),
            [](const Dated& a, const Dated& b) { return a.time != b.time ? a.time > b.time : a.name > b.name; });

  std::set<std::string> keep;
  for (const Dated& backup : backups) {
    if (now - backup.time < kSecondsPerDay) keep.insert(backup.name);
  }
  keep_newest_per_period(backups, policy.daily, [](UnixTime t) { return moment_of(t).date.days(); }, keep);
  keep_newest_per_period(backups, policy.weekly, [](UnixTime t) {
    const IsoWeek week = iso_week(moment_of(t).date);
    return week.year * 100 + week.week;
  }, keep);
  keep_newest_per_period(backups, policy.monthly, [](UnixTime t) {
    const Date date = moment_of(t).date;
    return date.year * 100 + date.month;
  }, keep);

  std::vector<std::string> remove;
  for (const Dated& backup : backups) {
    if (!keep.contains(backup.name)) remove.push_back(backup.name);
  }
  return remove;
}

}  // namespace tn

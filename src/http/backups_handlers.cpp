// Handlers for /api/backups: where the database and its backups are, the backups with what each holds,
// backing up now, and restoring a backup into the running workbook.
#include "http/backups_handlers.h"

#include "store/backups.h"

namespace tn {
namespace {

json contents_json(const BackupContents& c) {
  return {{"schema_version", c.schema_version},
          {"journal_entries", optional_json(c.journal_entries)},
          {"decisions", optional_json(c.decisions)},
          {"initiatives", optional_json(c.initiatives)},
          {"core_values", optional_json(c.core_values)}};
}

// A backup's name, time, reason and size.
json backup_summary_json(const BackupInfo& b) {
  return {{"name", b.name}, {"created_at", utc_timestamp(b.time)}, {"reason", reason_key(b.reason)}, {"size", b.size}};
}

// A backup with what it holds, or the problem that keeps it from being read.
json backup_json(const BackupInfo& b) {
  json out = backup_summary_json(b);
  out["holds"] = b.contents ? contents_json(*b.contents) : json(nullptr);
  out["problem"] = text_or_null(b.problem);
  return out;
}

// Where the database and its backups are, the newest backup and the last failure.
json status_json(const std::string& db_path) {
  const auto newest = newest_backup(db_path);
  const auto failure = last_backup_failure(db_path);
  return {{"database", database_real_path(db_path)},
          {"folder", backups_folder(db_path)},
          {"last_backup", newest ? backup_summary_json(*newest) : json(nullptr)},
          {"last_failure", failure ? json{{"at", failure->at}, {"reason", reason_key(failure->reason)},
                                          {"message", failure->message}}
                                   : json(nullptr)}};
}

}  // namespace

Reply get_backups_status(Context& ctx, const ApiRequest&) { return ok_reply(status_json(ctx.db.path())); }

Reply get_backups(Context& ctx, const ApiRequest&) {
  const auto backups = list_backups(ctx.db.path());
  if (!backups.ok()) return error_reply(backups.status());
  json items = json::array();
  for (const BackupInfo& b : *backups) items.push_back(backup_json(b));
  json body = status_json(ctx.db.path());
  body["items"] = std::move(items);
  return ok_reply(std::move(body));
}

Reply post_backup(Context& ctx, const ApiRequest&) {
  const auto written = back_up(ctx.db.path(), BackupReason::kManual);
  if (!written.ok()) return error_reply(written.status());
  return created_reply({{"backup", backup_json(written->info)},
                        {"copy_ms", written->copy_ms},
                        {"check_ms", written->check_ms}});
}

Reply post_backup_restore(Context& ctx, const ApiRequest& req) {
  const auto path = backup_path(ctx.db.path(), req.params.at("name"));
  if (!path.ok()) return error_reply(path.status());
  const auto outcome = restore_backup(ctx.db, *path);
  if (!outcome.ok()) return error_reply(outcome.status());
  ctx.workbook->replaced("restore");
  return ok_reply({{"restored", req.params.at("name")},
                   {"holds", contents_json(outcome->restored)},
                   {"upgraded_from", outcome->upgraded_from > 0 ? json(outcome->upgraded_from) : json(nullptr)},
                   {"undo", backup_json(outcome->undo)}});
}

}  // namespace tn

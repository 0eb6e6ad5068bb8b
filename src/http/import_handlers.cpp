// Handler for /api/import: a JSON archive, the request body, becomes the workbook.
#include "http/import_handlers.h"

#include <fstream>

#include "store/archive_store.h"
#include "store/backups.h"

namespace tn {
namespace {

// The ?replace= flag: absent or "false", or "true".
Result<bool> replace_flag(const std::string& text) {
  if (text.empty() || text == "false") return false;
  if (text == "true") return true;
  return Status::Invalid("replace", "replace must be true or false");
}

json import_json(const ImportSummary& summary) {
  const ArchiveHeader& archive = summary.archive;
  return {{"imported", true},
          {"rows", summary.rows},
          {"replaced", summary.replaced},
          {"schema_version", latest_schema_version()},
          {"archive",
           {{"format", archive.format},
            {"format_version", archive.format_version},
            {"app_version", archive.app_version},
            {"schema_version", archive.schema_version},
            {"exported_at", archive.exported_at}}}};
}

}  // namespace

Reply post_import(Context& ctx, const ApiRequest& req) {
  const auto replace = replace_flag(req.query("replace"));
  if (!replace.ok()) return error_reply(replace.status());
  // What a replace would overwrite is backed up first, so the import can be undone by a restore.
  if (*replace) {
    const auto backup = back_up(ctx.db.path(), BackupReason::kBeforeImport);
    if (!backup.ok()) return error_reply(backup.status());
  }
  std::ifstream archive(req.body_file, std::ios::binary);
  const auto imported = import_archive(ctx.db, archive, *replace);
  if (!imported.ok()) return error_reply(imported.status());
  ctx.workbook->replaced("import");
  return ok_reply(import_json(*imported));
}

}  // namespace tn

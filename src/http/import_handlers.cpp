// Handler for /api/import: the uploaded file, told by its content, becomes the workbook (a JSON archive)
// or is added to the journal (a jrnl or Day One export).
#include "http/import_handlers.h"

#include <sodium.h>

#include <fstream>

#include "store/archive_store.h"
#include "store/backups.h"
#include "store/encrypted_files.h"
#include "store/journal_import.h"

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
          {"format", archive.format},
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

Reply journal_reply(const Result<JournalImportSummary>& summary) {
  if (!summary.ok()) return error_reply(summary.status());
  json skipped = json::array();
  for (const SkippedEntry& entry : summary->reasons) skipped.push_back({{"where", entry.where}, {"reason", entry.reason}});
  return ok_reply({{"imported", true},
                   {"format", summary->format},
                   {"entries", summary->imported},
                   {"skipped", summary->skipped},
                   {"skipped_entries", skipped},
                   {"media_left_out", summary->media_left_out},
                   {"replaced", false}});
}

// A JSON archive: the workbook becomes what it holds (after a backup when that replaces anything).
Reply archive_reply(Context& ctx, const std::string& file, bool replace) {
  // What a replace would overwrite is backed up first, so the import can be undone by a restore.
  if (replace) {
    const auto backup = back_up(ctx.db.path(), BackupReason::kBeforeImport);
    if (!backup.ok()) return error_reply(backup.status());
  }
  std::ifstream archive(file, std::ios::binary);
  const auto imported = import_archive(ctx.db, archive, replace);
  if (!imported.ok()) return error_reply(imported.status());
  ctx.workbook->replaced("import");
  return ok_reply(import_json(*imported));
}

// The passphrase of an encrypted upload: the header X-Truenorth-Passphrase, base64 of its UTF-8 text.
Result<std::string> passphrase_header(const ApiRequest& req) {
  const std::string encoded = req.http.get_header_value("X-Truenorth-Passphrase");
  if (encoded.empty()) return Status::Invalid("passphrase", "this file is encrypted: give its passphrase");
  std::string passphrase(encoded.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(passphrase.data()), passphrase.size(), encoded.c_str(),
                        encoded.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return Status::Invalid("passphrase", "the X-Truenorth-Passphrase header must be base64");
  }
  passphrase.resize(length);
  return passphrase;
}

// The file at `path`, told by its content: an archive, a journal export, or a refusal.
Reply import_file(Context& ctx, const std::string& path, bool replace) {
  switch (detect_file(path)) {
    case DataFileKind::kJournalJson: {
      std::ifstream in(path, std::ios::binary);
      return journal_reply(import_journal(ctx.db, in, local_date_at));
    }
    case DataFileKind::kZip: return journal_reply(import_journal_zip(ctx.db, path, local_date_at));
    case DataFileKind::kDatabase:
      return error_reply(Status::Invalid("import", "this is a database file (a backup?), not an export: restore it "
                                                   "with truenorth restore, or put it in the backups folder"));
    case DataFileKind::kEncrypted:
      return error_reply(Status::Invalid("import", "this file was encrypted twice: decrypt it once more first"));
    case DataFileKind::kArchive: break;
  }
  return archive_reply(ctx, path, replace);
}

}  // namespace

Reply post_import(Context& ctx, const ApiRequest& req) {
  const auto replace = replace_flag(req.query("replace"));
  if (!replace.ok()) return error_reply(replace.status());
  if (detect_file(req.body_file) != DataFileKind::kEncrypted) return import_file(ctx, req.body_file, *replace);
  const auto passphrase = passphrase_header(req);
  if (!passphrase.ok()) return error_reply(passphrase.status());
  const auto decrypted = decrypt_to_working_file(req.body_file, ctx.db.path(), *passphrase);
  if (!decrypted.ok()) return error_reply(decrypted.status());
  return import_file(ctx, (*decrypted)->path(), *replace);
}

}  // namespace tn

// Handlers for /api/export: the whole workbook as one JSON archive, or as a .zip of Markdown notes,
// streamed as a download, encrypted with a passphrase when one is given (POST).
#include "http/export_handlers.h"

#include <fstream>
#include <memory>

#include "domain/archive.h"
#include "domain/encrypted_file.h"
#include "domain/markdown_export.h"
#include "store/archive_store.h"
#include "store/markdown_export.h"
#include "store/workbook_files.h"

namespace tn {
namespace {

// Sends the file in pieces; the file goes when the reply is done with it.
BodyStream file_stream(std::shared_ptr<WorkingFileHandle> file) {
  return [file](const BodyWriter& write) {
    std::ifstream in(file->path(), std::ios::binary);
    std::string piece(64 * 1024, '\0');
    while (in.read(piece.data(), static_cast<std::streamsize>(piece.size())) || in.gcount() > 0) {
      if (!write(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())))) return false;
    }
    return !in.bad();
  };
}

// `stream` as it is, or encrypted with `passphrase` when there is one (the key derived as the body starts).
BodyStream maybe_encrypted(BodyStream stream, std::string passphrase) {
  if (passphrase.empty()) return stream;
  return [stream = std::move(stream), passphrase = std::move(passphrase)](const BodyWriter& write) {
    auto encryptor = Encryptor::start(passphrase, write);
    if (!encryptor.ok()) return stream_failed(encryptor.status());
    return stream([&](std::string_view piece) { return (*encryptor)->push(piece); }) && (*encryptor)->finish();
  };
}

// The download's name, with ".enc" when it is encrypted.
std::string offered_as(std::string name, const std::string& passphrase) { return passphrase.empty() ? name : name + ".enc"; }

Reply json_export(Context& ctx, std::string passphrase) {
  auto opened = ArchiveSnapshot::open(ctx.db.path());
  if (!opened.ok()) return error_reply(opened.status());
  // Read on its own connection while the body goes out, so the server's database stays free meanwhile.
  std::shared_ptr<ArchiveSnapshot> snapshot = std::move(*opened);
  const BodyStream archive = [snapshot](const BodyWriter& write) {
    const Status written = snapshot->write(TN_VERSION, write);
    return written.ok() || stream_failed(written);
  };
  const std::string name = offered_as(archive_file_name(ctx.today()), passphrase);
  return stream_reply(maybe_encrypted(archive, std::move(passphrase)),
                      name.ends_with(".enc") ? "application/octet-stream" : "application/json", name);
}

Reply markdown_export(Context& ctx, std::string passphrase) {
  auto file = WorkingFileHandle::create(ctx.db.path(), WorkingFile::kExport);
  if (!file.ok()) return error_reply(file.status());
  if (Status written = write_markdown_export(ctx.db, (*file)->path(), TN_VERSION, ctx.today()); !written.ok()) {
    return error_reply(written);
  }
  const std::string name = offered_as(markdown_export_file_name(ctx.today().str()), passphrase);
  return stream_reply(maybe_encrypted(file_stream(std::move(*file)), std::move(passphrase)),
                      name.ends_with(".enc") ? "application/octet-stream" : "application/zip", name);
}

Reply export_as(Context& ctx, const std::string& format, std::string passphrase) {
  if (format.empty() || format == "json") return json_export(ctx, std::move(passphrase));
  if (format == "markdown") return markdown_export(ctx, std::move(passphrase));
  return error_reply(Status::Invalid("format", "format must be json or markdown"));
}

}  // namespace

Reply get_export(Context& ctx, const ApiRequest& req) { return export_as(ctx, req.query("format"), ""); }

Reply post_export(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader reader(*body);
  const std::string format = reader.optional_text("format").value_or("json");
  const std::string passphrase = reader.text("passphrase");
  if (!reader.ok()) return error_reply(reader.status());
  if (Status checked = check_new_passphrase(passphrase); !checked.ok()) return error_reply(checked);
  return export_as(ctx, format, passphrase);
}

}  // namespace tn

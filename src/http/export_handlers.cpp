// Handler for /api/export: the whole workbook as one JSON archive, streamed as a download.
#include "http/export_handlers.h"

#include <memory>

#include "store/archive_store.h"

namespace tn {

Reply get_export(Context& ctx, const ApiRequest&) {
  auto opened = ArchiveSnapshot::open(ctx.db.path());
  if (!opened.ok()) return error_reply(opened.status());
  // Read on its own connection while the body goes out, so the server's database stays free meanwhile.
  std::shared_ptr<ArchiveSnapshot> snapshot = std::move(*opened);
  return stream_reply(
      [snapshot](const BodyWriter& write) {
        const Status written = snapshot->write(TN_VERSION, write);
        return written.ok() || stream_failed(written);
      },
      "application/json", archive_file_name(ctx.today()));
}

}  // namespace tn

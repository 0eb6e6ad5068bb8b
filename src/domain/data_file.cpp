// What a file handed to an import is, told from its first bytes.
#include "domain/data_file.h"

#include <string>

#include "domain/encrypted_file.h"

namespace tn {
namespace {

constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::string_view kArchiveKeys[] = {"format", "format_version", "app_version", "schema_version",
                                             "exported_at", "sequences", "tables"};

std::size_t skip_space(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
  return at;
}

}  // namespace

DataFileKind detect_data_file(std::string_view head) {
  if (head.starts_with(kZipMagic)) return DataFileKind::kZip;
  if (head.starts_with(kSqliteMagic)) return DataFileKind::kDatabase;
  if (head.starts_with(kEncryptedMagic)) return DataFileKind::kEncrypted;
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  std::size_t at = skip_space(head, 0);
  if (at >= head.size() || head[at] != '{') return DataFileKind::kArchive;
  at = skip_space(head, at + 1);
  if (at >= head.size() || head[at] != '"') return DataFileKind::kArchive;  // {} or cut short: the reader says
  const std::size_t close = head.find('"', at + 1);
  if (close == std::string_view::npos) return DataFileKind::kArchive;
  const std::string_view key = head.substr(at + 1, close - at - 1);
  for (std::string_view archive_key : kArchiveKeys) {
    if (key == archive_key) return DataFileKind::kArchive;
  }
  return DataFileKind::kJournalJson;
}

}  // namespace tn

// Journals kept in other tools (jrnl, Day One) added to the journal: never replacing anything, one
// transaction per import.
#include "store/journal_import.h"

#include <zip.h>

#include <array>
#include <ctime>
#include <fstream>
#include <memory>
#include <streambuf>

#include "store/journal_store.h"

namespace tn {
namespace {

// Whether an entry with the same date, title and body is in the journal outside the trash.
bool already_there(Connection& conn, const NormalisedEntry& entry) {
  Statement st = conn.prepare(
      "SELECT 1 FROM journal_entries WHERE entry_date = ?1 AND title = ?2 AND body = ?3 AND deleted_at IS NULL");
  st.bind(1, entry.date.str()).bind(2, entry.title).bind(3, entry.body);
  return st.step();
}

// Adds the entries of one export to `summary`, inside the caller's transaction. `file` names it in the
// skipped entries' places when a zip holds several.
Status add_export(Connection& conn, std::istream& in, const LocalDateOf& local_date, const std::string& file,
                  JournalImportSummary& summary) {
  const auto skip = [&](const ForeignEntry& foreign, std::string reason) {
    ++summary.skipped;
    if (summary.reasons.size() < kMaxSkippedShown) {
      summary.reasons.push_back({file + "entries[" + std::to_string(foreign.index) + "]", std::move(reason)});
    }
    return Status::Ok();
  };
  JournalFormat format = JournalFormat::kJrnl;
  const Status read = read_journal_export(in, local_date, [&](const ForeignEntry& foreign) {
    if (!foreign.entry) return skip(foreign, foreign.problem);
    const auto entry = normalise_entry(*foreign.entry);
    if (!entry.ok()) return skip(foreign, entry.status().field() + ": " + entry.status().message());
    if (already_there(conn, *entry)) return skip(foreign, "already in your journal");
    if (const auto inserted = insert_entry(conn, *entry); !inserted.ok()) return inserted.status();
    ++summary.imported;
    if (foreign.media_left_out) ++summary.media_left_out;
    return Status::Ok();
  }, format);
  if (summary.format.empty()) summary.format = std::string(journal_format_key(format));
  return read;
}

// A file inside a zip, read as a stream.
class ZipEntryBuffer final : public std::streambuf {
 public:
  explicit ZipEntryBuffer(zip_file_t* file) : file_(file) {}
  ~ZipEntryBuffer() override { zip_fclose(file_); }
  ZipEntryBuffer(const ZipEntryBuffer&) = delete;
  ZipEntryBuffer& operator=(const ZipEntryBuffer&) = delete;

  bool failed() const { return failed_; }

 protected:
  int_type underflow() override {
    const zip_int64_t n = zip_fread(file_, buffer_.data(), buffer_.size());
    if (n <= 0) {
      failed_ = n < 0;
      return traits_type::eof();
    }
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  zip_file_t* file_;
  std::array<char, 64 * 1024> buffer_{};
  bool failed_ = false;
};

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

Status zip_problem(const std::string& why) { return Status::Invalid("import", "the .zip " + why); }

// The names of the .json files at the top of the zip, in the zip's order.
std::vector<std::string> top_json_files(zip_t* archive) {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    const std::string file = name ? name : "";
    if (file.size() > 5 && file.ends_with(".json") && file.find('/') == std::string::npos) names.push_back(file);
  }
  return names;
}

}  // namespace

DataFileKind detect_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(kDataFileHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return detect_data_file(head);
}

Date local_date_at(std::int64_t unix_seconds) {
  const std::time_t when = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  if (!localtime_r(&when, &local)) return Date::from_days(unix_seconds / 86400);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Result<JournalImportSummary> import_journal(Database& db, std::istream& in, const LocalDateOf& local_date) {
  return db.write([&](Connection& conn) -> Result<JournalImportSummary> {
    JournalImportSummary summary;
    if (Status added = add_export(conn, in, local_date, "", summary); !added.ok()) return added;
    return summary;
  });
}

Result<JournalImportSummary> import_journal_zip(Database& db, const std::string& zip_path,
                                                const LocalDateOf& local_date) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open(zip_path.c_str(), ZIP_RDONLY, &error));
  if (!archive) return zip_problem("cannot be read (is it complete?)");
  const std::vector<std::string> files = top_json_files(archive.get());
  if (files.empty()) return zip_problem("holds no journal: Day One's export has a Journal.json at its top");
  return db.write([&](Connection& conn) -> Result<JournalImportSummary> {
    JournalImportSummary summary;
    for (const std::string& file : files) {
      zip_file_t* opened = zip_fopen(archive.get(), file.c_str(), 0);
      if (!opened) return zip_problem("cannot be read: " + file + " is damaged");
      ZipEntryBuffer buffer(opened);
      std::istream in(&buffer);
      const Status added = add_export(conn, in, local_date, files.size() > 1 ? file + " " : "", summary);
      if (buffer.failed()) return zip_problem("cannot be read: " + file + " is damaged");
      if (!added.ok()) return Status::Invalid(added.field(), file + ": " + added.message());
    }
    return summary;
  });
}

}  // namespace tn

// Query-string parameters the list endpoints share: the page size, the date cursor and record ids.
#include "http/query_params.h"

#include <charconv>

#include "domain/date.h"

namespace tn {
namespace {

// `text` as a positive whole number, or nullopt.
std::optional<std::int64_t> positive_id(std::string_view text) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

}  // namespace

Result<int> page_size(const ApiRequest& req) {
  const std::string text = req.query("limit");
  if (text.empty()) return kDefaultPageSize;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > kMaxPageSize) {
    return Status::Invalid("limit", "limit must be a whole number from 1 to " + std::to_string(kMaxPageSize));
  }
  return value;
}

std::string date_cursor(const std::string& date, std::int64_t id) { return date + "~" + std::to_string(id); }

Result<std::optional<DateCursor>> parse_date_cursor(const std::string& text) {
  if (text.empty()) return std::optional<DateCursor>();
  const Status bad = Status::Invalid("cursor", "cursor is not one this server handed out; start from the first page");
  const auto sep = text.find('~');
  if (sep == std::string::npos || !parse_date(text.substr(0, sep))) return bad;
  const auto id = positive_id(std::string_view(text).substr(sep + 1));
  if (!id) return bad;
  return std::optional<DateCursor>(DateCursor{text.substr(0, sep), *id});
}

Result<std::optional<std::int64_t>> query_id(const ApiRequest& req, const std::string& name, const std::string& what) {
  const std::string text = req.query(name);
  if (text.empty()) return std::optional<std::int64_t>();
  const auto id = positive_id(text);
  if (!id) return Status::Invalid(name, name + " must be " + what + " (a positive whole number)");
  return std::optional<std::int64_t>(*id);
}

}  // namespace tn

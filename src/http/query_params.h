// Query-string parameters the list endpoints share: the page size, the date cursor and record ids.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "http/router.h"
#include "store/database.h"

namespace tn {

inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPageSize = 100;

// ?limit=: 1..kMaxPageSize, kDefaultPageSize when absent; 400 on "limit" otherwise.
Result<int> page_size(const ApiRequest& req);

// The cursor naming the last item of a page ordered by (date, id): "YYYY-MM-DD~id".
std::string date_cursor(const std::string& date, std::int64_t id);

// Reads a cursor made by date_cursor; nullopt for "", 400 on "cursor" for anything this server did not make.
Result<std::optional<DateCursor>> parse_date_cursor(const std::string& text);

// The query parameter `name` as a positive id; nullopt when absent, 400 on `name` with "<name> must be
// <what> (a positive whole number)" otherwise.
Result<std::optional<std::int64_t>> query_id(const ApiRequest& req, const std::string& name, const std::string& what);

}  // namespace tn

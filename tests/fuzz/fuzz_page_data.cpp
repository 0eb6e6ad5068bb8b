// libFuzzer target for the UI's page table: whatever the address, each API path it gives is its page's
// request with every ":name" filled by one percent-encoded segment, so no address reaches a path its page
// does not name; encode_uri_component keeps only unreserved bytes and comes back whole; no table crashes.
#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "http/page_data.h"
#include "check.h"

namespace {

const tn::PageTable kTable(R"([
  {"page": "/", "requests": ["/api/vision"]},
  {"page": "/journal/trash", "requests": ["/api/journal/trash"]},
  {"page": "/journal/:id", "requests": ["/api/journal/entries/:id", "/api/values/core"]},
  {"page": "/journal/:id/edit", "requests": ["/api/journal/entries/:id?kind=:id"]}
])");

std::size_t count(std::string_view text, char c) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), c)); }

bool is_encoded(std::string_view text) {
  static constexpr std::string_view kKept = "-_.!~*'()";
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x80 && std::isalnum(byte)) || kKept.find(text[i]) != std::string_view::npos) continue;
    if (text[i] != '%' || i + 2 >= text.size() || kHex.find(text[i + 1]) == std::string_view::npos ||
        kHex.find(text[i + 2]) == std::string_view::npos) {
      return false;
    }
    i += 2;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  const std::string encoded = tn::encode_uri_component(text);
  FUZZ_CHECK(is_encoded(encoded));
  FUZZ_CHECK(httplib::detail::decode_url(encoded, false) == text);

  // An address gives one of the table's lists, each ":id" a single encoded segment of the query-free path.
  const std::vector<std::string> requests = kTable.first_requests(text);
  for (const std::string& request : requests) {
    const std::string_view path = std::string_view(request).substr(0, request.find('?'));
    FUZZ_CHECK(path.starts_with("/api/"));
    FUZZ_CHECK(count(request, '?') <= 1 && count(request, '#') == 0);
    if (path.starts_with("/api/journal/entries/")) {
      FUZZ_CHECK(count(path, '/') == 4);
      FUZZ_CHECK(is_encoded(path.substr(std::string_view("/api/journal/entries/").size())));
    }
  }

  // Any text as the table itself is read without a crash.
  const tn::PageTable table(text);
  (void)table.first_requests("/journal/1");
  (void)table.styles("/journal/1");
  return 0;
}

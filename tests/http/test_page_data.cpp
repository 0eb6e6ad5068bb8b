// Unit tests for the table of each UI page's stylesheets and first API requests: matching an address,
// filling in its segments, and JSON that can stand inside a <script> element.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "http/page_data.h"

using namespace tn;

using Requests = std::vector<std::string>;

namespace {

const PageTable kTable(R"([
  {"page": "/", "requests": ["/api/vision", "/api/home/next"]},
  {"page": "/journal/trash", "requests": ["/api/journal/trash"]},
  {"page": "/journal/:id", "requests": ["/api/journal/entries/:id", "/api/people/check-ins?limit=10"]},
  {"page": "/journal/:id/edit", "requests": ["/api/journal/entries/:id", "/api/journal/kinds"]},
  {"page": "/journal/new/weekly", "requests": ["/api/lists/self_care"]},
  {"page": "/journal/new/:kind", "requests": ["/api/journal/kinds?kind=:kind"]}
])");

}  // namespace

TEST_CASE("the first page in the table that matches an address gives its requests", "[page_data]") {
  CHECK(kTable.first_requests("/") == Requests{"/api/vision", "/api/home/next"});
  CHECK(kTable.first_requests("/journal/trash") == Requests{"/api/journal/trash"});
  CHECK(kTable.first_requests("/journal/12") == Requests{"/api/journal/entries/12", "/api/people/check-ins?limit=10"});
  CHECK(kTable.first_requests("/journal/12/edit") == Requests{"/api/journal/entries/12", "/api/journal/kinds"});
  CHECK(kTable.first_requests("/journal/new/weekly") == Requests{"/api/lists/self_care"});
  CHECK(kTable.first_requests("/journal/new/daily") == Requests{"/api/journal/kinds?kind=daily"});
}

TEST_CASE("a segment is filled in as the UI sends it: decoded, then percent-encoded again", "[page_data]") {
  CHECK(kTable.first_requests("/journal/a%20b%2F")[0] == "/api/journal/entries/a%20b%2F");
  CHECK(kTable.first_requests("/journal/caf%C3%A9")[0] == "/api/journal/entries/caf%C3%A9");
  CHECK(kTable.first_requests("/journal/%3Aid")[0] == "/api/journal/entries/%3Aid");
  CHECK(kTable.first_requests("/journal/it's(1)")[0] == "/api/journal/entries/it's(1)");
}

TEST_CASE("an address no page lives at, or a table that is not one, gives no requests", "[page_data]") {
  CHECK(kTable.first_requests("/nothing").empty());
  CHECK(kTable.first_requests("/journal/12/edit/more").empty());
  CHECK(kTable.first_requests("").empty());
  CHECK(PageTable("not json").first_requests("/").empty());
  CHECK(PageTable(R"({"page": "/"})").first_requests("/").empty());
  CHECK(PageTable(R"([{"page": "/", "requests": [1, "/api/vision"]}, 7])").first_requests("/") == Requests{"/api/vision"});
}

TEST_CASE("a page's stylesheets are those of the first page that matches its address", "[page_data]") {
  const PageTable table(R"([
    {"page": "/journal/new/monthly", "styles": ["journal", "values"], "requests": []},
    {"page": "/journal/:id", "styles": ["journal"], "requests": ["/api/journal/entries/:id"]},
    {"page": "/calendar", "requests": []},
    {"page": "/odd", "styles": "journal", "requests": []},
    {"page": "/mixed", "styles": ["data", 3], "requests": []}
  ])");
  CHECK(table.styles("/journal/new/monthly") == Requests{"journal", "values"});
  CHECK(table.styles("/journal/12") == Requests{"journal"});
  CHECK(table.styles("/calendar").empty());
  CHECK(table.styles("/odd").empty());
  CHECK(table.styles("/mixed") == Requests{"data"});
  CHECK(table.styles("/nothing").empty());
  CHECK(kTable.styles("/").empty());
}

TEST_CASE("encode_uri_component keeps what encodeURIComponent keeps", "[page_data]") {
  CHECK(encode_uri_component("AZaz09-_.!~*'()") == "AZaz09-_.!~*'()");
  CHECK(encode_uri_component("a b/c?d#e&f=g:h") == "a%20b%2Fc%3Fd%23e%26f%3Dg%3Ah");
  CHECK(encode_uri_component("é") == "%C3%A9");
  CHECK(encode_uri_component("") == "");
}

TEST_CASE("json_for_script writes no text that can end a script element", "[page_data]") {
  const std::string text = json_for_script({{"statement", "</script><script>alert(1)</script> <!-- a & b"}});
  CHECK(text.find('<') == std::string::npos);
  CHECK(nlohmann::json::parse(text)["statement"] == "</script><script>alert(1)</script> <!-- a & b");
  CHECK(json_for_script(nullptr) == "null");
}

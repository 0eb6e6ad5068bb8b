// Unit tests for server-drawn pages: Mustache rendering of JSON, page and error replies, template files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "../store/temp_db.h"
#include "http/pages.h"

using namespace tn;

namespace {

void write_file(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << text;
}

// A web folder holding a layout and the given page templates.
void write_templates(const test::TempDir& dir, const std::string& page_error) {
  write_file(dir.file("web/templates/layout.mustache"), "<link href=\"{{assets}}/css/plan.css\">[{{> content}}]");
  write_file(dir.file("web/templates/plan.mustache"), "<h1>{{title}}</h1>");
  if (!page_error.empty()) write_file(dir.file("web/templates/page_error.mustache"), page_error);
}

}  // namespace

TEST_CASE("render_mustache fills a template from JSON", "[pages]") {
  const json data = {{"name", "Ada"}, {"empty", ""}, {"none", nullptr}, {"yes", true}, {"count", 3},
                     {"items", {{{"n", "a"}}, {{"n", "b"}}}}, {"words", {"x", "y"}}, {"nested", {{"k", "v"}}}};
  SECTION("variables, dotted names and numbers") {
    CHECK(*render_mustache("{{name}} {{nested.k}} {{count}} [{{missing}}]", data) == "Ada v 3 []");
  }
  SECTION("empty text and null are false; text and true are true") {
    CHECK(*render_mustache("{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}{{#none}}N{{/none}}{{^none}}n{{/none}}", data) == "en");
    CHECK(*render_mustache("{{#name}}<{{name}}>{{/name}}{{#yes}}Y{{/yes}}", data) == "<Ada>Y");
  }
  SECTION("lists repeat, objects open, plain items are {{.}}") {
    CHECK(*render_mustache("{{#items}}{{n}},{{/items}}|{{#words}}{{.}};{{/words}}|{{#nested}}{{k}}{{/nested}}", data) ==
          "a,b,|x;y;|v");
  }
  SECTION("a partial is drawn with the same data") {
    CHECK(*render_mustache("<{{> part}}>", data, {{"part", "{{name}}"}}) == "<Ada>");
  }
}

TEST_CASE("render_mustache escapes every {{ }} value", "[pages]") {
  const json data = {{"text", "<script>alert(\"x\") & 'y'</script>"}};
  CHECK(*render_mustache("{{text}}", data) == "&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
  CHECK(*render_mustache("{{#text}}{{.}}{{/text}}", data) ==
        "&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
}

TEST_CASE("render_mustache reports a broken template or data that is not an object", "[pages]") {
  const auto unclosed = render_mustache("{{#open}}never closed", json::object());
  CHECK(unclosed.status().code() == Code::kInternal);
  CHECK_THAT(unclosed.status().message(), Catch::Contains("template"));
  CHECK(render_mustache("x", json::array()).status().code() == Code::kInternal);
}

TEST_CASE("html_page draws a page reply inside the layout, with the assets folder", "[pages]") {
  test::TempDir dir;
  write_templates(dir, "{{status}}:{{message}}{{#locked}} locked{{/locked}}{{#not_found}} missing{{/not_found}}");
  const WebAssets assets(dir.file("web"));
  const Reply page = html_page(page_reply("plan", {{"title", "My <plan>"}}), assets);
  CHECK(page.status == 200);
  CHECK(page.content_type == "text/html; charset=utf-8");
  CHECK(page.text == "<link href=\"/assets/" + assets.version() + "/css/plan.css\">[<h1>My &lt;plan&gt;</h1>]");

  SECTION("an error reply becomes the error page with its status and headers") {
    Reply refused = refusal_reply(HttpRefusal::kMethodNotAllowed, "POST is not allowed here");
    refused.headers.emplace_back("Allow", "GET");
    const Reply shown = html_page(refused, assets);
    CHECK(shown.status == 405);
    CHECK(shown.headers == refused.headers);
    CHECK_THAT(shown.text, Catch::Contains("[405:POST is not allowed here]"));
    CHECK_THAT(html_page(refusal_reply(HttpRefusal::kUnauthorized, "no"), assets).text, Catch::Contains(" locked]"));
    CHECK_THAT(html_page(error_reply(Status::NotFound("gone")), assets).text, Catch::Contains("404:gone missing]"));
  }
}

TEST_CASE("html_page answers 500 in plain text when a template is missing or broken", "[pages]") {
  test::TempDir dir;
  write_templates(dir, "");
  const WebAssets assets(dir.file("web"));
  const Reply missing = html_page(error_reply(Status::NotFound("x")), assets);
  CHECK(missing.status == 500);
  CHECK(missing.content_type == "text/plain; charset=utf-8");
  write_file(dir.file("web/templates/broken.mustache"), "{{#a}}");
  CHECK(html_page(page_reply("broken", json::object()), assets).status == 500);
}

TEST_CASE("templates are read by name, never served as files", "[pages]") {
  test::TempDir dir;
  write_templates(dir, "");
  const WebAssets assets(dir.file("web"));
  CHECK(assets.read_template("plan") == std::optional<std::string>("<h1>{{title}}</h1>"));
  for (const char* path : {"/templates/plan.mustache", "//templates/plan.mustache", "/./templates/plan.mustache",
                           "/css/../templates/plan.mustache"}) {
    CHECK_FALSE(assets.read(path).has_value());
  }
  for (const char* name : {"", "../plan", "plan.mustache", "sub/plan", "layout "}) {
    CHECK_FALSE(assets.read_template(name).has_value());
  }
  SECTION("the embedded copy holds the real templates") {
    const WebAssets embedded;
    for (const char* name : {"layout", "plan", "plan_decision", "page_error"}) {
      CHECK(embedded.read_template(name).has_value());
    }
    CHECK_FALSE(embedded.read("/templates/plan.mustache").has_value());
  }
}

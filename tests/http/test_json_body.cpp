// Unit tests for request bodies: parse_json_object's refusals and JsonReader's typed reads.
#include <catch2/catch.hpp>

#include <string>

#include "http/json_body.h"

using namespace tn;

using namespace std::string_literals;

TEST_CASE("parse_json_object accepts one JSON object", "[json_body]") {
  const auto parsed = parse_json_object(R"({"name":"caf\u00e9","n":[1,2]})");
  REQUIRE(parsed.ok());
  CHECK((*parsed)["name"] == "café");
}

TEST_CASE("parse_json_object refuses what is not one JSON object", "[json_body]") {
  CHECK(parse_json_object("[1]").status().message() == "body must be a JSON object");
  CHECK(parse_json_object("{} x").status().message() == "body must be valid JSON in UTF-8");
  CHECK(parse_json_object("{\"a\":\"\xFF\"}").status().message() == "body must be valid JSON in UTF-8");
  CHECK(parse_json_object(std::string(17, '[') + std::string(17, ']')).status().field() == "body");
}

// Found by tests/fuzz/fuzz_json_body: the JSON lexer took a NUL byte for the end of the body.
TEST_CASE("parse_json_object refuses a body with a NUL byte and anything after it", "[json_body]") {
  CHECK(parse_json_object("{}\n\0de\xE3" "dlin\t\"\"}"s).status().message() == "body must be valid JSON in UTF-8");
  CHECK(parse_json_object("{}\0"s).status().field() == "body");
  CHECK(parse_json_object("{\"a\":\"\0\"}"s).status().field() == "body");
}

TEST_CASE("JsonReader reads typed fields and names the first wrong one", "[json_body]") {
  const json body = json::parse(R"({"title":"t","n":7,"x":1.5,"ok":true,"list":[1],"big":18446744073709551615})");
  JsonReader reader(body, "options[2].");
  CHECK(reader.text("title") == "t");
  CHECK(reader.integer("n") == 7);
  CHECK(reader.number("x") == 1.5);
  CHECK(reader.boolean("ok"));
  CHECK(reader.array("list").size() == 1);
  CHECK_FALSE(reader.optional_text("absent"));
  CHECK(reader.ok());
  reader.integer("big");
  CHECK(reader.status().field() == "options[2].big");
  CHECK(reader.status().message() == "options[2].big must be a whole number");
  reader.text("n");
  CHECK(reader.status().field() == "options[2].big");
}

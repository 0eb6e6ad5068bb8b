// Files compiled into the binary at build time (see cmake/Embed.cmake): the web UI and the SQL.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace tn {

struct EmbeddedFile {
  const char* path;            // relative to its base folder, e.g. "js/api.js" or "schema.sql"
  const unsigned char* bytes;  // followed by a terminating zero that is not counted in size
  std::size_t size;

  std::string_view text() const { return {reinterpret_cast<const char*>(bytes), size}; }
};

// Every file under web/, sorted by path.
std::span<const EmbeddedFile> web_assets();

// schema.sql and src/store/migrations/*.sql, sorted by path.
std::span<const EmbeddedFile> sql_files();

}  // namespace tn

// The Markdown export of a whole workbook (README "Markdown export"): one note per journal entry with YAML
// front matter, one note per module, and a README, as files of a folder that Obsidian and other
// note-taking apps read. Pure text: what goes in is given, what comes out is each file's name and text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tn {

// `text` as a YAML double-quoted scalar: backslash, double quote and control characters escaped (\n, \t,
// \uXXXX), everything else as it is, so any title or tag (colons, quotes, #, newlines) reads back exactly.
std::string yaml_quoted(std::string_view text);

// A journal entry as its note shows it.
struct JournalNote {
  std::int64_t id = 0;
  std::string kind;   // "weekly", "monthly", "free"
  std::string date;   // YYYY-MM-DD
  std::string title;
  std::string body;   // Markdown, as written
  std::vector<std::pair<std::string, std::string>> answers;  // prompt label -> answer (a rating as "4 / 5")
  std::vector<std::string> tags;
  std::optional<int> mood;
  std::optional<int> energy;
  bool in_trash = false;
};

// The note's path in the export: "journal/2026/2026-03-04 Title (id 12).md". The title keeps what file
// names on Windows, macOS and Linux all allow (\ / : * ? " < > | # ^ [ ] and control characters become
// spaces, runs of spaces one), at most 80 characters; an entry in the trash goes under "journal/trash/".
std::string journal_note_path(const JournalNote& note);

// The note: YAML front matter (title, date, kind, tags, mood, energy, trashed when in the trash; null
// when not set), then "# title", the body and each answer under "## label".
std::string journal_note(const JournalNote& note);

// A module's note: a title, an intro line, and sections of Markdown text, each under "## heading".
struct ModuleNote {
  std::string path;    // e.g. "Vision.md"
  std::string title;   // "# title"
  std::string intro;   // one line under the title; may be empty
  std::vector<std::pair<std::string, std::string>> sections;  // heading -> Markdown; an empty one says "Nothing yet."
};

// The note's text: front matter (title, "exported": the day), "# title", intro, sections.
std::string module_note(const ModuleNote& note, std::string_view exported_on);

// A Markdown bullet list of `items` (each on one line: inner newlines become spaces), "" for none.
std::string bullet_list(const std::vector<std::string>& items);

// `text` with each line prefixed "> " (a quote block), "" for blank text.
std::string quote_block(std::string_view text);

// The README.md at the top of the export: what it is (for reading, not for re-import: use the JSON
// export for that), how it is laid out, and when and by which True North it was made.
std::string export_readme(std::string_view app_version, std::string_view exported_at, std::size_t entries);

// The name the export is offered under: "truenorth-notes-2026-03-04.zip".
std::string markdown_export_file_name(std::string_view day);

}  // namespace tn

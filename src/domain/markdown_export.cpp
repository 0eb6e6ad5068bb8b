// The Markdown export of a whole workbook: one note per journal entry with YAML front matter, one note
// per module, and a README.
#include "domain/markdown_export.h"

#include <cstdio>

#include "domain/text.h"

namespace tn {
namespace {

constexpr std::size_t kMaxFileTitleChars = 80;

// The title as part of a file name that every common file system and Obsidian accept.
std::string file_title(std::string_view title) {
  std::string out;
  for (std::size_t pos = 0; pos < title.size();) {
    const char32_t cp = next_code_point(title, pos);
    const bool unsafe = cp < 0x20 || cp == 0x7f || std::u32string_view(U"\\/:*?\"<>|#^[]").find(cp) != std::u32string_view::npos;
    if (unsafe || is_space_code_point(cp)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      append_utf8(cp, out);
    }
  }
  out = trim(out);
  while (!out.empty() && out.back() == '.') out.pop_back();  // Windows drops a trailing dot
  if (utf8_length(out) > kMaxFileTitleChars) out = trim(utf8_shortened(out, kMaxFileTitleChars - 1));
  return out.empty() ? "Untitled" : out;
}

std::string yaml_number(const std::optional<int>& value) { return value ? std::to_string(*value) : "null"; }

std::string yaml_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : ", ") + yaml_quoted(items[i]);
  return out + "]";
}

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\n' || c == '\r' ? ' ' : c;
  return trim(out);
}

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = next_code_point(text, pos);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(cp));
          out += escaped;
        } else {
          append_utf8(cp, out);  // invalid UTF-8 (never stored) comes out as U+FFFD
        }
    }
  }
  return out + "\"";
}

std::string journal_note_path(const JournalNote& note) {
  const std::string folder = note.in_trash ? "journal/trash/" : "journal/" + note.date.substr(0, 4) + "/";
  return folder + note.date + " " + file_title(note.title) + " (id " + std::to_string(note.id) + ").md";
}

std::string journal_note(const JournalNote& note) {
  std::string out = "---\n";
  out += "title: " + yaml_quoted(note.title) + "\n";
  out += "date: " + note.date + "\n";
  out += "kind: " + yaml_quoted(note.kind) + "\n";
  out += "tags: " + yaml_list(note.tags) + "\n";
  out += "mood: " + yaml_number(note.mood) + "\n";
  out += "energy: " + yaml_number(note.energy) + "\n";
  if (note.in_trash) out += "trashed: true\n";
  out += "---\n\n# " + one_line(note.title) + "\n";
  if (!trim(note.body).empty()) out += "\n" + trim(note.body) + "\n";
  for (const auto& [label, answer] : note.answers) out += "\n## " + one_line(label) + "\n\n" + trim(answer) + "\n";
  return out;
}

std::string module_note(const ModuleNote& note, std::string_view exported_on) {
  std::string out = "---\ntitle: " + yaml_quoted(note.title) + "\nexported: " + std::string(exported_on) + "\n---\n\n";
  out += "# " + one_line(note.title) + "\n";
  if (!note.intro.empty()) out += "\n" + note.intro + "\n";
  for (const auto& [heading, text] : note.sections) {
    out += "\n## " + one_line(heading) + "\n\n" + (trim(text).empty() ? std::string("Nothing yet.") : trim(text)) + "\n";
  }
  return out;
}

std::string bullet_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "- " + one_line(item) + "\n";
  return out;
}

std::string quote_block(std::string_view text) {
  const std::string kept = trim(text);
  if (kept.empty()) return "";
  std::string out = "> ";
  for (char c : kept) out += c == '\n' ? std::string("\n> ") : std::string(1, c);
  return out + "\n";
}

std::string export_readme(std::string_view app_version, std::string_view exported_at, std::size_t entries) {
  return "# My True North workbook, as notes\n\n"
         "Exported " + std::string(exported_at) + " by True North " + std::string(app_version) + ".\n\n"
         "This folder is for reading: open it as a vault in Obsidian, or in any app that reads Markdown. "
         "It is not for importing back into True North: for that, use the JSON export (Data page, "
         "\"Export everything (JSON)\", or `truenorth export`), which keeps every record exactly.\n\n"
         "- `journal/<year>/`: one note per journal entry (" + std::to_string(entries) + " in all), its date, "
         "kind, tags, mood and energy in the front matter; entries in the trash are in `journal/trash/`.\n"
         "- One note per module: `Vision.md` (with the history of the statement), `Values.md` (core values and "
         "what they mean, skills, strengths, passions), `Alignment.md` (every check, newest first), "
         "`Decisions.md` (each matrix with its record and review), `Goals.md` (initiatives, milestones, "
         "the stop-doing list, priorities), `Roads.md` (career roads and switches), `People and learning.md` "
         "(check-ins, feedback, reading).\n";
}

std::string markdown_export_file_name(std::string_view day) {
  return "truenorth-notes-" + std::string(day) + ".zip";
}

}  // namespace tn

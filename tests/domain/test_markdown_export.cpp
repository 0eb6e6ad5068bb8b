// Unit tests for the Markdown export's notes (domain/markdown_export.h): YAML that reads back exactly, file
// names every system accepts, the journal and module notes.
#include <catch2/catch.hpp>

#include <string>

#include "domain/markdown_export.h"

using tn::JournalNote;

TEST_CASE("YAML strings are double-quoted with every awkward character escaped", "[markdown_export]") {
  CHECK(tn::yaml_quoted("Plain") == "\"Plain\"");
  CHECK(tn::yaml_quoted("key: value # not a comment") == "\"key: value # not a comment\"");
  CHECK(tn::yaml_quoted("She said \"no\"") == R"("She said \"no\"")");
  CHECK(tn::yaml_quoted("back\\slash") == R"("back\\slash")");
  CHECK(tn::yaml_quoted("two\nlines\tand a tab") == R"("two\nlines\tand a tab")");
  CHECK(tn::yaml_quoted(std::string("bell\x07", 5)) == R"("bell\u0007")");
  CHECK(tn::yaml_quoted("- [not, a, list]") == "\"- [not, a, list]\"");
  CHECK(tn::yaml_quoted("Café ☕") == "\"Café ☕\"");
  CHECK(tn::yaml_quoted("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
  CHECK(tn::yaml_quoted("") == "\"\"");
}

TEST_CASE("a journal entry's note has front matter, its title, body and answers", "[markdown_export]") {
  JournalNote note;
  note.id = 12;
  note.kind = "weekly";
  note.date = "2026-03-04";
  note.title = "Week 10: \"hard\" #calls";
  note.body = "  Talked to **Lee**.\n";
  note.answers = {{"What I learned", "Ask sooner."}, {"Energy", "4 / 5"}};
  note.tags = {"work", "lead:ship"};
  note.mood = 4;
  const std::string text = tn::journal_note(note);
  CHECK(text == "---\n"
                "title: \"Week 10: \\\"hard\\\" #calls\"\n"
                "date: 2026-03-04\n"
                "kind: \"weekly\"\n"
                "tags: [\"work\", \"lead:ship\"]\n"
                "mood: 4\n"
                "energy: null\n"
                "---\n\n"
                "# Week 10: \"hard\" #calls\n\n"
                "Talked to **Lee**.\n\n"
                "## What I learned\n\nAsk sooner.\n\n"
                "## Energy\n\n4 / 5\n");
  SECTION("in the trash it says so") {
    note.in_trash = true;
    CHECK(tn::journal_note(note).find("trashed: true\n---") != std::string::npos);
  }
}

TEST_CASE("a note's file name keeps what every file system accepts", "[markdown_export]") {
  JournalNote note;
  note.id = 7;
  note.date = "2025-12-31";
  note.title = "Plans: 2026/Q1 <draft> | \"v2\"?";
  CHECK(tn::journal_note_path(note) == "journal/2025/2025-12-31 Plans 2026 Q1 draft v2 (id 7).md");
  note.title = "  ...  ";
  CHECK(tn::journal_note_path(note) == "journal/2025/2025-12-31 Untitled (id 7).md");
  note.title = std::string(100, 'a');
  CHECK(tn::journal_note_path(note) == "journal/2025/2025-12-31 " + std::string(79, 'a') + "… (id 7).md");
  note.title = "Gone";
  note.in_trash = true;
  CHECK(tn::journal_note_path(note) == "journal/trash/2025-12-31 Gone (id 7).md");
}

TEST_CASE("a module's note: front matter, title, intro, sections; an empty one says so", "[markdown_export]") {
  const tn::ModuleNote note{.path = "Vision.md", .title = "Vision", .intro = "A horizon of 7 years.",
                            .sections = {{"Statement", "I lead calmly."}, {"History", "  "}}};
  CHECK(tn::module_note(note, "2026-03-04") == "---\ntitle: \"Vision\"\nexported: 2026-03-04\n---\n\n# Vision\n\n"
                                              "A horizon of 7 years.\n\n## Statement\n\nI lead calmly.\n\n## History\n\nNothing yet.\n");
  CHECK(tn::bullet_list({"one", "two\nlines"}) == "- one\n- two lines\n");
  CHECK(tn::quote_block("a\nb") == "> a\n> b\n");
  CHECK(tn::quote_block("  ").empty());
}

TEST_CASE("the README says the notes are for reading, not for re-import", "[markdown_export]") {
  const std::string readme = tn::export_readme("0.1.0", "2026-03-04", 3);
  CHECK(readme.find("not for importing back into True North") != std::string::npos);
  CHECK(readme.find("3 in all") != std::string::npos);
  CHECK(tn::markdown_export_file_name("2026-03-04") == "truenorth-notes-2026-03-04.zip");
}

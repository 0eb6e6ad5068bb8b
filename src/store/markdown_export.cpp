// The Markdown export of the whole workbook as a .zip: the stores give the modules, the journal is read
// one entry at a time while the zip is written.
#include "store/markdown_export.h"

#include <malloc.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <variant>
#include <vector>

#include "domain/alignment.h"
#include "domain/decision_export.h"
#include "domain/journal.h"
#include "domain/markdown_export.h"
#include "store/alignment_store.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "store/lists_store.h"
#include "store/roads_store.h"
#include "store/stop_doing_store.h"
#include "store/values_store.h"
#include "store/vision_store.h"

namespace tn {
namespace {

// A journal entry's note, made from the database when libzip reads it (zip_source_function), so only
// the note being written is in memory.
struct EntrySource {
  Database* db = nullptr;
  std::int64_t id = 0;
  std::string text;
  std::size_t offset = 0;
  zip_error_t error{};
};

JournalNote note_of(const StoredJournalEntry& e) {
  JournalNote note{.id = e.id, .kind = e.kind, .date = e.date, .title = e.title, .body = e.body, .answers = {},
                   .tags = e.tags, .mood = e.mood, .energy = e.energy, .in_trash = e.deleted_at.has_value()};
  if (const KindSpec* kind = find_entry_kind(e.kind)) {
    for (const PromptSpec& prompt : kind->prompts) {
      const auto it = e.answers.find(std::string(prompt.key));
      if (it == e.answers.end()) continue;
      const auto* text = std::get_if<std::string>(&it->second);
      note.answers.emplace_back(std::string(prompt.label),
                                text ? *text : std::to_string(std::get<long long>(it->second)) + " / 5");
    }
  }
  return note;
}

zip_int64_t entry_source(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* source = static_cast<EntrySource*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN: {
      const auto entry = load_entry(*source->db, source->id);
      if (!entry.ok()) {
        zip_error_set(&source->error, ZIP_ER_READ, EIO);
        return -1;
      }
      source->text = journal_note(note_of(*entry));
      source->offset = 0;
      return 0;
    }
    case ZIP_SOURCE_READ: {
      const std::size_t n = std::min<std::size_t>(length, source->text.size() - source->offset);
      std::memcpy(data, source->text.data() + source->offset, n);
      source->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE: source->text = std::string(); return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR: return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE: delete source; return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default: zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0); return -1;
  }
}

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// Adds `text` as the file `path`; `kept` holds the text (in place) until the archive is closed.
bool add_text(zip_t* archive, const std::string& path, const std::string& text, std::deque<std::string>& kept) {
  kept.push_back(text);
  zip_source_t* source = zip_source_buffer(archive, kept.back().data(), kept.back().size(), 0);
  if (!source) return false;
  if (zip_file_add(archive, path.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
    zip_source_free(source);
    return false;
  }
  return true;
}

std::string milestone_lines(const std::vector<Milestone>& milestones) {
  std::vector<std::string> lines;
  for (const Milestone& m : milestones) {
    lines.push_back(std::string(m.done ? "[x] " : "[ ] ") + m.title + (m.due_date.empty() ? "" : " (due " + m.due_date + ")"));
  }
  return bullet_list(lines);
}

ModuleNote vision_note(Database& db) {
  ModuleNote note{.path = "Vision.md", .title = "Vision", .intro = "", .sections = {}};
  if (const auto vision = load_vision(db); vision.ok()) {
    const VisionFields& v = vision->fields;
    note.intro = "A horizon of " + std::to_string(v.horizon_years) + " years.";
    note.sections = {{"Statement", v.statement}, {"Organisation and mission", v.organisation + "\n\n" + quote_block(v.mission)},
                     {"Where I am now", v.current_position}, {"Where I want to be", v.future_position}};
  }
  std::string history;
  if (const auto versions = load_statement_history(db); versions.ok()) {
    for (const StatementVersion& version : *versions) history += "### " + version.saved_at + "\n\n" + quote_block(version.statement) + "\n";
  }
  note.sections.emplace_back("History of the statement (newest first)", history);
  return note;
}

ModuleNote values_note(Database& db) {
  ModuleNote note{.path = "Values.md", .title = "Values", .intro = "My core values in rank order, with what each means to me.", .sections = {}};
  std::string core;
  if (const auto values = load_core_values(db); values.ok()) {
    for (const CoreValue& v : *values) {
      core += std::to_string(v.rank) + ". **" + v.name + "**" + (v.meaning.empty() ? "" : ": " + v.meaning) + "\n";
    }
  }
  note.sections.emplace_back("Core values", core);
  for (const auto& [list, heading] : {std::pair{"skills", "Skills"}, {"strengths", "Strengths"}, {"passions", "Passions"},
                                      {"boundaries", "Boundaries"}, {"self_care", "Self-care"}}) {
    std::vector<std::string> items;
    if (const auto kept = load_kept_list(db, list); kept.ok()) {
      for (const StoredKeptItem& item : *kept) items.push_back(item.name + (item.note.empty() ? "" : ": " + item.note));
    }
    note.sections.emplace_back(heading, bullet_list(items));
  }
  return note;
}

ModuleNote alignment_note(Database& db) {
  ModuleNote note{.path = "Alignment.md", .title = "Alignment", .intro = "Each check of my values, skills, strengths and "
                  "passions against the mission, newest first (1: cannot fit, 5: fits fully).", .sections = {}};
  if (auto assessments = load_assessments(db); assessments.ok()) {
    std::reverse(assessments->begin(), assessments->end());
    for (const StoredAssessment& a : *assessments) {
      std::vector<std::string> ratings;
      for (const AlignmentRating& r : a.ratings) {
        ratings.push_back(std::string(alignment_category_id(r.category)) + ": " + r.item + " " + std::to_string(r.rating) +
                          " (" + std::string(alignment_rating_label(r.rating)) + ")" + (r.note.empty() ? "" : ": " + r.note));
      }
      note.sections.emplace_back("Check of " + a.assessed_on,
                                 "Mission: " + a.mission + "\n\n" + bullet_list(ratings) + "\nLean into:\n\n" +
                                     bullet_list(a.lean_into) + "\nHand off or avoid:\n\n" + bullet_list(a.hand_off));
    }
  }
  return note;
}

ModuleNote decisions_note(Database& db) {
  ModuleNote note{.path = "Decisions.md", .title = "Decisions", .intro = "Each decision matrix with its record and review.", .sections = {}};
  if (const auto list = list_decisions(db, ""); list.ok()) {
    for (const DecisionSummary& summary : *list) {
      const auto decision = load_decision(db, summary.id);
      if (!decision.ok()) continue;
      const auto analysis = analyse(decision->draft.matrix);
      if (analysis.ok()) note.sections.emplace_back(decision->draft.title, decision_markdown(*decision, *analysis));
    }
  }
  return note;
}

ModuleNote goals_note(Database& db) {
  ModuleNote note{.path = "Goals.md", .title = "Goals", .intro = "Initiatives, their milestones, and what I stop doing to make room.", .sections = {}};
  if (const auto initiatives = list_initiatives(db); initiatives.ok()) {
    for (const StoredInitiative& i : *initiatives) {
      const Initiative& f = i.fields;
      note.sections.emplace_back(f.title, "Status: " + f.status + ", " + std::to_string(f.progress) + "% · horizon: " + f.horizon +
                                              " · " + (f.start_date.empty() ? "no start" : f.start_date) + " to " +
                                              (f.finish_date.empty() ? "no finish" : f.finish_date) + "\n\nWhy: " + f.why +
                                              "\n\nMeasure of success: " + f.measure_of_success + "\n\n" + milestone_lines(f.milestones));
    }
  }
  std::vector<std::string> stops;
  if (const auto items = list_stop_doing(db); items.ok()) {
    for (const StoredStopDoingItem& s : *items) {
      stops.push_back(std::string(s.fields.done ? "[x] " : "[ ] ") + s.fields.action + ": " + s.fields.text +
                      (s.fields.delegate_to.empty() ? "" : " (to " + s.fields.delegate_to + ")"));
    }
  }
  note.sections.emplace_back("Stop doing", bullet_list(stops));
  return note;
}

ModuleNote roads_note(Database& db) {
  ModuleNote note{.path = "Roads.md", .title = "Roads", .intro = "The career roads from where I am to where I want to be.", .sections = {}};
  if (const auto roads = list_roads(db); roads.ok()) {
    for (const StoredRoad& r : *roads) {
      note.sections.emplace_back(r.fields.name + (r.fields.current ? " (current)" : ""), r.fields.notes + "\n\n" + milestone_lines(r.fields.milestones));
    }
  }
  std::vector<std::string> switches;
  if (const auto list = list_road_switches(db); list.ok()) {
    for (const StoredRoadSwitch& s : *list) switches.push_back(s.switched_at + ": " + (s.from_name.empty() ? "chose " : s.from_name + " to ") + s.to_name);
  }
  note.sections.emplace_back("Switches", bullet_list(switches));
  return note;
}

// Rows of a query as "text" lines: each row's columns joined by `join` (for the People & learning note).
std::string rows_as_list(Database& db, const std::string& sql) {
  const auto lines = db.read([&](Connection& conn) -> Result<std::vector<std::string>> {
    std::vector<std::string> out;
    Statement st = conn.prepare(sql);
    while (st.step()) out.push_back(st.text(0));
    return out;
  });
  return lines.ok() ? bullet_list(*lines) : "";
}

ModuleNote people_note(Database& db) {
  ModuleNote note{.path = "People and learning.md", .title = "People and learning", .intro = "", .sections = {}};
  note.sections = {
      {"Partners", rows_as_list(db, "SELECT name || ' (' || replace(role, '_', ' ') || ')' || "
                                    "CASE how_they_help WHEN '' THEN '' ELSE ': ' || how_they_help END FROM partners ORDER BY name")},
      {"Check-ins", rows_as_list(db, "SELECT c.held_on || ' with ' || p.name || CASE c.agenda WHEN '' THEN '' ELSE '. Agenda: ' || c.agenda END || "
                                     "CASE c.notes WHEN '' THEN '' ELSE '. Notes: ' || c.notes END || coalesce('. Committed: ' || "
                                     "(SELECT group_concat(text, '; ') FROM commitments WHERE check_in_id = c.id), '') "
                                     "FROM check_ins c JOIN partners p ON p.id = c.partner_id ORDER BY c.held_on DESC, c.id DESC")},
      {"Feedback", rows_as_list(db, "SELECT received_on || ' from ' || CASE from_name WHEN '' THEN 'a ' || source ELSE from_name END || "
                                    "': \"' || said || '\"' || CASE reflection WHEN '' THEN '' ELSE ' My reflection: ' || reflection END "
                                    "FROM feedback ORDER BY received_on DESC, id DESC")},
      {"Reading and learning", rows_as_list(db, "SELECT i.title || CASE i.author WHEN '' THEN '' ELSE ' by ' || i.author END || "
                                                "' (' || replace(i.shelf, '_', ' ') || ')' || coalesce('. ' || (SELECT group_concat(kind || ': ' || text, '; ') "
                                                "FROM learning_notes WHERE item_id = i.id), '') FROM learning_items i ORDER BY i.title")},
  };
  return note;
}

constexpr std::size_t kEntriesPerRound = 10000;

// Where the previous round of entries ended, in the order (date, id).
struct JournalCursor {
  std::string date;
  std::int64_t id = 0;
};

// The next kEntriesPerRound entries after `cursor` (which moves on), each with its note's path.
Result<std::vector<std::pair<std::int64_t, std::string>>> next_entries(Database& db, JournalCursor& cursor) {
  return db.read([&](Connection& conn) -> Result<std::vector<std::pair<std::int64_t, std::string>>> {
    std::vector<std::pair<std::int64_t, std::string>> out;
    Statement st = conn.prepare(
        "SELECT id, entry_date, title, deleted_at IS NOT NULL FROM journal_entries WHERE (entry_date, id) > (?1, ?2) "
        "ORDER BY entry_date, id LIMIT ?3");
    st.bind(1, cursor.date).bind(2, cursor.id).bind(3, static_cast<std::int64_t>(kEntriesPerRound));
    while (st.step()) {
      JournalNote shown;
      shown.id = st.int64(0);
      shown.date = st.text(1);
      shown.title = st.text(2);
      shown.in_trash = st.int64(3) != 0;
      out.emplace_back(shown.id, journal_note_path(shown));
      cursor = {shown.date, shown.id};
    }
    return out;
  });
}

// Adds entry `id` as the file `path`, its note made when libzip reads it.
bool add_entry(zip_t* archive, Database& db, std::int64_t id, const std::string& path) {
  auto* state = new EntrySource;
  state->db = &db;
  state->id = id;
  zip_error_init(&state->error);
  zip_source_t* source = zip_source_function(archive, entry_source, state);
  if (!source) {
    delete state;
    return false;
  }
  if (zip_file_add(archive, path.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
    zip_source_free(source);
    return false;
  }
  return true;
}

Status write_failed(const std::string& zip_path, zip_error_t* error) {
  const int system = zip_error_code_system(error);
  if (system == ENOSPC) return Status::Error(Code::kDiskFull, "the disk is full, so the export could not be written");
  return Status::Error(Code::kUnavailable, "the export could not be written to " + zip_path + " (" + zip_error_strerror(error) + ")");
}

}  // namespace

Status write_markdown_export(Database& db, const std::string& zip_path, std::string_view app_version, const Date& today) {
  const auto entries = db.read([&](Connection& conn) -> Result<std::int64_t> {
    Statement st = conn.prepare("SELECT count(*) FROM journal_entries");
    return st.step() ? st.int64(0) : 0;
  });
  if (!entries.ok()) return entries.status();
  // The first round writes the README and the modules; each round adds the next entries and closes the
  // zip (libzip keeps what it needs per entry until then), so memory does not grow with the journal.
  JournalCursor cursor;
  bool first = true;
  for (bool more = true; more; first = false) {
    int code = 0;
    std::unique_ptr<zip_t, ZipDiscard> archive(zip_open(zip_path.c_str(), first ? ZIP_CREATE | ZIP_TRUNCATE : 0, &code));
    if (!archive) {
      zip_error_t error;
      zip_error_init_with_code(&error, code);
      return write_failed(zip_path, &error);
    }
    std::deque<std::string> kept;  // the module notes' texts, which libzip reads when the archive is closed
    bool added = true;
    if (first) {
      added = add_text(archive.get(), "README.md", export_readme(app_version, today.str(), static_cast<std::size_t>(*entries)), kept);
      for (const ModuleNote& note : {vision_note(db), values_note(db), alignment_note(db), decisions_note(db), goals_note(db),
                                     roads_note(db), people_note(db)}) {
        added = added && add_text(archive.get(), note.path, module_note(note, today.str()), kept);
      }
    }
    const auto batch = next_entries(db, cursor);
    if (!batch.ok()) return batch.status();
    more = batch->size() == kEntriesPerRound;
    for (const auto& [id, path] : *batch) added = added && add_entry(archive.get(), db, id, path);
    if (!added) return write_failed(zip_path, zip_get_error(archive.get()));
    if (zip_close(archive.get()) != 0) {
      const Status failed = write_failed(zip_path, zip_get_error(archive.get()));
      std::error_code ec;
      std::filesystem::remove(zip_path, ec);
      return failed;
    }
    archive.release();  // closed
  }
  // What libzip's bookkeeping used is free again; handing it back to the system keeps the peak low when
  // something large follows (the key derivation of an encrypted export takes 64 MiB).
  malloc_trim(0);
  return Status::Ok();
}

}  // namespace tn

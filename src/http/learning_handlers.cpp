// Handlers for /api/learning: the learning list on shelves with each read, takeaways and quotes (linked to
// values or an initiative, turned into an initiative or a weekly experiment) and the starting list offered.
#include "http/learning_handlers.h"

#include <algorithm>

#include "domain/text.h"
#include "http/learning_json.h"
#include "http/query_params.h"
#include "store/learning_store.h"

namespace tn {
namespace {

// The item with its takeaways and quotes kept apart.
Result<json> item_with_notes(Database& db, const StoredLearningItem& item) {
  const auto notes = list_notes(db, item.id);
  if (!notes.ok()) return notes.status();
  json out = learning_item_json(item);
  out["takeaways"] = json::array();
  out["quotes"] = json::array();
  for (const StoredNote& n : *notes) out[n.fields.kind == kNoteQuote ? "quotes" : "takeaways"].push_back(learning_note_json(n));
  return out;
}

Result<LearningNote> checked_note(const json& body) {
  auto note = read_learning_note(body);
  if (!note.ok()) return note.status();
  if (Status s = validate_learning_note(*note); !s.ok()) return s;
  return note;
}

Reply note_saved(Context& ctx, const Result<StoredNote>& saved, std::int64_t id) {
  return saved_reply(saved, [&] { return load_note(ctx.db, id); }, learning_note_json, CurrentOn::kAnyConflict);
}

json starter_json(const std::vector<std::string>& added) {
  json out = json::array();
  for (const StarterItem& s : starter_list()) {
    const bool on_list = std::find(added.begin(), added.end(), s.key) != added.end();
    out.push_back({{"key", s.key}, {"kind", s.kind}, {"title", s.title}, {"author", s.author}, {"why", s.why}, {"added", on_list}});
  }
  return out;
}

}  // namespace

Reply get_learning_items(Context& ctx, const ApiRequest& req) {
  std::optional<std::string> shelf, kind;
  if (std::string text = req.query("shelf"); !text.empty()) {
    if (Status s = check_one_of("shelf", text, kShelves); !s.ok()) return error_reply(s);
    shelf = text;
  }
  if (std::string text = req.query("kind"); !text.empty()) {
    if (Status s = check_one_of("kind", text, kLearningKinds); !s.ok()) return error_reply(s);
    kind = text;
  }
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const auto before = query_id(req, "cursor", "a cursor this server handed out");
  if (!before.ok()) return error_reply(before.status());
  const auto page = list_learning_items(ctx.db, shelf, kind, *before, *limit);
  if (!page.ok()) return error_reply(page.status());
  const auto counts = shelf_counts(ctx.db);
  if (!counts.ok()) return error_reply(counts.status());
  json items = json::array();
  for (const StoredLearningItem& item : page->items) items.push_back(learning_item_json(item));
  const json next = page->more ? json(std::to_string(page->items.back().id)) : json(nullptr);
  return ok_reply({{"items", items}, {"next_cursor", next}, {"counts", *counts}, {"shelves", shelves_json()},
                   {"kinds", learning_kinds_json()}, {"today", ctx.today().str()}});
}

Reply post_learning_item(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto fields = read_learning_item(*body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_learning_item(*fields); !s.ok()) return error_reply(s);
  const auto created = create_learning_item(ctx.db, *fields);
  if (!created.ok()) return error_reply(created.status());
  const auto out = item_with_notes(ctx.db, *created);
  if (!out.ok()) return error_reply(out.status());
  return created_reply(*out);
}

Reply get_learning_item(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto item = load_learning_item(ctx.db, *id);
  if (!item.ok()) return error_reply(item.status());
  const auto out = item_with_notes(ctx.db, *item);
  if (!out.ok()) return error_reply(out.status());
  return ok_reply(*out);
}

Reply put_learning_item(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto fields = read_learning_item(edit->body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_learning_item(*fields); !s.ok()) return error_reply(s);
  return saved_reply(update_learning_item(ctx.db, edit->id, *fields, edit->version), [&] { return load_learning_item(ctx.db, edit->id); },
                     [&](const StoredLearningItem& item) { return item_with_notes(ctx.db, item); });
}

Reply delete_learning_item(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_learning_item); }

Reply post_learning_note(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto note = checked_note(*body);
  if (!note.ok()) return error_reply(note.status());
  const auto created = create_note(ctx.db, *id, *note);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(learning_note_json(*created));
}

Reply put_learning_note(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto note = checked_note(edit->body);
  if (!note.ok()) return error_reply(note.status());
  return note_saved(ctx, update_note(ctx.db, edit->id, *note, edit->version), edit->id);
}

Reply delete_learning_note(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_note); }

Reply post_learning_note_initiative(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  return note_saved(ctx, turn_note_into_initiative(ctx.db, edit->id, edit->version), edit->id);
}

Reply get_learning_experiments(Context& ctx, const ApiRequest& req) {
  Date day = ctx.today();
  if (std::string text = req.query("date"); !text.empty()) {
    const auto parsed = parse_date_field("date", text);
    if (!parsed.ok()) return error_reply(parsed.status());
    day = *parsed;
  }
  const Date monday = week_monday(day);
  const auto notes = list_experiments(ctx.db, monday);
  if (!notes.ok()) return error_reply(notes.status());
  json items = json::array();
  for (const StoredNote& n : *notes) items.push_back(learning_note_json(n));
  return ok_reply({{"week", {{"monday", monday.str()}, {"sunday", monday.plus_days(6).str()}}}, {"items", items}});
}

Reply get_learning_starter(Context& ctx, const ApiRequest&) {
  const auto added = added_starter_keys(ctx.db);
  if (!added.ok()) return error_reply(added.status());
  return ok_reply({{"items", starter_json(*added)}});
}

Reply post_learning_starter(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::vector<std::string> keys = in.text_list("keys");
  if (!in.ok()) return error_reply(in.status());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!find_starter_item(keys[i])) {
      return error_reply(Status::Invalid(indexed("keys", i), indexed("keys", i) + " is not a book of the starting list"));
    }
  }
  const auto added = added_starter_keys(ctx.db);
  if (!added.ok()) return error_reply(added.status());
  json created = json::array();
  for (const std::string& key : keys) {
    if (std::find(added->begin(), added->end(), key) != added->end()) continue;  // on the list already
    const StarterItem& s = *find_starter_item(key);
    const LearningItem item{std::string(s.kind), std::string(s.title), std::string(s.author), std::string(kShelfWant), 0, std::nullopt, {}};
    const auto saved = create_learning_item(ctx.db, item, key);
    if (!saved.ok() && saved.status().field() != "starter_key") return error_reply(saved.status());
    if (saved.ok()) created.push_back(learning_item_json(*saved));
  }
  return created_reply({{"items", created}});
}

}  // namespace tn

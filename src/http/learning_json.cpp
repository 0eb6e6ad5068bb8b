// JSON for /api/learning: items with their reads, takeaways and quotes, the starting list, and bodies in.
#include "http/learning_json.h"

#include <algorithm>

#include "http/reply.h"

namespace tn {
namespace {

std::string_view shelf_label(std::string_view shelf) {
  if (shelf == kShelfWant) return "Want to";
  if (shelf == kShelfInProgress) return "In progress";
  if (shelf == kShelfDone) return "Done";
  return "Stopped";
}

std::string_view kind_label(std::string_view kind) {
  if (kind == "book") return "Book";
  if (kind == "course") return "Course";
  if (kind == "talk") return "Talk";
  return "Article";
}

json read_json(const LearningRead& r) {
  return {{"started_on", text_or_null(r.started_on)}, {"finished_on", text_or_null(r.finished_on)}};
}

}  // namespace

json learning_item_json(const StoredLearningItem& s) {
  const LearningItem& f = s.fields;
  json reads = json::array();
  for (const LearningRead& r : f.reads) reads.push_back(read_json(r));
  return {{"id", s.id},
          {"kind", f.kind},
          {"kind_label", kind_label(f.kind)},
          {"title", f.title},
          {"author", f.author},
          {"shelf", f.shelf},
          {"shelf_label", shelf_label(f.shelf)},
          {"progress", f.progress},
          {"rating", optional_json(f.rating)},
          {"reads", reads},
          {"latest_read", f.reads.empty() ? json(nullptr) : read_json(f.reads.back())},
          {"takeaways", s.takeaways},
          {"quotes", s.quotes},
          {"starter_key", text_or_null(s.starter_key)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

json learning_note_json(const StoredNote& n) {
  const LearningNote& f = n.fields;
  return {{"id", n.id},
          {"item_id", n.item_id},
          {"item_title", n.item_title},
          {"kind", f.kind},
          {"text", f.text},
          {"page", optional_json(f.page)},
          {"value_ids", f.value_ids},
          {"initiative_id", optional_json(f.initiative_id)},
          {"initiative_title", text_or_null(n.initiative_title)},
          {"experiment_week", text_or_null(f.experiment_week)},
          {"version", n.version},
          {"created_at", n.created_at},
          {"updated_at", n.updated_at}};
}

json shelves_json() {
  json out = json::array();
  for (const std::string_view shelf : kShelves) out.push_back({{"key", shelf}, {"label", shelf_label(shelf)}});
  return out;
}

json learning_kinds_json() {
  json out = json::array();
  for (const std::string_view kind : kLearningKinds) out.push_back({{"key", kind}, {"label", kind_label(kind)}});
  return out;
}

Result<LearningItem> read_learning_item(const json& body) {
  JsonReader in(body);
  LearningItem item;
  item.kind = in.text("kind");
  item.title = in.text("title");
  item.author = in.optional_text("author").value_or("");
  item.shelf = in.optional_text("shelf").value_or(std::string(kShelfWant));
  // Out of range stays out of range for the domain's check.
  item.progress = static_cast<int>(std::clamp<std::int64_t>(in.optional_integer("progress").value_or(0), -1, 101));
  if (auto rating = in.optional_integer("rating")) item.rating = static_cast<int>(std::clamp<std::int64_t>(*rating, 0, 6));
  if (!in.ok()) return in.status();
  auto reads = read_object_list<LearningRead>(body, "reads", [](JsonReader& r) {
    return LearningRead{r.optional_text("started_on").value_or(""), r.optional_text("finished_on").value_or("")};
  });
  if (!reads.ok()) return reads.status();
  item.reads = std::move(*reads);
  return item;
}

Result<LearningNote> read_learning_note(const json& body) {
  JsonReader in(body);
  LearningNote note;
  note.kind = in.text("kind");
  note.text = in.text("text");
  if (auto page = in.optional_integer("page")) note.page = static_cast<int>(std::clamp<std::int64_t>(*page, 0, kMaxPage + 1));
  note.value_ids = in.optional_integer_list("value_ids");
  note.initiative_id = in.optional_integer("initiative_id");
  note.experiment_week = in.optional_text("experiment_week").value_or("");
  if (!in.ok()) return in.status();
  return note;
}

}  // namespace tn

// JSON for /api/feedback: feedback items, themes, 360 rounds with their per-source summary, and bodies in.
#include "http/feedback_json.h"

#include <algorithm>

#include "http/reply.h"

namespace tn {
json feedback_sources_json() {
  json out = json::array();
  for (const std::string_view source : kFeedbackSources) out.push_back({{"key", source}, {"label", feedback_source_label(source)}});
  return out;
}

json feedback_json(const StoredFeedback& s) {
  const Feedback& f = s.fields;
  json themes = json::array();
  for (std::size_t i = 0; i < f.theme_ids.size(); ++i) themes.push_back({{"id", f.theme_ids[i]}, {"name", s.theme_names[i]}});
  return {{"id", s.id},
          {"received_on", f.received_on},
          {"source", f.source},
          {"source_label", feedback_source_label(f.source)},
          {"from_name", f.from_name},
          {"from", feedback_from_phrase(f.source, f.from_name)},
          {"context", f.context},
          {"said", f.said},
          {"reflection", f.reflection},
          {"points_to", text_or_null(f.points_to)},
          {"theme_ids", f.theme_ids},
          {"themes", themes},
          {"supports_value_ids", f.supports_value_ids},
          {"contradicts_value_ids", f.contradicts_value_ids},
          {"round_id", optional_json(f.round_id)},
          {"round_name", text_or_null(s.round_name)},
          {"round_person_id", optional_json(f.round_person_id)},
          {"round_person_name", text_or_null(s.round_person_name)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

Result<Feedback> read_feedback_fields(const json& body) {
  JsonReader in(body);
  Feedback f;
  f.received_on = in.text("received_on");
  f.source = in.text("source");
  f.from_name = in.optional_text("from_name").value_or("");
  f.context = in.optional_text("context").value_or("");
  f.said = in.text("said");
  f.reflection = in.optional_text("reflection").value_or("");
  f.points_to = in.optional_text("points_to").value_or("");
  f.theme_ids = in.optional_integer_list("theme_ids");
  f.supports_value_ids = in.optional_integer_list("supports_value_ids");
  f.contradicts_value_ids = in.optional_integer_list("contradicts_value_ids");
  f.round_id = in.optional_integer("round_id");
  f.round_person_id = in.optional_integer("round_person_id");
  if (!in.ok()) return in.status();
  return f;
}

json round_json(const StoredRound& r, const std::vector<StoredFeedback>* answers) {
  json asked = json::array();
  for (const RoundPersonInput& p : r.fields.asked) {
    const auto answered = answers ? std::count_if(answers->begin(), answers->end(), [&](const StoredFeedback& f) {
      return f.fields.round_person_id == p.id;
    }) : 0;
    asked.push_back({{"id", optional_json(p.id)}, {"name", p.name}, {"source", p.source},
                     {"source_label", feedback_source_label(p.source)}, {"answers", answered}});
  }
  json out = {{"id", r.id}, {"name", r.fields.name}, {"started_on", r.fields.started_on}, {"notes", r.fields.notes},
              {"asked", asked}, {"asked_count", r.fields.asked.size()}, {"answered_count", r.answered},
              {"answer_count", r.answers}, {"version", r.version}, {"created_at", r.created_at}, {"updated_at", r.updated_at}};
  if (!answers) return out;
  std::vector<RoundAnswer> given;
  out["answers"] = json::array();
  for (const StoredFeedback& f : *answers) {
    given.push_back({f.fields.source, f.fields.round_person_id, f.fields.points_to});
    out["answers"].push_back(feedback_json(f));
  }
  out["summary"] = json::array();
  for (const RoundSourceSummary& s : summarise_round(r.fields.asked, given)) {
    out["summary"].push_back({{"source", s.source}, {"label", feedback_source_label(s.source)}, {"asked", s.asked},
                              {"answered", s.answered}, {"feedback", s.feedback}, {"strengths", s.strengths}, {"growth", s.growth}});
  }
  return out;
}

Result<FeedbackRound> read_round_fields(const json& body) {
  JsonReader in(body);
  FeedbackRound r;
  r.name = in.text("name");
  r.started_on = in.text("started_on");
  r.notes = in.optional_text("notes").value_or("");
  if (!in.ok()) return in.status();
  auto asked = read_object_list<RoundPersonInput>(body, "asked", [](JsonReader& item) {
    return RoundPersonInput{item.optional_integer("id"), item.text("name"), item.optional_text("source").value_or("peer")};
  });
  if (!asked.ok()) return asked.status();
  r.asked = std::move(*asked);
  return r;
}

Result<std::vector<ThemeInput>> read_theme_list(const json& body) {
  JsonReader in(body);
  in.array("themes");
  if (!in.ok()) return in.status();
  return read_object_list<ThemeInput>(body, "themes", [](JsonReader& item) {
    return ThemeInput{item.optional_integer("id"), item.text("name")};
  });
}

}  // namespace tn

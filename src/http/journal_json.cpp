// JSON for /api/journal: entries, summaries and highlighted text out, entry bodies in.
#include "http/journal_json.h"

#include "domain/markdown.h"
#include "domain/text.h"
#include "http/reply.h"

namespace tn {
namespace {

json answer_json(const AnswerValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  return std::get<long long>(value);
}

// The self-care routines a weekly reflection ticked off, each with its routine as it is now.
json self_care_json(const std::vector<TickedRoutine>& routines) {
  json out = json::array();
  for (const TickedRoutine& r : routines) {
    out.push_back({{"item_id", r.tick.item_id},
                   {"name", r.name},
                   {"frequency", text_or_null(r.frequency.kind)},
                   {"times_per_week", optional_json(r.frequency.times_per_week)},
                   {"frequency_label", routine_frequency_label(r.frequency)},
                   {"kept", r.tick.kept}});
  }
  return out;
}

// "self_care": [{item_id, kept}] of a body: 400 naming "self_care[i]" or its field for a wrong type.
Status read_self_care(const json& body, std::vector<SelfCareTick>& out) {
  JsonReader in(body);
  const json& list = in.optional_array("self_care");
  if (!in.ok()) return in.status();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = indexed("self_care", i);
    if (!list[i].is_object()) return Status::Invalid(name, name + " must be an object");
    JsonReader tick(list[i], name + ".");
    SelfCareTick t{tick.integer("item_id"), tick.optional_boolean("kept").value_or(false)};
    if (!tick.ok()) return tick.status();
    out.push_back(t);
  }
  return Status::Ok();
}

}  // namespace

json week_json(const IsoWeek& week) { return {{"year", week.year}, {"week", week.week}}; }

json entry_json(const StoredJournalEntry& e) {
  json answers = json::object();
  json answers_html = json::object();
  for (const auto& [key, value] : e.answers) {
    answers[key] = answer_json(value);
    if (const auto* text = std::get_if<std::string>(&value)) answers_html[key] = render_markdown(*text);
  }
  const auto date = parse_date(e.date);
  const SelfCareSummary summary = summarise_self_care(e.self_care);
  return {{"id", e.id},
          {"kind", e.kind},
          {"date", e.date},
          {"week", date ? week_json(iso_week(*date)) : json(nullptr)},
          {"title", e.title},
          {"body", e.body},
          {"answers", answers},
          {"tags", e.tags},
          {"mood", optional_json(e.mood)},
          {"energy", optional_json(e.energy)},
          {"value_ids", e.value_ids},
          {"self_care", self_care_json(e.self_care)},
          {"self_care_summary", summary.total ? json{{"kept", summary.kept}, {"total", summary.total}, {"text", summary.text}}
                                              : json(nullptr)},
          {"version", e.version},
          {"created_at", e.created_at},
          {"updated_at", e.updated_at},
          {"deleted_at", optional_json(e.deleted_at)},
          {"html", {{"body", render_markdown(e.body)}, {"answers", answers_html}}}};
}

json summary_json(const EntrySummary& s) {
  return {{"id", s.id},
          {"kind", s.kind},
          {"date", s.date},
          {"title", s.title},
          {"excerpt", s.excerpt},
          {"tags", s.tags},
          {"mood", optional_json(s.mood)},
          {"energy", optional_json(s.energy)},
          {"updated_at", s.updated_at},
          {"deleted_at", optional_json(s.deleted_at)}};
}

json segments_json(const std::vector<TextSegment>& segments) {
  json out = json::array();
  for (const TextSegment& s : segments) out.push_back({{"text", s.text}, {"match", s.match}});
  return out;
}

// Reads the entry fields of a create or update body. Type errors are 400s naming the field.
Result<EntryInput> read_entry_input(const json& body) {
  JsonReader in(body);
  EntryInput input;
  input.kind = in.text("kind");
  input.date = in.text("date");
  input.title = in.optional_text("title").value_or("");
  input.body = in.optional_text("body").value_or("");
  input.mood = in.optional_integer("mood");
  input.energy = in.optional_integer("energy");
  if (!in.ok()) return in.status();

  if (const auto it = body.find("answers"); it != body.end() && !it->is_null()) {
    if (!it->is_object()) return Status::Invalid("answers", "answers must be an object of question keys");
    for (const auto& [key, value] : it->items()) {
      const std::string field = is_plain_prompt_key(key) ? "answers." + key : "answers";
      if (value.is_null()) continue;
      if (value.is_string()) {
        input.answers.emplace(key, value.get<std::string>());
      } else if (value.is_number_unsigned() && value.get<std::uint64_t>() > (1ULL << 62)) {
        input.answers.emplace(key, static_cast<long long>(kRatingMax + 1));  // out of range either way
      } else if (value.is_number_integer()) {
        input.answers.emplace(key, value.get<long long>());
      } else {
        return Status::Invalid(field, field + " must be text or a whole number");
      }
    }
  }
  JsonReader lists(body);
  input.tags = lists.optional_text_list("tags");
  const std::vector<std::int64_t> value_ids = lists.optional_integer_list("value_ids");
  if (!lists.ok()) return lists.status();
  input.value_ids.assign(value_ids.begin(), value_ids.end());
  if (Status s = read_self_care(body, input.self_care); !s.ok()) return s;
  return input;
}

}  // namespace tn

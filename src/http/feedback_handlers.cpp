// Handlers for /api/feedback: the feedback log, its themes, the views by source, theme and value (what
// supports, contradicts or never mentions each core value), and 360 rounds.
#include "http/feedback_handlers.h"

#include <map>

#include "domain/feedback.h"
#include "domain/text.h"
#include "http/feedback_json.h"
#include "http/query_params.h"
#include "store/feedback_store.h"
#include "store/values_store.h"

namespace tn {
namespace {

constexpr int kValueExamples = 3;
constexpr int kSummaryMonths = 12;
constexpr int kRoundAnswersShown = 100;

// The source, points_to, theme, value and round query parameters; 400 naming the parameter when one is wrong.
Result<FeedbackFilter> read_filter(const ApiRequest& req) {
  FeedbackFilter filter;
  if (std::string source = req.query("source"); !source.empty()) {
    if (Status s = check_one_of("source", source, kFeedbackSources); !s.ok()) return s;
    filter.source = source;
  }
  if (std::string points_to = req.query("points_to"); !points_to.empty()) {
    if (Status s = check_one_of("points_to", points_to, kPointsTo); !s.ok()) return s;
    filter.points_to = points_to;
  }
  for (const auto& [name, what, into] : {std::tuple{"theme", "the id of a theme", &filter.theme_id},
                                         std::tuple{"value", "the id of a core value", &filter.value_id},
                                         std::tuple{"round", "the id of a 360 round", &filter.round_id}}) {
    const auto id = query_id(req, name, what);
    if (!id.ok()) return id.status();
    *into = *id;
  }
  return filter;
}

json themes_json(const StoredThemes& themes) {
  json items = json::array();
  for (const StoredTheme& t : themes.items) items.push_back({{"id", t.id}, {"name", t.name}, {"count", t.count}});
  return {{"items", items}, {"version", themes.version}, {"max_themes", kMaxThemes}};
}

// Twelve monthly counts, oldest first, for `key` from monthly tallies.
json month_counts(const std::vector<FeedbackTally>& tallies, const std::string& key, const std::vector<std::string>& months) {
  std::map<std::string, std::int64_t> by_month;
  for (const FeedbackTally& t : tallies) {
    if (t.key == key) by_month[t.month] += t.count;
  }
  json out = json::array();
  for (const std::string& m : months) out.push_back(by_month[m]);
  return out;
}

// The counts of `key` over every month: {count, strengths, growth}.
json totals_json(const std::vector<FeedbackTally>& tallies, const std::string& key) {
  std::int64_t count = 0, strengths = 0, growth = 0;
  for (const FeedbackTally& t : tallies) {
    if (t.key != key) continue;
    count += t.count;
    strengths += t.strengths;
    growth += t.growth;
  }
  return {{"count", count}, {"strengths", strengths}, {"growth", growth}};
}

Result<json> summary_by_theme(Database& db, const FeedbackTallies& tallies, const std::vector<std::string>& months) {
  const auto themes = load_themes(db);
  if (!themes.ok()) return themes.status();
  json out = json::array();
  for (const StoredTheme& t : themes->items) {
    json row = totals_json(tallies.themes, std::to_string(t.id));
    row["theme_id"] = t.id;
    row["name"] = t.name;
    row["months"] = month_counts(tallies.themes, std::to_string(t.id), months);
    out.push_back(row);
  }
  return out;
}

Result<json> summary_by_value(Database& db, const FeedbackTallies& tallies, const std::vector<std::string>& months) {
  const auto core = load_core_values(db);
  if (!core.ok()) return core.status();
  json out = json::array();
  for (const CoreValue& v : *core) {
    const std::string key = std::to_string(v.id);
    out.push_back({{"value_id", v.id}, {"name", v.name}, {"rank", v.rank},
                   {"supports", month_counts(tallies.supported, key, months)},
                   {"contradicts", month_counts(tallies.contradicted, key, months)}});
  }
  return out;
}

Reply feedback_saved(Context& ctx, const Result<StoredFeedback>& saved, std::int64_t id) {
  return saved_reply(saved, [&] { return load_feedback(ctx.db, id); }, feedback_json);
}

Reply round_saved(Context& ctx, const Result<StoredRound>& saved, std::int64_t id) {
  return saved_reply(saved, [&] { return load_round(ctx.db, id); }, [](const StoredRound& r) { return round_json(r, nullptr); });
}

}  // namespace

Reply get_feedback_list(Context& ctx, const ApiRequest& req) {
  const auto filter = read_filter(req);
  if (!filter.ok()) return error_reply(filter.status());
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const auto cursor = parse_date_cursor(req.query("cursor"));
  if (!cursor.ok()) return error_reply(cursor.status());
  const auto page = list_feedback(ctx.db, *filter, *cursor, *limit);
  if (!page.ok()) return error_reply(page.status());
  json items = json::array();
  for (const StoredFeedback& f : page->items) items.push_back(feedback_json(f));
  const json next = page->more ? json(date_cursor(page->items.back().fields.received_on, page->items.back().id)) : json(nullptr);
  return ok_reply({{"items", items}, {"next_cursor", next}, {"sources", feedback_sources_json()}, {"today", ctx.today().str()}});
}

Reply post_feedback(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto fields = read_feedback_fields(*body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_feedback(*fields); !s.ok()) return error_reply(s);
  const auto created = create_feedback(ctx.db, *fields);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(feedback_json(*created));
}

Reply get_feedback(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto found = load_feedback(ctx.db, *id);
  if (!found.ok()) return error_reply(found.status());
  return ok_reply(feedback_json(*found));
}

Reply put_feedback(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto fields = read_feedback_fields(edit->body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_feedback(*fields); !s.ok()) return error_reply(s);
  return feedback_saved(ctx, update_feedback(ctx.db, edit->id, *fields, edit->version), edit->id);
}

Reply delete_feedback(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_feedback); }

Reply get_feedback_themes(Context& ctx, const ApiRequest&) {
  const auto themes = load_themes(ctx.db);
  if (!themes.ok()) return error_reply(themes.status());
  return ok_reply(themes_json(*themes));
}

Reply put_feedback_themes(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto themes = read_theme_list(*body);
  if (!themes.ok()) return error_reply(themes.status());
  const auto version = read_version(*body);
  if (!version.ok()) return error_reply(version.status());
  if (Status s = validate_themes(*themes); !s.ok()) return error_reply(s);
  return saved_reply(save_themes(ctx.db, *themes, *version), [&] { return load_themes(ctx.db); }, themes_json);
}

Reply get_feedback_values(Context& ctx, const ApiRequest&) {
  const auto core = load_core_values(ctx.db);
  if (!core.ok()) return error_reply(core.status());
  const auto span = feedback_span(ctx.db);
  if (!span.ok()) return error_reply(span.status());
  std::vector<std::int64_t> ids;
  for (const CoreValue& v : *core) ids.push_back(v.id);
  const auto mentions = feedback_by_value(ctx.db, ids, kValueExamples);
  if (!mentions.ok()) return error_reply(mentions.status());
  const auto examples_json = [](const std::vector<FeedbackExample>& list) {
    json out = json::array();
    for (const FeedbackExample& e : list) out.push_back({{"id", e.id}, {"received_on", e.received_on}, {"said", e.said}});
    return out;
  };
  json items = json::array();
  for (std::size_t i = 0; i < core->size(); ++i) {
    const CoreValue& v = (*core)[i];
    const ValueFeedback& m = (*mentions)[i];
    const ValueMentions counts{v.id, v.name, v.rank, static_cast<int>(m.supports), static_cast<int>(m.contradicts)};
    items.push_back({{"value_id", v.id}, {"name", v.name}, {"rank", v.rank}, {"supports", m.supports},
                     {"contradicts", m.contradicts}, {"last_on", text_or_null(m.last_on)},
                     {"supporting", examples_json(m.supporting)}, {"contradicting", examples_json(m.contradicting)},
                     {"finding", value_mention_finding(counts, span->count)}});
  }
  return ok_reply({{"items", items}, {"total", span->count}, {"first_on", text_or_null(span->first_on)},
                   {"explanation", "A value counts as mentioned when a feedback item is tagged as supporting or contradicting it."}});
}

Reply get_feedback_summary(Context& ctx, const ApiRequest&) {
  const std::vector<std::string> months = recent_months(ctx.today(), kSummaryMonths);
  const auto tallies = tally_feedback(ctx.db);
  if (!tallies.ok()) return error_reply(tallies.status());
  json by_source = json::array();
  for (const std::string_view source : kFeedbackSources) {
    json row = totals_json(tallies->sources, std::string(source));
    row["source"] = source;
    row["label"] = feedback_source_label(source);
    by_source.push_back(row);
  }
  const auto by_theme = summary_by_theme(ctx.db, *tallies, months);
  if (!by_theme.ok()) return error_reply(by_theme.status());
  const auto by_value = summary_by_value(ctx.db, *tallies, months);
  if (!by_value.ok()) return error_reply(by_value.status());
  return ok_reply({{"months", months}, {"by_source", by_source}, {"by_theme", *by_theme}, {"by_value", *by_value}});
}

Reply get_feedback_rounds(Context& ctx, const ApiRequest&) {
  const auto rounds = list_rounds(ctx.db);
  if (!rounds.ok()) return error_reply(rounds.status());
  json items = json::array();
  for (const StoredRound& r : *rounds) items.push_back(round_json(r, nullptr));
  return ok_reply({{"items", items}, {"sources", feedback_sources_json()}, {"today", ctx.today().str()}});
}

Reply post_feedback_round(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto fields = read_round_fields(*body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_round(*fields); !s.ok()) return error_reply(s);
  const auto created = create_round(ctx.db, *fields);
  if (!created.ok()) return error_reply(created.status());
  const std::vector<StoredFeedback> none;
  return created_reply(round_json(*created, &none));
}

Reply get_feedback_round(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto round = load_round(ctx.db, *id);
  if (!round.ok()) return error_reply(round.status());
  FeedbackFilter filter;
  filter.round_id = *id;
  const auto answers = list_feedback(ctx.db, filter, std::nullopt, kRoundAnswersShown);
  if (!answers.ok()) return error_reply(answers.status());
  json out = round_json(*round, &answers->items);
  out["today"] = ctx.today().str();
  return ok_reply(out);
}

Reply put_feedback_round(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto fields = read_round_fields(edit->body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_round(*fields); !s.ok()) return error_reply(s);
  return round_saved(ctx, update_round(ctx.db, edit->id, *fields, edit->version), edit->id);
}

Reply delete_feedback_round(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_round); }

}  // namespace tn

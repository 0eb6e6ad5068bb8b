// Handlers for /api/journal: entries (create, read, update, trash, restore, purge), lists and search, tags,
// lessons, cadence (streaks and the monthly review) and "this week in earlier years".
#include "http/journal_handlers.h"

#include <charconv>
#include <cstdio>
#include <set>

#include "domain/journal.h"
#include "domain/markdown.h"
#include "domain/search_query.h"
#include "domain/streak.h"
#include "domain/text.h"
#include "http/journal_json.h"
#include "http/query_params.h"
#include "store/home_store.h"
#include "store/journal_store.h"

namespace tn {
namespace {

constexpr std::size_t kMaxQueryChars = 500;
constexpr std::size_t kSuggestionCount = 3;
constexpr int kEarlierEntriesPerYear = 3;  // "this week in earlier years" shows a taste; the list shows the rest

std::string score_cursor(double score, std::int64_t id) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "r%.17g~%lld", score, static_cast<long long>(id));
  return buf;
}

Result<std::optional<ScoreCursor>> parse_score_cursor(const std::string& text) {
  if (text.empty()) return std::optional<ScoreCursor>();
  const Status bad = Status::Invalid("cursor", "cursor is not one this server handed out; start from the first page");
  const auto sep = text.find('~');
  if (text[0] != 'r' || sep == std::string::npos) return bad;
  double score = 0;
  std::int64_t id = 0;
  const auto [s_end, s_ec] = std::from_chars(text.data() + 1, text.data() + sep, score);
  const auto [i_end, i_ec] = std::from_chars(text.data() + sep + 1, text.data() + text.size(), id);
  if (s_ec != std::errc() || s_end != text.data() + sep || i_ec != std::errc() ||
      i_end != text.data() + text.size() || id <= 0) {
    return bad;
  }
  return std::optional<ScoreCursor>(ScoreCursor{score, id});
}

// The kind, tag, mood, from and to query parameters; 400 naming the parameter when one is wrong.
Result<EntryFilter> read_filter(const ApiRequest& req) {
  EntryFilter filter;
  if (std::string kind = req.query("kind"); !kind.empty()) {
    if (!find_entry_kind(kind)) return Status::Invalid("kind", "kind must be one of weekly, monthly, free");
    filter.kind = kind;
  }
  if (std::string tag = req.query("tag"); !tag.empty()) {
    if (!is_valid_utf8(tag)) return Status::Invalid("tag", "tag must be valid UTF-8 text");
    filter.tag = normalise_tag(tag);
  }
  if (std::string mood = req.query("mood"); !mood.empty()) {
    if (mood.size() != 1 || mood[0] < '1' || mood[0] > '5') {
      return Status::Invalid("mood", "mood must be a whole number from 1 to 5");
    }
    filter.mood = mood[0] - '0';
  }
  for (const char* name : {"from", "to"}) {
    if (std::string text = req.query(name); !text.empty()) {
      const Result<Date> date = parse_date_field(name, text);
      if (!date.ok()) return date.status();
      (std::string(name) == "from" ? filter.from : filter.to) = date->str();
    }
  }
  if (filter.from && filter.to && *filter.from > *filter.to) {
    return Status::Invalid("to", "to must not be before from");
  }
  const auto value = query_id(req, "value", "the id of a core value");
  if (!value.ok()) return value.status();
  filter.value_id = *value;
  return filter;
}

Reply entry_saved_reply(const Result<StoredJournalEntry>& saved, Context& ctx, std::int64_t id) {
  return saved_reply(saved, [&] { return load_entry(ctx.db, id); }, entry_json);
}

}  // namespace

Reply get_journal_kinds(Context& ctx, const ApiRequest&) {
  json kinds = json::array();
  for (const KindSpec& kind : entry_kinds()) {
    json prompts = json::array();
    for (const PromptSpec& p : kind.prompts) {
      prompts.push_back({{"key", p.key},
                         {"label", p.label},
                         {"question", p.question},
                         {"type", p.type == PromptType::kRating ? "rating" : "text"}});
    }
    kinds.push_back({{"id", kind.id}, {"label", kind.label}, {"prompts", prompts}});
  }
  json suggestions = json::array();
  for (std::string_view s : free_prompt_suggestions(ctx.today(), kSuggestionCount)) suggestions.push_back(s);
  return ok_reply({{"items", kinds},
                   {"suggestions", suggestions},
                   {"today", ctx.today().str()},
                   {"limits",
                    {{"title", kEntryTitleMaxChars},
                     {"body", kEntryBodyMaxChars},
                     {"answer", kEntryAnswerMaxChars},
                     {"tag", kEntryTagMaxChars},
                     {"tags", kEntryMaxTags}}}});
}

Reply get_journal_entries(Context& ctx, const ApiRequest& req) {
  const auto filter = read_filter(req);
  if (!filter.ok()) return error_reply(filter.status());
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const auto cursor = parse_date_cursor(req.query("cursor"));
  if (!cursor.ok()) return error_reply(cursor.status());

  const auto page = list_entries(ctx.db, *filter, *cursor, *limit);
  if (!page.ok()) return error_reply(page.status());
  json items = json::array();
  for (const EntrySummary& s : page->items) items.push_back(summary_json(s));
  const json next = page->more ? json(date_cursor(page->items.back().date, page->items.back().id)) : json(nullptr);
  return ok_reply({{"items", items}, {"next_cursor", next}});
}

Reply post_journal_entry(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto input = read_entry_input(*body);
  if (!input.ok()) return error_reply(input.status());
  const auto entry = normalise_entry(*input);
  if (!entry.ok()) return error_reply(entry.status());

  const auto saved = create_entry(ctx.db, *entry);
  if (!saved.ok()) return error_reply(saved.status());
  return created_reply(entry_json(*saved));
}

Reply get_journal_entry(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto entry = load_entry(ctx.db, *id);
  if (!entry.ok()) return error_reply(entry.status());
  return ok_reply(entry_json(*entry));
}

Reply put_journal_entry(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto input = read_entry_input(edit->body);
  if (!input.ok()) return error_reply(input.status());
  const auto entry = normalise_entry(*input);
  if (!entry.ok()) return error_reply(entry.status());

  return entry_saved_reply(update_entry(ctx.db, edit->id, *entry, edit->version), ctx, edit->id);
}

Reply delete_journal_entry(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto entry = trash_entry(ctx.db, *id);
  if (!entry.ok()) return error_reply(entry.status());
  return ok_reply({{"deleted", true}, {"id", entry->id}, {"deleted_at", optional_json(entry->deleted_at)}});
}

Reply post_journal_entry_restore(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto entry = restore_entry(ctx.db, *id);
  if (!entry.ok()) return error_reply(entry.status());
  return ok_reply(entry_json(*entry));
}

Reply get_journal_trash(Context& ctx, const ApiRequest&) {
  const auto items = list_trash(ctx.db, 500);
  if (!items.ok()) return error_reply(items.status());
  json out = json::array();
  for (const EntrySummary& s : *items) out.push_back(summary_json(s));
  return ok_reply({{"items", out}});
}

Reply delete_journal_trash_entry(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = purge_entry(ctx.db, *id); !s.ok()) return error_reply(s);
  return ok_reply({{"deleted", true}, {"id", *id}});
}

Reply get_journal_search(Context& ctx, const ApiRequest& req) {
  const std::string q = req.query("q");
  if (!is_valid_utf8(q)) return error_reply(Status::Invalid("q", "q must be valid UTF-8 text"));
  if (const Status s = check_max_length("q", q, kMaxQueryChars); !s.ok()) return error_reply(s);
  const auto filter = read_filter(req);
  if (!filter.ok()) return error_reply(filter.status());
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const std::string sort = req.query("sort");
  if (!sort.empty() && sort != "relevance" && sort != "newest") {
    return error_reply(Status::Invalid("sort", "sort must be relevance or newest"));
  }
  const SearchOrder order = sort == "newest" ? SearchOrder::kNewest : SearchOrder::kRelevance;
  const std::string cursor_text = req.query("cursor");
  const auto after_date =
      order == SearchOrder::kNewest ? parse_date_cursor(cursor_text) : Result<std::optional<DateCursor>>(std::nullopt);
  if (!after_date.ok()) return error_reply(after_date.status());
  const auto after_score = order == SearchOrder::kRelevance ? parse_score_cursor(cursor_text)
                                                            : Result<std::optional<ScoreCursor>>(std::nullopt);
  if (!after_score.ok()) return error_reply(after_score.status());

  const std::vector<SearchTerm> terms = parse_search_terms(q);
  if (terms.empty()) return ok_reply({{"items", json::array()}, {"next_cursor", nullptr}, {"query", nullptr}});

  const auto page = search_entries(ctx.db, terms, *filter, order, *after_date, *after_score, *limit);
  if (!page.ok()) return error_reply(page.status());
  json items = json::array();
  for (const SearchHit& hit : page->items) {
    json item = summary_json(hit.entry);
    item["title_segments"] = segments_json(hit.title);
    item["snippet"] = segments_json(hit.snippet);
    items.push_back(std::move(item));
  }
  json next = nullptr;
  if (page->more && !page->items.empty()) {
    const SearchHit& last = page->items.back();
    next = order == SearchOrder::kNewest ? date_cursor(last.entry.date, last.entry.id)
                                         : score_cursor(last.score, last.entry.id);
  }
  return ok_reply({{"items", items}, {"next_cursor", next}, {"query", fts_expression(terms)}});
}

Reply get_journal_tags(Context& ctx, const ApiRequest&) {
  const auto tags = tag_counts(ctx.db);
  if (!tags.ok()) return error_reply(tags.status());
  json items = json::array();
  for (const TagCount& t : *tags) items.push_back({{"tag", t.tag}, {"count", t.count}});
  return ok_reply({{"items", items}});
}

Reply get_journal_lessons(Context& ctx, const ApiRequest& req) {
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const auto cursor = parse_date_cursor(req.query("cursor"));
  if (!cursor.ok()) return error_reply(cursor.status());
  const auto page = list_lessons(ctx.db, *cursor, *limit);
  if (!page.ok()) return error_reply(page.status());
  json items = json::array();
  for (const Lesson& l : page->items) {
    items.push_back({{"entry_id", l.entry_id}, {"date", l.date}, {"title", l.title}, {"text", l.text},
                     {"html", render_markdown(l.text)}});
  }
  const json next =
      page->more ? json(date_cursor(page->items.back().date, page->items.back().entry_id)) : json(nullptr);
  return ok_reply({{"items", items}, {"next_cursor", next}});
}

Reply get_journal_cadence(Context& ctx, const ApiRequest&) {
  const Date today = ctx.today();
  const auto weekly = entry_dates(ctx.db, "weekly");
  if (!weekly.ok()) return error_reply(weekly.status());
  const auto monthly = entry_dates(ctx.db, "monthly");
  if (!monthly.ok()) return error_reply(monthly.status());

  const auto started = workbook_started(ctx.db, today);
  if (!started.ok()) return error_reply(started.status());

  const WeeklyCadence cadence = weekly_cadence(*weekly, today);
  const MonthlyReviewStatus review = monthly_review_status(*monthly, today, *started);
  const IsoWeek week = iso_week(today);
  const Date monday = iso_week_monday(week);
  const Date month_start{today.year, today.month, 1};
  const Date month_end{today.year, today.month, days_in_month(today.year, today.month)};
  const auto week_entry = find_entry_between(ctx.db, "weekly", monday, monday.plus_days(6));
  if (!week_entry.ok()) return error_reply(week_entry.status());
  const auto month_entry = find_entry_between(ctx.db, "monthly", month_start, month_end);
  if (!month_entry.ok()) return error_reply(month_entry.status());

  std::set<long long> reflected;
  for (const Date& d : *weekly) reflected.insert(iso_week_index(d));
  json recent = json::array();
  for (int back = kRecentWeeks - 1; back >= 0; --back) {
    const Date day = monday.plus_days(-7LL * back);
    recent.push_back({{"year", iso_week(day).year},
                      {"week", iso_week(day).week},
                      {"monday", day.str()},
                      {"done", reflected.count(iso_week_index(day)) > 0}});
  }
  const auto id_json = [](const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); };
  return ok_reply(
      {{"today", today.str()},
       {"week", {{"year", week.year}, {"week", week.week}, {"monday", monday.str()},
                 {"sunday", monday.plus_days(6).str()}}},
       {"weekly",
        {{"done_this_week", cadence.done_this_week},
         {"entry_id", id_json(*week_entry)},
         {"current_streak", cadence.current_streak},
         {"longest_streak", cadence.longest_streak},
         {"weeks_in_last_12", cadence.weeks_in_last_12},
         {"recent", recent}}},
       {"monthly",
        {{"done_this_month", review.done_this_month},
         {"due", review.due},
         {"due_from", review.due_from.str()},
         {"entry_id", id_json(*month_entry)}}}});
}

Reply get_journal_earlier(Context& ctx, const ApiRequest&) {
  const Date today = ctx.today();
  const auto earliest = earliest_entry_year(ctx.db);
  if (!earliest.ok()) return error_reply(earliest.status());
  json items = json::array();
  if (*earliest) {
    // The ISO week-year of an entry dated early January can be the calendar year before.
    for (const WeekRange& range : same_week_in_earlier_years(today, **earliest - 1)) {
      EntryFilter filter;
      filter.from = range.monday.str();
      filter.to = range.sunday.str();
      const auto page = list_entries(ctx.db, filter, std::nullopt, kEarlierEntriesPerYear);
      if (!page.ok()) return error_reply(page.status());
      if (page->items.empty()) continue;
      json entries = json::array();
      for (const EntrySummary& s : page->items) entries.push_back(summary_json(s));
      items.push_back({{"year", range.week.year},
                       {"week", range.week.week},
                       {"monday", range.monday.str()},
                       {"sunday", range.sunday.str()},
                       {"entries", entries},
                       {"more", page->more}});
    }
  }
  return ok_reply({{"week", week_json(iso_week(today))}, {"items", items}});
}

}  // namespace tn

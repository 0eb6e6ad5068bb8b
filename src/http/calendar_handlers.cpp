// Handlers for /api/calendar (the feed's settings, its address and a new secret) and for the feed itself,
// /calendar/<secret>.ics, which a calendar app fetches without the access token.
#include "http/calendar_handlers.h"

#include "domain/calendar.h"
#include "domain/ics.h"
#include "domain/text.h"
#include "store/calendar_store.h"

namespace tn {
namespace {

constexpr std::string_view kFeedSuffix = ".ics";

// "http://127.0.0.1:8740": the address the request came to (its Host passed the guard).
std::string app_url(const ApiRequest& req) { return "http://" + req.http.get_header_value("Host"); }

json feed_json(const StoredCalendarFeed& feed, const ApiRequest& req) {
  const std::string path = "/calendar/" + feed.secret + std::string(kFeedSuffix);
  const bool on = feed.enabled && !feed.secret.empty();
  return {{"enabled", feed.enabled},
          {"url", on ? json(app_url(req) + path) : json(nullptr)},
          {"webcal_url", on ? json("webcal://" + req.http.get_header_value("Host") + path) : json(nullptr)},
          {"weekly_reflection",
           {{"day", kWeekdayNames[static_cast<std::size_t>(feed.reflection_weekday - 1)]},
            {"time", time_of_day(feed.reflection_minute)}}},
          {"version", feed.version},
          {"updated_at", text_or_null(feed.updated_at)}};
}

// The weekly slot of a PUT body: {day, time} under "weekly_reflection".
struct WeeklySlot {
  int weekday = 0;
  int minute = 0;
};

Result<WeeklySlot> read_weekly_slot(const json& body) {
  const auto it = body.find("weekly_reflection");
  if (it == body.end() || !it->is_object()) {
    return Status::Invalid("weekly_reflection", "weekly_reflection must be an object like {\"day\":\"friday\",\"time\":\"16:00\"}");
  }
  JsonReader in(*it, "weekly_reflection.");
  const std::string day = in.text("day");
  const std::string time = in.text("time");
  if (!in.ok()) return in.status();
  const auto weekday = parse_weekday_field("weekly_reflection.day", day);
  if (!weekday.ok()) return weekday.status();
  const auto minute = parse_time_field("weekly_reflection.time", time);
  if (!minute.ok()) return minute.status();
  return WeeklySlot{*weekday, *minute};
}

}  // namespace

Reply get_calendar(Context& ctx, const ApiRequest& req) {
  const auto feed = load_calendar_feed(ctx.db);
  if (!feed.ok()) return error_reply(feed.status());
  return ok_reply(feed_json(*feed, req));
}

Reply put_calendar(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const bool enabled = in.boolean("enabled");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  const auto slot = read_weekly_slot(*body);
  if (!slot.ok()) return error_reply(slot.status());

  return saved_reply(save_calendar_feed(ctx.db, enabled, slot->weekday, slot->minute, ctx.today(), version),
                     [&] { return load_calendar_feed(ctx.db); },
                     [&](const StoredCalendarFeed& feed) { return feed_json(feed, req); });
}

Reply post_calendar_regenerate(Context& ctx, const ApiRequest& req) {
  const auto feed = regenerate_calendar_secret(ctx.db);
  if (!feed.ok()) return error_reply(feed.status());
  return ok_reply(feed_json(*feed, req));
}

Reply get_calendar_feed(Context& ctx, const ApiRequest& req) {
  const Status no_feed = Status::NotFound("there is no calendar feed at this address");
  const std::string& file = req.params.at("feed");
  if (!file.ends_with(kFeedSuffix)) return error_reply(no_feed);
  const auto feed = load_calendar_feed(ctx.db);
  if (!feed.ok()) return error_reply(feed.status());
  const std::string_view given = std::string_view(file).substr(0, file.size() - kFeedSuffix.size());
  if (!feed->enabled || !same_secret(given, feed->secret)) return error_reply(no_feed);

  auto facts = load_calendar_facts(ctx.db, ctx.today());
  if (!facts.ok()) return error_reply(facts.status());
  facts->app_url = app_url(req);
  facts->version = TN_VERSION;
  return download_reply(write_ics(calendar_feed(*facts)), "text/calendar; charset=utf-8", "");
}

}  // namespace tn

// Handlers for /api/balance: the life areas of the balance wheel and the dated rating snapshots.
#include "http/balance_handlers.h"

#include <cmath>

#include "domain/balance.h"
#include "domain/text.h"
#include "store/balance_store.h"

namespace tn {
namespace {

json areas_json(const StoredLifeAreas& set) {
  json items = json::array();
  for (const LifeArea& a : set.areas) items.push_back({{"name", a.name}, {"description", a.description}});
  return {{"items", items}, {"version", set.version}};
}

json ratings_json(const std::vector<AreaRating>& ratings) {
  json out = json::array();
  for (const AreaRating& r : ratings) out.push_back({{"area", r.area}, {"rating", r.rating}});
  return out;
}

// A snapshot with its average (one decimal), lowest areas and the drops since `previous`.
json snapshot_json(const StoredBalanceSnapshot& s, const StoredBalanceSnapshot* previous) {
  const auto average = balance_average(s.ratings);
  json drops = json::array();
  if (previous) {
    for (const AreaChange& c : balance_drops(previous->ratings, s.ratings)) {
      drops.push_back({{"area", c.area}, {"previous", c.previous}, {"current", c.current}});
    }
  }
  return {{"id", s.id},
          {"rated_on", s.rated_on},
          {"created_at", s.created_at},
          {"ratings", ratings_json(s.ratings)},
          {"average", average ? json(std::round(*average * 10) / 10) : json(nullptr)},
          {"lowest", ratings_json(lowest_balance_areas(s.ratings))},
          {"drops", drops}};
}

}  // namespace

Reply get_balance_areas(Context& ctx, const ApiRequest&) {
  const auto set = load_life_areas(ctx.db);
  if (!set.ok()) return error_reply(set.status());
  return ok_reply(areas_json(*set));
}

Reply put_balance_areas(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const json& list = in.array("areas");
  const std::int64_t version = in.integer("version");
  if (!in.ok()) return error_reply(in.status());
  std::vector<LifeArea> areas;
  for (std::size_t i = 0; i < list.size(); ++i) {
    JsonReader entry(list[i], indexed("areas", i) + ".");
    areas.push_back({entry.text("name"), entry.optional_text("description").value_or("")});
    if (!entry.ok()) return error_reply(entry.status());
  }
  if (const Status s = validate_life_areas(areas); !s.ok()) return error_reply(s);
  return saved_reply(save_life_areas(ctx.db, areas, version), [&] { return load_life_areas(ctx.db); }, areas_json);
}

Reply get_balance_snapshots(Context& ctx, const ApiRequest&) {
  const auto all = load_balance_snapshots(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  json items = json::array();
  for (std::size_t i = all->size(); i-- > 0;) {
    items.push_back(snapshot_json((*all)[i], i > 0 ? &(*all)[i - 1] : nullptr));
  }
  return ok_reply({{"items", items}});
}

Reply post_balance_snapshot(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const json& list = in.array("ratings");
  if (!in.ok()) return error_reply(in.status());
  std::vector<AreaRating> ratings;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string prefix = indexed("ratings", i) + ".";
    JsonReader entry(list[i], prefix);
    const std::string area = entry.text("area");
    const std::int64_t rating = entry.integer("rating");
    if (!entry.ok()) return error_reply(entry.status());
    if (const Status s = check_range(prefix + "rating", rating, kMinBalanceRating, kMaxBalanceRating); !s.ok()) {
      return error_reply(s);
    }
    ratings.push_back({area, static_cast<int>(rating)});
  }
  const auto created = create_balance_snapshot(ctx.db, ctx.today().str(), ratings);
  if (!created.ok()) return error_reply(created.status());
  const auto all = load_balance_snapshots(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  const StoredBalanceSnapshot* previous = nullptr;
  for (std::size_t i = 1; i < all->size(); ++i) {
    if ((*all)[i].id == created->id) previous = &(*all)[i - 1];
  }
  return created_reply(snapshot_json(*created, previous));
}

Reply delete_balance_snapshot(Context& ctx, const ApiRequest& req) {
  return delete_by_id(ctx, req, delete_balance_snapshot);
}

}  // namespace tn

// Handlers for /api/lists: the ordered lists the person keeps (skills, strengths, passions, ...).
#include "http/lists_handlers.h"

#include "domain/alignment.h"
#include "domain/balance.h"
#include "store/lists_store.h"

namespace tn {
namespace {

// The list named in the path, or 404 for an unknown list.
Result<std::string> list_param(const ApiRequest& req) {
  const std::string& list = req.params.at("list");
  if (!is_kept_list(list)) return Status::NotFound("no such list: " + list);
  return list;
}

// Boundaries and self-care routines are practices; the other lists hold the energetic centre.
KeptItemCheck check_for(const std::string& list) {
  return list == "boundaries" || list == "self_care" ? validate_practice_item : validate_profile_item;
}

json list_item_json(const StoredKeptItem& item) {
  return {{"id", item.id},           {"name", item.name},         {"note", item.note},
          {"position", item.position}, {"version", item.version}, {"created_at", item.created_at},
          {"updated_at", item.updated_at}};
}

json list_json(const std::vector<StoredKeptItem>& items) {
  json out = json::array();
  for (const StoredKeptItem& item : items) out.push_back(list_item_json(item));
  return out;
}

Result<ProfileItem> read_item(const json& body) {
  JsonReader in(body);
  ProfileItem item{in.text("name"), in.optional_text("note").value_or("")};
  if (!in.ok()) return in.status();
  return item;
}

}  // namespace

Reply get_list(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto items = load_kept_list(ctx.db, *list);
  if (!items.ok()) return error_reply(items.status());
  return ok_reply({{"items", list_json(*items)}});
}

Reply post_list_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto item = read_item(*body);
  if (!item.ok()) return error_reply(item.status());
  const auto created = add_kept_item(ctx.db, *list, *item, check_for(*list));
  if (!created.ok()) return error_reply(created.status());
  return created_reply(list_item_json(*created));
}

Reply put_list_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto item = read_item(*body);
  if (!item.ok()) return error_reply(item.status());
  const auto version = read_version(*body);
  if (!version.ok()) return error_reply(version.status());
  return saved_reply(update_kept_item(ctx.db, *list, *id, *item, *version, check_for(*list)),
                     [&] { return load_kept_item(ctx.db, *list, *id); }, list_item_json);
}

Reply delete_list_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  if (const Status s = delete_kept_item(ctx.db, *list, *id); !s.ok()) return error_reply(s);
  return deleted_reply();
}

Reply put_list_order(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::vector<std::int64_t> ids = in.integer_list("ids");
  if (!in.ok()) return error_reply(in.status());
  const auto items = reorder_kept_list(ctx.db, *list, ids);
  if (!items.ok()) return error_reply(items.status());
  return ok_reply({{"items", list_json(*items)}});
}

}  // namespace tn

// Handlers for /api/stop-doing: what is cancelled, postponed or delegated to make room.
#include "http/stop_doing_handlers.h"

#include "domain/goals.h"
#include "http/alignment_json.h"
#include "store/stop_doing_store.h"

namespace tn {

json stop_doing_json(const StoredStopDoingItem& s) {
  const StopDoingItem& f = s.fields;
  return {{"id", s.id},
          {"text", f.text},
          {"action", f.action},
          {"delegate_to", f.delegate_to},
          {"delegate_by", text_or_null(f.delegate_by)},
          {"initiative_id", optional_json(f.initiative_id)},
          {"done", f.done},
          {"done_at", text_or_null(s.done_at)},
          {"origin", action_origin_json(s.origin)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

namespace {

Result<StopDoingItem> read_stop_doing(const json& body) {
  JsonReader in(body);
  StopDoingItem item;
  item.text = in.text("text");
  item.action = in.optional_text("action").value_or("postpone");
  item.delegate_to = in.optional_text("delegate_to").value_or("");
  item.delegate_by = in.optional_text("delegate_by").value_or("");
  item.initiative_id = in.optional_integer("initiative_id");
  item.done = in.optional_boolean("done").value_or(false);
  if (!in.ok()) return in.status();
  if (Status s = validate_stop_doing_item(item); !s.ok()) return s;
  return item;
}

}  // namespace

Reply get_stop_doing_items(Context& ctx, const ApiRequest&) {
  const auto all = list_stop_doing(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  json items = json::array();
  for (const StoredStopDoingItem& s : *all) items.push_back(stop_doing_json(s));
  return ok_reply({{"items", items}});
}

Reply post_stop_doing_item(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto item = read_stop_doing(*body);
  if (!item.ok()) return error_reply(item.status());
  const auto created = create_stop_doing(ctx.db, *item);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(stop_doing_json(*created));
}

Reply put_stop_doing_item(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto item = read_stop_doing(edit->body);
  if (!item.ok()) return error_reply(item.status());
  return saved_reply(update_stop_doing(ctx.db, edit->id, *item, edit->version),
                     [&] { return load_stop_doing(ctx.db, edit->id); }, stop_doing_json);
}

Reply delete_stop_doing_item(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_stop_doing); }

}  // namespace tn

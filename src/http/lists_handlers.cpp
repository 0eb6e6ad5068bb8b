// Handlers for /api/lists: the ordered lists the person keeps (skills, strengths, passions, ...; self-care
// routines with how often they are meant to happen).
#include "http/lists_handlers.h"

#include <algorithm>

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

// An item; a self-care routine also has its frequency (null when not said) and its label.
json list_item_json(const StoredKeptItem& item) {
  json out = {{"id", item.id},           {"name", item.name},         {"note", item.note},
              {"position", item.position}, {"version", item.version}, {"created_at", item.created_at},
              {"updated_at", item.updated_at}};
  if (item.list == "self_care") {
    out["frequency"] = text_or_null(item.frequency.kind);
    out["times_per_week"] = optional_json(item.frequency.times_per_week);
    out["frequency_label"] = routine_frequency_label(item.frequency);
  }
  return out;
}

json list_json(const std::vector<StoredKeptItem>& items) {
  json out = json::array();
  for (const StoredKeptItem& item : items) out.push_back(list_item_json(item));
  return out;
}

// An item of `list` as a body gives it: {name, note?}, and for a self-care routine {frequency?,
// times_per_week?} (checked; other lists have no frequency: 400 on "frequency").
struct ItemInput {
  ProfileItem item;
  RoutineFrequency frequency;
};

Result<ItemInput> read_item(const json& body, const std::string& list) {
  JsonReader in(body);
  ItemInput input{{in.text("name"), in.optional_text("note").value_or("")}, {}};
  input.frequency.kind = in.optional_text("frequency").value_or("");
  const auto times = in.optional_integer("times_per_week");
  if (!in.ok()) return in.status();
  if (times) input.frequency.times_per_week = static_cast<int>(std::clamp<std::int64_t>(*times, -1, 100));
  if (list != "self_care" && input.frequency != RoutineFrequency{}) {
    const std::string field = input.frequency.kind.empty() ? "times_per_week" : "frequency";
    return Status::Invalid(field, field + " is only for self-care routines");
  }
  if (Status s = validate_routine_frequency(input.frequency); !s.ok()) return s;
  return input;
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
  const auto input = read_item(*body, *list);
  if (!input.ok()) return error_reply(input.status());
  const auto created = add_kept_item(ctx.db, *list, input->item, check_for(*list), input->frequency);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(list_item_json(*created));
}

Reply put_list_item(Context& ctx, const ApiRequest& req) {
  const auto list = list_param(req);
  if (!list.ok()) return error_reply(list.status());
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto input = read_item(edit->body, *list);
  if (!input.ok()) return error_reply(input.status());
  return saved_reply(update_kept_item(ctx.db, *list, edit->id, input->item, edit->version, check_for(*list), input->frequency),
                     [&] { return load_kept_item(ctx.db, *list, edit->id); }, list_item_json);
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

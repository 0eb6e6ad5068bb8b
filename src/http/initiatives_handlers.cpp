// Handlers for /api/initiatives: performance goals with milestones, SMART gaps, health and the focus rule.
#include "http/initiatives_handlers.h"

#include "domain/goals.h"
#include "http/initiatives_json.h"
#include "store/initiatives_store.h"

namespace tn {
namespace {

// The reply to a refused initiative save: the current record on a stale version, the active initiatives
// to choose from when the focus rule refused.
Reply initiative_refusal(Context& ctx, const Status& status, std::int64_t id) {
  Reply reply = error_reply(status);
  if (status.code() != Code::kConflict) return reply;
  if (status.field() == "version") {
    const auto current = load_initiative(ctx.db, id);
    return reply.with("current", current.ok() ? initiative_json(*current, ctx.today()) : json(nullptr));
  }
  json active = json::array();
  if (const auto all = list_initiatives(ctx.db); all.ok()) {
    for (const StoredInitiative& s : *all) {
      if (s.fields.status != kStatusActive) continue;
      active.push_back({{"id", s.id},
                        {"title", s.fields.title},
                        {"finish_date", text_or_null(s.fields.finish_date)},
                        {"progress", s.fields.progress},
                        {"version", s.version}});
    }
  }
  return reply.with("active", active).with("max_active", kMaxActiveInitiatives);
}

Reply save_initiative(Context& ctx, std::int64_t id, const Initiative& fields, std::int64_t version) {
  if (Status s = validate_initiative(fields); !s.ok()) return error_reply(s);
  const auto saved = update_initiative(ctx.db, id, fields, version);
  if (!saved.ok()) return initiative_refusal(ctx, saved.status(), id);
  return ok_reply(initiative_json(*saved, ctx.today()));
}

}  // namespace

Reply get_initiatives(Context& ctx, const ApiRequest&) {
  const auto all = list_initiatives(ctx.db);
  if (!all.ok()) return error_reply(all.status());
  const Date today = ctx.today();
  json items = json::array();
  std::size_t active = 0;
  for (const StoredInitiative& s : *all) {
    items.push_back(initiative_json(s, today));
    if (s.fields.status == kStatusActive) ++active;
  }
  return ok_reply({{"items", items}, {"active_count", active}, {"max_active", kMaxActiveInitiatives},
                   {"today", today.str()}});
}

Reply post_initiative(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  Initiative fields;
  if (Status s = read_initiative_fields(*body, fields, true); !s.ok()) return error_reply(s);
  if (Status s = validate_initiative(fields); !s.ok()) return error_reply(s);
  const auto created = create_initiative(ctx.db, fields);
  if (!created.ok()) return initiative_refusal(ctx, created.status(), 0);
  return created_reply(initiative_json(*created, ctx.today()));
}

Reply get_initiative(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto found = load_initiative(ctx.db, *id);
  if (!found.ok()) return error_reply(found.status());
  return ok_reply(initiative_json(*found, ctx.today()));
}

Reply put_initiative(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  Initiative fields;
  if (Status s = read_initiative_fields(edit->body, fields, true); !s.ok()) return error_reply(s);
  return save_initiative(ctx, edit->id, fields, edit->version);
}

Reply patch_initiative(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto current = load_initiative(ctx.db, edit->id);
  if (!current.ok()) return error_reply(current.status());
  Initiative fields = current->fields;
  if (Status s = read_initiative_fields(edit->body, fields, false); !s.ok()) return error_reply(s);
  return save_initiative(ctx, edit->id, fields, edit->version);
}

Reply delete_initiative(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_initiative); }

Reply post_initiative_check(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  Initiative fields;
  if (Status s = read_initiative_fields(*body, fields, false); !s.ok()) return error_reply(s);
  StoredInitiative draft;
  draft.fields = std::move(fields);
  json out = initiative_json(draft, ctx.today());
  return ok_reply({{"smart_gaps", out["smart_gaps"]}, {"health", out["health"]}});
}

}  // namespace tn

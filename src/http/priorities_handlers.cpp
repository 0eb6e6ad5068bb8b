// Handlers for /api/priorities: the tasks of the urgent/important priorities matrix.
#include "http/priorities_handlers.h"

#include "domain/date.h"
#include "domain/priorities.h"
#include "http/people_json.h"
#include "store/priorities_store.h"

namespace tn {
namespace {

// A task; `due` says how its due date stands on `today` ({state: never/upcoming/due_soon/overdue, days}).
json task_json(const StoredTask& t, const Date& today) {
  return {{"id", t.id},
          {"title", t.fields.title},
          {"quadrant", t.fields.quadrant},
          {"initiative_id", optional_json(t.fields.initiative_id)},
          {"due_date", text_or_null(t.fields.due_date)},
          {"due", due_json(parse_date(t.fields.due_date), today)},
          {"done", t.done},
          {"done_at", text_or_null(t.done_at)},
          {"version", t.version},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at}};
}

json quadrants_json() {
  json out = json::array();
  for (const QuadrantInfo& q : quadrants()) {
    out.push_back({{"key", q.key},
                   {"label", q.label},
                   {"description", q.description},
                   {"urgent", q.urgent},
                   {"important", q.important},
                   {"asks_due_date", q.asks_due_date}});
  }
  return out;
}

}  // namespace

Reply get_priorities(Context& ctx, const ApiRequest&) {
  const auto tasks = list_open_tasks(ctx.db);
  if (!tasks.ok()) return error_reply(tasks.status());
  json items = json::array();
  for (const StoredTask& t : *tasks) items.push_back(task_json(t, ctx.today()));
  return ok_reply({{"quadrants", quadrants_json()}, {"items", items}, {"today", ctx.today().str()}});
}

Reply post_priority(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  PriorityTask task;
  task.title = in.text("title");
  task.quadrant = in.optional_text("quadrant").value_or("schedule");
  task.initiative_id = in.optional_integer("initiative_id");
  task.due_date = in.optional_text("due_date").value_or("");
  if (!in.ok()) return error_reply(in.status());
  if (Status s = validate_priority_task(task); !s.ok()) return error_reply(s);
  const auto created = create_task(ctx.db, task);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(task_json(*created, ctx.today()));
}

Reply patch_priority(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  const auto title = in.optional_text("title");
  const auto quadrant = in.optional_text("quadrant");
  const auto direction_name = in.optional_text("direction");
  const auto initiative_id = in.optional_integer("initiative_id");
  const auto due_date = in.optional_text("due_date");
  const auto done = in.optional_boolean("done");
  if (!in.ok()) return error_reply(in.status());
  std::optional<Direction> direction;
  if (direction_name) {
    direction = parse_direction(*direction_name);
    if (!direction) return error_reply(Status::Invalid("direction", "direction must be one of left, right, up, down"));
  }
  const auto current = load_task(ctx.db, *id);
  if (!current.ok()) return error_reply(current.status());
  PriorityTask task = current->fields;
  if (title) task.title = *title;
  if (quadrant) task.quadrant = *quadrant;
  if (body->contains("initiative_id")) task.initiative_id = initiative_id;
  if (body->contains("due_date")) task.due_date = due_date.value_or("");
  if (Status s = validate_priority_task(task); !s.ok()) return error_reply(s);
  if (direction) task.quadrant = std::string(quadrant_info(move_quadrant(*parse_quadrant(task.quadrant), *direction)).key);
  return saved_reply(update_task(ctx.db, *id, task, done.value_or(current->done), version),
                     [&] { return load_task(ctx.db, *id); }, [&](const StoredTask& t) { return task_json(t, ctx.today()); });
}

Reply delete_priority(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_task); }

}  // namespace tn

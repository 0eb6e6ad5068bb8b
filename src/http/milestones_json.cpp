// JSON for the milestones of initiatives and career roads.
#include "http/milestones_json.h"

#include "domain/text.h"
#include "http/reply.h"

namespace tn {

json milestones_json(const std::vector<Milestone>& milestones) {
  json out = json::array();
  for (const Milestone& m : milestones) {
    out.push_back({{"title", m.title}, {"due_date", text_or_null(m.due_date)}, {"done", m.done}});
  }
  return out;
}

Result<std::vector<Milestone>> read_milestones(const json& list) {
  std::vector<Milestone> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = indexed("milestones", i);
    if (!list[i].is_object()) return Status::Invalid(name, name + " must be an object");
    JsonReader m(list[i], name + ".");
    const std::optional<std::int64_t> initiative_id = m.optional_integer("initiative_id");
    Milestone milestone{initiative_id ? m.optional_text("title").value_or("") : m.text("title"),
                        m.optional_text("due_date").value_or(""), m.optional_boolean("done").value_or(false),
                        initiative_id};
    if (!m.ok()) return m.status();
    out.push_back(std::move(milestone));
  }
  return out;
}

}  // namespace tn

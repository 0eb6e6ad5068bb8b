// JSON for /api/people: partners with their due dates, check-ins, commitments with carry-over, and bodies in.
#include "http/people_json.h"

#include <algorithm>

#include "http/reply.h"

namespace tn {

json due_json(const std::optional<Date>& due, const Date& today) {
  const DueState state = due_state(due, today);
  return {{"state", state.state}, {"days", state.days}};
}

json partner_json(const StoredPartner& p, const Date& today) {
  const Partner& f = p.fields;
  const std::optional<Date> met = last_met(parse_date(f.last_met_on), parse_date(p.last_check_in_on));
  const std::optional<Date> next = next_check_in_due(met, f.cadence_weeks);
  return {{"id", p.id},
          {"name", f.name},
          {"role", f.role},
          {"how_they_help", f.how_they_help},
          {"cadence_weeks", optional_json(f.cadence_weeks)},
          {"cadence_label", cadence_label(f.cadence_weeks)},
          {"last_met_on", text_or_null(f.last_met_on)},
          {"last_check_in_on", text_or_null(p.last_check_in_on)},
          {"last_met", met ? json(met->str()) : json(nullptr)},
          {"next_due_on", next ? json(next->str()) : json(nullptr)},
          {"due", due_json(next, today)},
          {"check_in_count", p.check_in_count},
          {"open_commitments", p.open_commitments},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

json commitment_json(const StoredCommitment& m, const Date& today) {
  json link = nullptr;
  if (m.link) {
    link = {{"found", m.link->found}, {"title", m.link->title}, {"done", m.link->done},
            {"quadrant", text_or_null(m.link->quadrant)}, {"due_date", text_or_null(m.link->due_date)}};
  }
  const bool open = m.state == kCommitmentOpen;
  return {{"id", m.id},
          {"check_in_id", m.check_in_id},
          {"partner_id", m.partner_id},
          {"partner_name", m.partner_name},
          {"made_on", m.made_on},
          {"text", m.fields.text},
          {"owner", m.fields.owner},
          {"due_on", text_or_null(m.fields.due_on)},
          {"state", m.state},
          {"drop_reason", m.drop_reason},
          {"closed_on", text_or_null(m.closed_on)},
          {"task_id", optional_json(m.task_id)},
          {"initiative_id", optional_json(m.initiative_id)},
          {"link", link},
          {"carried", m.carried},
          {"carried_label", carried_label(m.carried)},
          {"due", open && !m.fields.due_on.empty() ? due_json(parse_date(m.fields.due_on), today) : json(nullptr)},
          {"version", m.version},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at}};
}

json check_in_json(const StoredCheckIn& c, const Date& today) {
  json made = json::array();
  for (const StoredCommitment& m : c.commitments) made.push_back(commitment_json(m, today));
  json carried = json::array();
  for (const StoredCommitment& m : c.carried) carried.push_back(commitment_json(m, today));
  return {{"id", c.id},
          {"partner_id", c.fields.partner_id},
          {"partner_name", c.partner_name},
          {"held_on", c.fields.held_on},
          {"agenda", c.fields.agenda},
          {"notes", c.fields.notes},
          {"commitments", made},
          {"carried", carried},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

json check_in_summary_json(const CheckInSummary& s) {
  return {{"id", s.id}, {"partner_id", s.partner_id}, {"partner_name", s.partner_name}, {"held_on", s.held_on},
          {"excerpt", s.excerpt}, {"commitment_count", s.commitment_count}};
}

Result<Partner> read_partner_fields(const json& body) {
  JsonReader in(body);
  Partner p;
  p.name = in.text("name");
  p.role = in.optional_text("role").value_or("mentor");
  p.how_they_help = in.optional_text("how_they_help").value_or("");
  if (auto weeks = in.optional_integer("cadence_weeks")) {
    p.cadence_weeks = static_cast<int>(std::clamp<std::int64_t>(*weeks, -1, 1000));  // out of range stays out
  }
  p.last_met_on = in.optional_text("last_met_on").value_or("");
  if (!in.ok()) return in.status();
  return p;
}

Result<CheckIn> read_check_in_fields(const json& body) {
  JsonReader in(body);
  CheckIn c;
  c.partner_id = in.integer("partner_id");
  c.held_on = in.text("held_on");
  c.agenda = in.optional_text("agenda").value_or("");
  c.notes = in.optional_text("notes").value_or("");
  if (!in.ok()) return in.status();
  auto commitments = read_object_list<CommitmentInput>(body, "commitments", [](JsonReader& item) {
    return CommitmentInput{item.optional_integer("id"), item.text("text"), item.optional_text("owner").value_or("me"),
                           item.optional_text("due_on").value_or("")};
  });
  if (!commitments.ok()) return commitments.status();
  c.commitments = std::move(*commitments);
  return c;
}

}  // namespace tn

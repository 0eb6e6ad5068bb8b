// Handlers for /api/people: accountability partners, check-ins, commitments (carried, ticked, dropped or
// handed to the priorities matrix or an initiative), the facts to prepare a check-in from, Home's summary
// and the search over the People and learning module.
#include "http/people_handlers.h"

#include "domain/alignment.h"
#include "domain/goals.h"
#include "domain/priorities.h"
#include "domain/search_query.h"
#include "domain/text.h"
#include "http/journal_json.h"
#include "http/learning_json.h"
#include "http/people_json.h"
#include "http/query_params.h"
#include "store/alignment_store.h"
#include "store/decisions_store.h"
#include "store/initiatives_store.h"
#include "store/journal_store.h"
#include "store/learning_store.h"
#include "store/people_index.h"

namespace tn {
namespace {

constexpr int kPartnerCheckInsShown = 50;
constexpr int kFactsLessons = 10;
constexpr std::size_t kHomeCommitments = 5;
constexpr int kHomeReading = 3;
constexpr std::size_t kMaxSearchChars = 500;

// The API word for the kind of a search hit.
std::string_view hit_kind(const PeopleSearchHit& hit) {
  switch (hit.kind) {
    case PeopleTextKind::kCheckIn: return "check_in";
    case PeopleTextKind::kFeedback: return "feedback";
    case PeopleTextKind::kLearningNote: break;
  }
  return "note";
}

json commitments_json(const std::vector<StoredCommitment>& items, const Date& today) {
  json out = json::array();
  for (const StoredCommitment& m : items) out.push_back(commitment_json(m, today));
  return out;
}

json partner_roles_json() {
  static constexpr std::string_view kLabels[] = {"Mentor", "Accountability partner", "Coach", "Manager", "Peer"};
  json out = json::array();
  for (std::size_t i = 0; i < kPartnerRoles.size(); ++i) out.push_back({{"key", kPartnerRoles[i]}, {"label", kLabels[i]}});
  return out;
}

// The weekly lessons ("What I learned") dated after `since` (all recent ones when it is ""), newest first.
Result<json> lessons_since(Database& db, const std::string& since) {
  const auto lessons = list_lessons(db, std::nullopt, kFactsLessons);
  if (!lessons.ok()) return lessons.status();
  json out = json::array();
  for (const Lesson& l : lessons->items) {
    if (!since.empty() && l.date <= since) break;
    out.push_back({{"entry_id", l.entry_id}, {"date", l.date}, {"title", l.title}, {"text", l.text}});
  }
  return out;
}

// The active initiatives with their progress and health on `today`.
Result<json> initiative_progress(Database& db, const Date& today) {
  const auto all = list_initiatives(db);
  if (!all.ok()) return all.status();
  json out = json::array();
  for (const StoredInitiative& s : *all) {
    if (s.fields.status != kStatusActive) continue;
    const Health health = initiative_health(s.fields, today);
    out.push_back({{"id", s.id}, {"title", s.fields.title}, {"progress", s.fields.progress},
                   {"health", {{"state", health.state}, {"reason", health.reason}}}});
  }
  return out;
}

// The decisions decided (or reviewed) since `since`, by their last change.
Result<json> decisions_since(Database& db, const std::string& since) {
  const auto all = list_decisions(db, "");
  if (!all.ok()) return all.status();
  json out = json::array();
  for (const DecisionSummary& d : *all) {
    if (d.status == "open" || (!since.empty() && d.updated_at.substr(0, 10) <= since)) continue;
    out.push_back({{"id", d.id}, {"title", d.title}, {"status", d.status}, {"chosen_option_name", d.chosen_option_name},
                   {"changed_on", d.updated_at.substr(0, 10)}});
  }
  return out;
}

// The two newest alignment snapshots' overall scores: {latest, previous, change} (null parts when missing).
Result<json> alignment_trend(Database& db) {
  const auto all = load_assessments(db);
  if (!all.ok()) return all.status();
  const auto point = [&](std::size_t back) -> json {
    if (all->size() < back + 1) return nullptr;
    const StoredAssessment& a = (*all)[all->size() - 1 - back];
    return {{"id", a.id}, {"assessed_on", a.assessed_on}, {"overall", optional_json(score_alignment(a.ratings).overall)}};
  };
  json latest = point(0), previous = point(1);
  json change = nullptr;
  if (!latest.is_null() && !previous.is_null() && latest["overall"].is_number() && previous["overall"].is_number()) {
    change = latest["overall"].get<int>() - previous["overall"].get<int>();
  }
  return json{{"latest", latest}, {"previous", previous}, {"change", change}};
}

// What happened since the partner's last check-in, so the next one starts from facts.
Result<json> facts_since(Context& ctx, const std::string& since) {
  const Date today = ctx.today();
  const auto lessons = lessons_since(ctx.db, since);
  if (!lessons.ok()) return lessons.status();
  const auto initiatives = initiative_progress(ctx.db, today);
  if (!initiatives.ok()) return initiatives.status();
  const auto decisions = decisions_since(ctx.db, since);
  if (!decisions.ok()) return decisions.status();
  const auto alignment = alignment_trend(ctx.db);
  if (!alignment.ok()) return alignment.status();
  return json{{"lessons", *lessons}, {"initiatives", *initiatives}, {"decisions", *decisions}, {"alignment", *alignment}};
}

// The state and reason of a PATCH /api/people/commitments/:id body, checked.
struct StateChange {
  std::string state;
  std::string drop_reason;
};

Result<StateChange> read_state_change(const json& body) {
  JsonReader in(body);
  StateChange change{in.text("state"), in.optional_text("drop_reason").value_or("")};
  if (!in.ok()) return in.status();
  if (Status s = validate_commitment_state(change.state, change.drop_reason); !s.ok()) return s;
  return change;
}

Reply commitment_saved(Context& ctx, const Result<StoredCommitment>& saved, std::int64_t id) {
  const Date today = ctx.today();
  return saved_reply(saved, [&] { return load_commitment(ctx.db, id); },
                     [&](const StoredCommitment& m) { return commitment_json(m, today); });
}

}  // namespace

Reply get_partners(Context& ctx, const ApiRequest&) {
  const auto partners = list_partners(ctx.db);
  if (!partners.ok()) return error_reply(partners.status());
  const Date today = ctx.today();
  json items = json::array();
  for (const StoredPartner& p : *partners) items.push_back(partner_json(p, today));
  return ok_reply({{"items", items}, {"roles", partner_roles_json()}, {"max_partners", kMaxPartners},
                   {"today", today.str()}});
}

Reply post_partner(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto fields = read_partner_fields(*body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_partner(*fields); !s.ok()) return error_reply(s);
  const auto created = create_partner(ctx.db, *fields);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(partner_json(*created, ctx.today()));
}

Reply get_partner(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto partner = load_partner(ctx.db, *id);
  if (!partner.ok()) return error_reply(partner.status());
  const auto check_ins = list_check_ins(ctx.db, *id, std::nullopt, kPartnerCheckInsShown);
  if (!check_ins.ok()) return error_reply(check_ins.status());
  const Date today = ctx.today();
  const auto open = list_open_commitments(ctx.db, *id, today);
  if (!open.ok()) return error_reply(open.status());
  json out = partner_json(*partner, today);
  out["check_ins"] = json::array();
  for (const CheckInSummary& s : check_ins->items) out["check_ins"].push_back(check_in_summary_json(s));
  out["more_check_ins"] = check_ins->more;
  out["open"] = commitments_json(*open, today);
  return ok_reply(out);
}

Reply put_partner(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto fields = read_partner_fields(edit->body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_partner(*fields); !s.ok()) return error_reply(s);
  const Date today = ctx.today();
  return saved_reply(update_partner(ctx.db, edit->id, *fields, edit->version), [&] { return load_partner(ctx.db, edit->id); },
                     [&](const StoredPartner& p) { return partner_json(p, today); });
}

Reply delete_partner(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_partner); }

Reply get_partner_preparation(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto partner = load_partner(ctx.db, *id);
  if (!partner.ok()) return error_reply(partner.status());
  const Date today = ctx.today();
  const auto open = list_open_commitments(ctx.db, *id, today);
  if (!open.ok()) return error_reply(open.status());
  const auto facts = facts_since(ctx, partner->last_check_in_on);
  if (!facts.ok()) return error_reply(facts.status());
  json carried = commitments_json(*open, today);
  for (json& m : carried) m["carried_label_next"] = carried_label(m["carried"].get<int>() + 1);
  return ok_reply({{"partner", partner_json(*partner, today)}, {"since", text_or_null(partner->last_check_in_on)},
                   {"carried", carried}, {"facts", *facts}, {"today", today.str()}});
}

Reply get_check_ins(Context& ctx, const ApiRequest& req) {
  const auto partner_id = query_id(req, "partner_id", "the id of a partner");
  if (!partner_id.ok()) return error_reply(partner_id.status());
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const auto cursor = parse_date_cursor(req.query("cursor"));
  if (!cursor.ok()) return error_reply(cursor.status());
  const auto page = list_check_ins(ctx.db, *partner_id, *cursor, *limit);
  if (!page.ok()) return error_reply(page.status());
  json items = json::array();
  for (const CheckInSummary& s : page->items) items.push_back(check_in_summary_json(s));
  const json next = page->more ? json(date_cursor(page->items.back().held_on, page->items.back().id)) : json(nullptr);
  return ok_reply({{"items", items}, {"next_cursor", next}});
}

Reply post_check_in(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  const auto fields = read_check_in_fields(*body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_check_in(*fields); !s.ok()) return error_reply(s);
  const auto created = create_check_in(ctx.db, *fields);
  if (!created.ok()) return error_reply(created.status());
  return created_reply(check_in_json(*created, ctx.today()));
}

Reply get_check_in(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto found = load_check_in(ctx.db, *id);
  if (!found.ok()) return error_reply(found.status());
  return ok_reply(check_in_json(*found, ctx.today()));
}

Reply put_check_in(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto fields = read_check_in_fields(edit->body);
  if (!fields.ok()) return error_reply(fields.status());
  if (Status s = validate_check_in(*fields); !s.ok()) return error_reply(s);
  const Date today = ctx.today();
  return saved_reply(update_check_in(ctx.db, edit->id, *fields, edit->version), [&] { return load_check_in(ctx.db, edit->id); },
                     [&](const StoredCheckIn& c) { return check_in_json(c, today); });
}

Reply delete_check_in(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_check_in); }

Reply get_commitments(Context& ctx, const ApiRequest& req) {
  const auto partner_id = query_id(req, "partner_id", "the id of a partner");
  if (!partner_id.ok()) return error_reply(partner_id.status());
  const Date today = ctx.today();
  const auto open = list_open_commitments(ctx.db, *partner_id, today);
  if (!open.ok()) return error_reply(open.status());
  return ok_reply({{"items", commitments_json(*open, today)}, {"today", today.str()}});
}

Reply patch_commitment(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto change = read_state_change(edit->body);
  if (!change.ok()) return error_reply(change.status());
  return commitment_saved(ctx, set_commitment_state(ctx.db, edit->id, change->state, change->drop_reason, ctx.today(), edit->version),
                          edit->id);
}

Reply post_commitment_priority(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  const std::string quadrant = in.optional_text("quadrant").value_or("schedule");
  if (!in.ok()) return error_reply(in.status());
  if (!parse_quadrant(quadrant)) {
    return error_reply(Status::Invalid("quadrant", "quadrant must be one of do, schedule, delegate, drop"));
  }
  return commitment_saved(ctx, put_commitment_on_priorities(ctx.db, *id, quadrant, ctx.today(), version), *id);
}

Reply post_commitment_milestone(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::int64_t version = in.integer("version");
  const std::int64_t initiative_id = in.integer("initiative_id");
  if (!in.ok()) return error_reply(in.status());
  if (Status s = check_positive_id("initiative_id", initiative_id); !s.ok()) return error_reply(s);
  return commitment_saved(ctx, turn_commitment_into_milestone(ctx.db, *id, initiative_id, ctx.today(), version), *id);
}

Reply get_people_home(Context& ctx, const ApiRequest&) {
  const auto partners = list_partners(ctx.db);
  if (!partners.ok()) return error_reply(partners.status());
  const Date today = ctx.today();
  const auto open = list_open_commitments(ctx.db, std::nullopt, today);
  if (!open.ok()) return error_reply(open.status());
  json due = json::array();
  for (const StoredPartner& p : *partners) due.push_back(partner_json(p, today));
  // Soonest due first; partners never met come last.
  std::stable_sort(due.begin(), due.end(), [](const json& a, const json& b) {
    return std::pair(a["next_due_on"].is_null(), a["next_due_on"].is_null() ? "" : a["next_due_on"].get<std::string>()) <
           std::pair(b["next_due_on"].is_null(), b["next_due_on"].is_null() ? "" : b["next_due_on"].get<std::string>());
  });
  std::size_t overdue = 0;
  for (const StoredCommitment& m : *open) overdue += due_state(parse_date(m.fields.due_on), today).state == kDueOverdue;
  const std::vector<StoredCommitment> first(open->begin(), open->begin() + std::min(open->size(), kHomeCommitments));
  const auto reading = list_learning_items(ctx.db, std::string(kShelfInProgress), std::nullopt, std::nullopt, kHomeReading);
  if (!reading.ok()) return error_reply(reading.status());
  const auto experiments = list_experiments(ctx.db, week_monday(today));
  if (!experiments.ok()) return error_reply(experiments.status());
  json books = json::array();
  for (const StoredLearningItem& item : reading->items) books.push_back(learning_item_json(item));
  json tries = json::array();
  for (const StoredNote& n : *experiments) tries.push_back(learning_note_json(n));
  return ok_reply({{"today", today.str()},
                   {"partners", due},
                   {"commitments", {{"open", open->size()}, {"overdue", overdue}, {"items", commitments_json(first, today)}}},
                   {"reading", books},
                   {"experiments", tries}});
}

Reply get_people_search(Context& ctx, const ApiRequest& req) {
  const std::string q = req.query("q");
  if (!is_valid_utf8(q)) return error_reply(Status::Invalid("q", "q must be valid UTF-8 text"));
  if (const Status s = check_max_length("q", q, kMaxSearchChars); !s.ok()) return error_reply(s);
  const auto limit = page_size(req);
  if (!limit.ok()) return error_reply(limit.status());
  const std::optional<std::string> fts = build_fts_query(q);
  if (!fts) return ok_reply({{"items", json::array()}, {"query", nullptr}});
  const auto hits = search_people_text(ctx.db, *fts, *limit);
  if (!hits.ok()) return error_reply(hits.status());
  json items = json::array();
  for (const PeopleSearchHit& hit : *hits) {
    items.push_back({{"kind", hit_kind(hit)}, {"id", hit.id}, {"parent_id", hit.parent_id}, {"date", hit.date},
                     {"title", hit.title}, {"snippet", segments_json(hit.snippet)}});
  }
  return ok_reply({{"items", items}, {"query", q}});
}

}  // namespace tn

// Handlers for /api/decisions: decision matrices with their analysis, record, review and exports.
#include "http/decisions_handlers.h"

#include <algorithm>

#include "domain/decision.h"
#include "domain/decision_export.h"
#include "domain/decision_record.h"
#include "http/decisions_json.h"
#include "store/decisions_store.h"

namespace tn {
namespace {

// The decision with its analysis, or the error of either.
Result<json> full_json(Context& ctx, const Decision& d) {
  const auto analysis = analyse(d.draft.matrix);
  if (!analysis.ok()) return analysis.status();
  return decision_json(d, *analysis, ctx.today());
}

Reply decision_reply(Context& ctx, const Result<Decision>& d, int status = 200) {
  if (!d.ok()) return error_reply(d.status());
  const auto body = full_json(ctx, *d);
  if (!body.ok()) return error_reply(body.status());
  return status == 201 ? created_reply(*body) : ok_reply(*body);
}

// The reply to a versioned change of decision `id`: any refused change carries the decision as it is now.
Reply decision_saved_reply(Context& ctx, const Result<Decision>& saved, std::int64_t id) {
  return saved_reply(
      saved, [&] { return load_decision(ctx.db, id); }, [&](const Decision& d) { return full_json(ctx, d); },
      CurrentOn::kAnyConflict);
}

const DecisionTemplate* find_template(const std::string& key) {
  const auto& all = decision_templates();
  const auto it = std::find_if(all.begin(), all.end(), [&](const DecisionTemplate& t) { return t.key == key; });
  return it == all.end() ? nullptr : &*it;
}

// The analysed stored decision for an export, or the error.
struct Exported {
  Decision decision;
  Analysis analysis;
};

Result<Exported> load_for_export(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return id.status();
  auto d = load_decision(ctx.db, *id);
  if (!d.ok()) return d.status();
  auto analysis = analyse(d->draft.matrix);
  if (!analysis.ok()) return analysis.status();
  return Exported{std::move(*d), std::move(*analysis)};
}

}  // namespace

Reply get_decisions(Context& ctx, const ApiRequest& req) {
  const std::string status = req.query("status");
  if (!status.empty() &&
      std::find(kDecisionStatuses.begin(), kDecisionStatuses.end(), status) == kDecisionStatuses.end()) {
    return error_reply(Status::Invalid("status", "status must be one of open, decided, reviewed"));
  }
  const auto list = list_decisions(ctx.db, status);
  if (!list.ok()) return error_reply(list.status());
  const Date today = ctx.today();
  json items = json::array();
  for (const DecisionSummary& s : *list) items.push_back(decision_summary_json(s, today));
  return ok_reply({{"items", items}, {"today", today.str()}});
}

Reply post_decision(Context& ctx, const ApiRequest& req) {
  const auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  JsonReader in(*body);
  const std::string template_key = in.optional_text("template").value_or("");
  if (!in.ok()) return error_reply(in.status());
  const DecisionTemplate* chosen = template_key.empty() ? nullptr : find_template(template_key);
  if (!template_key.empty() && !chosen) {
    return error_reply(Status::Invalid("template", "template must be one of job_offer, promotion, relocation"));
  }
  DecisionInput fallback = blank_decision_matrix();
  if (chosen) {
    fallback = DecisionInput{};
    fallback.options = chosen->options;
    fallback.criteria = chosen->criteria;
  }
  const auto draft = read_decision_draft(*body, /*matrix_required=*/false, fallback);
  if (!draft.ok()) return error_reply(draft.status());
  if (Status s = validate_decision_draft(*draft); !s.ok()) return error_reply(s);
  return decision_reply(ctx, create_decision(ctx.db, *draft), 201);
}

Reply get_decision_templates(Context&, const ApiRequest&) {
  json items = json::array();
  for (const DecisionTemplate& t : decision_templates()) items.push_back(decision_template_json(t));
  return ok_reply({{"items", items}});
}

Reply post_decision_analysis(Context&, const ApiRequest& req) {
  auto body = req.json_object();
  if (!body.ok()) return error_reply(body.status());
  if (!body->contains("title")) (*body)["title"] = "";
  const auto draft = read_decision_draft(*body, /*matrix_required=*/true);
  if (!draft.ok()) return error_reply(draft.status());
  const auto analysis = analyse(draft->matrix);
  if (!analysis.ok()) return error_reply(analysis.status());
  return ok_reply(analysis_json(*analysis));
}

Reply get_decision(Context& ctx, const ApiRequest& req) {
  const auto id = req.id("id");
  if (!id.ok()) return error_reply(id.status());
  return decision_reply(ctx, load_decision(ctx.db, *id));
}

Reply put_decision(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto draft = read_decision_draft(edit->body, /*matrix_required=*/true);
  if (!draft.ok()) return error_reply(draft.status());
  if (Status s = validate_decision_draft(*draft); !s.ok()) return error_reply(s);
  return decision_saved_reply(ctx, save_decision(ctx.db, edit->id, *draft, edit->version), edit->id);
}

Reply delete_decision(Context& ctx, const ApiRequest& req) { return delete_by_id(ctx, req, delete_decision); }

Reply put_decision_record(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto record = read_decision_record(edit->body);
  if (!record.ok()) return error_reply(record.status());
  return decision_saved_reply(ctx, save_decision_record(ctx.db, edit->id, *record, edit->version), edit->id);
}

Reply put_decision_review(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  const auto review = read_decision_review(edit->body);
  if (!review.ok()) return error_reply(review.status());
  if (Status s = validate_decision_review(*review); !s.ok()) return error_reply(s);
  return decision_saved_reply(ctx, save_decision_review(ctx.db, edit->id, *review, edit->version), edit->id);
}

Reply post_decision_reopen(Context& ctx, const ApiRequest& req) {
  const auto edit = req.versioned_edit();
  if (!edit.ok()) return error_reply(edit.status());
  return decision_saved_reply(ctx, reopen_decision(ctx.db, edit->id, edit->version), edit->id);
}

Reply get_decision_csv(Context& ctx, const ApiRequest& req) {
  const auto e = load_for_export(ctx, req);
  if (!e.ok()) return error_reply(e.status());
  return download_reply(decision_csv(e->decision, e->analysis), "text/csv; charset=utf-8",
                        decision_file_name(e->decision.draft.title, ".csv"));
}

Reply get_decision_markdown(Context& ctx, const ApiRequest& req) {
  const auto e = load_for_export(ctx, req);
  if (!e.ok()) return error_reply(e.status());
  return download_reply(decision_markdown(e->decision, e->analysis), "text/markdown; charset=utf-8",
                        decision_file_name(e->decision.draft.title, ".md"));
}

}  // namespace tn

// The whole API as one table of routes; README.md documents each entry.
#include "http/routes.h"

#include "http/journal_handlers.h"
#include "http/vision_handlers.h"
#include "http/decision_handlers.h"
#include "http/values_handlers.h"
#include "http/alignment_handlers.h"
#include "http/balance_handlers.h"
#include "http/goals_handlers.h"

namespace tn {
namespace {

Reply get_health(Context&, const ApiRequest&) {
  return ok_reply({{"ok", true}, {"version", TN_VERSION}, {"schema_version", latest_schema_version()}});
}

}  // namespace

std::vector<Route> api_routes() {
  return {
      {"GET", "/api/health", get_health},

      // Vision
      {"GET", "/api/vision", get_vision},
      {"PUT", "/api/vision", put_vision},
      {"GET", "/api/vision/history", get_vision_history},

      // Values, the energetic centre and alignment
      {"GET", "/api/values/catalog", get_values_catalog},
      {"GET", "/api/values/custom", get_custom_values},
      {"POST", "/api/values/custom", post_custom_value},
      {"PUT", "/api/values/custom/:id", put_custom_value},
      {"DELETE", "/api/values/custom/:id", delete_custom_value},
      {"GET", "/api/values/core", get_core_values},
      {"GET", "/api/values/sorts", get_value_sorts},
      {"POST", "/api/values/sorts", post_value_sort},
      {"GET", "/api/values/sorts/current", get_current_sort},
      {"GET", "/api/values/sorts/:id", get_value_sort},
      {"DELETE", "/api/values/sorts/:id", delete_value_sort},
      {"PUT", "/api/values/sorts/:id/cards/:key", put_sort_card},
      {"DELETE", "/api/values/sorts/:id/cards/:key", delete_sort_card},
      {"PUT", "/api/values/sorts/:id/top", put_sort_top},
      {"POST", "/api/vision-builder/draft", post_vision_draft},
      {"GET", "/api/lists/:list", get_kept_list},
      {"POST", "/api/lists/:list", post_kept_item},
      {"PUT", "/api/lists/:list/order", put_kept_list_order},
      {"PUT", "/api/lists/:list/:id", put_kept_item},
      {"DELETE", "/api/lists/:list/:id", delete_kept_item},
      {"GET", "/api/alignment/form", get_alignment_form},
      {"POST", "/api/alignment/preview", post_alignment_preview},
      {"GET", "/api/alignment/assessments", get_assessments},
      {"POST", "/api/alignment/assessments", post_assessment},
      {"GET", "/api/alignment/assessments/:id", get_assessment},
      {"PUT", "/api/alignment/assessments/:id", put_assessment},
      {"DELETE", "/api/alignment/assessments/:id", delete_assessment},
      {"GET", "/api/alignment/worksheet", get_worksheet},
      {"PUT", "/api/alignment/worksheet", put_worksheet},
      {"GET", "/api/balance/areas", get_life_areas},
      {"PUT", "/api/balance/areas", put_life_areas},
      {"GET", "/api/balance/snapshots", get_balance_snapshots},
      {"POST", "/api/balance/snapshots", post_balance_snapshot},
      {"DELETE", "/api/balance/snapshots/:id", delete_balance_snapshot},

      // Decisions
      {"GET", "/api/decisions", list_decisions_handler},
      {"POST", "/api/decisions", create_decision_handler},
      {"GET", "/api/decisions/templates", get_decision_templates},
      {"POST", "/api/decisions/analyse", analyse_decision_handler},
      {"GET", "/api/decisions/:id", get_decision_handler},
      {"PUT", "/api/decisions/:id", put_decision_handler},
      {"DELETE", "/api/decisions/:id", delete_decision_handler},
      {"PUT", "/api/decisions/:id/record", put_decision_record_handler},
      {"PUT", "/api/decisions/:id/review", put_decision_review_handler},
      {"POST", "/api/decisions/:id/reopen", reopen_decision_handler},
      {"GET", "/api/decisions/:id/export.csv", export_decision_csv},
      {"GET", "/api/decisions/:id/export.md", export_decision_markdown},

      // Journal
      {"GET", "/api/journal/kinds", get_journal_kinds},
      {"GET", "/api/journal/entries", list_journal_entries},
      {"POST", "/api/journal/entries", create_journal_entry},
      {"GET", "/api/journal/entries/:id", get_journal_entry},
      {"PUT", "/api/journal/entries/:id", update_journal_entry},
      {"DELETE", "/api/journal/entries/:id", trash_journal_entry},
      {"POST", "/api/journal/entries/:id/restore", restore_journal_entry},
      {"GET", "/api/journal/trash", list_journal_trash},
      {"DELETE", "/api/journal/trash/:id", purge_journal_entry},
      {"GET", "/api/journal/search", search_journal},
      {"GET", "/api/journal/tags", get_journal_tags},
      {"GET", "/api/journal/lessons", get_journal_lessons},
      {"GET", "/api/journal/cadence", get_journal_cadence},
      {"GET", "/api/journal/earlier", get_journal_earlier},

      // Goals
      {"GET", "/api/initiatives", list_initiatives_handler},
      {"POST", "/api/initiatives", create_initiative_handler},
      {"POST", "/api/initiatives/check", check_initiative_handler},
      {"GET", "/api/initiatives/:id", get_initiative_handler},
      {"PUT", "/api/initiatives/:id", put_initiative_handler},
      {"PATCH", "/api/initiatives/:id", patch_initiative_handler},
      {"DELETE", "/api/initiatives/:id", delete_initiative_handler},
      {"GET", "/api/stop-doing", list_stop_doing_handler},
      {"POST", "/api/stop-doing", create_stop_doing_handler},
      {"PUT", "/api/stop-doing/:id", put_stop_doing_handler},
      {"DELETE", "/api/stop-doing/:id", delete_stop_doing_handler},
      {"GET", "/api/roads", list_roads_handler},
      {"POST", "/api/roads", create_road_handler},
      {"PUT", "/api/roads/:id", put_road_handler},
      {"DELETE", "/api/roads/:id", delete_road_handler},
      {"POST", "/api/roads/:id/choose", choose_road_handler},
      {"GET", "/api/priorities", list_priorities_handler},
      {"POST", "/api/priorities", create_priority_handler},
      {"PATCH", "/api/priorities/:id", patch_priority_handler},
      {"DELETE", "/api/priorities/:id", delete_priority_handler},
  };
}

}  // namespace tn

// The whole API, and the printable pages, as one table of routes; README.md documents each entry.
#include "http/routes.h"

#include <iterator>

#include "http/alignment_handlers.h"
#include "http/backups_handlers.h"
#include "http/balance_handlers.h"
#include "http/calendar_handlers.h"
#include "http/decisions_handlers.h"
#include "http/export_handlers.h"
#include "http/feedback_handlers.h"
#include "http/health_handlers.h"
#include "http/home_handlers.h"
#include "http/import_handlers.h"
#include "http/initiatives_handlers.h"
#include "http/journal_handlers.h"
#include "http/learning_handlers.h"
#include "http/lists_handlers.h"
#include "http/people_handlers.h"
#include "http/plan_handlers.h"
#include "http/priorities_handlers.h"
#include "http/reviews_handlers.h"
#include "http/roads_handlers.h"
#include "http/stop_doing_handlers.h"
#include "http/values_handlers.h"
#include "http/vision_builder_handlers.h"
#include "http/vision_handlers.h"

namespace tn {
namespace {

// One block per URL prefix, in the order of README.md's API table.
constexpr Route kRoutes[] = {
    {"GET", "/api/health", get_health},

    // Home: what to do next and the first-run path
    {"GET", "/api/home/next", get_home_next},
    {"PUT", "/api/home/first-run", put_home_first_run},

    // Vision
    {"GET", "/api/vision", get_vision},
    {"PUT", "/api/vision", put_vision},
    {"GET", "/api/vision/history", get_vision_history},
    {"GET", "/api/vision/a-year-ago", get_vision_a_year_ago},

    // Values, the vision builder, lists, alignment and balance
    {"GET", "/api/values/catalog", get_values_catalog},
    {"GET", "/api/values/custom", get_custom_values},
    {"POST", "/api/values/custom", post_custom_value},
    {"PUT", "/api/values/custom/:id", put_custom_value},
    {"DELETE", "/api/values/custom/:id", delete_custom_value},
    {"GET", "/api/values/core", get_core_values},
    {"GET", "/api/values/a-year-ago", get_values_a_year_ago},
    {"GET", "/api/values/sorts", get_value_sorts},
    {"POST", "/api/values/sorts", post_value_sort},
    {"GET", "/api/values/sorts/current", get_current_value_sort},
    {"GET", "/api/values/sorts/:id", get_value_sort},
    {"DELETE", "/api/values/sorts/:id", delete_value_sort},
    {"PUT", "/api/values/sorts/:id/cards/:key", put_value_sort_card},
    {"DELETE", "/api/values/sorts/:id/cards/:key", delete_value_sort_card},
    {"POST", "/api/values/sorts/:id/undo", post_value_sort_undo},
    {"PUT", "/api/values/sorts/:id/top", put_value_sort_top},
    {"POST", "/api/vision-builder/draft", post_vision_builder_draft},
    {"GET", "/api/lists/:list", get_list},
    {"POST", "/api/lists/:list", post_list_item},
    {"PUT", "/api/lists/:list/order", put_list_order},
    {"PUT", "/api/lists/:list/:id", put_list_item},
    {"DELETE", "/api/lists/:list/:id", delete_list_item},
    {"GET", "/api/alignment/form", get_alignment_form},
    {"POST", "/api/alignment/preview", post_alignment_preview},
    {"GET", "/api/alignment/assessments", get_alignment_assessments},
    {"POST", "/api/alignment/assessments", post_alignment_assessment},
    {"GET", "/api/alignment/compare", get_alignment_compare},
    {"GET", "/api/alignment/assessments/:id", get_alignment_assessment},
    {"PUT", "/api/alignment/assessments/:id", put_alignment_assessment},
    {"DELETE", "/api/alignment/assessments/:id", delete_alignment_assessment},
    {"POST", "/api/alignment/assessments/:id/initiative", post_alignment_action_initiative},
    {"POST", "/api/alignment/assessments/:id/stop-doing", post_alignment_action_stop_doing},
    {"GET", "/api/alignment/worksheet", get_alignment_worksheet},
    {"PUT", "/api/alignment/worksheet", put_alignment_worksheet},
    {"GET", "/api/balance/areas", get_balance_areas},
    {"PUT", "/api/balance/areas", put_balance_areas},
    {"GET", "/api/balance/snapshots", get_balance_snapshots},
    {"POST", "/api/balance/snapshots", post_balance_snapshot},
    {"DELETE", "/api/balance/snapshots/:id", delete_balance_snapshot},

    // Decisions
    {"GET", "/api/decisions", get_decisions},
    {"POST", "/api/decisions", post_decision},
    {"GET", "/api/decisions/templates", get_decision_templates},
    {"POST", "/api/decisions/analyse", post_decision_analysis},
    {"GET", "/api/decisions/:id", get_decision},
    {"PUT", "/api/decisions/:id", put_decision},
    {"DELETE", "/api/decisions/:id", delete_decision},
    {"PUT", "/api/decisions/:id/record", put_decision_record},
    {"PUT", "/api/decisions/:id/review", put_decision_review},
    {"POST", "/api/decisions/:id/reopen", post_decision_reopen},
    {"GET", "/api/decisions/:id/export.csv", get_decision_csv},
    {"GET", "/api/decisions/:id/export.md", get_decision_markdown},

    // Journal
    {"GET", "/api/journal/kinds", get_journal_kinds},
    {"GET", "/api/journal/entries", get_journal_entries},
    {"POST", "/api/journal/entries", post_journal_entry},
    {"GET", "/api/journal/entries/:id", get_journal_entry},
    {"PUT", "/api/journal/entries/:id", put_journal_entry},
    {"DELETE", "/api/journal/entries/:id", delete_journal_entry},
    {"POST", "/api/journal/entries/:id/restore", post_journal_entry_restore},
    {"GET", "/api/journal/trash", get_journal_trash},
    {"DELETE", "/api/journal/trash/:id", delete_journal_trash_entry},
    {"GET", "/api/journal/search", get_journal_search},
    {"GET", "/api/journal/tags", get_journal_tags},
    {"GET", "/api/journal/lessons", get_journal_lessons},
    {"GET", "/api/journal/cadence", get_journal_cadence},
    {"GET", "/api/journal/earlier", get_journal_earlier},

    // The monthly review
    {"GET", "/api/reviews/months/:month", get_review_month},
    {"GET", "/api/reviews/years/:year", get_review_year},
    {"POST", "/api/reviews/alignment", post_review_alignment},
    {"GET", "/api/reviews/:id", get_review},
    {"PUT", "/api/reviews/:id", put_review},

    // Goals
    {"GET", "/api/initiatives", get_initiatives},
    {"POST", "/api/initiatives", post_initiative},
    {"POST", "/api/initiatives/check", post_initiative_check},
    {"GET", "/api/initiatives/:id", get_initiative},
    {"PUT", "/api/initiatives/:id", put_initiative},
    {"PATCH", "/api/initiatives/:id", patch_initiative},
    {"DELETE", "/api/initiatives/:id", delete_initiative},
    {"GET", "/api/stop-doing", get_stop_doing_items},
    {"POST", "/api/stop-doing", post_stop_doing_item},
    {"PUT", "/api/stop-doing/:id", put_stop_doing_item},
    {"DELETE", "/api/stop-doing/:id", delete_stop_doing_item},
    {"GET", "/api/roads", get_roads},
    {"POST", "/api/roads", post_road},
    {"PUT", "/api/roads/:id", put_road},
    {"DELETE", "/api/roads/:id", delete_road},
    {"POST", "/api/roads/:id/choose", post_road_choice},
    {"GET", "/api/priorities", get_priorities},
    {"POST", "/api/priorities", post_priority},
    {"PATCH", "/api/priorities/:id", patch_priority},
    {"DELETE", "/api/priorities/:id", delete_priority},

    // People and learning
    {"GET", "/api/people/home", get_people_home},
    {"GET", "/api/people/search", get_people_search},
    {"GET", "/api/people/partners", get_partners},
    {"POST", "/api/people/partners", post_partner},
    {"GET", "/api/people/partners/:id", get_partner},
    {"PUT", "/api/people/partners/:id", put_partner},
    {"DELETE", "/api/people/partners/:id", delete_partner},
    {"GET", "/api/people/partners/:id/preparation", get_partner_preparation},
    {"GET", "/api/people/check-ins", get_check_ins},
    {"POST", "/api/people/check-ins", post_check_in},
    {"GET", "/api/people/check-ins/:id", get_check_in},
    {"PUT", "/api/people/check-ins/:id", put_check_in},
    {"DELETE", "/api/people/check-ins/:id", delete_check_in},
    {"GET", "/api/people/commitments", get_commitments},
    {"PATCH", "/api/people/commitments/:id", patch_commitment},
    {"POST", "/api/people/commitments/:id/priority", post_commitment_priority},
    {"POST", "/api/people/commitments/:id/milestone", post_commitment_milestone},
    {"GET", "/api/feedback", get_feedback_list},
    {"POST", "/api/feedback", post_feedback},
    {"GET", "/api/feedback/themes", get_feedback_themes},
    {"PUT", "/api/feedback/themes", put_feedback_themes},
    {"GET", "/api/feedback/values", get_feedback_values},
    {"GET", "/api/feedback/summary", get_feedback_summary},
    {"GET", "/api/feedback/rounds", get_feedback_rounds},
    {"POST", "/api/feedback/rounds", post_feedback_round},
    {"GET", "/api/feedback/rounds/:id", get_feedback_round},
    {"PUT", "/api/feedback/rounds/:id", put_feedback_round},
    {"DELETE", "/api/feedback/rounds/:id", delete_feedback_round},
    {"GET", "/api/feedback/:id", get_feedback},
    {"PUT", "/api/feedback/:id", put_feedback},
    {"DELETE", "/api/feedback/:id", delete_feedback},
    {"GET", "/api/learning/items", get_learning_items},
    {"POST", "/api/learning/items", post_learning_item},
    {"GET", "/api/learning/items/:id", get_learning_item},
    {"PUT", "/api/learning/items/:id", put_learning_item},
    {"DELETE", "/api/learning/items/:id", delete_learning_item},
    {"POST", "/api/learning/items/:id/notes", post_learning_note},
    {"PUT", "/api/learning/notes/:id", put_learning_note},
    {"DELETE", "/api/learning/notes/:id", delete_learning_note},
    {"POST", "/api/learning/notes/:id/initiative", post_learning_note_initiative},
    {"GET", "/api/learning/experiments", get_learning_experiments},
    {"GET", "/api/learning/starter", get_learning_starter},
    {"POST", "/api/learning/starter", post_learning_starter},

    // Data: backups and restore, the whole workbook as a JSON archive
    {"GET", "/api/backups", get_backups},
    {"POST", "/api/backups", post_backup},
    {"GET", "/api/backups/status", get_backups_status},
    {"POST", "/api/backups/:name/restore", post_backup_restore},
    {"GET", "/api/export", get_export},
    {"POST", "/api/export", post_export},
    {"POST", "/api/import", post_import},

    // Calendar: the feed's settings
    {"GET", "/api/calendar", get_calendar},
    {"PUT", "/api/calendar", put_calendar},
    {"POST", "/api/calendar/regenerate", post_calendar_regenerate},
    // The printable pages: HTML drawn by the server (http/pages.h), not JSON
    {"GET", "/plan", get_plan},
    {"GET", "/plan/decisions/:id", get_plan_decision},
    // The calendar feed: text/calendar, fetched by calendar apps without the access token (http/guard.h)
    {"GET", "/calendar/:feed", get_calendar_feed},
};

}  // namespace

std::vector<Route> api_routes() { return std::vector<Route>(std::begin(kRoutes), std::end(kRoutes)); }

}  // namespace tn

// The energetic centre checked against the mission: item lists, ratings, scores, warnings, advice, worksheet.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/goals.h"
#include "domain/status.h"

namespace tn {

// ---- The four lists of the energetic centre ----

enum class AlignmentCategory { kValues, kSkills, kStrengths, kPassions };

inline constexpr std::size_t kAlignmentCategoryCount = 4;
inline constexpr std::array<AlignmentCategory, kAlignmentCategoryCount> kAlignmentCategories = {
    AlignmentCategory::kValues, AlignmentCategory::kSkills, AlignmentCategory::kStrengths,
    AlignmentCategory::kPassions};

// The API id of a category: "values", "skills", "strengths" or "passions".
std::string_view alignment_category_id(AlignmentCategory category);

// Parses a category id; anything else is an invalid-argument error naming `field`.
Result<AlignmentCategory> parse_alignment_category_field(const std::string& field, std::string_view id);

// A skill, strength or passion as the person lists it.
struct ProfileItem {
  std::string name;  // required, at most 120 characters, unique in its list (compared by name_key)
  std::string note;  // at most 1000 characters
};

inline constexpr std::size_t kMaxProfileItemNameChars = 120;
inline constexpr std::size_t kMaxProfileItemNoteChars = 1000;
inline constexpr std::size_t kMaxProfileItemsPerList = 50;

// Checks one item being added to or edited in a list whose other items are named `other_names` (leave
// out the item being edited). Invalid ("name", "note") for a broken field or a name already in the list;
// Conflict (field "items") when saving it would make the list longer than 50 items.
Status validate_profile_item(const ProfileItem& item, const std::vector<std::string>& other_names);

// The list rules shared by every kept list (skills ... self-care): `name` must not repeat one of
// `other_names` (compared by name_key; 400 on "name"), and the list must have room for one more
// (at most kMaxProfileItemsPerList; 409 on "items").
Status check_fits_in_list(const std::string& name, const std::vector<std::string>& other_names);

// Checks a whole list, e.g. on import: at most 50 items (field "items"), each as validate_profile_item
// with fields "items[i].name" / "items[i].note", names unique.
Status validate_profile_list(const std::vector<ProfileItem>& items);

// ---- Rating items against the organisation's mission ----

inline constexpr int kMinAlignmentRating = 1;
inline constexpr int kMaxAlignmentRating = 5;

// The short label of a rating point, e.g. 3 -> "fits in part"; empty for a rating outside 1..5.
std::string_view alignment_rating_label(int rating);

// One item's fit with the mission inside an assessment snapshot (the store keeps the date).
struct AlignmentRating {
  AlignmentCategory category = AlignmentCategory::kValues;
  std::string item;  // the value, skill, strength or passion name as shown to the person
  int rating = 0;    // 1..5, see alignment_rating_label
  std::string note;  // at most 1000 characters
};

inline constexpr std::size_t kMaxRatedValues = 10;  // the ranked top values

// Checks an assessment: at least one rating (field "ratings"); at most 10 values and 50 items of each
// other category ("ratings"); per entry i: item required and at most 120 characters, not rated twice in
// the same category by name_key ("ratings[i].item"); rating 1..5 ("ratings[i].rating"); note at most
// 1000 characters ("ratings[i].note"). Returns the first problem found.
Status validate_alignment_ratings(const std::vector<AlignmentRating>& ratings);

// Scores 0..100, whole numbers. A category with no rated items has no score (nullopt).
struct AlignmentScores {
  std::array<std::optional<int>, kAlignmentCategoryCount> by_category;  // indexed by AlignmentCategory
  std::optional<int> overall;
  std::string explanation;  // one line for the UI: how `overall` was computed from these categories

  std::optional<int> of(AlignmentCategory category) const {
    return by_category[static_cast<std::size_t>(category)];
  }
};

// Weight of each category in the overall score before renormalisation: values 40, the others 20 each.
int alignment_category_weight(AlignmentCategory category);

// One line saying how a category's score is computed from its ratings (shown next to that score).
std::string_view alignment_category_rule(AlignmentCategory category);

// Scores an assessment. Each item earns a credit from 0 to 1:
//   values               (rating - 1) / 4          1 -> 0, 5 -> 1: a value has to truly fit
//   skills, strengths    rating / 5                every point counts, since they can usually flex
//   passions             min(rating, 3) / 3        a passion that fits in part already counts fully
// A category score is 100 x the mean credit of its items. Overall is the weighted mean of the category
// scores (weights from alignment_category_weight, renormalised over the categories that have items),
// computed from unrounded category means. Scores round half up. Ratings outside 1..5 are clamped;
// validate first. No ratings: every score is nullopt and the explanation says there is nothing to score.
AlignmentScores score_alignment(const std::vector<AlignmentRating>& ratings);

// Change of each score from `previous` to `current` (current minus previous, in points); nullopt where
// either snapshot has no score.
struct AlignmentScoreDelta {
  std::array<std::optional<int>, kAlignmentCategoryCount> by_category;  // indexed by AlignmentCategory
  std::optional<int> overall;
};
AlignmentScoreDelta compare_alignment_scores(const AlignmentScores& previous, const AlignmentScores& current);

// A warning raised by a poorly fitting core value.
struct AlignmentWarning {
  enum class Level { kValuesConflict, kValueStrain };
  Level level = Level::kValuesConflict;  // kValuesConflict: a value rated 1; kValueStrain: rated 2
  std::string item;  // the value's name
  std::string message;
};

// Warnings for values rated 1 (a values conflict: it cannot be worked around) and 2 (a softer note), all
// conflicts first, each group in input order. Other categories never warn.
std::vector<AlignmentWarning> alignment_warnings(const std::vector<AlignmentRating>& ratings);

// Practical advice, one short sentence per item.
struct AlignmentSuggestions {
  std::vector<std::string> lean_into;  // strengths and passions rated 4-5, skills rated 5; best first
  std::vector<std::string> hand_off;   // skills, strengths and passions rated 1-2; worst first
};
AlignmentSuggestions alignment_suggestions(const std::vector<AlignmentRating>& ratings);

inline constexpr std::size_t kMaxAlignmentActions = 20;
inline constexpr std::size_t kMaxAlignmentActionChars = 300;

// Checks the person's own "lean into" and "avoid / hand off" lists of a snapshot: at most 20 entries
// each ("lean_into", "hand_off"), each entry required and at most 300 characters ("lean_into[i]",
// "hand_off[i]").
Status validate_alignment_actions(const std::vector<std::string>& lean_into,
                                  const std::vector<std::string>& hand_off);

// The two lists of a snapshot's practical output.
enum class AlignmentActionKind { kLeanInto, kHandOff };

// The API id of a list: "lean_into" or "hand_off".
std::string_view alignment_action_kind_id(AlignmentActionKind kind);

// Parses a list id; anything else is an invalid-argument error naming `field`.
Result<AlignmentActionKind> parse_alignment_action_kind_field(const std::string& field, std::string_view id);

// The planned short-horizon initiative an item of a snapshot's list becomes in one step: its trimmed text
// as the title (shortened with "…" to fit 200 characters) and, as the why, the reason it came up: "It fits
// the mission well: my alignment check lists it as work to lean into." ("It fits the mission poorly: ... work
// to avoid, postpone or hand off." for kHandOff), followed by the whole text when the title had to be
// shortened. The result passes validate_initiative for any text
// validate_alignment_actions accepts.
Initiative initiative_from_alignment_action(AlignmentActionKind kind, std::string_view text);

// ---- Comparing two snapshots item by item ----

// How one item's rating moved from the earlier snapshot to the later one.
enum class RatingChange { kUp, kDown, kSame, kNew, kGone };

// The API id of a change: "up", "down", "same", "new" or "gone".
std::string_view rating_change_id(RatingChange change);

struct AlignmentItemChange {
  AlignmentCategory category = AlignmentCategory::kValues;
  std::int64_t item_id = 0;      // the id rated in the later snapshot (the earlier one's for kGone)
  std::string item;              // the name as rated in the later snapshot (the earlier one's for kGone)
  std::optional<int> from;       // the earlier rating; nullopt for kNew
  std::optional<int> to;         // the later rating; nullopt for kGone
  RatingChange change = RatingChange::kSame;
};

// The item-by-item comparison of two snapshots, with the change of each score.
struct AlignmentComparison {
  std::vector<AlignmentItemChange> items;
  AlignmentScoreDelta scores;
  std::array<std::size_t, 5> counts{};  // how many items of each RatingChange, indexed by it
};

// Compares snapshot `from` (its ratings and the ids they rated, parallel) with the later `to`. An item of
// `to` matches the item of `from` in the same category with the same id; failing that, the same name
// (name_key: an item deleted and added again gets a new id); each item of `from` matches at most once.
// Matched items are up, down or the same; unmatched ones of `to` are new, of `from` gone. Order: up (the
// biggest rise first), down (the biggest fall first), new, gone, same; ties in category order, then in
// `to`'s order (`from`'s for gone). A missing id (ids shorter than ratings) counts as 0 and matches by name.
AlignmentComparison compare_alignment_snapshots(const std::vector<AlignmentRating>& from,
                                                const std::vector<std::int64_t>& from_ids,
                                                const std::vector<AlignmentRating>& to,
                                                const std::vector<std::int64_t>& to_ids);


// ---- The alignment worksheet: professional goals against personal aspirations ----

enum class WorksheetLinkKind { kConflict, kSynergy };

// The API id of a link kind: "conflict" or "synergy".
std::string_view worksheet_link_kind_id(WorksheetLinkKind kind);

// Parses a link kind id; anything else is an invalid-argument error naming `field`.
Result<WorksheetLinkKind> parse_worksheet_link_kind_field(const std::string& field, std::string_view id);

// A link between one goal and one aspiration, each referred to by its position in the worksheet.
struct WorksheetLink {
  int goal_index = 0;
  int aspiration_index = 0;
  WorksheetLinkKind kind = WorksheetLinkKind::kSynergy;
  std::string note;  // at most 500 characters
};

struct AlignmentWorksheet {
  std::vector<std::string> professional_goals;    // each required, at most 300 characters; at most 20
  std::vector<std::string> personal_aspirations;  // same rules
  std::vector<WorksheetLink> links;
};

inline constexpr std::size_t kMaxWorksheetEntries = 20;
inline constexpr std::size_t kMaxWorksheetEntryChars = 300;
inline constexpr std::size_t kMaxWorksheetNoteChars = 500;

// Checks the worksheet: list sizes ("professional_goals", "personal_aspirations"), entry texts
// ("professional_goals[i]", "personal_aspirations[i]"), link indices in range ("links[i].goal_index",
// "links[i].aspiration_index"), one link per goal/aspiration pair ("links[i]"), notes ("links[i].note").
Status validate_alignment_worksheet(const AlignmentWorksheet& worksheet);

// Adjustments worth writing down: one sentence per conflict (first, in link order), then one per synergy.
// Links whose indices are out of range are skipped.
std::vector<std::string> suggest_worksheet_adjustments(const AlignmentWorksheet& worksheet);

}  // namespace tn

// The built-in values catalogue, custom value rules and the card-sort rules for choosing top values.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.h"

namespace tn {

// One value of the built-in catalogue. `slug` is the stable id stored in the database ("integrity");
// `definition` is a one-line description written for True North.
struct CatalogValue {
  std::string_view slug;
  std::string_view name;
  std::string_view definition;
};

// Every built-in value, sorted by name. The catalogue never changes at run time.
std::span<const CatalogValue> values_catalog();

// The catalogue value with that exact slug, or nullptr when no built-in value has it.
const CatalogValue* find_catalog_value(std::string_view slug);

inline constexpr std::size_t kMaxCustomValueNameChars = 60;
inline constexpr std::size_t kMaxCustomValueDefinitionChars = 200;

// Checks a custom value. `name` is required (at most 60 characters) and must not equal, in name_key
// form (domain/text.h), any catalogue name or any of `other_custom_names` (the user's other custom values; leave out
// the one being edited). `definition` may be empty, at most 200 characters.
// Errors name the field "name" or "definition".
Status validate_custom_value(std::string_view name, std::string_view definition,
                             const std::vector<std::string>& other_custom_names);

// The three piles of the card sort.
enum class SortPile { kVeryImportant, kImportant, kNotImportant };

// The API id of a pile: "very_important", "important" or "not_important".
std::string_view sort_pile_id(SortPile pile);

// Parses a pile id; an unknown id is an invalid-argument error naming `field`
// ("pile must be one of very_important, important, not_important").
Result<SortPile> parse_sort_pile_field(const std::string& field, std::string_view id);

// The card sort: value key -> the pile it was placed in. A value key is a catalogue slug or the key the
// store gives a custom value. Values not yet sorted are absent.
using CardSort = std::map<std::string, SortPile>;

// Checks that a value may be placed in a pile: `value_key` must be a catalogue slug or one of
// `custom_value_keys`. Error field: "value".
Status validate_card_placement(std::string_view value_key,
                               const std::vector<std::string>& custom_value_keys);

// One entry of the ranked top-values list; the rank is the position in the list (first = most important).
struct RankedValue {
  std::string value_key;
  std::string meaning;  // what this value means to the person, at most 500 characters
};

inline constexpr std::size_t kMinTopValues = 5;
inline constexpr std::size_t kMaxTopValues = 10;
inline constexpr std::size_t kMaxValueMeaningChars = 500;

// A draft may be saved while the exercise is in progress; a final list is the finished exercise.
enum class TopValuesStage { kDraft, kFinal };

// Checks the ranked top-values list against the card sort. Both stages: at most 10 entries, each value
// placed in the very-important pile of `sort`, no value twice, meanings at most 500 characters.
// kFinal adds: at least 5 entries and every meaning filled in. Error fields: "top_values" (count),
// "top_values[i].value", "top_values[i].meaning".
Status validate_top_values(const std::vector<RankedValue>& ranked, const CardSort& sort,
                           TopValuesStage stage);

// `ranked` with `value` put back at `rank` (1 = first; a rank past the end puts it last), as undoing a move
// that took the value out of the list does. Returned unchanged when the value is already listed or the list
// already holds kMaxTopValues.
std::vector<RankedValue> reinsert_ranked_value(std::vector<RankedValue> ranked, RankedValue value, std::size_t rank);

// A value of a finished sort's ranking, by its key (stable across sorts) and name; rank = position + 1.
struct RankedName {
  std::string value_key;
  std::string name;
};

// How a value's rank moved from an earlier ranking to a later one: "up" (a better, smaller rank), "down",
// "same", "new" (not ranked then) or "gone" (not ranked now).
enum class RankMove { kUp, kDown, kSame, kNew, kGone };

// The API id of a move: "up", "down", "same", "new" or "gone".
std::string_view rank_move_id(RankMove move);

struct RankChange {
  std::string value_key;
  std::string name;             // as ranked now (then, for kGone)
  std::optional<int> then_rank;  // 1 = first; nullopt for kNew
  std::optional<int> now_rank;   // nullopt for kGone
  RankMove move = RankMove::kSame;
};

// Each value of `now` in its rank order with its rank in `then` (matched by value_key), then the values
// of `then` no longer ranked, in their old order.
std::vector<RankChange> compare_rankings(const std::vector<RankedName>& then, const std::vector<RankedName>& now);

}  // namespace tn

// Life balance: the life areas, 0-10 rating snapshots and what changed, plus boundaries and self-care.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/alignment.h"  // ProfileItem, kMaxProfileItemsPerList
#include "domain/status.h"

namespace tn {

// One area of life the person rates regularly.
struct LifeArea {
  std::string name;         // required, at most 40 characters, unique in the set (compared by name_key)
  std::string description;  // one line, at most 200 characters, may be empty
};

inline constexpr std::size_t kMinLifeAreas = 3;
inline constexpr std::size_t kMaxLifeAreas = 12;
inline constexpr std::size_t kMaxLifeAreaNameChars = 40;
inline constexpr std::size_t kMaxLifeAreaDescriptionChars = 200;

// The eight areas a new workbook starts with: career, finances, health, relationships, family,
// personal growth, fun & recreation, home & environment.
std::vector<LifeArea> default_life_areas();

// Checks an edited set of areas: 3 to 12 areas (field "areas"); per area i a name that is present, at
// most 40 characters and not a repeat ("areas[i].name"), a description of at most 200 characters
// ("areas[i].description").
Status validate_life_areas(const std::vector<LifeArea>& areas);

inline constexpr int kMinBalanceRating = 0;
inline constexpr int kMaxBalanceRating = 10;

// How one area feels right now, 0 (badly neglected) to 10 (thriving). A snapshot is a list of these;
// the store keeps its date. Areas are named rather than numbered so old snapshots stay readable after
// the area set changes.
struct AreaRating {
  std::string area;
  int rating = 0;
};

// Checks a snapshot against the current areas: at least one rating ("ratings"); per rating i an area
// that is one of `areas` and not rated twice ("ratings[i].area", compared by name_key) and a rating
// 0..10 ("ratings[i].rating"). Areas may be left unrated.
Status validate_balance_ratings(const std::vector<AreaRating>& ratings, const std::vector<LifeArea>& areas);

// The mean rating of a snapshot, unrounded; nullopt when it has no ratings.
std::optional<double> balance_average(const std::vector<AreaRating>& ratings);

// An area whose rating moved between two snapshots.
struct AreaChange {
  std::string area;  // as named in the current snapshot
  int previous = 0;
  int current = 0;
};

inline constexpr int kBalanceDropAlert = 2;

// Areas rated in both snapshots (matched by name_key) whose rating fell by 2 or more, biggest drop
// first, ties in the order of `current`.
std::vector<AreaChange> balance_drops(const std::vector<AreaRating>& previous,
                                      const std::vector<AreaRating>& current);

// The `count` lowest-rated areas, lowest first, plus any others tied with the last one kept, so no
// area is left out arbitrarily; ties keep input order. Empty for no ratings or a count of 0.
std::vector<AreaRating> lowest_balance_areas(const std::vector<AreaRating>& ratings, std::size_t count = 3);

inline constexpr std::size_t kMaxPracticeChars = 300;

// Checks the text of a boundary ("No work email after 19:00") or a self-care routine ("A walk at lunch"):
// required, at most 300 characters. Error field: "text".
Status validate_practice_text(std::string_view text);

// Checks a boundary or self-care routine kept as a list item (name = the practice, note optional) in a
// list whose other items are named `other_names` (leave out the item being edited): the name is required,
// at most 300 characters and not already in the list ("name"); the note at most 1000 characters ("note");
// Conflict (field "items") when the list already holds 50 items.
Status validate_practice_item(const ProfileItem& item, const std::vector<std::string>& other_names);

// ---- Self-care routines: how often, and kept or not in the weekly reflection ----

// How often a self-care routine is meant to happen: kind "" (not said), "daily", "per_week" (with
// times_per_week, 2 to 6), "weekly" or "monthly".
struct RoutineFrequency {
  std::string kind;
  std::optional<int> times_per_week;

  bool operator==(const RoutineFrequency&) const = default;
};

inline constexpr int kMinTimesPerWeek = 2;
inline constexpr int kMaxTimesPerWeek = 6;

// OK for a frequency the list can keep: kind "" or one of daily, per_week, weekly, monthly ("frequency");
// times_per_week 2 to 6 for per_week and unset otherwise ("times_per_week").
Status validate_routine_frequency(const RoutineFrequency& frequency);

// The frequency for people: "Daily", "3 times a week", "Weekly", "Monthly", or "" when not said.
std::string routine_frequency_label(const RoutineFrequency& frequency);

// One routine as a weekly reflection ticks it: kept that week or not.
struct SelfCareTick {
  std::int64_t item_id = 0;  // the routine's list item id
  bool kept = false;

  bool operator==(const SelfCareTick&) const = default;
};

inline constexpr std::size_t kMaxSelfCareTicks = kMaxProfileItemsPerList;

// Checks the ticks of an entry of kind `kind` (a journal kind id): only a "weekly" reflection has them
// ("self_care"); at most 50; per tick i a positive id ("self_care[i].item_id") not ticked before in the
// list. Whether each id is a self-care routine is for the store to check.
Status validate_self_care_ticks(std::string_view kind, const std::vector<SelfCareTick>& ticks);

// A routine as a reflection ticked it, with the routine as it is now.
struct TickedRoutine {
  SelfCareTick tick;
  std::string name;
  RoutineFrequency frequency;
};

// "Kept 3 of 4 this week": how many of the routines a reflection ticked off were kept. A monthly routine
// counts only in a week it was kept (it is not missed in the other weeks of its month); every other one
// counts each week. `text` is empty when nothing counts.
struct SelfCareSummary {
  int kept = 0;
  int total = 0;
  std::string text;
};
SelfCareSummary summarise_self_care(const std::vector<TickedRoutine>& routines);

}  // namespace tn

// Life balance: the life areas, 0-10 rating snapshots and what changed, plus boundaries and self-care.
#include "domain/balance.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "domain/text.h"
#include "domain/values_catalog.h"

namespace tn {
namespace {

constexpr std::array<std::string_view, 4> kFrequencyKinds = {"daily", "per_week", "weekly", "monthly"};

}  // namespace

std::vector<LifeArea> default_life_areas() {
  return {
      {"Career", "The work you do and where it is taking you."},
      {"Finances", "Earning, saving and feeling at ease about money."},
      {"Health", "Sleep, movement, food and a rested mind."},
      {"Relationships", "A partner, friends and the people you are close to."},
      {"Family", "Time and care for the family you belong to."},
      {"Personal growth", "Learning, reflecting and becoming who you want to be."},
      {"Fun & recreation", "Play, hobbies, rest and the things that recharge you."},
      {"Home & environment", "The places where you live and work, and how they feel."},
  };
}

Status validate_life_areas(const std::vector<LifeArea>& areas) {
  if (areas.size() < kMinLifeAreas || areas.size() > kMaxLifeAreas) {
    return Status::Invalid("areas", "areas must hold between 3 and 12 life areas");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const std::string prefix = indexed("areas", i) + ".";
    const Status name = check_required_text(prefix + "name", areas[i].name, kMaxLifeAreaNameChars);
    if (!name.ok()) return name;
    if (!seen.insert(name_key(areas[i].name)).second) {
      return Status::Invalid(prefix + "name", prefix + "name repeats another area");
    }
    const Status description =
        check_max_length(prefix + "description", areas[i].description, kMaxLifeAreaDescriptionChars);
    if (!description.ok()) return description;
  }
  return Status::Ok();
}

Status validate_balance_ratings(const std::vector<AreaRating>& ratings, const std::vector<LifeArea>& areas) {
  if (ratings.empty()) return Status::Invalid("ratings", "ratings must rate at least one area");
  std::set<std::string> known;
  for (const LifeArea& area : areas) known.insert(name_key(area.name));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const std::string prefix = indexed("ratings", i) + ".";
    const std::string key = name_key(ratings[i].area);
    if (!known.contains(key)) {
      return Status::Invalid(prefix + "area", prefix + "area must be one of your life areas");
    }
    if (!seen.insert(key).second) {
      return Status::Invalid(prefix + "area", prefix + "area is already rated in this snapshot");
    }
    const Status rating =
        check_range(prefix + "rating", ratings[i].rating, kMinBalanceRating, kMaxBalanceRating);
    if (!rating.ok()) return rating;
  }
  return Status::Ok();
}

std::optional<double> balance_average(const std::vector<AreaRating>& ratings) {
  if (ratings.empty()) return std::nullopt;
  double sum = 0;
  for (const AreaRating& r : ratings) sum += r.rating;
  return sum / static_cast<double>(ratings.size());
}

std::vector<AreaChange> balance_drops(const std::vector<AreaRating>& previous,
                                      const std::vector<AreaRating>& current) {
  std::map<std::string, int> before;
  for (const AreaRating& r : previous) before.emplace(name_key(r.area), r.rating);
  std::vector<AreaChange> drops;
  for (const AreaRating& r : current) {
    const auto it = before.find(name_key(r.area));
    if (it != before.end() && it->second - r.rating >= kBalanceDropAlert) {
      drops.push_back({r.area, it->second, r.rating});
    }
  }
  std::stable_sort(drops.begin(), drops.end(), [](const AreaChange& a, const AreaChange& b) {
    return a.previous - a.current > b.previous - b.current;
  });
  return drops;
}

std::vector<AreaRating> lowest_balance_areas(const std::vector<AreaRating>& ratings, std::size_t count) {
  if (count == 0) return {};
  std::vector<AreaRating> sorted = ratings;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const AreaRating& a, const AreaRating& b) { return a.rating < b.rating; });
  std::size_t keep = std::min(count, sorted.size());
  while (keep > 0 && keep < sorted.size() && sorted[keep].rating == sorted[keep - 1].rating) ++keep;
  sorted.resize(keep);
  return sorted;
}

Status validate_practice_text(std::string_view text) {
  return check_required_text("text", text, kMaxPracticeChars);
}

Status validate_practice_item(const ProfileItem& item, const std::vector<std::string>& other_names) {
  if (Status s = check_required_text("name", item.name, kMaxPracticeChars); !s.ok()) return s;
  if (Status s = check_max_length("note", item.note, kMaxProfileItemNoteChars); !s.ok()) return s;
  return check_fits_in_list(item.name, other_names);
}

Status validate_routine_frequency(const RoutineFrequency& frequency) {
  if (!frequency.kind.empty()) {
    if (Status s = check_one_of("frequency", frequency.kind, kFrequencyKinds); !s.ok()) return s;
  }
  if (frequency.kind != "per_week") {
    if (!frequency.times_per_week) return Status::Ok();
    return Status::Invalid("times_per_week", "times_per_week is only for a frequency of per_week");
  }
  if (!frequency.times_per_week) return Status::Invalid("times_per_week", "times_per_week is required for per_week");
  return check_range("times_per_week", *frequency.times_per_week, kMinTimesPerWeek, kMaxTimesPerWeek);
}

std::string routine_frequency_label(const RoutineFrequency& frequency) {
  if (frequency.kind == "daily") return "Daily";
  if (frequency.kind == "per_week") return std::to_string(frequency.times_per_week.value_or(kMinTimesPerWeek)) + " times a week";
  if (frequency.kind == "weekly") return "Weekly";
  if (frequency.kind == "monthly") return "Monthly";
  return "";
}

Status validate_self_care_ticks(std::string_view kind, const std::vector<SelfCareTick>& ticks) {
  if (ticks.empty()) return Status::Ok();
  if (kind != "weekly") return Status::Invalid("self_care", "self_care is only for weekly reflections");
  if (ticks.size() > kMaxSelfCareTicks) {
    return Status::Invalid("self_care", "self_care must hold at most " + std::to_string(kMaxSelfCareTicks) + " routines");
  }
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const std::string field = indexed("self_care", i) + ".item_id";
    if (Status s = check_positive_id(field, ticks[i].item_id); !s.ok()) return s;
    for (std::size_t j = 0; j < i; ++j) {
      if (ticks[j].item_id == ticks[i].item_id) return Status::Invalid(field, field + " repeats a routine ticked already");
    }
  }
  return Status::Ok();
}

SelfCareSummary summarise_self_care(const std::vector<TickedRoutine>& routines) {
  SelfCareSummary out;
  for (const TickedRoutine& r : routines) {
    if (r.tick.kept) ++out.kept;
    if (r.tick.kept || r.frequency.kind != "monthly") ++out.total;
  }
  if (out.total > 0) out.text = "Kept " + std::to_string(out.kept) + " of " + std::to_string(out.total) + " this week";
  return out;
}

}  // namespace tn

// The energetic centre checked against the mission: item lists, ratings, scores, warnings, advice, worksheet.
#include "domain/alignment.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <utility>

#include "domain/text.h"
#include "domain/values_catalog.h"

namespace tn {
namespace {

constexpr std::string_view kCategoryIds[] = {"values", "skills", "strengths", "passions"};

constexpr std::string_view kRatingLabels[] = {
    "pulls against the mission", "rarely fits", "fits in part", "fits well", "powers the mission"};

constexpr int kCategoryWeights[] = {40, 20, 20, 20};

constexpr std::string_view kCategoryRules[] = {
    "Average over your values: a rating of 1 scores 0 and each step up adds 25, so 5 scores 100.",
    "Average over your skills: each rating point is worth 20, since skills can usually be flexed.",
    "Average over your strengths: each rating point is worth 20, since strengths can usually be flexed.",
    "Average over your passions: 3 or more scores 100 (1 scores 33, 2 scores 67), as partial fit is enough.",
};

constexpr std::string_view kLinkKindIds[] = {"conflict", "synergy"};

constexpr std::string_view kActionKindIds[] = {"lean_into", "hand_off"};

constexpr std::string_view kChangeIds[] = {"up", "down", "same", "new", "gone"};

std::size_t index_of(AlignmentCategory category) { return static_cast<std::size_t>(category); }

// Rounds half up; the small nudge keeps values like 62.5 computed as 62.4999999 from rounding down.
int round_score(double score) { return static_cast<int>(std::floor(score + 0.5 + 1e-9)); }

// The 0..1 credit an item earns for its rating; see score_alignment.
double item_credit(AlignmentCategory category, int rating) {
  const int r = std::clamp(rating, kMinAlignmentRating, kMaxAlignmentRating);
  switch (category) {
    case AlignmentCategory::kValues:
      return (r - 1) / 4.0;
    case AlignmentCategory::kSkills:
    case AlignmentCategory::kStrengths:
      return r / 5.0;
    case AlignmentCategory::kPassions:
      return std::min(r, 3) / 3.0;
  }
  return 0.0;
}

// Name and note rules of one profile item, with fields "<prefix>name" and "<prefix>note".
Status check_profile_fields(const std::string& prefix, const ProfileItem& item) {
  if (Status s = check_required_text(prefix + "name", item.name, kMaxProfileItemNameChars); !s.ok()) return s;
  return check_max_length(prefix + "note", item.note, kMaxProfileItemNoteChars);
}

// Parses `id` as the index of the matching entry in `ids`, naming `field` and listing the choices on error.
template <std::size_t N>
Result<std::size_t> parse_id_field(const std::string& field, std::string_view id,
                                   const std::string_view (&ids)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (ids[i] == id) return i;
  }
  std::string choices;
  for (std::size_t i = 0; i < N; ++i) choices += (i == 0 ? "" : ", ") + std::string(ids[i]);
  return Status::Invalid(field, field + " must be one of " + choices);
}

// The ratings that pass `keep`, highest rating first (lowest first when `lowest_first`), ties in input order.
std::vector<const AlignmentRating*> pick_by_rating(const std::vector<AlignmentRating>& ratings,
                                                   bool (*keep)(const AlignmentRating&), bool lowest_first) {
  std::vector<const AlignmentRating*> picked;
  for (const AlignmentRating& r : ratings) {
    if (keep(r)) picked.push_back(&r);
  }
  std::stable_sort(picked.begin(), picked.end(), [lowest_first](const auto* a, const auto* b) {
    return lowest_first ? a->rating < b->rating : a->rating > b->rating;
  });
  return picked;
}

// Strengths and passions rated 4-5 and skills rated 5 are worth leaning into.
bool worth_leaning_into(const AlignmentRating& r) {
  switch (r.category) {
    case AlignmentCategory::kValues:
      return false;
    case AlignmentCategory::kSkills:
      return r.rating == 5;
    default:
      return r.rating == 4 || r.rating == 5;
  }
}

// Skills, strengths and passions rated 1-2 point at work to avoid, postpone or hand off.
bool worth_handing_off(const AlignmentRating& r) {
  return r.category != AlignmentCategory::kValues && (r.rating == 1 || r.rating == 2);
}

// Entry texts of one worksheet list: at most 20, each required and at most 300 characters.
Status check_worksheet_list(const std::string& list, const std::vector<std::string>& entries) {
  if (entries.size() > kMaxWorksheetEntries) {
    return Status::Invalid(list, list + " must hold at most 20 entries");
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Status entry = check_required_text(indexed(list, i), entries[i], kMaxWorksheetEntryChars);
    if (!entry.ok()) return entry;
  }
  return Status::Ok();
}

std::string lean_into_sentence(const AlignmentRating& r) {
  const std::string name = trim(r.item);
  switch (r.category) {
    case AlignmentCategory::kSkills:
      return "Volunteer for work that calls on your skill in " + name + ".";
    case AlignmentCategory::kStrengths:
      return "Seek out work that uses your strength in " + name + ".";
    default:
      return "Make room for work that feeds your passion for " + name + ".";
  }
}

std::string hand_off_sentence(const AlignmentRating& r) {
  const std::string name = trim(r.item);
  switch (r.category) {
    case AlignmentCategory::kSkills:
      return "Delegate or postpone tasks that lean mainly on " + name + "; they add little to the mission.";
    case AlignmentCategory::kStrengths:
      return "Avoid building your role around " + name + "; it does little for the mission here.";
    default:
      return "Feed your passion for " + name + " outside work rather than forcing it into this role.";
  }
}

}  // namespace

std::string_view alignment_category_id(AlignmentCategory category) {
  return kCategoryIds[index_of(category)];
}

Result<AlignmentCategory> parse_alignment_category_field(const std::string& field, std::string_view id) {
  const Result<std::size_t> index = parse_id_field(field, id, kCategoryIds);
  if (!index.ok()) return index.status();
  return static_cast<AlignmentCategory>(*index);
}

Status check_fits_in_list(const std::string& name, const std::vector<std::string>& other_names) {
  const std::string key = name_key(name);
  for (const std::string& other : other_names) {
    if (name_key(other) == key) return Status::Invalid("name", "name is already in this list");
  }
  if (other_names.size() >= kMaxProfileItemsPerList) {
    return Status::Conflict("This list already holds 50 items; remove one before adding another.", "items");
  }
  return Status::Ok();
}

Status validate_profile_item(const ProfileItem& item, const std::vector<std::string>& other_names) {
  if (Status s = check_profile_fields("", item); !s.ok()) return s;
  return check_fits_in_list(item.name, other_names);
}

Status validate_profile_list(const std::vector<ProfileItem>& items) {
  if (items.size() > kMaxProfileItemsPerList) {
    return Status::Invalid("items", "items must hold at most 50 entries");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string prefix = indexed("items", i) + ".";
    if (Status s = check_profile_fields(prefix, items[i]); !s.ok()) return s;
    if (!seen.insert(name_key(items[i].name)).second) {
      return Status::Invalid(prefix + "name", prefix + "name is already in this list");
    }
  }
  return Status::Ok();
}

std::string_view alignment_rating_label(int rating) {
  if (rating < kMinAlignmentRating || rating > kMaxAlignmentRating) return {};
  return kRatingLabels[rating - kMinAlignmentRating];
}

Status validate_alignment_ratings(const std::vector<AlignmentRating>& ratings) {
  if (ratings.empty()) return Status::Invalid("ratings", "ratings must include at least one item");
  std::array<std::size_t, kAlignmentCategoryCount> counts{};
  for (const AlignmentRating& r : ratings) ++counts[index_of(r.category)];
  for (const AlignmentCategory category : kAlignmentCategories) {
    const std::size_t limit =
        category == AlignmentCategory::kValues ? kMaxRatedValues : kMaxProfileItemsPerList;
    if (counts[index_of(category)] > limit) {
      return Status::Invalid("ratings", "ratings may include at most " + std::to_string(limit) + " " +
                                            std::string(alignment_category_id(category)));
    }
  }
  std::set<std::pair<AlignmentCategory, std::string>> seen;
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const AlignmentRating& r = ratings[i];
    const std::string prefix = indexed("ratings", i) + ".";
    if (Status s = check_required_text(prefix + "item", r.item, kMaxProfileItemNameChars); !s.ok()) return s;
    if (!seen.emplace(r.category, name_key(r.item)).second) {
      return Status::Invalid(prefix + "item", prefix + "item is already rated in this assessment");
    }
    const Status rating = check_range(prefix + "rating", r.rating, kMinAlignmentRating, kMaxAlignmentRating);
    if (!rating.ok()) return rating;
    if (Status s = check_max_length(prefix + "note", r.note, kMaxProfileItemNoteChars); !s.ok()) return s;
  }
  return Status::Ok();
}

int alignment_category_weight(AlignmentCategory category) { return kCategoryWeights[index_of(category)]; }

std::string_view alignment_category_rule(AlignmentCategory category) {
  return kCategoryRules[index_of(category)];
}

AlignmentScores score_alignment(const std::vector<AlignmentRating>& ratings) {
  std::array<double, kAlignmentCategoryCount> credit_sums{};
  std::array<int, kAlignmentCategoryCount> counts{};
  for (const AlignmentRating& r : ratings) {
    credit_sums[index_of(r.category)] += item_credit(r.category, r.rating);
    ++counts[index_of(r.category)];
  }
  AlignmentScores scores;
  double weighted_sum = 0;
  int total_weight = 0;
  for (const AlignmentCategory category : kAlignmentCategories) {
    const std::size_t c = index_of(category);
    if (counts[c] == 0) continue;
    const double score = 100.0 * credit_sums[c] / counts[c];
    scores.by_category[c] = round_score(score);
    weighted_sum += alignment_category_weight(category) * score;
    total_weight += alignment_category_weight(category);
  }
  if (total_weight == 0) {
    scores.explanation = "Nothing is rated yet, so there is no score.";
    return scores;
  }
  scores.overall = round_score(weighted_sum / total_weight);
  std::string weights;
  for (const AlignmentCategory category : kAlignmentCategories) {
    if (!scores.of(category)) continue;
    const int percent = round_score(100.0 * alignment_category_weight(category) / total_weight);
    weights += (weights.empty() ? "" : ", ") + std::string(alignment_category_id(category)) + " " +
               std::to_string(percent) + "%";
  }
  scores.explanation = "Weighted average of the category scores: " + weights +
                       (total_weight < 100 ? " (categories with no items are left out)." : ".");
  return scores;
}

AlignmentScoreDelta compare_alignment_scores(const AlignmentScores& previous,
                                             const AlignmentScores& current) {
  const auto minus = [](std::optional<int> now, std::optional<int> before) -> std::optional<int> {
    if (!now || !before) return std::nullopt;
    return *now - *before;
  };
  AlignmentScoreDelta delta;
  for (std::size_t c = 0; c < kAlignmentCategoryCount; ++c) {
    delta.by_category[c] = minus(current.by_category[c], previous.by_category[c]);
  }
  delta.overall = minus(current.overall, previous.overall);
  return delta;
}

std::vector<AlignmentWarning> alignment_warnings(const std::vector<AlignmentRating>& ratings) {
  std::vector<AlignmentWarning> warnings;
  for (const int rating : {1, 2}) {
    for (const AlignmentRating& r : ratings) {
      if (r.category != AlignmentCategory::kValues || r.rating != rating) continue;
      const std::string name = trim(r.item);
      if (rating == 1) {
        warnings.push_back({AlignmentWarning::Level::kValuesConflict, name,
                            "Values conflict: " + name + " works against the mission. A core value cannot "
                            "be bent to fit, so treat this as a serious warning sign."});
      } else {
        warnings.push_back({AlignmentWarning::Level::kValueStrain, name,
                            name + " fits the mission poorly. Keep an eye on it: a gap in values rarely "
                            "closes on its own."});
      }
    }
  }
  return warnings;
}

AlignmentSuggestions alignment_suggestions(const std::vector<AlignmentRating>& ratings) {
  AlignmentSuggestions suggestions;
  for (const AlignmentRating* r : pick_by_rating(ratings, worth_leaning_into, /*lowest_first=*/false)) {
    suggestions.lean_into.push_back(lean_into_sentence(*r));
  }
  for (const AlignmentRating* r : pick_by_rating(ratings, worth_handing_off, /*lowest_first=*/true)) {
    suggestions.hand_off.push_back(hand_off_sentence(*r));
  }
  return suggestions;
}

Status validate_alignment_actions(const std::vector<std::string>& lean_into,
                                  const std::vector<std::string>& hand_off) {
  const std::pair<const char*, const std::vector<std::string>*> lists[] = {{"lean_into", &lean_into},
                                                                           {"hand_off", &hand_off}};
  for (const auto& [list, entries] : lists) {
    if (entries->size() > kMaxAlignmentActions) {
      return Status::Invalid(list, std::string(list) + " must hold at most 20 entries");
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
      const Status s = check_required_text(indexed(list, i), (*entries)[i], kMaxAlignmentActionChars);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

std::string_view alignment_action_kind_id(AlignmentActionKind kind) {
  return kActionKindIds[static_cast<std::size_t>(kind)];
}

Result<AlignmentActionKind> parse_alignment_action_kind_field(const std::string& field, std::string_view id) {
  const Result<std::size_t> index = parse_id_field(field, id, kActionKindIds);
  if (!index.ok()) return index.status();
  return static_cast<AlignmentActionKind>(*index);
}

Initiative initiative_from_alignment_action(AlignmentActionKind kind, std::string_view text) {
  const std::string trimmed = trim(text);
  Initiative out;
  out.title = utf8_shortened(trimmed, kInitiativeTitleMaxChars - 1);
  out.why = kind == AlignmentActionKind::kLeanInto
                ? "It fits the mission well: my alignment check lists it as work to lean into"
                : "It fits the mission poorly: my alignment check lists it as work to avoid, postpone or hand off";
  out.why += out.title == trimmed ? "." : ": " + trimmed;
  out.horizon = "short";
  out.status = std::string(kStatusPlanned);
  return out;
}

std::string_view rating_change_id(RatingChange change) { return kChangeIds[static_cast<std::size_t>(change)]; }

AlignmentComparison compare_alignment_snapshots(const std::vector<AlignmentRating>& from,
                                                const std::vector<std::int64_t>& from_ids,
                                                const std::vector<AlignmentRating>& to,
                                                const std::vector<std::int64_t>& to_ids) {
  const auto id_at = [](const std::vector<std::int64_t>& ids, std::size_t i) { return i < ids.size() ? ids[i] : 0; };
  std::vector<bool> used(from.size(), false);
  // The unused item of `from` in `category` that `same` accepts, if any.
  const auto find_from = [&](AlignmentCategory category, auto same) -> std::optional<std::size_t> {
    for (std::size_t j = 0; j < from.size(); ++j) {
      if (!used[j] && from[j].category == category && same(j)) return j;
    }
    return std::nullopt;
  };
  AlignmentComparison out;
  std::vector<std::optional<std::size_t>> match(to.size());
  for (std::size_t i = 0; i < to.size(); ++i) {  // by id first, so a rename keeps its item
    const std::int64_t id = id_at(to_ids, i);
    if (id == 0) continue;
    match[i] = find_from(to[i].category, [&](std::size_t j) { return id_at(from_ids, j) == id; });
    if (match[i]) used[*match[i]] = true;
  }
  for (std::size_t i = 0; i < to.size(); ++i) {
    if (match[i]) continue;
    const std::string key = name_key(to[i].item);
    match[i] = find_from(to[i].category, [&](std::size_t j) { return name_key(from[j].item) == key; });
    if (match[i]) used[*match[i]] = true;
  }
  for (std::size_t i = 0; i < to.size(); ++i) {
    AlignmentItemChange c{to[i].category, id_at(to_ids, i), to[i].item, std::nullopt, to[i].rating, RatingChange::kNew};
    if (match[i]) {
      c.from = from[*match[i]].rating;
      c.change = *c.to > *c.from ? RatingChange::kUp : *c.to < *c.from ? RatingChange::kDown : RatingChange::kSame;
    }
    out.items.push_back(std::move(c));
  }
  for (std::size_t j = 0; j < from.size(); ++j) {
    if (!used[j]) out.items.push_back({from[j].category, id_at(from_ids, j), from[j].item, from[j].rating, std::nullopt,
                                       RatingChange::kGone});
  }
  // By group (up, down, new, gone, same), the size of the move, then category; stable, so the rest keeps the
  // order the items were added in.
  constexpr int kGroupOrder[] = {0, 1, 4, 2, 3};  // indexed by RatingChange
  const auto group = [&](const AlignmentItemChange& c) { return kGroupOrder[static_cast<std::size_t>(c.change)]; };
  const auto size_of_move = [](const AlignmentItemChange& c) { return c.from && c.to ? std::abs(*c.to - *c.from) : 0; };
  std::stable_sort(out.items.begin(), out.items.end(), [&](const AlignmentItemChange& a, const AlignmentItemChange& b) {
    if (group(a) != group(b)) return group(a) < group(b);
    if (size_of_move(a) != size_of_move(b)) return size_of_move(a) > size_of_move(b);
    return a.category < b.category;
  });
  for (const AlignmentItemChange& c : out.items) ++out.counts[static_cast<std::size_t>(c.change)];
  out.scores = compare_alignment_scores(score_alignment(from), score_alignment(to));
  return out;
}

std::string_view worksheet_link_kind_id(WorksheetLinkKind kind) {
  return kLinkKindIds[static_cast<std::size_t>(kind)];
}

Result<WorksheetLinkKind> parse_worksheet_link_kind_field(const std::string& field, std::string_view id) {
  const Result<std::size_t> index = parse_id_field(field, id, kLinkKindIds);
  if (!index.ok()) return index.status();
  return static_cast<WorksheetLinkKind>(*index);
}

Status validate_alignment_worksheet(const AlignmentWorksheet& worksheet) {
  if (Status s = check_worksheet_list("professional_goals", worksheet.professional_goals); !s.ok()) return s;
  if (Status s = check_worksheet_list("personal_aspirations", worksheet.personal_aspirations); !s.ok()) {
    return s;
  }
  std::set<std::pair<int, int>> linked;
  for (std::size_t i = 0; i < worksheet.links.size(); ++i) {
    const WorksheetLink& link = worksheet.links[i];
    const std::string prefix = indexed("links", i);
    const auto goal_count = static_cast<long long>(worksheet.professional_goals.size());
    const auto aspiration_count = static_cast<long long>(worksheet.personal_aspirations.size());
    if (link.goal_index < 0 || link.goal_index >= goal_count) {
      return Status::Invalid(prefix + ".goal_index", prefix + ".goal_index must refer to one of the goals");
    }
    if (link.aspiration_index < 0 || link.aspiration_index >= aspiration_count) {
      return Status::Invalid(prefix + ".aspiration_index",
                             prefix + ".aspiration_index must refer to one of the aspirations");
    }
    if (!linked.emplace(link.goal_index, link.aspiration_index).second) {
      return Status::Invalid(prefix, prefix + " links a goal and an aspiration that are already linked");
    }
    if (Status s = check_max_length(prefix + ".note", link.note, kMaxWorksheetNoteChars); !s.ok()) return s;
  }
  return Status::Ok();
}

std::vector<std::string> suggest_worksheet_adjustments(const AlignmentWorksheet& worksheet) {
  std::vector<std::string> adjustments;
  for (const WorksheetLinkKind kind : {WorksheetLinkKind::kConflict, WorksheetLinkKind::kSynergy}) {
    for (const WorksheetLink& link : worksheet.links) {
      if (link.kind != kind || link.goal_index < 0 || link.aspiration_index < 0 ||
          static_cast<std::size_t>(link.goal_index) >= worksheet.professional_goals.size() ||
          static_cast<std::size_t>(link.aspiration_index) >= worksheet.personal_aspirations.size()) {
        continue;
      }
      const std::string goal = quoted(trim(worksheet.professional_goals[link.goal_index]), QuoteMarks::kTypographic);
      const std::string aspiration =
          quoted(trim(worksheet.personal_aspirations[link.aspiration_index]), QuoteMarks::kTypographic);
      if (kind == WorksheetLinkKind::kConflict) {
        adjustments.push_back("Look for a way to pursue " + goal + " that protects " + aspiration +
                              "; if there is none, decide which one waits, and for how long.");
      } else {
        adjustments.push_back(goal + " and " + aspiration +
                              " pull in the same direction: lean on that and plan them together.");
      }
    }
  }
  return adjustments;
}

}  // namespace tn

// Goals: initiatives with milestones, the focus rule, SMART check, health, stop-doing list and career roads.
#include "domain/goals.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "domain/text.h"

namespace tn {
namespace {

// The rule of a milestone that is an initiative (entry `i`): allowed on roads (`may_be_initiative`), with a
// positive id not linked by an earlier entry.
Status check_milestone_initiative(const std::vector<Milestone>& milestones, std::size_t i, bool may_be_initiative) {
  const std::string field = indexed("milestones", i) + ".initiative_id";
  if (!may_be_initiative) {
    return Status::Invalid(field, field + " must not be set: only a career road's milestone can be an initiative");
  }
  if (Status s = check_positive_id(field, *milestones[i].initiative_id); !s.ok()) return s;
  for (std::size_t j = 0; j < i; ++j) {
    if (milestones[j].initiative_id == milestones[i].initiative_id) {
      return Status::Invalid(field, field + " repeats an initiative that is already a milestone of this road");
    }
  }
  return Status::Ok();
}

Status validate_milestones(const std::vector<Milestone>& milestones, bool may_be_initiative) {
  if (milestones.size() > kMaxMilestones) {
    return Status::Invalid("milestones",
                           "milestones must have at most " + std::to_string(kMaxMilestones) + " items");
  }
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    const std::string prefix = indexed("milestones", i) + ".";
    if (milestones[i].initiative_id) {
      if (Status s = check_milestone_initiative(milestones, i, may_be_initiative); !s.ok()) return s;
      continue;
    }
    if (Status s =
            first_error({check_required_text(prefix + "title", milestones[i].title, kMilestoneTitleMaxChars),
                         check_optional_date(prefix + "due_date", milestones[i].due_date)});
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

Status require_when_active(const std::string& field, const Initiative& initiative, std::string_view date) {
  if (initiative.status == kStatusActive && date.empty()) {
    return Status::Invalid(field, field + " is required when status is active");
  }
  return Status::Ok();
}

Status check_delegate_to(const StopDoingItem& item) {
  if (item.action == kActionDelegate && trim(item.delegate_to).empty()) {
    return Status::Invalid("delegate_to", "delegate_to is required when action is delegate");
  }
  return check_max_length("delegate_to", item.delegate_to, kDelegateToMaxChars);
}

std::size_t word_count(std::string_view s) {
  std::istringstream in{std::string(s)};
  std::size_t n = 0;
  for (std::string word; in >> word;) ++n;
  return n;
}

// True when `title` opens with a vague phrase as a whole word and holds no digit.
bool starts_with_vague_phrase_without_number(std::string_view title) {
  static constexpr std::string_view kVaguePhrases[] = {"improve",   "get better", "work on",  "be more",
                                                       "be better", "do more",    "focus on", "try to"};
  if (std::any_of(title.begin(), title.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const std::string lower = ascii_lower(title);
  return std::any_of(std::begin(kVaguePhrases), std::end(kVaguePhrases), [&](std::string_view phrase) {
    return lower.starts_with(phrase) &&
           (lower.size() == phrase.size() || !std::isalpha(static_cast<unsigned char>(lower[phrase.size()])));
  });
}

// The lowercase words of `text`: runs of ASCII letters (digits and other characters separate them).
std::vector<std::string> ascii_words(std::string_view text) {
  std::vector<std::string> words(1);
  for (const char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// Words that make a result checkable: amounts, dates, and outcomes someone can see happen.
constexpr std::string_view kNumberWords[] = {
    "one",     "two",    "three",  "four",    "five",    "six",    "seven",   "eight",   "nine",   "ten",
    "eleven",  "twelve", "twenty", "thirty",  "forty",   "fifty",  "hundred", "thousand", "million", "dozen",
    "half",    "twice",  "double", "triple",  "first",   "percent"};
constexpr std::string_view kDateWords[] = {
    "january", "february", "march",  "april",    "may",      "june",   "july",   "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday"};
constexpr std::string_view kOutcomeWords[] = {
    "accepted",  "adopted",  "agreed",   "approved", "awarded",   "booked",    "certified", "closed",
    "completed", "delivered", "deployed", "finished", "funded",   "granted",   "hired",     "launched",
    "live",      "merged",   "passed",   "presented", "production", "promoted", "published", "released",
    "shipped",   "signed",   "sold",     "submitted", "won",      "yes"};

template <std::size_t N>
bool contains_word(const std::string_view (&list)[N], const std::string& word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// True when `text` names something a reader could check: a digit, or a number, date or outcome word.
bool names_checkable_result(std::string_view text) {
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  const std::vector<std::string> words = ascii_words(text);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return contains_word(kNumberWords, w) || contains_word(kDateWords, w) || contains_word(kOutcomeWords, w);
  });
}

constexpr SmartGap kTitleTooShort{
    "title_too_short", 'S', "Specific",
    "Name the result in at least three words, e.g. \"Ship the billing API v2\"."};
constexpr SmartGap kTitleVagueVerb{"title_vague_verb", 'S', "Specific",
                                   "Say what will exist or change when it is done, or add a number, "
                                   "instead of a vague verb like \"improve\"."};
constexpr SmartGap kMeasureTooVague{
    "measure_too_vague", 'S', "Specific",
    "Say exactly which result, in a few words: \"AWS Solutions Architect exam passed\", not \"Certificate\"."};
constexpr SmartGap kNoMeasure{
    "no_measure", 'M', "Measurable",
    "Write down how you will know it worked: a number, a date or an outcome someone could check."};
constexpr SmartGap kMeasureNotCheckable{
    "measure_not_checkable", 'M', "Measurable",
    "Add what a reader could check: a number (\"3 talks given\"), a date (\"by 30 June\") or an "
    "outcome (\"exam passed\", \"guide published\", \"my manager agreed\")."};
constexpr SmartGap kFinishBeforeStart{
    "finish_before_start", 'A', "Achievable",
    "The finish date is before the start date: give it a real time window."};
constexpr SmartGap kNoLink{"no_link", 'R', "Relevant",
                           "Link it to a core value or mark that it supports your vision, so it is clear why "
                           "it matters."};
constexpr SmartGap kNoFinishDate{"no_finish_date", 'T', "Time-bound",
                                 "Pick a finish date; without one it can slide forever."};

std::string days_phrase(long long days) {
  if (days == 0) return "today";
  return "in " + std::to_string(days) + (days == 1 ? " day" : " days");
}

// The rounded percentage of `span` days that `elapsed` days represent (100 for an empty span).
long long percent_of(long long elapsed, long long span) {
  if (span <= 0) return 100;
  return (elapsed * 100 + span / 2) / span;
}

}  // namespace

Status validate_initiative(const Initiative& in) {
  return first_error({
      check_required_text("title", in.title, kInitiativeTitleMaxChars),
      check_max_length("why", in.why, kInitiativeWhyMaxChars),
      check_id_list("value_ids", in.value_ids, "repeats a value already linked"),
      check_one_of("horizon", in.horizon, kHorizons),
      check_optional_date("start_date", in.start_date),
      check_optional_date("finish_date", in.finish_date),
      check_max_length("measure_of_success", in.measure_of_success, kMeasureOfSuccessMaxChars),
      check_one_of("status", in.status, kInitiativeStatuses),
      require_when_active("start_date", in, in.start_date),
      require_when_active("finish_date", in, in.finish_date),
      check_range("progress", in.progress, 0, 100),
      validate_milestones(in.milestones, false),
  });
}

Status check_initiative_id(const std::optional<std::int64_t>& initiative_id) {
  if (!initiative_id) return Status::Ok();
  return check_positive_id("initiative_id", *initiative_id);
}

FocusDecision check_focus_rule(const std::vector<std::int64_t>& active_ids,
                               std::optional<std::int64_t> initiative_id, std::string_view requested_status) {
  const bool already_active =
      initiative_id && std::find(active_ids.begin(), active_ids.end(), *initiative_id) != active_ids.end();
  if (requested_status != kStatusActive || already_active || active_ids.size() < kMaxActiveInitiatives) {
    return FocusDecision{};
  }
  return FocusDecision{Status::Conflict("You already have " + std::to_string(active_ids.size()) +
                                            " active initiatives. Postpone or drop one before starting "
                                            "another: focus is what makes them happen.",
                                        "status"),
                       active_ids};
}

std::vector<SmartGap> smart_gaps(const Initiative& in) {
  std::vector<SmartGap> gaps;
  const std::string title = trim(in.title);
  if (word_count(title) < 3) {
    gaps.push_back(kTitleTooShort);
  } else if (starts_with_vague_phrase_without_number(title)) {
    gaps.push_back(kTitleVagueVerb);
  }
  const std::string measure = trim(in.measure_of_success);
  if (gaps.empty() && !measure.empty() && word_count(measure) < 3) gaps.push_back(kMeasureTooVague);
  if (measure.empty()) {
    gaps.push_back(kNoMeasure);
  } else if (!names_checkable_result(measure)) {
    gaps.push_back(kMeasureNotCheckable);
  }
  const std::optional<Date> start = parse_date(in.start_date);
  const std::optional<Date> finish = parse_date(in.finish_date);
  if (start && finish && *finish < *start) gaps.push_back(kFinishBeforeStart);
  if (in.value_ids.empty() && !in.supports_vision) gaps.push_back(kNoLink);
  if (!finish) gaps.push_back(kNoFinishDate);
  return gaps;
}

Health initiative_health(const Initiative& in, const Date& today) {
  if (in.status == kStatusPlanned) {
    return {kHealthNotStarted, in.start_date.empty() ? "Planned, not started yet."
                                                     : "Planned to start on " + in.start_date + "."};
  }
  if (in.status != kStatusActive) {
    return {kHealthNotApplicable,
            "Health is tracked for active initiatives only; this one is " + in.status + "."};
  }
  const std::optional<Date> start = parse_date(in.start_date);
  const std::optional<Date> finish = parse_date(in.finish_date);
  if (finish && today > *finish) {
    return {kHealthOverdue, "The finish date " + finish->str() + " has passed and it is not done."};
  }
  const std::optional<std::size_t> next = next_milestone_index(in.milestones);
  const std::optional<Date> next_due = next ? parse_date(in.milestones[*next].due_date) : std::nullopt;
  if (next_due && *next_due < today) {
    return {kHealthOverdue,
            "Milestone \"" + in.milestones[*next].title + "\" was due on " + next_due->str() + "."};
  }
  std::string pace;
  if (start && finish && today >= *start) {
    const long long span = finish->days() - start->days();
    const long long elapsed = today.days() - start->days();
    const long long elapsed_percent = percent_of(elapsed, span);
    // Exact form of "elapsed share - progress > tolerance", free of rounding: scaled by the span.
    const bool behind = span <= 0 ? 100 - in.progress > kBehindPaceTolerancePoints
                                  : elapsed * 100 - in.progress * span > kBehindPaceTolerancePoints * span;
    if (behind) {
      return {kHealthAtRisk, "Progress is " + std::to_string(in.progress) + "% but " +
                                 std::to_string(elapsed_percent) + "% of the time has passed."};
    }
    pace = "Progress " + std::to_string(in.progress) + "% keeps pace with the time passed (" +
           std::to_string(elapsed_percent) + "%).";
  }
  if (next_due && next_due->days() - today.days() <= kMilestoneSoonDays) {
    return {kHealthAtRisk, "Milestone \"" + in.milestones[*next].title + "\" is due " +
                               days_phrase(next_due->days() - today.days()) + " and not done."};
  }
  if (!pace.empty()) return {kHealthOnTrack, pace};
  if (start && today < *start) return {kHealthOnTrack, "Starts on " + start->str() + "."};
  return {kHealthOnTrack, "Nothing is overdue."};
}

std::vector<std::size_t> upcoming_milestone_indices(const std::vector<Milestone>& milestones) {
  std::vector<std::size_t> undone;
  std::vector<std::optional<Date>> due(milestones.size());
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    if (milestones[i].done) continue;
    undone.push_back(i);
    due[i] = parse_date(milestones[i].due_date);
  }
  // Dated milestones first, earliest first; undated ones after them; ties keep list order.
  std::stable_sort(undone.begin(), undone.end(), [&](std::size_t a, std::size_t b) {
    if (due[a] && due[b]) return *due[a] < *due[b];
    return due[a].has_value() && !due[b].has_value();
  });
  return undone;
}

std::optional<std::size_t> next_milestone_index(const std::vector<Milestone>& milestones) {
  const std::vector<std::size_t> upcoming = upcoming_milestone_indices(milestones);
  if (upcoming.empty()) return std::nullopt;
  return upcoming.front();
}

Status validate_stop_doing_item(const StopDoingItem& item) {
  return first_error({
      check_required_text("text", item.text, kStopDoingTextMaxChars),
      check_one_of("action", item.action, kStopActions),
      check_delegate_to(item),
      check_optional_date("delegate_by", item.delegate_by),
      check_initiative_id(item.initiative_id),
  });
}

Status validate_career_road(const CareerRoad& road) {
  return first_error({
      check_required_text("name", road.name, kRoadNameMaxChars),
      check_max_length("notes", road.notes, kRoadNotesMaxChars),
      validate_milestones(road.milestones, true),
  });
}

Status check_road_fits_plan(const CareerRoad& candidate, const std::vector<CareerRoad>& others) {
  if (others.size() >= kMaxRoads) {
    return Status::Conflict(
        "A plan holds at most " + std::to_string(kMaxRoads) + " roads. Remove one before adding another.",
        "roads");
  }
  const std::string key = name_key(candidate.name);
  const bool taken = std::any_of(others.begin(), others.end(),
                                 [&](const CareerRoad& road) { return name_key(road.name) == key; });
  if (taken) return Status::Invalid("name", "name is already used by another road");
  return Status::Ok();
}

Status check_decision_id(const std::optional<std::int64_t>& decision_id) {
  if (!decision_id) return Status::Ok();
  return check_positive_id("decision_id", *decision_id);
}

Result<std::vector<CareerRoad>> switch_current_road(std::vector<CareerRoad> roads, std::size_t index) {
  if (index >= roads.size()) return Status::NotFound("road not found");
  for (std::size_t i = 0; i < roads.size(); ++i) roads[i].current = (i == index);
  return roads;
}

}  // namespace tn

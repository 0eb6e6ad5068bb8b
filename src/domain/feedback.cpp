// Feedback (360): the feedback log, its themes, what it says about each core value, and 360 rounds.
#include "domain/feedback.h"

#include <algorithm>
#include <set>

#include "domain/text.h"

namespace tn {
namespace {

Status check_list_size(const std::string& field, std::size_t size, std::size_t max) {
  if (size <= max) return Status::Ok();
  return Status::Invalid(field, field + " must have at most " + std::to_string(max) + " items");
}

Status check_ids(const std::string& field, const std::vector<std::int64_t>& ids, std::size_t max,
                 std::string_view repeat_message) {
  if (Status s = check_list_size(field, ids.size(), max); !s.ok()) return s;
  return check_id_list(field, ids, repeat_message);
}

Status check_optional_id(const std::string& field, const std::optional<std::int64_t>& id) {
  return id ? check_positive_id(field, *id) : Status::Ok();
}

Status check_stances(const Feedback& f) {
  for (std::size_t i = 0; i < f.contradicts_value_ids.size(); ++i) {
    const auto& supported = f.supports_value_ids;
    if (std::find(supported.begin(), supported.end(), f.contradicts_value_ids[i]) != supported.end()) {
      const std::string field = indexed("contradicts_value_ids", i);
      return Status::Invalid(field, field + " is also listed in supports_value_ids: a value is supported or contradicted, not both");
    }
  }
  return Status::Ok();
}

Status check_round_person(const Feedback& f) {
  if (f.round_person_id && !f.round_id) {
    return Status::Invalid("round_person_id", "round_person_id needs the round_id of the same round");
  }
  return check_optional_id("round_person_id", f.round_person_id);
}

// "<n> feedback item(s)".
std::string items_phrase(std::int64_t n) { return std::to_string(n) + (n == 1 ? " feedback item" : " feedback items"); }

}  // namespace

std::string_view feedback_source_label(std::string_view source) {
  if (source == "self") return "Self";
  if (source == "peer") return "Peer";
  if (source == "direct_report") return "Direct report";
  if (source == "manager") return "Manager";
  if (source == "other") return "Other";
  return source;
}

std::string feedback_from_phrase(std::string_view source, std::string_view from_name) {
  if (!trim(from_name).empty()) return trim(from_name);
  if (source == "self") return "yourself";
  if (source == "peer") return "a peer";
  if (source == "direct_report") return "a direct report";
  if (source == "manager") return "your manager";
  return "someone";
}

Status validate_feedback(const Feedback& f) {
  if (f.received_on.empty()) return Status::Invalid("received_on", "received_on is required");
  return first_error({
      parse_date_field("received_on", f.received_on).status(),
      check_one_of("source", f.source, kFeedbackSources),
      check_max_length("from_name", f.from_name, kFeedbackFromMaxChars),
      check_max_length("context", f.context, kFeedbackContextMaxChars),
      check_required_text("said", f.said, kFeedbackSaidMaxChars),
      check_max_length("reflection", f.reflection, kFeedbackReflectionMaxChars),
      check_one_of("points_to", f.points_to, kPointsTo),
      check_ids("theme_ids", f.theme_ids, kFeedbackMaxThemes, "repeats a theme already tagged"),
      check_ids("supports_value_ids", f.supports_value_ids, kFeedbackMaxValues, "repeats a value already tagged"),
      check_ids("contradicts_value_ids", f.contradicts_value_ids, kFeedbackMaxValues, "repeats a value already tagged"),
      check_stances(f),
      check_optional_id("round_id", f.round_id),
      check_round_person(f),
  });
}

Status validate_themes(const std::vector<ThemeInput>& themes) {
  if (themes.size() < kMinThemes || themes.size() > kMaxThemes) {
    return Status::Invalid("themes", "themes must have between " + std::to_string(kMinThemes) + " and " +
                                         std::to_string(kMaxThemes) + " items");
  }
  std::set<std::string> names;
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < themes.size(); ++i) {
    const std::string prefix = indexed("themes", i) + ".";
    if (Status s = check_optional_id(prefix + "id", themes[i].id); !s.ok()) return s;
    if (themes[i].id && !ids.insert(*themes[i].id).second) {
      return Status::Invalid(prefix + "id", prefix + "id repeats a theme already listed");
    }
    if (Status s = check_required_text(prefix + "name", themes[i].name, kThemeNameMaxChars); !s.ok()) return s;
    if (!names.insert(name_key(themes[i].name)).second) {
      return Status::Invalid(prefix + "name", prefix + "name repeats a theme already listed");
    }
  }
  return Status::Ok();
}

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string value_mention_finding(const ValueMentions& v, std::int64_t feedback_count) {
  if (feedback_count == 0) return "No feedback logged yet.";
  if (v.supports == 0 && v.contradicts == 0) {
    const std::string rank = v.rank > 0 ? "You rank " + v.name + " " + ordinal(v.rank) + ", yet " : "";
    if (feedback_count == 1) return rank + (rank.empty() ? "Your" : "your") + " one feedback item does not mention it.";
    return rank + (rank.empty() ? "None" : "none") + " of your " + items_phrase(feedback_count) + " mentions it.";
  }
  if (v.contradicts == 0) {
    return items_phrase(v.supports) + (v.supports == 1 ? " supports " : " support ") + v.name + "; none contradicts it.";
  }
  if (v.contradicts > v.supports) {
    return v.name + " is contradicted more often (" + std::to_string(v.contradicts) + ") than supported (" +
           std::to_string(v.supports) + "): worth a conversation.";
  }
  return std::to_string(v.supports) + (v.supports == 1 ? " supports " : " support ") + v.name + ", " +
         std::to_string(v.contradicts) + (v.contradicts == 1 ? " contradicts it." : " contradict it.");
}

std::vector<std::string> recent_months(const Date& today, int count) {
  std::vector<std::string> out;
  for (int back = count - 1; back >= 0; --back) {
    const int total = today.year * 12 + (today.month - 1) - back;
    const Date first{total / 12, total % 12 + 1, 1};
    out.push_back(first.str().substr(0, 7));
  }
  return out;
}

Status validate_round(const FeedbackRound& r) {
  if (r.started_on.empty()) return Status::Invalid("started_on", "started_on is required");
  if (Status s = first_error({check_required_text("name", r.name, kRoundNameMaxChars),
                              parse_date_field("started_on", r.started_on).status(),
                              check_max_length("notes", r.notes, kRoundNotesMaxChars),
                              check_list_size("asked", r.asked.size(), kMaxRoundPeople)});
      !s.ok()) {
    return s;
  }
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < r.asked.size(); ++i) {
    const RoundPersonInput& p = r.asked[i];
    const std::string prefix = indexed("asked", i) + ".";
    if (Status s = check_optional_id(prefix + "id", p.id); !s.ok()) return s;
    if (p.id && !ids.insert(*p.id).second) {
      return Status::Invalid(prefix + "id", prefix + "id repeats a person already listed");
    }
    if (Status s = first_error({check_required_text(prefix + "name", p.name, kFeedbackFromMaxChars),
                                check_one_of(prefix + "source", p.source, kFeedbackSources)});
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

std::vector<RoundSourceSummary> summarise_round(const std::vector<RoundPersonInput>& asked,
                                                const std::vector<RoundAnswer>& answers) {
  std::vector<RoundSourceSummary> out;
  for (const std::string_view source : kFeedbackSources) {
    RoundSourceSummary s{std::string(source)};
    for (const RoundPersonInput& p : asked) {
      if (p.source != source) continue;
      ++s.asked;
      const bool answered = p.id && std::any_of(answers.begin(), answers.end(), [&](const RoundAnswer& a) {
                              return a.person_id == p.id;
                            });
      if (answered) ++s.answered;
    }
    for (const RoundAnswer& a : answers) {
      if (a.source != source) continue;
      ++s.feedback;
      if (a.points_to == kPointsToStrength) ++s.strengths;
      if (a.points_to == kPointsToGrowth) ++s.growth;
    }
    if (s.asked > 0 || s.feedback > 0) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tn

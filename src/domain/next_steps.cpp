// Home's "next" list and the first-run path: what to do next, worked out from plain facts and today's date.
#include "domain/next_steps.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/people.h"
#include "domain/streak.h"
#include "domain/text.h"

namespace tn {
namespace {

// The kinds in the order steps due on the same day are listed.
constexpr std::array<std::string_view, 9> kKindOrder = {
    kStepDecisionReview, kStepCheckIn,         kStepMilestone, kStepInitiativeFinish, kStepPriority,
    kStepMonthlyReview,  kStepWeeklyReflection, kStepAlignment, kStepBalance};

int kind_rank(std::string_view kind) {
  return static_cast<int>(std::find(kKindOrder.begin(), kKindOrder.end(), kind) - kKindOrder.begin());
}

std::string q(std::string_view text) { return quoted(text, QuoteMarks::kTypographic); }

NextStep step(const char* kind, std::string title, std::string why, std::string href, const char* action,
              std::optional<Date> due, const Date& today) {
  const bool overdue = due && *due < today;
  return NextStep{kind, std::move(title), std::move(why), std::move(href), action, due, overdue};
}

void add_rhythm(const NextStepFacts& f, std::vector<NextStep>& out) {
  if (!f.weekly_done_this_week) {
    const IsoWeek week = iso_week(f.today);
    out.push_back(step(kStepWeeklyReflection, "Write this week’s reflection",
                       "Week " + std::to_string(week.week) +
                           " has none yet: a few minutes on its challenges, how you met them, what you learned "
                           "and what to do differently.",
                       "/journal/new/weekly", "Start", iso_week_monday(week).plus_days(6), f.today));
  }
  const MonthlyReviewStatus month = monthly_review_status(f.monthly_reviews, f.today, f.workbook_started);
  if (month.due) {
    const bool catch_up = month.due_from.day == 1;
    out.push_back(step(kStepMonthlyReview, "Write this month’s review",
                       std::string(catch_up ? "Last month has no review, so this one is due from the 1st"
                                            : "Due from the 25th") +
                           ": milestones reached, what you enjoyed, where life feels out of balance and whether "
                           "your work still fits your values.",
                       "/journal/new/monthly", "Start",
                       Date{f.today.year, f.today.month, days_in_month(f.today.year, f.today.month)}, f.today));
  }
}

void add_checks(const NextStepFacts& f, std::vector<NextStep>& out) {
  if (!f.latest_alignment) {
    out.push_back(step(kStepAlignment, "Check your alignment with the mission",
                       "You have not yet rated how your values, skills, strengths and passions fit your "
                       "organisation’s mission.",
                       "/values/alignment", "Start", std::nullopt, f.today));
  } else if (const long long age = f.today.days() - f.latest_alignment->days(); age > kAlignmentFreshDays) {
    out.push_back(step(kStepAlignment, "Check your alignment again",
                       "Your last alignment check was on " + f.latest_alignment->str() + ", " +
                           std::to_string(age) + " days ago. Every three months shows whether work and values drift apart.",
                       "/values/alignment", "Start", f.latest_alignment->plus_days(kAlignmentFreshDays), f.today));
  }
  if (!f.latest_balance) {
    out.push_back(step(kStepBalance, "Rate your life balance",
                       "Rate each area of your life from 0 to 10, then once a month, so change becomes visible.",
                       "/values/balance", "Rate", std::nullopt, f.today));
  } else if (const long long age = f.today.days() - f.latest_balance->days(); age > kBalanceFreshDays) {
    out.push_back(step(kStepBalance, "Rate your life balance again",
                       "Your last balance rating was on " + f.latest_balance->str() + ", " + std::to_string(age) +
                           " days ago. A monthly rating shows which areas are slipping.",
                       "/values/balance", "Rate", f.latest_balance->plus_days(kBalanceFreshDays), f.today));
  }
}

void add_decisions_and_goals(const NextStepFacts& f, std::vector<NextStep>& out) {
  for (const auto& d : f.decisions) {
    if (d.review_on > f.today) continue;
    const std::string chose = d.chosen_option.empty() ? "You decided" : "You chose " + q(d.chosen_option);
    out.push_back(step(kStepDecisionReview, "Review the decision: " + d.title,
                       chose + (d.review_on == f.today ? "; today is" : "; " + d.review_on.str() + " was") +
                           " the day you set to look back. How did it turn out?",
                       "/decisions/" + std::to_string(d.id), "Review", d.review_on, f.today));
  }
  for (const auto& m : f.milestones) {
    if (m.due_on >= f.today) continue;
    out.push_back(step(kStepMilestone, "Milestone: " + m.title,
                       "Part of " + q(m.initiative_title) + ", due " + m.due_on.str() +
                           ". Tick it off, or give it a new date.",
                       "/goals", "Open Goals", m.due_on, f.today));
  }
  for (const auto& i : f.initiatives) {
    if (i.finish_on >= f.today) continue;
    out.push_back(step(kStepInitiativeFinish, "Finish: " + i.title,
                       "Its finish date, " + i.finish_on.str() +
                           ", has passed. Mark it done, or move the date if it still matters.",
                       "/goals", "Open Goals", i.finish_on, f.today));
  }
}

void add_people_and_tasks(const NextStepFacts& f, std::vector<NextStep>& out) {
  for (const auto& p : f.partners) {
    const std::optional<Date> next = next_check_in_due(p.last_met, p.cadence_weeks);
    if (!next || *next > f.today) continue;
    out.push_back(step(kStepCheckIn, "Check in with " + p.name,
                       "You last met on " + p.last_met->str() + " and meet " + ascii_lower(cadence_label(p.cadence_weeks)) +
                           ", so the next check-in was due " + (*next == f.today ? "today" : "on " + next->str()) + ".",
                       "/people/check-ins/new?partner=" + std::to_string(p.id), "Prepare", next, f.today));
  }
  for (const auto& t : f.priorities) {
    if (t.due_on) {
      if (t.due_on->days() - f.today.days() >= kPriorityDueSoonDays) continue;
      out.push_back(step(kStepPriority, t.title, "A task on your priorities matrix, due " + t.due_on->str() + ".",
                         "/goals/priorities", "Open priorities", t.due_on, f.today));
    } else if (t.quadrant == "do") {
      out.push_back(step(kStepPriority, t.title, "On your priorities matrix as urgent and important: do it first.",
                         "/goals/priorities", "Open priorities", std::nullopt, f.today));
    }
  }
}

// 0: due today or before, 1: due later, 2: no date.
int group(const NextStep& s, const Date& today) { return !s.due ? 2 : *s.due <= today ? 0 : 1; }

}  // namespace

std::vector<NextStep> next_steps(const NextStepFacts& facts, const FirstRunFacts& first_run) {
  std::vector<NextStep> steps;
  add_decisions_and_goals(facts, steps);
  add_people_and_tasks(facts, steps);
  add_rhythm(facts, steps);
  add_checks(facts, steps);
  if (first_run_open(first_run)) {
    std::erase_if(steps, [&](const NextStep& s) {
      return !s.due || (s.kind == kStepWeeklyReflection && !first_run.has_weekly_reflection);
    });
  }
  std::stable_sort(steps.begin(), steps.end(), [&](const NextStep& a, const NextStep& b) {
    const int ga = group(a, facts.today), gb = group(b, facts.today);
    if (ga != gb) return ga < gb;
    if (a.due != b.due) return a.due < b.due;
    return kind_rank(a.kind) < kind_rank(b.kind);
  });
  return steps;
}

std::vector<FirstRunStep> first_run_steps(const FirstRunFacts& f) {
  const int lists_started = (f.skills > 0) + (f.strengths > 0) + (f.passions > 0);
  return {
      {"vision", "Write your vision",
       "A few sentences about who you want to be at work and beyond, five to ten years from now. Everything "
       "else points back to it.",
       "/vision", "Write my vision", f.has_vision},
      {"values", "Find your core values",
       "A card sort of about fifteen minutes picks the five to ten values that matter most; pause and resume "
       "any time.",
       "/values/sort", f.sort_in_progress ? "Continue the card sort" : "Start the card sort", f.has_core_values},
      {"lists", "Name your skills, strengths and passions",
       "Your energetic centre: what you are good at and what gives you energy (" + std::to_string(lists_started) +
           " of 3 lists started).",
       "/values", "Add them", lists_started == 3},
      {"alignment", "Check your fit with the mission",
       "Rate how well each value, skill, strength and passion fits your organisation’s mission; the first "
       "snapshot is your baseline.",
       "/values/alignment", "Rate my fit", f.has_alignment},
      {"reflection", "Write your first weekly reflection",
       "A few minutes on the week’s challenges and what you learned; one a week keeps your streak.",
       "/journal/new/weekly", "Write it", f.has_weekly_reflection},
  };
}

bool first_run_open(const FirstRunFacts& facts) {
  if (facts.skipped) return false;
  const auto steps = first_run_steps(facts);
  return std::any_of(steps.begin(), steps.end(), [](const FirstRunStep& s) { return !s.done; });
}

}  // namespace tn

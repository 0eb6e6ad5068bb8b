// A decision as files to take away: the matrix as CSV, the whole decision as Markdown.
#include "domain/decision_export.h"

#include <cmath>
#include <cstdio>

#include "domain/text.h"

namespace tn {
namespace {

std::string percent_text(double percent) { return format_fixed(percent, 1); }

const ScoreCell* cell_at(const DecisionInput& m, std::size_t o, std::size_t c) {
  if (o >= m.scores.size() || c >= m.scores[o].size()) return nullptr;
  return &m.scores[o][c];
}

std::string status_label(const std::string& status) {
  if (status == kDecisionDecided) return "Decided";
  if (status == kDecisionReviewed) return "Reviewed";
  return "Open";
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

void markdown_row(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const std::string& cell : cells) out += " " + cell + " |";
  out += "\n";
}

void paragraph(std::string& out, const std::string& heading, const std::string& text) {
  if (trim(text).empty()) return;
  out += "**" + heading + ":** " + trim(text) + "\n\n";
}

// "## Options": each option with its description.
void markdown_options(std::string& out, const DecisionInput& m) {
  out += "## Options\n\n";
  for (const DecisionOption& o : m.options) {
    out += "- **" + markdown_cell(o.name) + "**";
    if (!trim(o.description).empty()) out += ": " + markdown_cell(o.description);
    out += "\n";
  }
}

// "## Criteria": the weighting method and a table of criteria with their weights.
void markdown_criteria(std::string& out, const DecisionInput& m, const Analysis& analysis) {
  out += "\n## Criteria\n\n";
  out += std::string("Weighting: ") +
         (m.weighting == kWeightingPairwise ? "pairwise comparisons (AHP)" : "direct points") + "\n\n";
  markdown_row(out, {"Criterion", "Weight", "Scoring", "Description"});
  out += "|---|---:|---|---|\n";
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const DecisionCriterion& crit = m.criteria[c];
    markdown_row(out, {markdown_cell(crit.name), percent_text(analysis.weights[c] * 100) + "%",
                       crit.lower_is_better ? "lower is better" : "higher is better",
                       markdown_cell(crit.description)});
  }
}

// "## Scores": options x criteria with totals, then the cells' notes.
void markdown_scores(std::string& out, const DecisionInput& m, const Analysis& analysis) {
  out += "\n## Scores (0 to 10)\n\n";
  std::vector<std::string> header = {"Option"};
  std::string align = "|---|";
  for (const DecisionCriterion& c : m.criteria) {
    header.push_back(markdown_cell(c.name));
    align += "---:|";
  }
  header.push_back("Total");
  align += "---:|\n";
  markdown_row(out, header);
  out += align;
  std::vector<std::string> notes;
  for (std::size_t o = 0; o < m.options.size(); ++o) {
    std::vector<std::string> row = {markdown_cell(m.options[o].name)};
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
      const ScoreCell* cell = cell_at(m, o, c);
      row.push_back(cell && cell->score ? score_text(*cell->score) : "—");
      if (cell && !trim(cell->note).empty()) {
        notes.push_back("- " + markdown_cell(m.options[o].name) + " on " + markdown_cell(m.criteria[c].name) +
                        ": " + markdown_cell(cell->note));
      }
    }
    const OptionTotal& total = analysis.totals[o];
    row.push_back(total.percent ? percent_text(*total.percent) + "%" : "—");
    markdown_row(out, row);
  }
  out += "\nTotals are percentages of an ideal option that scores 10 on every criterion.\n";
  if (!notes.empty()) {
    out += "\n### Notes\n\n";
    for (const std::string& note : notes) out += note + "\n";
  }
}

// "## Decision" and "## Review", for the parts that were recorded.
void markdown_record_and_review(std::string& out, const Decision& decision, const Analysis& analysis) {
  const DecisionInput& m = decision.draft.matrix;
  if (decision.record) {
    const DecisionRecord& r = *decision.record;
    out += "\n## Decision\n\n";
    const auto chosen = static_cast<std::size_t>(r.chosen_option);
    out += "**Chosen:** " + (chosen < m.options.size() ? markdown_cell(m.options[chosen].name) : "?");
    if (analysis.winner && *analysis.winner != chosen) {
      out += " (the matrix favoured " + markdown_cell(m.options[*analysis.winner].name) + ")";
    }
    out += "\n\n";
    if (!r.decided_at.empty()) out += "Decided: " + r.decided_at.substr(0, 10) + "\n\n";
    paragraph(out, "Gut feeling before the numbers", r.gut_feeling);
    paragraph(out, "Rationale", r.rationale);
    paragraph(out, "Expected outcome", r.expected_outcome);
    if (!r.review_date.empty()) out += "**Review on:** " + r.review_date + "\n\n";
  }
  if (decision.review) {
    const DecisionReview& r = *decision.review;
    out += "## Review\n\n";
    if (!r.reviewed_at.empty()) out += "Reviewed: " + r.reviewed_at.substr(0, 10) + "\n\n";
    paragraph(out, "What actually happened", r.what_happened);
    paragraph(out, "Lesson", r.lesson);
  }
}

}  // namespace

std::string csv_field(std::string_view text) {
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char ch : value) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  return quoted + "\"";
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    if (ch == '|') {
      out += "\\|";
    } else if (ch == '\n' || ch == '\r') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return trim(out);
}

std::string decision_csv(const Decision& decision, const Analysis& analysis) {
  const DecisionInput& m = decision.draft.matrix;
  std::string out;
  std::vector<std::string> header = {"Option"};
  for (const DecisionCriterion& c : m.criteria) header.push_back(trim(c.name));
  header.push_back("Total (% of ideal)");
  csv_row(out, header);

  std::vector<std::string> weights = {"Weight (%)"};
  for (const double w : analysis.weights) weights.push_back(percent_text(w * 100));
  weights.push_back("");
  csv_row(out, weights);

  std::vector<std::string> lower = {"Lower is better"};
  for (const DecisionCriterion& c : m.criteria) lower.push_back(c.lower_is_better ? "yes" : "no");
  lower.push_back("");
  csv_row(out, lower);

  for (std::size_t o = 0; o < m.options.size(); ++o) {
    std::vector<std::string> row = {trim(m.options[o].name)};
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
      const ScoreCell* cell = cell_at(m, o, c);
      row.push_back(cell && cell->score ? score_text(*cell->score) : "");
    }
    const OptionTotal& total = analysis.totals[o];
    row.push_back(total.percent ? percent_text(*total.percent) : "");
    csv_row(out, row);
  }
  return out;
}

std::string decision_markdown(const Decision& decision, const Analysis& analysis) {
  const DecisionDraft& d = decision.draft;
  std::string out = "# " + markdown_cell(d.title) + "\n\n";
  out += "Status: " + status_label(decision.status);
  if (!d.deadline.empty()) out += " · Deadline: " + d.deadline;
  out += "\n\n";
  if (!trim(d.context).empty()) out += trim(d.context) + "\n\n";
  markdown_options(out, d.matrix);
  markdown_criteria(out, d.matrix, analysis);
  markdown_scores(out, d.matrix, analysis);
  out += "\n## What the numbers say\n\n";
  for (const std::string& finding : analysis.findings) out += "- " + finding + "\n";
  markdown_record_and_review(out, decision, analysis);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

std::string decision_file_name(std::string_view title, std::string_view extension) {
  std::string name;
  bool dash = false;
  for (const char raw : title) {
    char ch = raw;
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (!keep) {
      dash = !name.empty();
      continue;
    }
    if (name.size() + (dash ? 2 : 1) > 60) break;
    if (dash) name += '-';
    dash = false;
    name += ch;
  }
  if (name.empty()) name = "decision";
  return name + std::string(extension);
}

}  // namespace tn

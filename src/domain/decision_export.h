// A decision as files to take away: the matrix as CSV, the whole decision as Markdown.
#pragma once

#include <string>
#include <string_view>

#include "domain/decision.h"
#include "domain/decision_record.h"

namespace tn {

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A field that
// starts with =, +, -, @, tab or CR gets a leading ' so spreadsheets do not run it as a formula.
std::string csv_field(std::string_view text);

// One Markdown table cell: | escaped, line breaks turned into spaces, trimmed.
std::string markdown_cell(std::string_view text);

// The matrix as CSV (CRLF line ends): a header row "Option", the criteria, "Total (% of ideal)"; a
// "Weight (%)" row; a "Lower is better" row; then one row per option with its scores (empty for a gap)
// and its total (empty when it has none). `analysis` must be analyse(decision.draft.matrix).
std::string decision_csv(const Decision& decision, const Analysis& analysis);

// The whole decision as Markdown: title, status, context, options, criteria with weights, the score
// matrix with totals and notes, the findings, and the record and review when present.
std::string decision_markdown(const Decision& decision, const Analysis& analysis);

// A file name for downloads from the title: lower-case ASCII letters and digits joined by '-', at most
// 60 characters, "decision" when nothing is left; then `extension` (e.g. ".csv").
std::string decision_file_name(std::string_view title, std::string_view extension);

}  // namespace tn

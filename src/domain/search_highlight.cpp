// Journal search results: where a search's terms match an entry's text, marked as FTS5's highlight() and
// snippet() mark them, worked out from the tokens the full-text tokenizer makes of the text and the terms.
#include "domain/search_highlight.h"

#include <algorithm>
#include <set>

#include "domain/text.h"

namespace tn {
namespace {

constexpr std::string_view kEllipsis = "…";

// One match of a term: tokens first..last (inclusive).
struct Match {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t term = 0;
};

bool form_matches(const std::string& form, const std::string& wanted, bool prefix) {
  return prefix ? form.starts_with(wanted) : form == wanted;
}

// Every match of every term in `tokens`, by first token, then term.
std::vector<Match> find_matches(const std::vector<TextToken>& tokens, const std::vector<TermTokens>& terms) {
  std::vector<Match> matches;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t t = 0; t < terms.size(); ++t) {
      const std::vector<std::string>& forms = terms[t].forms;
      if (forms.empty() || i + forms.size() > tokens.size()) continue;
      bool all = true;
      for (std::size_t j = 0; j < forms.size() && all; ++j) {
        all = form_matches(tokens[i + j].form, forms[j], terms[t].prefix && j + 1 == forms.size());
      }
      if (all) matches.push_back({i, i + forms.size() - 1, t});
    }
  }
  return matches;
}

// Appends text to segments, joining it to the last segment when that is of the same kind.
void append(std::vector<TextSegment>& out, std::string_view text, bool match) {
  if (text.empty()) return;
  if (!out.empty() && out.back().match == match) {
    out.back().text += text;
  } else {
    out.push_back({std::string(text), match});
  }
}

// text[begin, end) as segments, the matches among tokens from..to-1 marked (a match reaching outside them is
// cut at their edge).
std::vector<TextSegment> marked(const TokenizedText& text, std::size_t begin, std::size_t end,
                                const std::vector<Match>& matches, std::size_t from, std::size_t to) {
  std::vector<TextSegment> out;
  std::size_t pos = begin;
  for (const Match& m : matches) {
    if (m.last < from || m.first >= to) continue;
    const std::size_t start = std::max(pos, text.tokens[std::max(m.first, from)].begin);
    const std::size_t stop = text.tokens[std::min(m.last, to - 1)].end;
    if (stop <= start) continue;  // inside a match already marked
    append(out, text.text.substr(pos, start - pos), false);
    append(out, text.text.substr(start, stop - start), true);
    pos = stop;
  }
  append(out, text.text.substr(pos, end - pos), false);
  return out;
}

// The best window of `window` tokens in one column: its first token and its score (1000 per different
// term wholly inside, 1 per match inside), or score -1 without matches.
struct Window {
  std::size_t start = 0;
  long score = -1;
};

Window best_window(std::size_t token_count, const std::vector<Match>& matches, std::size_t window) {
  Window best;
  for (std::size_t a = 0; a < matches.size(); ++a) {
    const std::size_t first = matches[a].first;
    std::set<std::size_t> terms;
    std::size_t last = matches[a].last, hits = 0;
    for (std::size_t b = a; b < matches.size() && matches[b].first < first + window; ++b) {
      if (matches[b].last >= first + window) continue;
      terms.insert(matches[b].term);
      last = std::max(last, matches[b].last);
      ++hits;
    }
    const long score = 1000 * static_cast<long>(terms.size()) + static_cast<long>(hits);
    if (score <= best.score) continue;
    // Centre the matches: as much of the window before them as after, within the column.
    const std::size_t span = last - first + 1;
    std::size_t start = span < window ? first - std::min(first, (window - span) / 2) : first;
    if (token_count > window) start = std::min(start, token_count - window);
    best = {token_count > window ? start : 0, score};
  }
  return best;
}

}  // namespace

std::vector<TextSegment> highlight_matches(const TokenizedText& text, const std::vector<TermTokens>& terms) {
  return marked(text, 0, text.text.size(), find_matches(text.tokens, terms), 0, text.tokens.size());
}

std::vector<TextSegment> snippet_of_matches(const std::vector<TokenizedText>& columns,
                                            const std::vector<TermTokens>& terms, std::size_t window,
                                            std::size_t fallback) {
  std::size_t column = columns.size();
  Window best;
  std::vector<Match> best_matches;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::vector<Match> matches = find_matches(columns[c].tokens, terms);
    const Window w = best_window(columns[c].tokens.size(), matches, window);
    if (w.score > best.score) {
      column = c;
      best = w;
      best_matches = std::move(matches);
    }
  }
  if (column == columns.size()) {  // no match anywhere: the start of the fallback column
    column = fallback < columns.size() && !columns[fallback].tokens.empty() ? fallback : 0;
    while (column < columns.size() && columns[column].tokens.empty()) ++column;
    if (column == columns.size()) return {};
  }
  const TokenizedText& text = columns[column];
  const std::size_t n = text.tokens.size();
  const std::size_t from = best.start, to = std::min(n, best.start + window);
  const std::size_t begin = from == 0 ? 0 : text.tokens[from].begin;
  const std::size_t end = to == n ? text.text.size() : text.tokens[to - 1].end;
  std::vector<TextSegment> out;
  if (from > 0) append(out, kEllipsis, false);
  for (TextSegment& s : marked(text, begin, end, best_matches, from, to)) append(out, s.text, s.match);
  if (to < n) append(out, kEllipsis, false);
  return out;
}

std::vector<TextSegment> limit_segments(std::vector<TextSegment> segments, std::size_t segment_chars,
                                        std::size_t total_chars) {
  std::vector<TextSegment> out;
  std::size_t total = 0;
  for (TextSegment& segment : segments) {
    if (segment.text.empty()) continue;
    if (total >= total_chars) break;
    segment.text = utf8_shortened(segment.text, std::min(segment_chars, total_chars - total));
    total += utf8_length(segment.text);
    out.push_back(std::move(segment));
  }
  return out;
}

}  // namespace tn

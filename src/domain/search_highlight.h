// Journal search results: where a search's terms match an entry's text, marked as FTS5's highlight() and
// snippet() mark them, worked out from the tokens the full-text tokenizer makes of the text and the terms.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tn {

// A piece of text: `match` is true for the parts that matched the search.
struct TextSegment {
  std::string text;
  bool match = false;
  bool operator==(const TextSegment&) const = default;
};

// A token as the full-text tokenizer made it: its form (as indexed: lowercase, stemmed, without
// diacritics) and the bytes [begin, end) of the text it stands for.
struct TextToken {
  std::string form;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// A text with its tokens, in order.
struct TokenizedText {
  std::string_view text;
  std::vector<TextToken> tokens;
};

// A search term as the tokenizer made it: the forms of its words in order (a phrase has several); when
// `prefix`, the last one matches any form it begins (FTS5's "text"*). A term without forms matches nothing.
struct TermTokens {
  std::vector<std::string> forms;
  bool prefix = false;
};

// `text` whole, cut into segments with every match of a term marked: a phrase's tokens and the text
// between them form one match; overlapping matches merge. No term matches: one unmarked segment (none for
// an empty text).
std::vector<TextSegment> highlight_matches(const TokenizedText& text, const std::vector<TermTokens>& terms);

// A passage of at most `window` tokens around the matches, from the column of `columns` whose best window
// holds the most different terms (then the most matches; then the first column), placed so its matches
// sit in the middle; "…" stands for text left out before and after. When no column matches, the start of
// columns[fallback], or of the first column with text when that one is empty.
std::vector<TextSegment> snippet_of_matches(const std::vector<TokenizedText>& columns,
                                            const std::vector<TermTokens>& terms, std::size_t window,
                                            std::size_t fallback);

// `segments` kept small whatever the text: each cut to `segment_chars` characters, and none added once
// `total_chars` characters are reached (the last one cut to fit). Empty segments are left out.
std::vector<TextSegment> limit_segments(std::vector<TextSegment> segments, std::size_t segment_chars,
                                        std::size_t total_chars);

}  // namespace tn

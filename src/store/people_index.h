// The full-text index of the People and learning module (people_fts): check-ins, feedback, takeaways and
// quotes, kept in step by their stores, and the search over it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/search_highlight.h"
#include "store/database.h"

namespace tn {

// What an indexed row belongs to; part of its rowid (record id * 4 + kind).
enum class PeopleTextKind { kCheckIn = 1, kFeedback = 2, kLearningNote = 3 };

// Replaces the indexed text of record `id` of `kind` with `text`. Runs inside the caller's write.
void index_people_text(Connection& conn, PeopleTextKind kind, std::int64_t id, const std::string& text);

// Removes the indexed text of record `id` of `kind` (nothing when it has none). Runs inside the caller's write.
void unindex_people_text(Connection& conn, PeopleTextKind kind, std::int64_t id);

// The text a check-in is found by: its agenda, notes and what was committed to.
std::string check_in_search_text(const std::string& agenda, const std::string& notes,
                                 const std::vector<std::string>& commitments);

// The text a feedback item is found by: what was said, the context, the reflection and who said it.
std::string feedback_search_text(const std::string& said, const std::string& context, const std::string& reflection,
                                 const std::string& from_name);

// Empties the index and fills it again from every check-in, feedback item, takeaway and quote, inside the
// caller's transaction (an import brings the records without their index).
void rebuild_people_index(Connection& conn);

// One search hit: the record it names, a title and date to show, and a passage with the matches marked.
struct PeopleSearchHit {
  PeopleTextKind kind = PeopleTextKind::kCheckIn;
  std::int64_t id = 0;         // the check-in, feedback or learning note
  std::int64_t parent_id = 0;  // the learning item of a note; the partner of a check-in; 0 for feedback
  std::string date;            // "YYYY-MM-DD": held, received, or the day the note was written
  std::string title;           // e.g. "Check-in with Ana", "Feedback from a peer", "Takeaway: Atomic Habits"
  std::vector<TextSegment> snippet;
};

// The best `limit` matches of `fts_query` (from build_fts_query) by bm25, best first.
Result<std::vector<PeopleSearchHit>> search_people_text(Database& db, const std::string& fts_query, int limit);

}  // namespace tn

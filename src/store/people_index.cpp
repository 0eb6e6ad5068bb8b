// The full-text index of the People and learning module (people_fts): check-ins, feedback, takeaways and
// quotes, kept in step by their stores, and the search over it.
#include "store/people_index.h"

#include <algorithm>
#include <map>

#include "domain/feedback.h"

namespace tn {
namespace {

// Relevance ranks at most this many of the newest matches.
constexpr int kRankedCandidates = 500;

// The marks snippet() puts around matches (char(1) and char(2) in the SQL below).
constexpr char kMatchOpen = '\x01';
constexpr char kMatchClose = '\x02';

// A snippet with the marks split into plain and matched segments, kept small (120 characters a segment,
// 480 in all) as the journal's are.
std::vector<TextSegment> marked_segments(const std::string& marked) {
  std::vector<TextSegment> out;
  TextSegment current;
  for (const char c : marked) {
    if (c == kMatchOpen || c == kMatchClose) {
      out.push_back(std::move(current));
      current = TextSegment{"", c == kMatchOpen};
    } else {
      current.text += c;
    }
  }
  out.push_back(std::move(current));
  return limit_segments(std::move(out), 120, 480);
}

std::int64_t rowid_of(PeopleTextKind kind, std::int64_t id) { return id * 4 + static_cast<std::int64_t>(kind); }

// Fills in the title, date and parent of `hit` from its record; false when the record is gone.
bool describe(Connection& conn, PeopleSearchHit& hit) {
  switch (hit.kind) {
    case PeopleTextKind::kCheckIn: {
      Statement st = conn.prepare(
          "SELECT c.held_on, p.name, p.id FROM check_ins c JOIN partners p ON p.id = c.partner_id WHERE c.id = ?1");
      st.bind(1, hit.id);
      if (!st.step()) return false;
      hit.date = st.text(0);
      hit.title = "Check-in with " + st.text(1);
      hit.parent_id = st.int64(2);
      return true;
    }
    case PeopleTextKind::kFeedback: {
      Statement st = conn.prepare("SELECT received_on, source, from_name FROM feedback WHERE id = ?1");
      st.bind(1, hit.id);
      if (!st.step()) return false;
      hit.date = st.text(0);
      hit.title = "Feedback from " + feedback_from_phrase(st.text(1), st.text(2));
      return true;
    }
    case PeopleTextKind::kLearningNote: {
      Statement st = conn.prepare(
          "SELECT substr(n.created_at, 1, 10), n.kind, i.title, i.id FROM learning_notes n "
          "JOIN learning_items i ON i.id = n.item_id WHERE n.id = ?1");
      st.bind(1, hit.id);
      if (!st.step()) return false;
      hit.date = st.text(0);
      hit.title = std::string(st.text(1) == "quote" ? "Quote from " : "Takeaway from ") + st.text(2);
      hit.parent_id = st.int64(3);
      return true;
    }
  }
  return false;
}

}  // namespace

void index_people_text(Connection& conn, PeopleTextKind kind, std::int64_t id, const std::string& text) {
  unindex_people_text(conn, kind, id);
  conn.prepare("INSERT INTO people_fts (rowid, text) VALUES (?1, ?2)").bind(1, rowid_of(kind, id)).bind(2, text).run();
}

void unindex_people_text(Connection& conn, PeopleTextKind kind, std::int64_t id) {
  conn.prepare("DELETE FROM people_fts WHERE rowid = ?1").bind(1, rowid_of(kind, id)).run();
}

std::string check_in_search_text(const std::string& agenda, const std::string& notes,
                                 const std::vector<std::string>& commitments) {
  std::string text = agenda + "\n\n" + notes;
  for (const std::string& c : commitments) text += "\n" + c;
  return text;
}

std::string feedback_search_text(const std::string& said, const std::string& context, const std::string& reflection,
                                 const std::string& from_name) {
  return said + "\n" + context + "\n" + reflection + "\n" + from_name;
}

void rebuild_people_index(Connection& conn) {
  conn.exec("DELETE FROM people_fts");
  Statement check_ins = conn.prepare("SELECT id, agenda, notes FROM check_ins");
  while (check_ins.step()) {
    const std::int64_t id = check_ins.int64(0);
    std::vector<std::string> commitments;
    Statement made = conn.prepare("SELECT text FROM commitments WHERE check_in_id = ?1 ORDER BY position");
    made.bind(1, id);
    while (made.step()) commitments.push_back(made.text(0));
    index_people_text(conn, PeopleTextKind::kCheckIn, id, check_in_search_text(check_ins.text(1), check_ins.text(2), commitments));
  }
  Statement feedback = conn.prepare("SELECT id, said, context, reflection, from_name FROM feedback");
  while (feedback.step()) {
    index_people_text(conn, PeopleTextKind::kFeedback, feedback.int64(0),
                      feedback_search_text(feedback.text(1), feedback.text(2), feedback.text(3), feedback.text(4)));
  }
  Statement notes = conn.prepare("SELECT id, text FROM learning_notes");
  while (notes.step()) index_people_text(conn, PeopleTextKind::kLearningNote, notes.int64(0), notes.text(1));
}

Result<std::vector<PeopleSearchHit>> search_people_text(Database& db, const std::string& fts_query, int limit) {
  return db.read([&](Connection& conn) -> Result<std::vector<PeopleSearchHit>> {
    // Relevance ranks the newest matches up to kRankedCandidates (by rowid, so by record id), which keeps a
    // very common word cheap; snippets are made for the hits shown only.
    Statement ranked = conn.prepare(
        "SELECT key FROM (SELECT rowid AS key, bm25(people_fts) AS score FROM people_fts WHERE people_fts MATCH ?1 "
        "ORDER BY rowid DESC LIMIT " + std::to_string(kRankedCandidates) + ") ORDER BY score, key DESC LIMIT ?2");
    ranked.bind(1, fts_query).bind(2, limit);
    std::vector<PeopleSearchHit> out;
    while (ranked.step()) {
      PeopleSearchHit hit;
      hit.kind = static_cast<PeopleTextKind>(ranked.int64(0) % 4);
      hit.id = ranked.int64(0) / 4;
      out.push_back(std::move(hit));
    }
    if (out.empty()) return out;
    // Snippets for just these rows, in one walk over the matches between the smallest and largest key. The
    // unary + keeps SQLite from turning the IN list into one full-text lookup per key (see journal_store.cpp).
    std::int64_t lo = rowid_of(out.front().kind, out.front().id), hi = lo;
    std::string wanted = "[";
    for (const PeopleSearchHit& hit : out) {
      const std::int64_t key = rowid_of(hit.kind, hit.id);
      lo = std::min(lo, key);
      hi = std::max(hi, key);
      wanted += (wanted.size() > 1 ? "," : "") + std::to_string(key);
    }
    Statement snippets = conn.prepare(
        "SELECT rowid, snippet(people_fts, 0, char(1), char(2), '…', 24) FROM people_fts "
        "WHERE people_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (SELECT value FROM json_each(?4))");
    snippets.bind(1, fts_query).bind(2, lo).bind(3, hi).bind(4, wanted + "]");
    std::map<std::int64_t, std::vector<TextSegment>> by_key;
    while (snippets.step()) by_key.emplace(snippets.int64(0), marked_segments(snippets.text(1)));
    std::erase_if(out, [&](PeopleSearchHit& hit) {
      hit.snippet = std::move(by_key[rowid_of(hit.kind, hit.id)]);
      return !describe(conn, hit);
    });
    return out;
  });
}

}  // namespace tn

// Reads and writes decisions: the matrix (options, criteria, scores, comparisons), record and review.
#include "store/decisions_store.h"

#include <algorithm>
#include <string>

namespace tn {
namespace {

Status not_found(std::int64_t id) { return Status::NotFound("no decision with id " + std::to_string(id)); }

// The same pair with first < second: swapping the criteria turns the judgement round (1 stays 1).
PairwiseComparison normalised(PairwiseComparison c) {
  if (c.first > c.second) {
    std::swap(c.first, c.second);
    if (c.judgement != 1) c.judgement = -c.judgement;
  }
  return c;
}

std::optional<Decision> read_decision(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT title, context, deadline, status, weighting, chosen_option, gut_feeling, rationale, "
      "expected_outcome, review_date, decided_at, what_happened, lesson, reviewed_at, version, created_at, "
      "updated_at FROM decisions WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  Decision d;
  d.id = id;
  d.draft.title = st.text(0);
  d.draft.context = st.text(1);
  d.draft.deadline = st.text(2);
  d.status = st.text(3);
  d.draft.matrix.weighting = st.text(4);
  if (!st.is_null(5)) {
    d.record = DecisionRecord{st.int64(5), st.text(6), st.text(7), st.text(8), st.text(9), st.text(10)};
  }
  if (!st.is_null(13)) d.review = DecisionReview{st.text(11), st.text(12), st.text(13)};
  d.version = st.int64(14);
  d.created_at = st.text(15);
  d.updated_at = st.text(16);

  DecisionInput& m = d.draft.matrix;
  Statement options =
      conn.prepare("SELECT name, description FROM decision_options WHERE decision_id = ?1 ORDER BY position");
  options.bind(1, id);
  while (options.step()) m.options.push_back({options.text(0), options.text(1)});

  Statement criteria = conn.prepare(
      "SELECT c.name, c.description, c.lower_is_better, c.points, v.value_id FROM decision_criteria c "
      "LEFT JOIN decision_criterion_values v ON v.decision_id = c.decision_id AND v.position = c.position "
      "WHERE c.decision_id = ?1 ORDER BY c.position");
  criteria.bind(1, id);
  while (criteria.step()) {
    m.criteria.push_back({criteria.text(0), criteria.text(1), criteria.int64(2) != 0, criteria.real(3)});
    d.draft.value_ids.push_back(criteria.optional_int64(4));
  }

  // Full rows, so every option has one cell per criterion (gaps have no score).
  m.scores.assign(m.options.size(), std::vector<ScoreCell>(m.criteria.size()));
  Statement scores = conn.prepare(
      "SELECT option_position, criterion_position, score, note FROM decision_scores WHERE decision_id = ?1");
  scores.bind(1, id);
  while (scores.step()) {
    const auto o = static_cast<std::size_t>(scores.int64(0)), c = static_cast<std::size_t>(scores.int64(1));
    if (o >= m.options.size() || c >= m.criteria.size()) continue;
    m.scores[o][c] = {scores.optional_real(2), scores.text(3)};
  }

  Statement comparisons = conn.prepare(
      "SELECT first, second, judgement FROM decision_comparisons WHERE decision_id = ?1 ORDER BY first, second");
  comparisons.bind(1, id);
  while (comparisons.step()) {
    m.comparisons.push_back({static_cast<int>(comparisons.int64(0)), static_cast<int>(comparisons.int64(1)),
                             static_cast<int>(comparisons.int64(2))});
  }
  return d;
}

// The draft as read back after writing it: full score rows, normalised comparisons sorted by pair, so
// an unchanged save compares equal.
DecisionDraft canonical(DecisionDraft draft) {
  DecisionInput& m = draft.matrix;
  m.scores.resize(m.options.size());
  for (auto& row : m.scores) row.resize(m.criteria.size());
  for (auto& c : m.comparisons) c = normalised(c);
  std::sort(m.comparisons.begin(), m.comparisons.end(), [](const auto& x, const auto& y) {
    return std::pair(x.first, x.second) < std::pair(y.first, y.second);
  });
  return draft;
}

void write_matrix(Connection& conn, std::int64_t id, const DecisionDraft& draft) {
  for (const char* table : {"decision_options", "decision_criterion_values", "decision_criteria", "decision_scores",
                            "decision_comparisons"}) {
    conn.prepare(std::string("DELETE FROM ") + table + " WHERE decision_id = ?1").bind(1, id).run();
  }
  const DecisionInput& m = draft.matrix;
  for (std::size_t o = 0; o < m.options.size(); ++o) {
    conn.prepare("INSERT INTO decision_options (decision_id, position, name, description) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(o))
        .bind(3, m.options[o].name)
        .bind(4, m.options[o].description)
        .run();
  }
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const DecisionCriterion& crit = m.criteria[c];
    conn.prepare(
            "INSERT INTO decision_criteria (decision_id, position, name, description, lower_is_better, points) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(c))
        .bind(3, crit.name)
        .bind(4, crit.description)
        .bind(5, crit.lower_is_better ? 1 : 0)
        .bind(6, crit.points)
        .run();
    if (!draft.value_ids[c]) continue;
    conn.prepare("INSERT INTO decision_criterion_values (decision_id, position, value_id) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(c))
        .bind(3, *draft.value_ids[c])
        .run();
  }
  for (std::size_t o = 0; o < m.scores.size(); ++o) {
    for (std::size_t c = 0; c < m.scores[o].size(); ++c) {
      const ScoreCell& cell = m.scores[o][c];
      if (!cell.score && cell.note.empty()) continue;
      conn.prepare(
              "INSERT INTO decision_scores (decision_id, option_position, criterion_position, score, note) "
              "VALUES (?1, ?2, ?3, ?4, ?5)")
          .bind(1, id)
          .bind(2, static_cast<std::int64_t>(o))
          .bind(3, static_cast<std::int64_t>(c))
          .bind(4, cell.score)
          .bind(5, cell.note)
          .run();
    }
  }
  for (const PairwiseComparison& c : m.comparisons) {
    conn.prepare("INSERT INTO decision_comparisons (decision_id, first, second, judgement) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, c.first)
        .bind(3, c.second)
        .bind(4, c.judgement)
        .run();
  }
}

// Loads the decision for a versioned change: NotFound, or Conflict on "version" when stale.
Result<Decision> load_for_change(Connection& conn, std::int64_t id, std::int64_t expected_version) {
  std::optional<Decision> current = read_decision(conn, id);
  if (!current) return not_found(id);
  if (Status s = check_version(current->version, expected_version, "this decision"); !s.ok()) return s;
  return std::move(*current);
}

Result<Decision> reread(Connection& conn, std::int64_t id) {
  std::optional<Decision> d = read_decision(conn, id);
  if (!d) return not_found(id);
  return std::move(*d);
}

}  // namespace

Result<std::vector<DecisionSummary>> list_decisions(Database& db, std::string_view status) {
  return db.read([&](Connection& conn) -> Result<std::vector<DecisionSummary>> {
    Statement st = conn.prepare(
        "SELECT d.id, d.title, d.deadline, d.status, d.review_date, d.version, d.created_at, d.updated_at, "
        "(SELECT count(*) FROM decision_options o WHERE o.decision_id = d.id), "
        "(SELECT count(*) FROM decision_criteria c WHERE c.decision_id = d.id), "
        "coalesce((SELECT o.name FROM decision_options o WHERE o.decision_id = d.id "
        "AND o.position = d.chosen_option), '') "
        "FROM decisions d WHERE ?1 = '' OR d.status = ?1 ORDER BY d.updated_at DESC, d.id DESC");
    st.bind(1, status);
    std::vector<DecisionSummary> out;
    while (st.step()) {
      DecisionSummary s;
      s.id = st.int64(0);
      s.title = st.text(1);
      s.deadline = st.text(2);
      s.status = st.text(3);
      s.review_date = st.text(4);
      s.version = st.int64(5);
      s.created_at = st.text(6);
      s.updated_at = st.text(7);
      s.option_count = static_cast<std::size_t>(st.int64(8));
      s.criterion_count = static_cast<std::size_t>(st.int64(9));
      s.chosen_option_name = st.text(10);
      out.push_back(std::move(s));
    }
    return out;
  });
}

Result<Decision> load_decision(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<Decision> { return reread(conn, id); });
}

Result<Decision> create_decision(Database& db, const DecisionDraft& draft) {
  return db.write([&](Connection& conn) -> Result<Decision> {
    conn.prepare(std::string("INSERT INTO decisions (title, context, deadline, weighting, created_at, "
                             "updated_at) VALUES (?1, ?2, ?3, ?4, ") +
                 kSqlNow + ", " + kSqlNow + ")")
        .bind(1, draft.title)
        .bind(2, draft.context)
        .bind(3, draft.deadline)
        .bind(4, draft.matrix.weighting)
        .run();
    const std::int64_t id = conn.last_insert_id();
    write_matrix(conn, id, canonical(draft));
    return reread(conn, id);
  });
}

Result<Decision> save_decision(Database& db, std::int64_t id, const DecisionDraft& draft,
                               std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<Decision> {
    Result<Decision> current = load_for_change(conn, id, expected_version);
    if (!current.ok()) return current;
    const DecisionDraft next = canonical(draft);
    if (current->draft == next) return current;
    if (current->status != kDecisionOpen) {
      return Status::Conflict("this decision is already decided: reopen it to change the matrix", "status");
    }
    conn.prepare(std::string("UPDATE decisions SET title = ?2, context = ?3, deadline = ?4, weighting = ?5, "
                             "version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, next.title)
        .bind(3, next.context)
        .bind(4, next.deadline)
        .bind(5, next.matrix.weighting)
        .run();
    write_matrix(conn, id, next);
    return reread(conn, id);
  });
}

Result<Decision> save_decision_record(Database& db, std::int64_t id, const DecisionRecord& record,
                                      std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<Decision> {
    Result<Decision> current = load_for_change(conn, id, expected_version);
    if (!current.ok()) return current;
    if (Status s = validate_decision_record(record, current->draft.matrix.options.size()); !s.ok()) return s;
    conn.prepare(std::string("UPDATE decisions SET chosen_option = ?2, gut_feeling = ?3, rationale = ?4, "
                             "expected_outcome = ?5, review_date = ?6, "
                             "status = CASE status WHEN 'open' THEN 'decided' ELSE status END, "
                             "decided_at = coalesce(decided_at, ") +
                 kSqlNow + "), version = version + 1, updated_at = " + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, record.chosen_option)
        .bind(3, record.gut_feeling)
        .bind(4, record.rationale)
        .bind(5, record.expected_outcome)
        .bind(6, record.review_date)
        .run();
    return reread(conn, id);
  });
}

Result<Decision> save_decision_review(Database& db, std::int64_t id, const DecisionReview& review,
                                      std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<Decision> {
    Result<Decision> current = load_for_change(conn, id, expected_version);
    if (!current.ok()) return current;
    if (current->status == kDecisionOpen) {
      return Status::Conflict("record the choice you made before reviewing how it turned out", "status");
    }
    conn.prepare(std::string("UPDATE decisions SET what_happened = ?2, lesson = ?3, status = 'reviewed', "
                             "reviewed_at = coalesce(reviewed_at, ") +
                 kSqlNow + "), version = version + 1, updated_at = " + kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, review.what_happened)
        .bind(3, review.lesson)
        .run();
    return reread(conn, id);
  });
}

Result<Decision> reopen_decision(Database& db, std::int64_t id, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<Decision> {
    Result<Decision> current = load_for_change(conn, id, expected_version);
    if (!current.ok() || current->status == kDecisionOpen) return current;
    conn.prepare(std::string("UPDATE decisions SET status = 'open', chosen_option = NULL, gut_feeling = '', "
                             "rationale = '', expected_outcome = '', review_date = '', decided_at = NULL, "
                             "what_happened = '', lesson = '', reviewed_at = NULL, version = version + 1, "
                             "updated_at = ") +
                 kSqlNow + " WHERE id = ?1")
        .bind(1, id)
        .run();
    return reread(conn, id);
  });
}

Status delete_decision(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    if (Status s = delete_row(conn, "decisions", id, not_found(id)); !s.ok()) return s;
    // Career roads link decisions by a plain id: the link goes, and the road's version moves so an open
    // editor cannot save the old link back.
    conn.prepare(std::string("UPDATE career_roads SET decision_id = NULL, version = version + 1, updated_at = ") +
                 kSqlNow + " WHERE decision_id = ?1")
        .bind(1, id)
        .run();
    return Status::Ok();
  });
}

}  // namespace tn

// Reads and writes the feedback log (themes, value stances, 360 rounds), the editable theme list, the
// counts behind the by-source, by-theme and by-value views, and 360 rounds with who was asked.
#include "store/feedback_store.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "domain/text.h"
#include "store/people_index.h"
#include "store/value_links.h"

namespace tn {
namespace {

constexpr std::size_t kExampleChars = 200;

Status feedback_not_found(std::int64_t id) { return Status::NotFound("there is no feedback " + std::to_string(id)); }
Status round_not_found(std::int64_t id) { return Status::NotFound("there is no 360 round " + std::to_string(id)); }

constexpr const char* kFeedbackSelect =
    "SELECT f.id, f.received_on, f.source, f.from_name, f.context, f.said, f.reflection, f.points_to, f.round_id, "
    "f.round_person_id, f.version, f.created_at, f.updated_at, coalesce(r.name, ''), coalesce(rp.name, '') "
    "FROM feedback f LEFT JOIN feedback_rounds r ON r.id = f.round_id "
    "LEFT JOIN feedback_round_people rp ON rp.id = f.round_person_id";

StoredFeedback feedback_row(const Statement& st) {
  StoredFeedback s;
  s.id = st.int64(0);
  Feedback& f = s.fields;
  f.received_on = st.text(1);
  f.source = st.text(2);
  f.from_name = st.text(3);
  f.context = st.text(4);
  f.said = st.text(5);
  f.reflection = st.text(6);
  f.points_to = st.text(7);
  f.round_id = st.optional_int64(8);
  f.round_person_id = st.optional_int64(9);
  s.version = st.int64(10);
  s.created_at = st.text(11);
  s.updated_at = st.text(12);
  s.round_name = st.text(13);
  s.round_person_name = st.text(14);
  return s;
}

void read_links(Connection& conn, StoredFeedback& s) {
  Statement themes = conn.prepare(
      "SELECT t.id, t.name FROM feedback_theme_links l JOIN feedback_themes t ON t.id = l.theme_id "
      "WHERE l.feedback_id = ?1 ORDER BY l.position");
  themes.bind(1, s.id);
  while (themes.step()) {
    s.fields.theme_ids.push_back(themes.int64(0));
    s.theme_names.push_back(themes.text(1));
  }
  s.fields.supports_value_ids = read_value_links(conn, kFeedbackSupportedValueLinks, s.id);
  s.fields.contradicts_value_ids = read_value_links(conn, kFeedbackContradictedValueLinks, s.id);
}

std::optional<StoredFeedback> read_feedback(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(std::string(kFeedbackSelect) + " WHERE f.id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredFeedback s = feedback_row(st);
  read_links(conn, s);
  return s;
}

// OK when every theme, value, round and asked person `f` names exists (and the person is in the round).
Status check_links(Connection& conn, const Feedback& f) {
  for (std::size_t i = 0; i < f.theme_ids.size(); ++i) {
    Statement st = conn.prepare("SELECT 1 FROM feedback_themes WHERE id = ?1");
    st.bind(1, f.theme_ids[i]);
    if (!st.step()) return Status::Invalid(indexed("theme_ids", i), indexed("theme_ids", i) + " does not match any theme");
  }
  if (Status s = check_values_exist(conn, "supports_value_ids", f.supports_value_ids); !s.ok()) return s;
  if (Status s = check_values_exist(conn, "contradicts_value_ids", f.contradicts_value_ids); !s.ok()) return s;
  if (f.round_id) {
    Statement st = conn.prepare("SELECT 1 FROM feedback_rounds WHERE id = ?1");
    st.bind(1, *f.round_id);
    if (!st.step()) return Status::Invalid("round_id", "round_id does not match any 360 round");
  }
  if (f.round_person_id) {
    Statement st = conn.prepare("SELECT 1 FROM feedback_round_people WHERE id = ?1 AND round_id = ?2");
    st.bind(1, *f.round_person_id).bind(2, *f.round_id);
    if (!st.step()) return Status::Invalid("round_person_id", "round_person_id is not someone asked in that round");
  }
  return Status::Ok();
}

void write_links(Connection& conn, std::int64_t id, const Feedback& f) {
  conn.prepare("DELETE FROM feedback_theme_links WHERE feedback_id = ?1").bind(1, id).run();
  for (std::size_t i = 0; i < f.theme_ids.size(); ++i) {
    conn.prepare("INSERT INTO feedback_theme_links (feedback_id, position, theme_id) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, f.theme_ids[i])
        .run();
  }
  write_value_links(conn, kFeedbackSupportedValueLinks, id, f.supports_value_ids);
  write_value_links(conn, kFeedbackContradictedValueLinks, id, f.contradicts_value_ids);
  index_people_text(conn, PeopleTextKind::kFeedback, id, feedback_search_text(f.said, f.context, f.reflection, trim(f.from_name)));
}

// Binds the columns every feedback write sets, ?2 to ?10.
void bind_fields(Statement& st, const Feedback& f) {
  st.bind(2, f.received_on)
      .bind(3, f.source)
      .bind(4, trim(f.from_name))
      .bind(5, f.context)
      .bind(6, f.said)
      .bind(7, f.reflection)
      .bind(8, f.points_to)
      .bind(9, f.round_id)
      .bind(10, f.round_person_id);
}

// What the views count of one feedback item, without its texts.
struct Fact {
  std::int64_t id = 0;
  std::string received_on;
  int month = 0;   // year * 12 + month - 1 of received_on
  int source = 0;  // index in kFeedbackSources
  int points = 0;  // 1 strength, 2 growth area, 0 neither
};

// The month number (year * 12 + month - 1) of a "YYYY-MM-DD" date; 0 for anything shorter.
int month_of(const std::string& day) {
  if (day.size() < 7) return 0;
  const auto digit = [&](std::size_t i) { return day[i] - '0'; };
  return (digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)) * 12 + digit(5) * 10 + digit(6) - 1;
}

// Every feedback item's facts in id order, from the covering index (a scan of a few pages, not of the texts).
std::vector<Fact> read_facts(Connection& conn) {
  Statement st = conn.prepare(
      "SELECT id, received_on, source, points_to FROM feedback INDEXED BY feedback_facts ORDER BY id");
  std::vector<Fact> out;
  while (st.step()) {
    Fact f{st.int64(0), st.text(1)};
    f.month = month_of(f.received_on);
    const std::string source = st.text(2);
    f.source = static_cast<int>(std::find(kFeedbackSources.begin(), kFeedbackSources.end(), source) - kFeedbackSources.begin());
    const std::string points = st.text(3);
    f.points = points == kPointsToStrength ? 1 : points == kPointsToGrowth ? 2 : 0;
    out.push_back(std::move(f));
  }
  return out;
}

// Calls visit(link key, fact) for each row of `sql` (feedback_id, key; ordered by feedback_id) whose feedback
// is in `facts`: a merge of two id-ordered lists.
template <typename Visit>
void join_facts(Connection& conn, const std::string& sql, const std::vector<Fact>& facts, Visit visit) {
  Statement st = conn.prepare(sql);
  auto fact = facts.begin();
  while (st.step()) {
    const std::int64_t id = st.int64(0);
    while (fact != facts.end() && fact->id < id) ++fact;
    if (fact != facts.end() && fact->id == id) visit(st.int64(1), *fact);
  }
}

struct Counts {
  std::int64_t count = 0, strengths = 0, growth = 0;
};

// Counts per key and month, the months as offsets from the first month of all feedback.
class MonthCounts {
 public:
  MonthCounts(int first, int last) : first_(first), span_(static_cast<std::size_t>(last - first + 1)) {}

  void add(std::int64_t key, const Fact& fact) {
    std::vector<Counts>& months = by_key_[key];
    if (months.empty()) months.resize(span_);
    Counts& c = months[static_cast<std::size_t>(fact.month - first_)];
    ++c.count;
    c.strengths += fact.points == 1;
    c.growth += fact.points == 2;
  }

  // The counts as tallies, each key written by name_of(key) and each month as "YYYY-MM"; empty months left out.
  template <typename NameOf>
  std::vector<FeedbackTally> tallies(NameOf name_of) const {
    std::vector<FeedbackTally> out;
    for (const auto& [key, months] : by_key_) {
      for (std::size_t i = 0; i < months.size(); ++i) {
        if (months[i].count == 0) continue;
        const int month = first_ + static_cast<int>(i);
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
        out.push_back({name_of(key), text, months[i].count, months[i].strengths, months[i].growth});
      }
    }
    return out;
  }

 private:
  int first_;
  std::size_t span_;
  std::map<std::int64_t, std::vector<Counts>> by_key_;
};

std::string id_name(std::int64_t id) { return std::to_string(id); }

std::optional<StoredRound> read_round(Connection& conn, std::int64_t id) {
  Statement st = conn.prepare(
      "SELECT name, started_on, notes, version, created_at, updated_at, "
      "(SELECT count(*) FROM feedback f WHERE f.round_id = r.id), "
      "(SELECT count(DISTINCT round_person_id) FROM feedback f WHERE f.round_id = r.id) FROM feedback_rounds r WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  StoredRound r{id, {st.text(0), st.text(1), st.text(2), {}}, st.int64(6), st.int64(7), st.int64(3), st.text(4), st.text(5)};
  Statement people = conn.prepare("SELECT id, name, source FROM feedback_round_people WHERE round_id = ?1 ORDER BY position");
  people.bind(1, id);
  while (people.step()) r.fields.asked.push_back({people.int64(0), people.text(1), people.text(2)});
  return r;
}

// Brings the people asked in round `id` to `wanted` (the stored ones are `current`).
Status write_asked(Connection& conn, std::int64_t id, const std::vector<RoundPersonInput>& current,
                   const std::vector<RoundPersonInput>& wanted) {
  std::vector<std::int64_t> kept;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const RoundPersonInput& p = wanted[i];
    if (p.id) {
      const bool known = std::any_of(current.begin(), current.end(), [&](const RoundPersonInput& c) { return c.id == p.id; });
      const std::string field = indexed("asked", i) + ".id";
      if (!known) return Status::Invalid(field, field + " is not someone asked in this round");
      kept.push_back(*p.id);
      conn.prepare("UPDATE feedback_round_people SET position = ?2, name = ?3, source = ?4 WHERE id = ?1")
          .bind(1, *p.id).bind(2, static_cast<std::int64_t>(i)).bind(3, trim(p.name)).bind(4, p.source).run();
      continue;
    }
    conn.prepare("INSERT INTO feedback_round_people (round_id, position, name, source) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, trim(p.name)).bind(4, p.source).run();
  }
  for (const RoundPersonInput& c : current) {
    if (std::find(kept.begin(), kept.end(), *c.id) == kept.end()) {
      conn.prepare("DELETE FROM feedback_round_people WHERE id = ?1").bind(1, *c.id).run();
    }
  }
  return Status::Ok();
}

// `f` as it is stored: names trimmed.
Feedback stored_form(Feedback f) {
  f.from_name = trim(f.from_name);
  return f;
}

}  // namespace

Result<FeedbackPage> list_feedback(Database& db, const FeedbackFilter& filter, const std::optional<DateCursor>& after,
                                   int limit) {
  return db.read([&](Connection& conn) -> Result<FeedbackPage> {
    // ?1 limit, ?2 source, ?3 points_to, ?4 theme, ?5 value, ?6 round, ?7/?8 cursor: only those in use are bound.
    std::string sql = std::string(kFeedbackSelect) + " WHERE 1";
    if (filter.source) sql += " AND f.source = ?2";
    if (filter.points_to) sql += " AND f.points_to = ?3";
    // EXISTS, so the date index drives and the page stops at `limit` matches instead of sorting them all.
    if (filter.theme_id) sql += " AND EXISTS (SELECT 1 FROM feedback_theme_links l WHERE l.feedback_id = f.id AND l.theme_id = ?4)";
    if (filter.value_id) {
      sql += " AND (EXISTS (SELECT 1 FROM feedback_supported_values v WHERE v.feedback_id = f.id AND v.value_id = ?5) "
             "OR EXISTS (SELECT 1 FROM feedback_contradicted_values v WHERE v.feedback_id = f.id AND v.value_id = ?5))";
    }
    if (filter.round_id) sql += " AND f.round_id = ?6";
    if (after) sql += " AND f.received_on <= ?7 AND (f.received_on < ?7 OR f.id < ?8)";
    sql += " ORDER BY f.received_on DESC, f.id DESC LIMIT ?1";
    Statement st = conn.prepare(sql);
    st.bind(1, limit + 1);
    if (filter.source) st.bind(2, *filter.source);
    if (filter.points_to) st.bind(3, *filter.points_to);
    if (filter.theme_id) st.bind(4, *filter.theme_id);
    if (filter.value_id) st.bind(5, *filter.value_id);
    if (filter.round_id) st.bind(6, *filter.round_id);
    if (after) st.bind(7, after->date).bind(8, after->id);
    FeedbackPage page;
    while (st.step()) page.items.push_back(feedback_row(st));
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.more = true;
    }
    for (StoredFeedback& s : page.items) read_links(conn, s);
    return page;
  });
}

Result<FeedbackSpan> feedback_span(Database& db) {
  return db.read([](Connection& conn) -> Result<FeedbackSpan> {
    Statement st = conn.prepare("SELECT count(*), coalesce(min(received_on), '') FROM feedback");
    st.step();
    return FeedbackSpan{st.int64(0), st.text(1)};
  });
}

Result<StoredFeedback> load_feedback(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredFeedback> {
    return found_or(read_feedback(conn, id), feedback_not_found(id));
  });
}

Result<StoredFeedback> create_feedback(Database& db, const Feedback& fields) {
  return db.write([&](Connection& conn) -> Result<StoredFeedback> {
    if (Status s = check_links(conn, fields); !s.ok()) return s;
    Statement st = conn.prepare(std::string("INSERT INTO feedback (received_on, source, from_name, context, said, "
                                            "reflection, points_to, round_id, round_person_id, created_at, updated_at) "
                                            "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ") +
                                kSqlNow + ", " + kSqlNow + ")");
    bind_fields(st, fields);
    st.run();
    const std::int64_t id = conn.last_insert_id();
    write_links(conn, id, fields);
    return *read_feedback(conn, id);
  });
}

Result<StoredFeedback> update_feedback(Database& db, std::int64_t id, const Feedback& fields, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredFeedback> {
    const auto current = read_feedback(conn, id);
    if (!current) return feedback_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this feedback"); !s.ok()) return s;
    if (current->fields == stored_form(fields)) return *current;
    if (Status s = check_links(conn, fields); !s.ok()) return s;
    Statement st = conn.prepare(std::string("UPDATE feedback SET received_on = ?2, source = ?3, from_name = ?4, "
                                            "context = ?5, said = ?6, reflection = ?7, points_to = ?8, round_id = ?9, "
                                            "round_person_id = ?10, version = version + 1, updated_at = ") +
                                kSqlNow + " WHERE id = ?1");
    st.bind(1, id);
    bind_fields(st, fields);
    st.run();
    write_links(conn, id, fields);
    return *read_feedback(conn, id);
  });
}

Status delete_feedback(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status {
    unindex_people_text(conn, PeopleTextKind::kFeedback, id);
    return delete_row(conn, "feedback", id, feedback_not_found(id));
  });
}

Result<StoredThemes> load_themes(Database& db) {
  return db.read([](Connection& conn) -> Result<StoredThemes> {
    StoredThemes out;
    Statement st = conn.prepare(
        "SELECT t.id, t.name, (SELECT count(*) FROM feedback_theme_links l WHERE l.theme_id = t.id) "
        "FROM feedback_themes t ORDER BY t.position, t.id");
    while (st.step()) out.items.push_back({st.int64(0), st.text(1), st.int64(2)});
    Statement version = conn.prepare("SELECT version FROM feedback_theme_set WHERE id = 1");
    version.step();
    out.version = version.int64(0);
    return out;
  });
}

Result<StoredThemes> save_themes(Database& db, const std::vector<ThemeInput>& themes, std::int64_t expected_version) {
  const Status saved = db.write([&](Connection& conn) -> Status {
    Statement version = conn.prepare("SELECT version FROM feedback_theme_set WHERE id = 1");
    version.step();
    if (Status s = check_version(version.int64(0), expected_version, "the themes", Noun::kMany); !s.ok()) return s;
    Statement existing = conn.prepare("SELECT id FROM feedback_themes");
    std::vector<std::int64_t> current;
    while (existing.step()) current.push_back(existing.int64(0));
    std::vector<std::int64_t> kept;
    for (std::size_t i = 0; i < themes.size(); ++i) {
      const ThemeInput& t = themes[i];
      const auto pos = static_cast<std::int64_t>(i);
      if (!t.id) {
        conn.prepare("INSERT INTO feedback_themes (position, name) VALUES (?1, ?2)").bind(1, pos).bind(2, trim(t.name)).run();
        continue;
      }
      conn.prepare("UPDATE feedback_themes SET position = ?2, name = ?3 WHERE id = ?1").bind(1, *t.id).bind(2, pos).bind(3, trim(t.name)).run();
      const std::string field = indexed("themes", i) + ".id";
      if (conn.changes() == 0) return Status::Invalid(field, field + " does not match any theme");
      kept.push_back(*t.id);
    }
    for (const std::int64_t id : current) {
      if (std::find(kept.begin(), kept.end(), id) == kept.end()) {
        conn.prepare("DELETE FROM feedback_themes WHERE id = ?1").bind(1, id).run();
      }
    }
    conn.exec("UPDATE feedback_theme_set SET version = version + 1 WHERE id = 1");
    return Status::Ok();
  });
  if (!saved.ok()) return saved;
  return load_themes(db);
}

Result<std::vector<ValueFeedback>> feedback_by_value(Database& db, const std::vector<std::int64_t>& value_ids,
                                                     int examples) {
  return db.read([&](Connection& conn) -> Result<std::vector<ValueFeedback>> {
    const std::vector<Fact> facts = read_facts(conn);
    std::map<std::int64_t, ValueFeedback> by_value;
    for (const std::int64_t id : value_ids) by_value[id].value_id = id;
    // The newest `examples` facts of a stance, kept sorted newest first.
    std::map<std::pair<std::int64_t, bool>, std::vector<const Fact*>> newest;
    const auto newer = [](const Fact* a, const Fact* b) { return std::tie(a->received_on, a->id) > std::tie(b->received_on, b->id); };
    for (const bool supports : {true, false}) {
      const std::string table = supports ? "feedback_supported_values" : "feedback_contradicted_values";
      join_facts(conn, "SELECT feedback_id, value_id FROM " + table + " ORDER BY feedback_id", facts,
                 [&](std::int64_t value_id, const Fact& fact) {
                   const auto it = by_value.find(value_id);
                   if (it == by_value.end()) return;
                   ++(supports ? it->second.supports : it->second.contradicts);
                   it->second.last_on = std::max(it->second.last_on, fact.received_on);
                   auto& top = newest[{value_id, supports}];
                   top.insert(std::upper_bound(top.begin(), top.end(), &fact, newer), &fact);
                   if (static_cast<int>(top.size()) > examples) top.pop_back();
                 });
    }
    std::vector<ValueFeedback> out;
    for (const std::int64_t id : value_ids) {
      ValueFeedback v = by_value[id];
      for (const bool supports : {true, false}) {
        for (const Fact* fact : newest[{id, supports}]) {
          Statement said = conn.prepare("SELECT said FROM feedback WHERE id = ?1");
          said.bind(1, fact->id).step();
          (supports ? v.supporting : v.contradicting).push_back({fact->id, fact->received_on, utf8_shortened(said.text(0), kExampleChars)});
        }
      }
      out.push_back(std::move(v));
    }
    return out;
  });
}

Result<FeedbackTallies> tally_feedback(Database& db) {
  return db.read([](Connection& conn) -> Result<FeedbackTallies> {
    const std::vector<Fact> facts = read_facts(conn);
    if (facts.empty()) return FeedbackTallies{};
    const auto [first, last] = std::minmax_element(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.month < b.month; });
    MonthCounts sources(first->month, last->month), themes = sources, supported = sources, contradicted = sources;
    for (const Fact& fact : facts) sources.add(fact.source, fact);
    join_facts(conn, "SELECT feedback_id, theme_id FROM feedback_theme_links ORDER BY feedback_id", facts,
               [&](std::int64_t theme_id, const Fact& fact) { themes.add(theme_id, fact); });
    join_facts(conn, "SELECT feedback_id, value_id FROM feedback_supported_values ORDER BY feedback_id", facts,
               [&](std::int64_t value_id, const Fact& fact) { supported.add(value_id, fact); });
    join_facts(conn, "SELECT feedback_id, value_id FROM feedback_contradicted_values ORDER BY feedback_id", facts,
               [&](std::int64_t value_id, const Fact& fact) { contradicted.add(value_id, fact); });
    const auto source_name = [](std::int64_t i) {
      return i >= 0 && i < static_cast<std::int64_t>(kFeedbackSources.size()) ? std::string(kFeedbackSources[i]) : "";
    };
    return FeedbackTallies{sources.tallies(source_name), themes.tallies(id_name), supported.tallies(id_name),
                           contradicted.tallies(id_name)};
  });
}

Result<std::vector<StoredRound>> list_rounds(Database& db) {
  return db.read([](Connection& conn) -> Result<std::vector<StoredRound>> {
    Statement st = conn.prepare("SELECT id FROM feedback_rounds ORDER BY started_on DESC, id DESC");
    std::vector<std::int64_t> ids;
    while (st.step()) ids.push_back(st.int64(0));
    std::vector<StoredRound> out;
    for (const std::int64_t id : ids) out.push_back(*read_round(conn, id));
    return out;
  });
}

Result<StoredRound> load_round(Database& db, std::int64_t id) {
  return db.read([&](Connection& conn) -> Result<StoredRound> { return found_or(read_round(conn, id), round_not_found(id)); });
}

Result<StoredRound> create_round(Database& db, const FeedbackRound& f) {
  return db.write([&](Connection& conn) -> Result<StoredRound> {
    for (std::size_t i = 0; i < f.asked.size(); ++i) {
      const std::string field = indexed("asked", i) + ".id";
      if (f.asked[i].id) return Status::Invalid(field, field + " is for people already saved in the round; leave it out");
    }
    conn.prepare(std::string("INSERT INTO feedback_rounds (name, started_on, notes, created_at, updated_at) VALUES "
                             "(?1, ?2, ?3, ") + kSqlNow + ", " + kSqlNow + ")")
        .bind(1, trim(f.name)).bind(2, f.started_on).bind(3, f.notes).run();
    const std::int64_t id = conn.last_insert_id();
    if (Status s = write_asked(conn, id, {}, f.asked); !s.ok()) return s;
    return *read_round(conn, id);
  });
}

Result<StoredRound> update_round(Database& db, std::int64_t id, const FeedbackRound& f, std::int64_t expected_version) {
  return db.write([&](Connection& conn) -> Result<StoredRound> {
    const auto current = read_round(conn, id);
    if (!current) return round_not_found(id);
    if (Status s = check_version(current->version, expected_version, "this round"); !s.ok()) return s;
    FeedbackRound wanted = f;
    wanted.name = trim(f.name);
    for (RoundPersonInput& p : wanted.asked) p.name = trim(p.name);
    if (current->fields == wanted) return *current;
    if (Status s = write_asked(conn, id, current->fields.asked, wanted.asked); !s.ok()) return s;
    conn.prepare(std::string("UPDATE feedback_rounds SET name = ?2, started_on = ?3, notes = ?4, version = version + 1, "
                             "updated_at = ") + kSqlNow + " WHERE id = ?1")
        .bind(1, id).bind(2, wanted.name).bind(3, wanted.started_on).bind(4, wanted.notes).run();
    return *read_round(conn, id);
  });
}

Status delete_round(Database& db, std::int64_t id) {
  return db.write([&](Connection& conn) -> Status { return delete_row(conn, "feedback_rounds", id, round_not_found(id)); });
}

}  // namespace tn

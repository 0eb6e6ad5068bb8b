// Core-value links: the <record>_values join tables (record key, position, value_id) of schema.sql.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace tn {

// A join table of core-value links and the column that holds the linking record's id.
struct ValueLinkTable {
  const char* table;
  const char* record_column;
};

inline constexpr ValueLinkTable kInitiativeValueLinks{"initiative_values", "initiative_id"};
inline constexpr ValueLinkTable kJournalEntryValueLinks{"journal_entry_values", "entry_id"};
inline constexpr ValueLinkTable kFeedbackSupportedValueLinks{"feedback_supported_values", "feedback_id"};
inline constexpr ValueLinkTable kFeedbackContradictedValueLinks{"feedback_contradicted_values", "feedback_id"};
inline constexpr ValueLinkTable kLearningNoteValueLinks{"learning_note_values", "note_id"};

// The value ids record `record_id` links, in the user's order (empty when it links none).
std::vector<std::int64_t> read_value_links(Connection& conn, const ValueLinkTable& links, std::int64_t record_id);

// OK when every id of `value_ids` names a value of the values module (built-in once sorted, or custom);
// otherwise invalid-argument on "<field>[i]": "<field>[i] does not match any of your values".
Status check_values_exist(Connection& conn, const std::string& field, const std::vector<std::int64_t>& value_ids);

// Replaces the links of record `record_id` with `value_ids`, in that order. Runs inside the caller's write.
template <typename Id>
void write_value_links(Connection& conn, const ValueLinkTable& links, std::int64_t record_id,
                       const std::vector<Id>& value_ids) {
  conn.prepare(std::string("DELETE FROM ") + links.table + " WHERE " + links.record_column + " = ?1")
      .bind(1, record_id)
      .run();
  const std::string insert = std::string("INSERT INTO ") + links.table + " (" + links.record_column +
                             ", position, value_id) VALUES (?1, ?2, ?3)";
  for (std::size_t i = 0; i < value_ids.size(); ++i) {
    conn.prepare(insert)
        .bind(1, record_id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, static_cast<std::int64_t>(value_ids[i]))
        .run();
  }
}

}  // namespace tn

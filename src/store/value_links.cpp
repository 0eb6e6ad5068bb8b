// Core-value links: the <record>_values join tables (record key, position, value_id) of schema.sql.
#include "store/value_links.h"

namespace tn {

std::vector<std::int64_t> read_value_links(Connection& conn, const ValueLinkTable& links, std::int64_t record_id) {
  Statement st = conn.prepare(std::string("SELECT value_id FROM ") + links.table + " WHERE " + links.record_column +
                              " = ?1 ORDER BY position");
  st.bind(1, record_id);
  std::vector<std::int64_t> out;
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

}  // namespace tn

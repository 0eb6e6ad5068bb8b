// Core-value links: the <record>_values join tables (record key, position, value_id) of schema.sql.
#include "store/value_links.h"

#include "domain/text.h"

namespace tn {

std::vector<std::int64_t> read_value_links(Connection& conn, const ValueLinkTable& links, std::int64_t record_id) {
  Statement st = conn.prepare(std::string("SELECT value_id FROM ") + links.table + " WHERE " + links.record_column +
                              " = ?1 ORDER BY position");
  st.bind(1, record_id);
  std::vector<std::int64_t> out;
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

Status check_values_exist(Connection& conn, const std::string& field, const std::vector<std::int64_t>& value_ids) {
  for (std::size_t i = 0; i < value_ids.size(); ++i) {
    Statement st = conn.prepare("SELECT 1 FROM personal_values WHERE id = ?1");
    st.bind(1, value_ids[i]);
    if (!st.step()) {
      const std::string name = indexed(field, i);
      return Status::Invalid(name, name + " does not match any of your values");
    }
  }
  return Status::Ok();
}

}  // namespace tn

// The personal vision: statement, organisation and mission, positions now and later, and their rules.
#include "domain/vision.h"

#include "domain/text.h"

namespace tn {

Status validate_vision(const VisionFields& f) {
  for (const Status& s : {check_max_length("statement", f.statement, kStatementMaxChars),
                          check_max_length("organisation", f.organisation, kOrganisationMaxChars),
                          check_max_length("mission", f.mission, kMissionMaxChars),
                          check_max_length("current_position", f.current_position, kPositionMaxChars),
                          check_max_length("future_position", f.future_position, kPositionMaxChars),
                          check_range("horizon_years", f.horizon_years, kHorizonMinYears, kHorizonMaxYears)}) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace tn

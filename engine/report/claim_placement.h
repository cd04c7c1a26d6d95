// Where two claims ended in a run's report: in one fact or in two, and which
// conflicts, possible conflicts and updates involve them. `accord explain A
// B` answers from this, so its verdict is the alignment `reconcile` made
// (all claims, all passes), not a re-alignment of the two claims alone.
//
//   const Report report = pipeline.Reconcile(inputs);
//   std::cout << DescribePlacement(report, "002_x/3/0", "003_y/9/1");
#ifndef ACCORD_ENGINE_REPORT_CLAIM_PLACEMENT_H_
#define ACCORD_ENGINE_REPORT_CLAIM_PLACEMENT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

struct Placement {
  // The facts holding each claim (null when the report has none).
  const Fact* fact_a = nullptr;
  const Fact* fact_b = nullptr;
  // Conflicts of report.conflicts, possible_conflicts and updates whose
  // sides cite claim a or claim b, in that order. Pointers into the report.
  std::vector<const Conflict*> conflicts;
  bool aligned() const { return fact_a != nullptr && fact_a == fact_b; }
};

// Finds the claims `a` and `b` in `report`. The report must outlive the
// result.
Placement FindPlacement(const Report& report, absl::string_view a,
                        absl::string_view b);

// Human-readable verdict, one line each: "ALIGNED into one fact: <id>
// (<status>)." or "NOT ALIGNED: <a> is in fact <x>, <b> in fact <y>.",
// then one line per involved conflict, naming its list (conflict, possible
// conflict, update), role, confidence and the side each claim is on.
std::string DescribePlacement(const Report& report, absl::string_view a,
                              absl::string_view b);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_CLAIM_PLACEMENT_H_

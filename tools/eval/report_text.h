// Plain-text views of a report for the scorers' --show output: one line per
// claim and every conflict (confident, then possible) with its reasons and
// the claims on each side.
//
//   const ClaimIndex index(report);
//   std::string out = ConflictDetails(report, index);
#ifndef ACCORD_TOOLS_EVAL_REPORT_TEXT_H_
#define ACCORD_TOOLS_EVAL_REPORT_TEXT_H_

#include <string>

#include "engine/report/claim_index.h"
#include "proto/accord.pb.h"

namespace accord {

// "doc [trigger] sentence".
std::string ClaimLine(const Claim& c);

// "  conflict 0.70 FACT role: explanation" (or "  possible ..."), then
// "    weak: reason" lines and one ClaimLine per claim of each side.
// `index` must be built from `report`.
std::string ConflictDetails(const Report& report, const ClaimIndex& index);

}  // namespace accord

#endif  // ACCORD_TOOLS_EVAL_REPORT_TEXT_H_

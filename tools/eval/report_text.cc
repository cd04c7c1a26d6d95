#include "tools/eval/report_text.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace accord {

std::string ClaimLine(const Claim& c) {
  return absl::StrCat(c.trigger().doc_id(), " [", c.trigger().text(), "] ",
                      c.sentence().text());
}

std::string ConflictDetails(const Report& report, const ClaimIndex& index) {
  std::string out;
  for (const auto* list : {&report.conflicts(), &report.possible_conflicts()}) {
    for (const Conflict& c : *list) {
      absl::StrAppend(&out, "  ",
                      list == &report.conflicts() ? "conflict" : "possible",
                      absl::StrFormat(" %.2f ", c.confidence()), c.fact_id(),
                      " ", c.role(), ": ", c.explanation(), "\n");
      for (const std::string& why : c.confidence_reasons()) {
        absl::StrAppend(&out, "    weak: ", why, "\n");
      }
      for (const ConflictSide& side : c.sides()) {
        for (const Claim* claim : index.Resolve(side.claim_ids())) {
          absl::StrAppend(&out, "    ", ClaimLine(*claim), "\n");
        }
      }
    }
  }
  return out;
}

}  // namespace accord

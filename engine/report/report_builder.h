// Assembles the Report: sources with their claim counts, agreement and
// dependence, facts and conflicts from the aligner, per-document errors and
// run statistics.
//
//   Report report = BuildReport(documents, claims, alignment, errors, deps);
#ifndef ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_
#define ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/reconcile/aligner.h"
#include "proto/accord.pb.h"

namespace accord {

// Builds the report. `documents` give source names and document ids;
// sources that only appear in claims (external claim files) are listed too.
// `dependencies` are listed in the report and in each source's depends_on.
// Deterministic: everything is sorted by id.
Report BuildReport(const std::vector<Document>& documents,
                   const std::vector<Claim>& claims, const Alignment& alignment,
                   const std::vector<DocumentError>& errors,
                   const std::vector<Dependence>& dependencies);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_

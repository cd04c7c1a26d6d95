// Assembles the Report: sources with their claim counts, agreement and
// dependence, facts and conflicts from the aligner, per-document errors and
// run statistics.
//
// The report keeps every claim once, in Report.claims; facts and conflict
// sides refer to them by id.
//
//   Report report = BuildReport(documents, std::move(claims),
//                                std::move(alignment), errors, deps);
#ifndef ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_
#define ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/reconcile/aligner.h"
#include "proto/accord.pb.h"

namespace accord {

// Report.schema_version of the reports this build writes (docs/json.md).
inline constexpr int kReportSchemaVersion = 1;

// Builds the report. `documents` give source names and document ids;
// sources that only appear in claims (external claim files) are listed too.
// `dependencies` are listed in the report and in each source's depends_on.
// `claims` (the aligner's input) become Report.claims, sorted by id, and the
// alignment's facts and conflicts are moved in: pass both with std::move to
// avoid copying them. Deterministic: everything is sorted by id.
// Also fills what consumers read without a join: Report.documents (metadata
// without text), each conflict or update side's source names and sentences,
// each fact's one-line summary, and stats.sentences.
Report BuildReport(const std::vector<Document>& documents,
                   std::vector<Claim> claims, Alignment alignment,
                   const std::vector<DocumentError>& errors,
                   const std::vector<Dependence>& dependencies);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_REPORT_BUILDER_H_

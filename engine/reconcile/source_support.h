// Weighs the sides of every conflict with a truth-discovery method
// (engine/truth: vote, TruthFinder, Accu, AccuSim, AccuCopy) run over all the
// facts two or more sources address, so each source's reliability is learned
// from the whole run, and records which side is better supported and why.
//
//   SupportOptions options;
//   options.method = truth::Method::kAccu;
//   WeighConflicts(options, groups, comparator, &report);
//   // report.conflicts(i).preferred_side(), .support_explanation()
#ifndef ACCORD_ENGINE_RECONCILE_SOURCE_SUPPORT_H_
#define ACCORD_ENGINE_RECONCILE_SOURCE_SUPPORT_H_

#include "engine/reconcile/aligner.h"
#include "engine/reconcile/value_compare.h"
#include "engine/truth/options.h"
#include "proto/accord.pb.h"

namespace accord {

struct SupportOptions {
  truth::Method method = truth::Method::kVote;
  // Sources in one independence group (shared wire copy) cast one vote,
  // under the group's first source id, except where they take different
  // sides of a conflict. AccuCopy, which models copying, runs best without.
  bool merge_dependent = true;
};

// Sets Report.support_method and, on every conflict, each side's support,
// preferred_side (-1 when the best two sides are tied) and
// support_explanation. Observations are (source, fact id, role, value key):
// one per source and candidate of every slot of a fact with two or more
// sources, and one per source and side of every conflict. Deterministic.
void WeighConflicts(const SupportOptions& options,
                    const IndependenceGroups& groups,
                    const ValueComparator& comparator, Report* report);

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_SOURCE_SUPPORT_H_

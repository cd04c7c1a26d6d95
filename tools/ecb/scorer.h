// Scores accord's cross-document alignment on ECB+ clusters: runs the
// pipeline on each cluster's articles and compares the facts it builds with
// the gold cross-document event instances. Definitions: docs/ecbplus.md.
//
//   auto clusters = ReadEcbPlus(eval_dir);
//   absl::StatusOr<ClusterResult> r = RunCluster(*extractor, (*clusters)[0]);
//   std::cout << FormatScore(r->score);
#ifndef ACCORD_TOOLS_ECB_SCORER_H_
#define ACCORD_TOOLS_ECB_SCORER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/extract/extractor.h"
#include "engine/pipeline/pipeline.h"
#include "proto/accord.pb.h"
#include "tools/ecb/gold.h"

namespace accord {
namespace ecb {

// One pair of claims from two documents that accord put in one fact.
struct AlignedPair {
  // Indices into report.facts() and into that fact's claims as resolved
  // from its claim_ids (ClaimIndex::Resolve).
  int fact = 0;
  int a = 0;
  int b = 0;
  // Both triggers lie in sentences the gold annotates (ECB+ annotates only
  // some sentences of each article); only judged pairs count in precision.
  bool judged = false;
  // Judged, and both triggers overlap ACTION mentions of one CROSS_DOC
  // instance.
  bool correct = false;
  std::string instance;  // that instance when correct
  // For a judged pair: the CROSS_DOC instances each trigger overlaps (empty
  // when the trigger is no cross-document ACTION mention), so a wrong pair
  // tells "not an annotated event" from "two different events".
  std::vector<std::string> gold_a, gold_b;
};

struct ClusterScore {
  std::string name;
  int documents = 0;
  int claims = 0;
  int facts = 0;
  int conflicts = 0;
  int aligned_pairs = 0;  // cross-document pairs in one fact
  int judged_pairs = 0;
  int correct_pairs = 0;
  // CROSS_DOC instances with ACTION mentions in two or more documents.
  int gold_instances = 0;
  // Of those, instances some aligned pair links (both triggers overlap
  // mentions of it, in different documents).
  int found_instances = 0;
  // Conflicts judged against the gold: same-event when claims on two
  // different sides have triggers overlapping ACTION mentions of one
  // cross-document instance; cross-event when such claims map only to
  // different instances; the rest are unjudged.
  int conflicts_same_event = 0;
  int conflicts_cross_event = 0;
  // `conflicts` counts every flagged conflict, confident and possible
  // (Report.possible_conflicts); these count the possible ones alone, and
  // their verdicts (included in the two counts above).
  int possible_conflicts = 0;
  int possible_same_event = 0;
  int possible_cross_event = 0;

  double precision() const {
    return judged_pairs == 0
               ? 0.0
               : static_cast<double>(correct_pairs) / judged_pairs;
  }
  double recall() const {
    return gold_instances == 0
               ? 0.0
               : static_cast<double>(found_instances) / gold_instances;
  }
  double conflict_precision() const {
    const int judged = conflicts_same_event + conflicts_cross_event;
    return judged == 0 ? 0.0
                       : static_cast<double>(conflicts_same_event) / judged;
  }
  // Adds `other`'s counts (micro-averaging).
  void Add(const ClusterScore& other);
};

// The pairs and score of one cluster given what the pipeline produced.
// Claims' trigger spans must point into `inputs.documents`' texts.
struct ClusterResult {
  ClusterScore score;
  Inputs inputs;
  Report report;
  std::vector<AlignedPair> pairs;   // index into `report`
  std::vector<std::string> missed;  // gold instances not found, with words
};

// Scores `result->report` against `gold`, filling score, pairs and missed.
void ScoreCluster(const GoldCluster& gold, ClusterResult* result);

// Loads the cluster's .txt files with accord's pipeline, reconciles them
// and scores the result. Each document is its own source.
absl::StatusOr<ClusterResult> RunCluster(const Extractor& extractor,
                                         const GoldCluster& gold);

// "1ecb  docs 6  claims 12  facts 9  conflicts 1 (same 1 cross 0)  pairs 4
// judged 3  correct 3  P 1.000  instances 2/7  R 0.286".
std::string FormatScore(const ClusterScore& s);

// Every aligned pair with its verdict, the missed instances and every
// conflict with its sides' sentences, for --show.
std::string FormatDetails(const ClusterResult& r);

}  // namespace ecb
}  // namespace accord

#endif  // ACCORD_TOOLS_ECB_SCORER_H_

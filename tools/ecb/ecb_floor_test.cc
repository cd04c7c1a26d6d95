// accord's measured alignment quality on the ECB+ clusters must not regress.
// Floors are the measured values rounded down to two decimals; raise them
// when accord improves, never lower them (docs/ecbplus.md).
#include <cstdlib>
#include <string>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"
#include "tools/ecb/gold.h"
#include "tools/ecb/scorer.h"

namespace accord {
namespace ecb {
namespace {

// Measured on all 64 clusters (the set held 12 when the old floors, P 0.85
// and R 0.59, were set; those were tuned on the clusters they measured).
constexpr int kClusters = 64;
// Raised with generic EVENT claims (measured P 0.560, R 0.348), then with
// time attachment (P 0.573, R 0.346) and particle verbs, attributive
// participles and datelines (P 0.578, R 0.346), then with non-specific
// event nouns and passive clauses read as active (P 0.595, R 0.344); time
// owners decided in extraction cost background claims a year that was not
// theirs and kept them out of the main event by accident (merged: P 0.589);
// then with occurrence roles read from a noun trigger's phrase (a
// sentence's term), one claim per overlapping trigger, episode cues over
// two modifiers, control complements, participant filling and served
// terms (merged: P 0.629, R 0.344); then with animal patients kept apart
// and names after an age (P 0.638, R 0.344), and with support verbs, saying
// with an object, headline present, frame verbs no rule read and gerund
// clauses (merged: P 0.635, R 0.376), then with nouns of communication
// as support-verb objects and nouns of a frame's verb group as the frame's
// (P 0.633, R 0.380).
constexpr double kPrecisionFloor = 0.63;
constexpr double kRecallFloor = 0.38;
// Flagged conflicts over the 64 clusters, confident and possible (measured
// 3: two counts of background shootings recalled with a bare month, one of
// a war's many strikes); it only falls.
constexpr int kConflictsCeiling = 3;

TEST(EcbFloorTest, OverallPrecisionAndRecallStayAboveFloors) {
  const char* dir = std::getenv("ACCORD_EVAL_DIR");
  ASSERT_NE(dir, nullptr)
      << "ACCORD_EVAL_DIR is not set; run via tools/bazel test";
  auto clusters = ReadEcbPlus(dir);
  ASSERT_TRUE(clusters.ok()) << clusters.status();
  EXPECT_EQ(clusters->size(), static_cast<size_t>(kClusters));
  auto extractor = Extractor::CreateDefault();
  ASSERT_TRUE(extractor.ok()) << extractor.status();
  ClusterScore total;
  total.name = "overall";
  for (const GoldCluster& c : *clusters) {
    auto r = RunCluster(**extractor, c);
    ASSERT_TRUE(r.ok()) << r.status();
    total.Add(r->score);
  }
  EXPECT_GT(total.gold_instances, 0);
  EXPECT_GE(total.precision(), kPrecisionFloor) << FormatScore(total);
  EXPECT_GE(total.recall(), kRecallFloor) << FormatScore(total);
  EXPECT_LE(total.conflicts, kConflictsCeiling) << FormatScore(total);
}

}  // namespace
}  // namespace ecb
}  // namespace accord

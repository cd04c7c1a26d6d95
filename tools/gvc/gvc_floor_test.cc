// accord's measured casualty counts on the GVC incidents must not regress.
// Floors are the measured values rounded down to two decimals; raise them
// when accord improves, never lower them (docs/gvc.md). The ceiling on
// conflicts per incident is the measured value rounded up; it only falls.
#include <cstdlib>
#include <string>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"
#include "tools/gvc/gold.h"
#include "tools/gvc/scorer.h"

namespace accord {
namespace gvc {
namespace {

constexpr double kKillAccuracyFloor = 0.86;            // measured 0.861
constexpr double kInjureAccuracyFloor = 0.81;          // measured 0.814
constexpr double kKillCoverageFloor = 0.98;            // measured 0.983
constexpr double kInjureCoverageFloor = 0.96;          // measured 0.964
constexpr double kConflictsPerIncidentCeiling = 0.07;  // measured 0.067
// Confident conflicts alone (confidence >= the default threshold).
constexpr double kConfidentPerIncidentCeiling = 0.02;  // measured 0.013

TEST(GvcFloorTest, CountsStayAboveFloors) {
  const char* dir = std::getenv("ACCORD_EVAL_DIR");
  ASSERT_NE(dir, nullptr)
      << "ACCORD_EVAL_DIR is not set; run via tools/bazel test";
  auto incidents = ReadGvc(dir);
  ASSERT_TRUE(incidents.ok()) << incidents.status();
  EXPECT_EQ(incidents->size(), 150u);
  auto extractor = Extractor::CreateDefault();
  ASSERT_TRUE(extractor.ok()) << extractor.status();
  PipelineOptions options;
  options.jobs = 2;
  GvcScore total;
  total.name = "overall";
  for (const GvcIncident& g : *incidents) {
    auto r = RunIncident(**extractor, g, options);
    ASSERT_TRUE(r.ok()) << r.status();
    total.Add(r->score);
  }
  EXPECT_GT(total.kill.gold_positive, 0);
  EXPECT_GE(total.kill.accuracy(), kKillAccuracyFloor) << FormatScore(total);
  EXPECT_GE(total.injure.accuracy(), kInjureAccuracyFloor)
      << FormatScore(total);
  EXPECT_GE(total.kill.coverage(), kKillCoverageFloor) << FormatScore(total);
  EXPECT_GE(total.injure.coverage(), kInjureCoverageFloor)
      << FormatScore(total);
  EXPECT_LE(total.conflicts_per_incident(), kConflictsPerIncidentCeiling)
      << FormatScore(total);
  EXPECT_LE(total.confident_per_incident(), kConfidentPerIncidentCeiling)
      << FormatScore(total);
}

}  // namespace
}  // namespace gvc
}  // namespace accord

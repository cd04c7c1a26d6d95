// Precision floors on the Book and Flight gold standards. Floors are the
// measured precision rounded down to two decimals; they only go up.
#include "tools/truth/scorer.h"

#include <cstdlib>

#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

std::string EvalDir() {
  const char* dir = std::getenv("ACCORD_EVAL_DIR");
  return dir == nullptr ? "" : dir;
}

struct Floor {
  const char* dataset;
  Method method;
  double floor;
};

class ScorerTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ScorerTest, PrecisionFloors) {
  const std::string dir = EvalDir();
  ASSERT_FALSE(dir.empty())
      << "ACCORD_EVAL_DIR is not set; run through tools/bazel";
  auto data = LoadDataset(dir, GetParam());
  ASSERT_TRUE(data.ok()) << data.status() << " (ACCORD_EVAL_DIR=" << dir << ")";
  const Floor floors[] = {
      {"book", Method::kVote, 0.80},
      {"book", Method::kTruthFinder, 0.84},
      {"book", Method::kAccu, 0.83},
      {"book", Method::kAccuSim, 0.84},
      {"book", Method::kAccuCopy, 0.93},
      {"flight", Method::kVote, 0.96},
      {"flight", Method::kTruthFinder, 0.96},
      {"flight", Method::kAccu, 0.96},
      {"flight", Method::kAccuSim, 0.96},
      {"flight", Method::kAccuCopy, 0.96},
  };
  for (const Floor& f : floors) {
    if (f.dataset != std::string(GetParam())) continue;
    MethodScore s = ScoreMethod(*data, f.method, Options());
    EXPECT_GE(s.overall.Precision(), f.floor) << FormatScore(s);
  }
}

INSTANTIATE_TEST_SUITE_P(Datasets, ScorerTest,
                         ::testing::Values("book", "flight"));

TEST(ScorerTest, UnknownDatasetIsAnError) {
  EXPECT_FALSE(LoadDataset("/nonexistent", "cars").ok());
  EXPECT_FALSE(LoadDataset("/nonexistent", "book").ok());
}

}  // namespace
}  // namespace truth
}  // namespace accord

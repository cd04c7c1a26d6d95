// Accuracy floors against Duckling's English corpora. Each floor is the
// measured accuracy rounded down to the nearest percent; floors only go up.

#include "tools/duckling/duckling_scorer.h"

#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace duckling {
namespace {

std::string EvalDir() {
  const char* env = std::getenv("ACCORD_EVAL_DIR");
  return env == nullptr ? "" : env;
}

DimensionScore Score(const std::string& dimension) {
  const std::string dir = EvalDir();
  EXPECT_FALSE(dir.empty())
      << "ACCORD_EVAL_DIR is not set; run through tools/bazel so it points "
         "at the shared eval directory";
  absl::StatusOr<DimensionScore> s = ScoreDimension(dir, dimension);
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? *s : DimensionScore();
}

struct Floor {
  const char* dimension;
  double accuracy;  // fraction of rows exact
};

TEST(DucklingScorer, AccuracyFloors) {
  const Floor kFloors[] = {
      {"Numeral", 0.99},  {"Ordinal", 1.00}, {"Duration", 1.00},
      {"Quantity", 1.00}, {"Time", 0.91},
  };
  for (const Floor& f : kFloors) {
    const DimensionScore s = Score(f.dimension);
    ASSERT_GT(s.rows, 0) << f.dimension;
    EXPECT_GE(s.Accuracy(), f.accuracy)
        << f.dimension << ": " << s.exact << "/" << s.rows;
  }
}

TEST(DucklingScorer, TimeNewsFormsFloor) {
  const DimensionScore s = Score("Time");
  ASSERT_GT(s.news_rows, 0);
  EXPECT_GE(s.NewsAccuracy(), 0.97) << s.news_exact << "/" << s.news_rows;
}

TEST(DucklingScorer, NegativeRowsMustYieldNothing) {
  Row row{"Duration", "negativeCorpus", "for months", "NONE", "", ""};
  EXPECT_TRUE(Matches(row, RunRow(row)));
  Output got;
  got.normalized = "P1M";
  EXPECT_FALSE(Matches(row, got));
}

TEST(DucklingScorer, FormatsLikeDuckling) {
  Row row{"Duration", "allExamples", "1.5 hours", "PT90M", "Minute", ""};
  const Output got = RunRow(row);
  EXPECT_EQ(got.normalized, "PT90M");
  EXPECT_EQ(got.grain_or_unit, "Minute");
  Row q{"Quantity", "allExamples", "0.5 kg of strawberries",
        "500",      "Gram",        "strawberries"};
  EXPECT_TRUE(Matches(q, RunRow(q)));
}

}  // namespace
}  // namespace duckling
}  // namespace accord

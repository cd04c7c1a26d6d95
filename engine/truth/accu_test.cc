#include "engine/truth/accu.h"

#include "engine/truth/explain.h"
#include "engine/truth/resolve.h"
#include "engine/truth/test_util.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

using testing::Chosen;

Options With(Method m) {
  Options o;
  o.method = m;
  return o;
}

TEST(AccuTest, AccurateSourceBeatsTwoInaccurateOnes) {
  auto p = BuildProblem(testing::TrustedMinorityWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  for (Method m : {Method::kAccu, Method::kAccuSim, Method::kAccuCopy}) {
    Result r = RunAccu(*p, With(m));
    EXPECT_EQ(Chosen(*p, r, "disputed"), "t") << MethodName(m);
    EXPECT_GT(r.source_accuracy[SourceIndex(*p, "t")], 0.9);
    EXPECT_LT(r.source_accuracy[SourceIndex(*p, "u1")], 0.5);
  }
}

TEST(AccuTest, CopiersOfFalseValuesOutvotedOnlyWithCopyDetection) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  struct Case {
    Method method;
    bool truth_wins;
  } cases[] = {
      {Method::kVote, false},
      {Method::kAccu, false},
      {Method::kAccuCopy, true},
  };
  for (const Case& c : cases) {
    Result r = Resolve(*p, With(c.method));
    for (int i = 10; i < 29; ++i) {  // copies outvoted by all methods
      EXPECT_EQ(Chosen(*p, r, absl::StrCat("o", i)), absl::StrCat("t", i))
          << MethodName(c.method) << " item " << i;
    }
    EXPECT_EQ(Chosen(*p, r, "o29"), c.truth_wins ? "t29" : "f29")
        << MethodName(c.method);
  }
}

TEST(AccuTest, AccuCopyReportsCopierPairsNotIndependentOnes) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  Result r = RunAccu(*p, With(Method::kAccuCopy));
  auto dependent = [&](const std::string& a, const std::string& b) {
    int x = SourceIndex(*p, a), y = SourceIndex(*p, b);
    for (const DependentPair& d : r.dependent_pairs) {
      if ((d.a == x && d.b == y) || (d.a == y && d.b == x)) return true;
    }
    return false;
  };
  EXPECT_TRUE(dependent("b", "c1"));
  EXPECT_TRUE(dependent("c2", "c4"));
  EXPECT_FALSE(dependent("g1", "g2"));
  EXPECT_FALSE(dependent("h1", "h2"));
  EXPECT_FALSE(dependent("h1", "g3"));
  EXPECT_FALSE(dependent("g1", "b"));
  for (size_t i = 1; i < r.dependent_pairs.size(); ++i) {
    EXPECT_GE(r.dependent_pairs[i - 1].probability,
              r.dependent_pairs[i].probability);
  }
}

TEST(AccuTest, SimilarityHelpsNearValues) {
  // "x1".."x4" are similar to each other (0.9); together they outweigh "y".
  class Model : public ValueModel {
   public:
    double Similarity(absl::string_view, absl::string_view a,
                      absl::string_view b) const override {
      if (a == b) return 1;
      return a[0] == b[0] ? 0.9 : 0;
    }
  };
  auto p = BuildProblem(testing::Table({{"s1", "o", "x1"},
                                        {"s2", "o", "x2"},
                                        {"s3", "o", "x3"},
                                        {"s4", "o", "x4"},
                                        {"s5", "o", "y"},
                                        {"s6", "o", "y"}}),
                        Model());
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Chosen(*p, RunAccu(*p, With(Method::kAccu)), "o"), "y");
  EXPECT_NE(Chosen(*p, RunAccu(*p, With(Method::kAccuSim)), "o"), "y");
}

}  // namespace
}  // namespace truth
}  // namespace accord

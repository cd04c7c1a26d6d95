#include "engine/truth/truthfinder.h"

#include "engine/truth/resolve.h"
#include "engine/truth/test_util.h"
#include "engine/truth/vote.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

using testing::Chosen;

TEST(TruthFinderTest, TrustedSourceBeatsTwoUnreliableOnes) {
  auto p = BuildProblem(testing::TrustedMinorityWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  Options opts;
  Result tf = RunTruthFinder(*p, opts);
  EXPECT_EQ(Chosen(*p, tf, "disputed"), "t");
  EXPECT_EQ(Chosen(*p, RunVote(*p), "disputed"), "u");
  EXPECT_GT(tf.source_accuracy[SourceIndex(*p, "t")],
            tf.source_accuracy[SourceIndex(*p, "u1")]);
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(Chosen(*p, tf, absl::StrCat("o", i)), absl::StrCat("true", i));
  }
}

// Similar values support each other: values sharing their first two letters
// are 0.9 similar, so four sources saying near-identical things beat one
// exactly agreeing pair.
class PrefixModel : public ValueModel {
 public:
  double Similarity(absl::string_view, absl::string_view a,
                    absl::string_view b) const override {
    if (a == b) return 1;
    return (a.substr(0, 2) == b.substr(0, 2)) ? 0.9 : 0.0;
  }
};

TEST(TruthFinderTest, ImplicationFromSimilarValues) {
  auto p = BuildProblem(testing::Table({{"s1", "o", "ab"},
                                        {"s2", "o", "abc"},
                                        {"s3", "o", "abd"},
                                        {"s4", "o", "abe"},
                                        {"s5", "o", "zz"},
                                        {"s6", "o", "zz"}}),
                        PrefixModel());
  ASSERT_TRUE(p.ok());
  Result tf = RunTruthFinder(*p, Options());
  EXPECT_NE(Chosen(*p, tf, "o"), "zz");
  EXPECT_EQ(Chosen(*p, RunVote(*p), "o"), "zz");
}

TEST(TruthFinderTest, Deterministic) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  Result a = RunTruthFinder(*p, Options());
  Result b = RunTruthFinder(*p, Options());
  EXPECT_EQ(a.source_accuracy, b.source_accuracy);
  EXPECT_GE(a.iterations, 1);
}

}  // namespace
}  // namespace truth
}  // namespace accord

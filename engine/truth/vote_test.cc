#include "engine/truth/vote.h"

#include "engine/truth/resolve.h"
#include "engine/truth/test_util.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

using testing::Chosen;
using testing::Table;

TEST(VoteTest, MajorityWinsTiesGoToSmallerValue) {
  struct Case {
    std::vector<std::vector<std::string>> rows;
    std::string want;
  } cases[] = {
      {{{"s1", "o", "A"}, {"s2", "o", "B"}, {"s3", "o", "B"}}, "B"},
      {{{"s1", "o", "B"}, {"s2", "o", "A"}}, "A"},
      {{{"s1", "o", "Z"}}, "Z"},
  };
  for (const Case& c : cases) {
    auto p = BuildProblem(Table(c.rows), ValueModel());
    ASSERT_TRUE(p.ok());
    Result r = RunVote(*p);
    EXPECT_EQ(Chosen(*p, r, "o"), c.want);
  }
}

TEST(VoteTest, ConfidenceAndAgreement) {
  auto p = BuildProblem(Table({{"s1", "o", "A"},
                               {"s2", "o", "B"},
                               {"s3", "o", "B"},
                               {"s1", "q", "C"}}),
                        ValueModel());
  ASSERT_TRUE(p.ok());
  Result r = RunVote(*p);
  const ItemResult& o = r.items[ItemIndex(*p, "o", "a")];
  ASSERT_EQ(o.values.size(), 2u);
  EXPECT_NEAR(o.values[0].confidence, 2.0 / 3, 1e-9);
  EXPECT_EQ(o.values[0].supporters.size(), 2u);
  EXPECT_NEAR(r.source_accuracy[0], 0.5, 1e-9);  // s1: lost o, won q
  EXPECT_NEAR(r.source_accuracy[1], 1.0, 1e-9);
}

TEST(VoteTest, CopiersOfAFalseValueWinUnderVote) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  Result r = RunVote(*p);
  EXPECT_EQ(Chosen(*p, r, "o29"), "f29");
  EXPECT_EQ(Chosen(*p, r, "o28"), "t28");
}

}  // namespace
}  // namespace truth
}  // namespace accord

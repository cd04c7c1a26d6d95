#include "engine/truth/observation.h"

#include <cstdlib>

#include "absl/strings/numbers.h"
#include "engine/truth/test_util.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

using testing::Table;

// Integers within 2 of each other are the same.
class NearModel : public ValueModel {
 public:
  bool Same(absl::string_view, absl::string_view a,
            absl::string_view b) const override {
    int x = 0, y = 0;
    if (!absl::SimpleAtoi(a, &x) || !absl::SimpleAtoi(b, &y)) return a == b;
    return std::abs(x - y) <= 2;
  }
};

TEST(BuildProblemTest, SortsSourcesAndItemsAndOrdersCandidatesBySupport) {
  auto p = BuildProblem(Table({{"s2", "x", "B"},
                               {"s1", "x", "A"},
                               {"s3", "x", "B"},
                               {"s1", "w", "A"}}),
                        ValueModel());
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->sources, (std::vector<std::string>{"s1", "s2", "s3"}));
  ASSERT_EQ(p->items.size(), 2u);
  EXPECT_EQ(p->items[0].object, "w");
  const Item& x = p->items[1];
  ASSERT_EQ(x.candidates.size(), 2u);
  EXPECT_EQ(x.candidates[0].value, "B");
  EXPECT_EQ(x.candidates[1].value, "A");
  EXPECT_EQ(x.claims,
            (std::vector<std::pair<int, int>>{{0, 1}, {1, 0}, {2, 0}}));
  EXPECT_EQ(p->source_claims[0],
            (std::vector<std::pair<int, int>>{{0, 0}, {1, 1}}));
  EXPECT_EQ(ItemIndex(*p, "x", "a"), 1);
  EXPECT_EQ(ItemIndex(*p, "y", "a"), -1);
  EXPECT_EQ(SourceIndex(*p, "s3"), 2);
  EXPECT_EQ(SourceIndex(*p, "zz"), -1);
}

TEST(BuildProblemTest, OneValuePerSourceMostFrequentFirst) {
  auto p = BuildProblem(Table({{"s1", "x", "A"},
                               {"s1", "x", "B"},
                               {"s1", "x", "B"},
                               {"s2", "y", "C"},
                               {"s2", "y", "D"}}),
                        ValueModel());
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->items[0].claims.size(), 1u);
  EXPECT_EQ(p->items[0].candidates[p->items[0].claims[0].second].value, "B");
  EXPECT_EQ(p->items[1].candidates[p->items[1].claims[0].second].value, "C");
}

TEST(BuildProblemTest, ModelMergesNearValuesAroundMostFrequent) {
  auto p = BuildProblem(Table({{"s1", "x", "10"},
                               {"s2", "x", "11"},
                               {"s3", "x", "11"},
                               {"s4", "x", "14"},
                               {"s5", "x", "30"}}),
                        NearModel());
  ASSERT_TRUE(p.ok());
  const Item& x = p->items[0];
  ASSERT_EQ(x.candidates.size(), 3u);
  EXPECT_EQ(x.candidates[0].value, "11");
  EXPECT_EQ(x.candidates[0].members, (std::vector<std::string>{"10", "11"}));
  EXPECT_EQ(x.candidates[1].value, "14");  // 3 from 11, not merged
  EXPECT_EQ(x.similarity[0][1], 0.0);
  EXPECT_EQ(x.similarity[0][0], 1.0);
}

TEST(BuildProblemTest, RejectsEmptyFields) {
  EXPECT_FALSE(
      BuildProblem({Observation{"s", "o", "a", ""}}, ValueModel()).ok());
  EXPECT_FALSE(
      BuildProblem({Observation{"", "o", "a", "v"}}, ValueModel()).ok());
  EXPECT_TRUE(BuildProblem({}, ValueModel()).ok());
}

}  // namespace
}  // namespace truth
}  // namespace accord

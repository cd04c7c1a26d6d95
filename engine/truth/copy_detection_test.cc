#include "engine/truth/copy_detection.h"

#include "engine/truth/resolve.h"
#include "engine/truth/test_util.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

// Probability that each candidate is true: a fixed table where candidate
// values starting with "f" or "x" are false.
std::vector<std::vector<double>> Truth(const Problem& p) {
  std::vector<std::vector<double>> out;
  for (const Item& item : p.items) {
    std::vector<double> row;
    for (const Candidate& c : item.candidates) {
      row.push_back(c.value[0] == 'f' || c.value[0] == 'x' ? 0.01 : 0.99);
    }
    out.push_back(row);
  }
  return out;
}

// Each source's fraction of claims that the Truth() table calls true.
std::vector<double> TrueAccuracy(const Problem& p) {
  auto truth = Truth(p);
  std::vector<double> out;
  for (size_t s = 0; s < p.sources.size(); ++s) {
    double sum = 0;
    for (const auto& c : p.source_claims[s]) sum += truth[c.first][c.second];
    out.push_back(sum / p.source_claims[s].size());
  }
  return out;
}

TEST(CopyDetectionTest, SharedFalseValuesMeanDependence) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  DependenceMatrix m(static_cast<int>(p->sources.size()));
  ComputeDependence(*p, Truth(*p), TrueAccuracy(*p), Options(), &m);
  auto prob = [&](const char* a, const char* b) {
    return m.Probability(SourceIndex(*p, a), SourceIndex(*p, b));
  };
  struct Case {
    const char* a;
    const char* b;
    bool dependent;
  } cases[] = {
      {"b", "c1", true},   {"c1", "c2", true},  {"c3", "b", true},
      {"g1", "g2", false}, {"g1", "b", false},  {"g3", "c4", false},
      {"h1", "h2", false}, {"h3", "g1", false}, {"h4", "c5", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(prob(c.a, c.b) > 0.5, c.dependent) << c.a << " " << c.b;
    EXPECT_EQ(prob(c.a, c.b), prob(c.b, c.a));
  }
  EXPECT_EQ(prob("b", "b"), 0);
  auto pairs = m.Pairs(0.5);
  EXPECT_EQ(pairs.size(), 21u);  // all pairs among {b, c1..c6}
}

TEST(CopyDetectionTest, TooFewSharedItemsIsIndependent) {
  auto p = BuildProblem(testing::Table({{"s1", "o", "f"}, {"s2", "o", "f"}}),
                        ValueModel());
  ASSERT_TRUE(p.ok());
  DependenceMatrix m(2);
  ComputeDependence(*p, Truth(*p), {0.8, 0.8}, Options(), &m);
  EXPECT_EQ(m.Probability(0, 1), 0);
}

TEST(CopyDetectionTest, DiscountKeepsFirstVoteWhole) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  DependenceMatrix m(static_cast<int>(p->sources.size()));
  ComputeDependence(*p, Truth(*p), TrueAccuracy(*p), Options(), &m);
  std::vector<Support> sup = {{SourceIndex(*p, "b"), 1, 1, -1},
                              {SourceIndex(*p, "c1"), 1, 1, -1},
                              {SourceIndex(*p, "g1"), 1, 1, -1}};
  DiscountDependentVotes(m, 0.8, &sup);
  EXPECT_EQ(sup[0].independence, 1);
  EXPECT_LT(sup[1].independence, 0.3);
  EXPECT_EQ(sup[1].depends_on, SourceIndex(*p, "b"));
  EXPECT_GT(sup[2].independence, 0.9);
}

}  // namespace
}  // namespace truth
}  // namespace accord

#include "engine/truth/explain.h"

#include "engine/truth/resolve.h"
#include "engine/truth/test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

using ::testing::HasSubstr;

TEST(ExplainTest, NamesWinnerSupportersAndDependentSources) {
  auto p = BuildProblem(testing::CopierWorld(), ValueModel());
  ASSERT_TRUE(p.ok());
  Options opts;
  opts.method = Method::kAccuCopy;
  Result r = Resolve(*p, opts);
  const int item = ItemIndex(*p, "o29", "a");
  std::string text = Explain(*p, r, item);
  EXPECT_THAT(text, HasSubstr("o29/a: \"t29\" wins (accucopy"));
  EXPECT_THAT(text, HasSubstr("g1 weight"));
  EXPECT_THAT(text, HasSubstr("runner-up \"f29\""));
  EXPECT_THAT(text, HasSubstr("(x0."));  // a discounted copier
  const ValueScore& loser = r.items[item].values[1];
  EXPECT_LT(IndependentWitnesses(loser), 2.5);  // 7 sources, ~1-2 witnesses
  EXPECT_EQ(Explain(*p, r, -1), "");
}

}  // namespace
}  // namespace truth
}  // namespace accord

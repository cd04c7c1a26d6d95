// LongestFirst and CompileCuePatterns on small word lists written here.
#include "engine/extract/cue_patterns.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(CuePatternsTest, LongestFirstQuotesAndOrders) {
  const std::vector<std::string> words = {"age", "age of", "a.m.", "b"};
  EXPECT_EQ(LongestFirst(words), "(?:age\\ of|a\\.m\\.|age|b)");
  // The longer word wins where both match.
  std::string got;
  ASSERT_TRUE(RE2::PartialMatch("the age of 12",
                                "(" + LongestFirst(words) + ")", &got));
  EXPECT_EQ(got, "age of");
}

TEST(CuePatternsTest, InOrderQuotesAndKeepsTheOrder) {
  const std::vector<std::string> words = {"age", "age of", "a.m."};
  EXPECT_EQ(InOrder(words), "(?:age|age\\ of|a\\.m\\.)");
}

TEST(CuePatternsTest, CompilesEveryPatternOrNamesTheBadOne) {
  std::unique_ptr<RE2> a, b;
  const CuePattern good[] = {{&a, "x+"}, {&b, "(?:y|z)"}};
  ASSERT_TRUE(CompileCuePatterns(good).ok());
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(RE2::FullMatch("xx", *a));
  EXPECT_TRUE(RE2::FullMatch("z", *b));

  std::unique_ptr<RE2> c;
  const CuePattern bad[] = {{&c, "(unclosed"}};
  const absl::Status s = CompileCuePatterns(bad);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("(unclosed"), std::string::npos) << s;
}

}  // namespace
}  // namespace accord

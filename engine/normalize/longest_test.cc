#include "engine/normalize/longest.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(Longest, Table) {
  const struct {
    const char* name;
    std::vector<std::pair<int, std::string>> proposals;
    int want_end;
    std::string want_value;
  } kCases[] = {
      {"none", {}, -1, ""},
      {"one", {{3, "a"}}, 3, "a"},
      {"longer wins", {{3, "a"}, {5, "b"}}, 5, "b"},
      {"shorter loses", {{5, "a"}, {3, "b"}}, 5, "a"},
      {"first of equal length wins", {{4, "a"}, {4, "b"}}, 4, "a"},
      {"zero end is kept but not finished", {{0, "a"}}, 0, ""},
  };
  for (const auto& c : kCases) {
    Longest<std::string> best;
    for (const auto& [end, value] : c.proposals) best.Consider(end, value);
    EXPECT_EQ(best.end(), c.want_end) << c.name;
    std::string out;
    EXPECT_EQ(best.Finish(&out), c.want_end) << c.name;
    EXPECT_EQ(out, c.want_value) << c.name;
  }
}

TEST(Longest, ResetLetsAnEqualEndWin) {
  Longest<std::string> best;
  best.Consider(4, "range");
  best.Reset();
  best.Consider(4, "deadline");
  std::string out;
  EXPECT_EQ(best.Finish(&out), 4);
  EXPECT_EQ(out, "deadline");
}

TEST(Longest, SetEndExtendsTheChosenValue) {
  Longest<std::string> best;
  best.Consider(2, "3 pm");
  *best.mutable_value() += " GMT";
  best.set_end(3);
  std::string out = "unchanged";
  EXPECT_EQ(best.Finish(&out), 3);
  EXPECT_EQ(out, "3 pm GMT");
  best.set_end(-1);
  out = "unchanged";
  EXPECT_EQ(best.Finish(&out), -1);
  EXPECT_EQ(out, "unchanged");
}

}  // namespace
}  // namespace accord

#include "tools/wordnet/wordnet_index.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(ParseIndexLineTest, Table) {
  const struct {
    const char* line;
    bool ok;
    const char* lemma;
    std::vector<std::string> offsets;
  } cases[] = {
      {"quake n 1 2 @ ~ 1 0 07428954  ", true, "quake", {"07428954"}},
      {"free_agent n 1 1 @ 1 0 10105733  ", true, "free_agent", {"10105733"}},
      {"rob v 2 3 @ ~ + 2 2 02321009 02320374  ",
       true,
       "rob",
       {"02321009", "02320374"}},
      {"  1 This software and database is being provided", false, "", {}},
      {"", false, "", {}},
      {"broken n 1 0", false, "broken", {}},
  };
  for (const auto& c : cases) {
    IndexLine e;
    EXPECT_EQ(ParseIndexLine(c.line, &e), c.ok) << c.line;
    if (c.ok) {
      EXPECT_EQ(e.lemma, c.lemma);
      EXPECT_EQ(e.offsets, c.offsets) << c.line;
    }
  }
}

}  // namespace
}  // namespace accord

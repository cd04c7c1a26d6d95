#include "tools/wordnet/wordnet_lines.h"

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

TEST(ParseDataLineTest, WordsAndPointers) {
  DataLine d;
  ASSERT_TRUE(ParseDataLine(
      "07428954 11 n 02 quake 0 earthquake 0 002 @ 07428631 n 0000 + "
      "01880113 v 0102 | shaking and vibration",
      &d));
  EXPECT_EQ(d.offset, "07428954");
  EXPECT_EQ(d.lexfile, 11);
  EXPECT_EQ(d.words, (std::vector<std::string>{"quake", "earthquake"}));
  ASSERT_EQ(d.pointers.size(), 2u);
  EXPECT_EQ(d.pointers[0].symbol, "@");
  EXPECT_EQ(d.pointers[0].target, "07428631");
  EXPECT_EQ(d.pointers[1].symbol, "+");
  EXPECT_EQ(d.pointers[1].pos, "v");
  EXPECT_EQ(d.pointers[1].source_target, "0102");
  EXPECT_FALSE(ParseDataLine("  1 This software and database", &d));
  EXPECT_FALSE(ParseDataLine("", &d));
}

}  // namespace
}  // namespace accord

// CountTags on tagged texts written for this test: it counts one tag name's
// mentions, whatever follows the tag, and no other tag's.
#include "engine/extract/tagged_tokens.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(CountTagsTest, CountsOneTagNamesMentions) {
  const struct {
    const char* text;
    const char* tag;
    int count;
  } kCases[] = {
      {"", "PER", 0},
      {"the boy", "PER", 0},
      {"⟦PER#0⟧ and ⟦PER#1⟧", "PER", 2},
      {"⟦PER#0⟧'s son, ⟦PER#12⟧ and ⟦GPE#2⟧", "PER", 2},
      {"⟦PER#0⟧ in ⟦GPE#2⟧", "GPE", 1},
      {"⟦PERSON#0⟧ and ⟦PRO#1⟧", "PER", 0},  // another tag's name
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(CountTags(c.text, c.tag), c.count) << c.text << " / " << c.tag;
  }
}

}  // namespace
}  // namespace accord

#include "engine/extract/episodes.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// Tagged text before and after a trigger, written for this test: which
// episode the words tell.
TEST(OtherEpisodeTest, WordsBeforeTheTrigger) {
  struct Case {
    std::string before;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"police foiled another ", "other"},
      {"the navy thwarted a second ", "other"},
      // One more of its kind: "additional", "extra" after a number or an
      // indefinite article, and "a new".
      {"he received ⟦NUM#1⟧ additional ", "other"},
      {"he received ⟦NUM#1⟧ extra ", "other"},
      {"she was handed an additional ", "other"},
      {"he was given a new ⟦DUR#2⟧ ", "other"},
      {"crowds gathered as a new ", "other"},
      // Up to two modifiers between the cue and the noun.
      {"this is the ⟦ORD#0⟧ drug related ", "other"},
      {"police foiled another carefully planned ", "other"},
      {"he was given a new ⟦DUR#2⟧ prison ", "other"},
      // Further away the cue belongs to another phrase.
      {"another man told reporters about the ", ""},
      // A definite "new" refers back to one already told.
      {"the judge explained the new ", ""},
      {"he was given a ", ""},
      {"officials described an earlier ", "earlier"},
  };
  const auto none = [](absl::string_view) { return false; };
  // Mention 0 is the ordinal "second".
  std::vector<Mention> mentions(1);
  mentions[0].tag = "ORD";
  mentions[0].value.set_ordinal(2);
  for (const Case& c : cases) {
    EXPECT_EQ(OtherEpisode(c.before, "", mentions, none), c.want) << c.before;
  }
}

}  // namespace
}  // namespace accord

#include "engine/rules/tagged_sentence.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(TaggedSentenceTest, RendersTagsFoldsTypographyAndMapsOffsets) {
  const std::string text =
      "Xx. Putin\xE2\x80\x99s \xE2\x80\x9Coffer\xE2\x80\x9D to Kyiv";
  AnnotatedSentence s;
  s.bounds = {4, static_cast<int>(text.size())};
  Mention putin{4, 9, "PER", Value()};
  Mention kyiv{static_cast<int>(text.size()) - 4, static_cast<int>(text.size()),
               "GPE", Value()};
  s.mentions = {putin, kyiv};
  const TaggedSentence t = TaggedSentence::Render(text, s);
  EXPECT_EQ(t.text(), "⟦PER#0⟧'s \"offer\" to ⟦GPE#1⟧");
  EXPECT_EQ(t.DocOffset(0), 4);  // start of the PER tag
  const int to = static_cast<int>(t.text().find(" to "));
  EXPECT_EQ(text.substr(t.DocOffset(to), 4), " to ");
  EXPECT_EQ(t.DocOffset(static_cast<int>(t.text().size())),
            static_cast<int>(text.size()));
  EXPECT_EQ(t.MentionsIn(0, static_cast<int>(t.text().size())),
            (std::vector<int>{0, 1}));
  EXPECT_EQ(t.MentionsIn(0, to), (std::vector<int>{0}));
  EXPECT_EQ(t.TagEnd(0), static_cast<int>(std::string("⟦PER#0⟧").size()));
}

TEST(TaggedSentenceTest, OtherNonAsciiIsKeptByteForByte) {
  const std::string text =
      "Caf\xC3\xA9 \xE7\x84\xA1 well\xE2\x80\x91"
      "being";
  AnnotatedSentence s;
  s.bounds = {0, static_cast<int>(text.size())};
  const TaggedSentence t = TaggedSentence::Render(text, s);
  EXPECT_EQ(t.text(), "caf\xC3\xA9 \xE7\x84\xA1 well-being");
}

}  // namespace
}  // namespace accord

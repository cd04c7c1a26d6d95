#include "engine/rules/first_bytes.h"

#include <string>

#include "gtest/gtest.h"
#include "re2/re2.h"

namespace accord {
namespace {

struct Case {
  const char* pattern;
  bool any;
  const char* in;   // bytes that must be in the set
  const char* out;  // bytes that must not be
};

TEST(FirstBytesTest, ReadsTheSyntaxRulesUse) {
  const Case kCases[] = {
      {"said", false, "s", "aid "},
      {"(?:the )?⟦PER#\\d+⟧ said", false, "t\xE2", "hPs \x9F"},
      {"(?P<subj>his|her) wife", false, "h", "iw "},
      {"(?:a|an|the)? ?dog", false, "at d", "nhog"},
      {"\\b(?:last|next) week", false, "ln", "aw "},
      {"[a-z-]+ ⟦GPE#\\d+⟧", false, "amz-", "A0 \xE2"},
      // A negated class may begin with any byte.
      {"[^,]{1,120},", false, ",a\xE2\x80", ""},
      {"(?:x{0,3})y", false, "xy", "z"},
      {"(?:x{2})?y", false, "xy", "z"},
      {"\\d+ (?:dead|killed)", false, "09", "dk "},
      {"\\.{3}x", false, ".", "x"},
      {"(?:shot\\ dead|\\-x)", false, "s-", "d x\\"},
      {"[\\d,]+k", false, "0,", "k"},
      {"[⟦\"]q", false, "\xE2\"", "q"},
      {"x*?y", false, "xy", "z"},
      {"^the", false, "t", "h"},
      // Can match the empty string: any start.
      {"(?:will |would )*", true, "", ""},
      {"\\b", true, "", ""},
      {"", true, "", ""},
      // Syntax the reader does not follow: any start.
      {"(?i)said", true, "", ""},
      {"\\pLx", true, "", ""},
      {"[[:alpha:]]x", true, "", ""},
      {"[à-ü]x", true, "", ""},
      {"(?:unclosed", true, "", ""},
      {"a)", true, "", ""},
  };
  for (const Case& c : kCases) {
    const FirstBytes first = FirstBytes::Of(c.pattern);
    EXPECT_EQ(first.any(), c.any) << c.pattern;
    for (const char* b = c.in; *b != 0; ++b) {
      EXPECT_TRUE(first.Contains(static_cast<unsigned char>(*b)))
          << c.pattern << " byte " << *b;
    }
    for (const char* b = c.out; *b != 0; ++b) {
      EXPECT_FALSE(first.Contains(static_cast<unsigned char>(*b)))
          << c.pattern << " byte " << *b;
    }
  }
}

// Wherever RE2 finds an anchored match, the set lets the start through.
TEST(FirstBytesTest, NeverSkipsAStartWhereRe2Matches) {
  const char* kPatterns[] = {
      "(?:the |his )?⟦PER#\\d+⟧(?:,? (?:who|which) [^,]{1,120},)? said",
      "(?P<count>(?:at least )?⟦NUM#\\d+⟧) (?:people )?(?:were )?killed",
      "\\b(?:a|the)\\b ?[a-z-]*",
      "[^a-z]+end",
      "(?:x{0,2}|y)?z+",
  };
  const char* kTexts[] = {
      "the ⟦PER#0⟧, who arrived on monday, said it was over.",
      "at least ⟦NUM#3⟧ people were killed and ⟦NUM#4⟧ killed later",
      "a theater, the-end; athe a",
      "xxz yz zz  z, END end",
  };
  for (const char* p : kPatterns) {
    const RE2 re(p);
    ASSERT_TRUE(re.ok()) << p;
    const FirstBytes first = FirstBytes::Of(p);
    for (const char* t : kTexts) {
      const re2::StringPiece text(t);
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        if (re.Match(text, pos, text.size(), RE2::ANCHOR_START, nullptr, 0)) {
          EXPECT_TRUE(first.CanStartAt(t, pos)) << p << " at " << pos;
        }
      }
    }
  }
}

TEST(FirstBytesTest, SerializesAndReadsBack) {
  const FirstBytes first = FirstBytes::Of("(?:ab|⟦)c");
  const std::string bytes = first.Serialize();
  ASSERT_EQ(bytes.size(), 32u);
  const absl::StatusOr<FirstBytes> back = FirstBytes::Deserialize(bytes);
  ASSERT_TRUE(back.ok());
  for (int b = 0; b < 256; ++b) {
    EXPECT_EQ(back->Contains(b), first.Contains(b)) << b;
  }
  EXPECT_EQ(FirstBytes::Any().Serialize(), "");
  EXPECT_TRUE(FirstBytes::Deserialize("")->any());
  EXPECT_FALSE(FirstBytes::Deserialize("abc").ok());
}

TEST(FirstBytesTest, EndOfTextIsNoStartUnlessAny) {
  const FirstBytes first = FirstBytes::Of("x");
  EXPECT_TRUE(first.CanStartAt("ax", 1));
  EXPECT_FALSE(first.CanStartAt("ax", 0));
  EXPECT_FALSE(first.CanStartAt("ax", 2));
  EXPECT_TRUE(FirstBytes::Any().CanStartAt("ax", 2));
}

}  // namespace
}  // namespace accord

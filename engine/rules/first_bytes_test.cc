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
      "(?:a|bc)+d|e",
      "[a-z-]+ing (?:his|her|⟦PER#\\d+⟧)",
      "(?:s[^,]|t)\\b",
  };
  const char* kTexts[] = {
      "the ⟦PER#0⟧, who arrived on monday, said it was over.",
      "at least ⟦NUM#3⟧ people were killed and ⟦NUM#4⟧ killed later",
      "a theater, the-end; athe a",
      "xxz yz zz  z, END end",
      "abcd bcbcad e aad, shooting his wife, hitting ⟦PER#2⟧ s, t",
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

struct PairCase {
  const char* pattern;
  const char* in;   // two-byte prefixes that must be allowed
  const char* out;  // two-byte prefixes that must not be
};

TEST(FirstBytesTest, ReadsTheSecondByte) {
  const PairCase kCases[] = {
      // Word alternatives: a start inside "other" is not one of "the".
      {"(?:the|his|her) ⟦PER#\\d+⟧", "thhihe", "tahaot"},
      // The tag's first two bytes.
      {"⟦PER#\\d+⟧ said", "\xE2\x9F", "\xE2\x80"},
      // An optional word, then the rest.
      {"(?:the )?⟦PER", "th\xE2\x9F", "ta"},
      // One byte, then what follows it.
      {"[ab]c|d+e", "acbcddde", "aaadbd"},
      // A one-byte match allows any second byte, as does a wide class.
      {"x|yz", "xaxzyz", "ya"},
      {"q[a-z]", "qaqz", "q0"},
      {"s[^,]", "sas,", ""},
      // Repetition: one iteration of one byte, then the next.
      {"(?:a|bc)+d", "aaabadbc", "bdba"},
      {"[a-z-]+ing", "abz-", ""},
      // Empty-width assertions are skipped; an empty prefix passes on.
      {"\\b(?:to|and) ", "toan", "tnaa"},
      {"(?:x{0,2})yz", "xxxyyz", "yyxz"},
  };
  for (const PairCase& c : kCases) {
    const FirstBytes first = FirstBytes::Of(c.pattern);
    ASSERT_FALSE(first.any()) << c.pattern;
    for (const char* p = c.in; p[0] != 0 && p[1] != 0; p += 2) {
      EXPECT_TRUE(first.ContainsPair(p[0], p[1]))
          << c.pattern << " pair " << std::string(p, 2);
    }
    for (const char* p = c.out; p[0] != 0 && p[1] != 0; p += 2) {
      EXPECT_FALSE(first.ContainsPair(p[0], p[1]))
          << c.pattern << " pair " << std::string(p, 2);
    }
  }
}

TEST(FirstBytesTest, SerializesAndReadsBack) {
  const FirstBytes first = FirstBytes::Of("(?:ab|⟦|x)c");
  const std::string bytes = first.Serialize();
  // The first bytes, then rows for 'a' and the tag's first byte ('x' is
  // followed by 'c' alone, so it has a row too).
  ASSERT_EQ(bytes.size(), 32u + 3 * 33u);
  const absl::StatusOr<FirstBytes> back = FirstBytes::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status();
  for (int b = 0; b < 256; ++b) {
    EXPECT_EQ(back->Contains(b), first.Contains(b)) << b;
    for (int c = 0; c < 256; ++c) {
      ASSERT_EQ(back->ContainsPair(b, c), first.ContainsPair(b, c))
          << b << " " << c;
    }
  }
  EXPECT_EQ(back->Serialize(), bytes);
  EXPECT_EQ(FirstBytes::Any().Serialize(), "");
  EXPECT_TRUE(FirstBytes::Deserialize("")->any());
  EXPECT_FALSE(FirstBytes::Deserialize("abc").ok());
  // A row must belong to a first byte, once.
  EXPECT_FALSE(FirstBytes::Deserialize(bytes.substr(0, 32 + 32)).ok());
  std::string stray = bytes.substr(0, 32);
  stray.push_back('z');
  stray.append(32, '\xff');
  EXPECT_FALSE(FirstBytes::Deserialize(stray).ok());
  EXPECT_FALSE(FirstBytes::Deserialize(bytes + bytes.substr(32, 33)).ok());
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

#include "engine/normalize/tokenizer.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(Tokenize, SplitsLettersDigitsAndPunctuation) {
  const std::vector<Token> t = Tokenize("At 3pm, O'Clock—twenty");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].text, "at");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].text, "3");
  EXPECT_TRUE(t[1].IsDigits());
  EXPECT_EQ(t[2].text, "pm");
  EXPECT_FALSE(t[2].space_before);
  EXPECT_EQ(t[3].text, ",");
  EXPECT_EQ(t[4].text, "o'clock");
  EXPECT_EQ(t[5].text, "-");  // em dash
  EXPECT_EQ(t[6].text, "twenty");
  EXPECT_FALSE(t[6].space_before);
}

TEST(Tokenize, InvalidUtf8) {
  const std::string s("a\xff\xc3 b\xe2\x80", 8);
  const std::vector<Token> t = Tokenize(s);
  ASSERT_FALSE(t.empty());
  for (const Token& k : t) {
    EXPECT_LE(k.begin, k.end);
    EXPECT_LE(k.end, static_cast<int>(s.size()));
  }
}

TEST(Tokenize, NonBreakingSpaceSeparates) {
  const std::vector<Token> t = Tokenize("27\xc2\xa0million");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[1].space_before);
}

}  // namespace
}  // namespace accord

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
  EXPECT_TRUE(t[4].apostrophe);
  EXPECT_FALSE(t[6].apostrophe);
  EXPECT_EQ(t[5].text, "-");  // em dash
  EXPECT_EQ(t[6].text, "twenty");
  EXPECT_FALSE(t[6].space_before);
}

TEST(Tokenize, AllCapsFlag) {
  const std::vector<Token> t = Tokenize("EOM Boy boy NATO's 3PM");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_TRUE(t[0].all_caps);
  EXPECT_FALSE(t[1].all_caps);
  EXPECT_FALSE(t[2].all_caps);
  EXPECT_FALSE(t[3].all_caps);  // the apostrophe's "s" is lower case
  EXPECT_FALSE(t[4].all_caps);  // digits
  EXPECT_TRUE(t[5].all_caps);
}

TEST(Tokenize, ApostropheFlag) {
  const std::vector<Token> t =
      Tokenize("don\xe2\x80\x99t rock'n'roll it's ' x' 'y");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_TRUE(t[0].apostrophe);   // don't
  EXPECT_TRUE(t[1].apostrophe);   // rock'n'roll
  EXPECT_TRUE(t[2].apostrophe);   // it's
  EXPECT_FALSE(t[3].apostrophe);  // '
  EXPECT_FALSE(t[4].apostrophe);  // x
  EXPECT_FALSE(t[5].apostrophe);  // '
  EXPECT_FALSE(t[6].apostrophe);  // '
  EXPECT_FALSE(t[7].apostrophe);  // y
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

TEST(Tokenize, RecordsWordFacts) {
  struct Case {
    const char* text;
    int number_word, glued_number, ordinal_word;
    bool number_start;
  };
  const Case kCases[] = {
      {"Seven", 7, -1, -1, true},
      {"twenty", 20, -1, -1, true},
      {"twentyfive", -1, 25, -1, true},
      {"third", -1, -1, 3, false},
      {"second", -1, -1, 2, false},
      {"twentyfirst", -1, -1, 21, false},
      {"hundredth", -1, -1, 100, false},
      {"about", -1, -1, -1, true},
      {"a", -1, -1, -1, true},
      {"couple", -1, -1, -1, true},
      {"point", -1, -1, -1, true},
      {"minus", -1, -1, -1, true},
      {"the", -1, -1, -1, false},
      {"million", -1, -1, -1, false},
      {"42", -1, -1, -1, true},
      {".", -1, -1, -1, true},
      {"\xE2\x80\x93", -1, -1, -1, true},  // en dash is "-"
      {"~", -1, -1, -1, true},
      {",", -1, -1, -1, false},
  };
  for (const Case& c : kCases) {
    const std::vector<Token> t = Tokenize(c.text);
    ASSERT_EQ(t.size(), 1u) << c.text;
    EXPECT_EQ(t[0].number_word, c.number_word) << c.text;
    EXPECT_EQ(t[0].glued_number, c.glued_number) << c.text;
    EXPECT_EQ(t[0].ordinal_word, c.ordinal_word) << c.text;
    EXPECT_EQ(t[0].number_start, c.number_start) << c.text;
  }
}

TEST(WordValues, Tables) {
  EXPECT_EQ(NumberWordValue("ninety"), 90);
  EXPECT_EQ(NumberWordValue("twentyfive"), -1);  // glued forms: tokens only
  EXPECT_EQ(OrdinalWordValue("fortieth"), 40);
  EXPECT_EQ(OrdinalWordValue("twentyfirst"), -1);
}

}  // namespace
}  // namespace accord

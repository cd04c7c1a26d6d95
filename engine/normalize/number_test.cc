#include "engine/normalize/number.h"

#include <cmath>
#include <string>
#include <vector>

#include "engine/normalize/tokenizer.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  const char* text;
  const char* surface;
  double value;
  bool approximate;
};

TEST(FindNumbers, Table) {
  const Case kCases[] = {
      {"27,000,000 people", "27,000,000", 27000000, false},
      {"grew 1.5 percent", "1.5", 1.5, false},
      {"twenty-seven", "twenty-seven", 27, false},
      {"three hundred delegates", "three hundred", 300, false},
      {"a dozen eggs", "a dozen", 12, false},
      {"27 million", "27 million", 27e6, false},
      {"an estimated 27 million people", "an estimated 27 million", 27e6, true},
      {"$1.2bn deal", "1.2bn", 1.2e9, false},
      {"5k run", "5k", 5000, false},
      {"-504", "-504", -504, false},
      {"minus 1,200,000", "minus 1,200,000", -1.2e6, false},
      {"about 40 soldiers", "about 40", 40, true},
      {"seven hundred twenty-one thousand and twelve",
       "seven hundred twenty-one thousand and twelve", 721012, false},
      {"two point two million", "two point two million", 2.2e6, false},
      {".77", ".77", 0.77, false},
      {"forty-five (45)", "forty-five (45)", 45, false},
      {"three crore twelve lakh", "three crore twelve lakh", 31.2e6, false},
      // A whole number and a proper fraction after a space are one mixed
      // number; an improper "fraction" or a year before it is not.
      {"waited 5 1/2 hours", "5 1/2", 5.5, false},
      {"a 2 3/4-mile course", "2 3/4", 2.75, false},
      {"rose 3 5/4 points", "3", 3, false},
      {"in 1998 1/2 of them", "1998", 1998, false},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::vector<ValueMatch> m = FindNumbers(c.text);
    ASSERT_FALSE(m.empty());
    EXPECT_EQ(m[0].value.surface(), c.surface);
    EXPECT_NEAR(m[0].value.quantity().value(), c.value,
                std::fabs(c.value) * 1e-9);
    EXPECT_EQ(m[0].value.quantity().approximate(), c.approximate);
    EXPECT_EQ(m[0].value.quantity().unit(), "");
  }
}

TEST(FindNumbers, SkipsOrdinalsAndCodes) {
  EXPECT_TRUE(FindNumbers("the 1st and twenty-first").empty());
  EXPECT_TRUE(FindNumbers("A4 paper, G7 summit").empty());
  EXPECT_TRUE(FindNumbers("no numbers here").empty());
}

TEST(FindNumbers, RangeHyphenIsNotMinus) {
  const std::vector<ValueMatch> m = FindNumbers("May 7 - 10");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].value.quantity().value(), 10);
}

TEST(FindNumbers, OffsetsAreBytes) {
  const std::string text = "Über 3 Tage";
  const std::vector<ValueMatch> m = FindNumbers(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "3");
}

TEST(FindNumbers, ArbitraryBytesDoNotCrash) {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>(i * 37));
  FindNumbers(junk);
  FindNumbers(std::string("\xff\xfe 12 \xc3", 7));
}

TEST(ParseNumber, WholeString) {
  EXPECT_EQ(ParseNumber(" 3,000,000 ").value_or(-1), 3e6);
  EXPECT_EQ(ParseNumber("one twenty two").value_or(-1), 122);
  EXPECT_FALSE(ParseNumber("3 apples").has_value());
  EXPECT_FALSE(ParseNumber("").has_value());
}

// ArticleMayStartNumber is a necessary condition: wherever ParseNumberAt
// (without allow_article) succeeds at an article, it holds.
TEST(ArticleMayStartNumber, NecessaryForParseNumberAt) {
  const char* const kNext[] = {
      "dozen",  "dozens", "hundred", "million", "mn",        "bn",
      "couple", "pair",   "few",     "single",  "estimated", "car",
      "day",    "half",   "and",     "-",       "(",         "5",
      "one",    "point",  "minus",   "about",   "lakh",      ""};
  for (const char* article : {"a", "an"}) {
    for (const char* next : kNext) {
      for (const char* after : {"", " 5", " of", " (1)", " 12 people"}) {
        const std::string text = std::string(article) + " " + next + after;
        const std::vector<Token> t = Tokenize(text);
        for (bool vague : {false, true}) {
          NumberOptions o;
          o.allow_vague = vague;
          NumberParse p;
          if (ParseNumberAt(t, 0, o, &p)) {
            EXPECT_TRUE(ArticleMayStartNumber(t, 0)) << text;
          }
        }
      }
    }
  }
  EXPECT_FALSE(ArticleMayStartNumber(Tokenize("a car"), 0));
  EXPECT_TRUE(ArticleMayStartNumber(Tokenize("a dozen"), 0));
  EXPECT_TRUE(ArticleMayStartNumber(Tokenize("car"), 0));
}

}  // namespace
}  // namespace accord

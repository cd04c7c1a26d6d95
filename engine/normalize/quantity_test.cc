#include "engine/normalize/quantity.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(FindQuantities, Table) {
  const double kInf = std::numeric_limits<double>::infinity();
  const struct {
    const char* text;
    const char* surface;
    double value, low, high;
    const char* unit;
    bool approximate;
  } kCases[] = {
      {"an estimated 27 million people", "an estimated 27 million people", 27e6,
       27e6, 27e6, "person", true},
      {"2 kg of rice", "2 kg of rice", 2, 2, 2, "kilogram", false},
      {"three cups of sugar", "three cups of sugar", 3, 3, 3, "cup", false},
      {"about 4", "about 4", 4, 4, 4, "", true},
      {"between 2 and 7 grams", "between 2 and 7 grams", 2, 2, 7, "gram",
       false},
      {"100-1000 g", "100-1000 g", 100, 100, 1000, "gram", false},
      {"more than 2 cups", "more than 2 cups", 2, 2, kInf, "cup", false},
      {"at most six pounds", "at most six pounds", 6, -kInf, 6, "pound", false},
      {"$5bn loan", "$5bn", 5e9, 5e9, 5e9, "dollar", false},
      {"rose 40%", "40%", 40, 40, 40, "percent", false},
      {"1,200 children", "1,200 children", 1200, 1200, 1200, "child", false},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::vector<ValueMatch> m = FindQuantities(c.text);
    ASSERT_EQ(m.size(), 1u);
    const Quantity& q = m[0].value.quantity();
    EXPECT_EQ(m[0].value.surface(), c.surface);
    EXPECT_DOUBLE_EQ(q.value(), c.value);
    EXPECT_DOUBLE_EQ(q.low(), c.low);
    EXPECT_DOUBLE_EQ(q.high(), c.high);
    EXPECT_EQ(q.unit(), c.unit);
    EXPECT_EQ(q.approximate(), c.approximate);
  }
}

TEST(FindQuantities, Product) {
  const std::vector<QuantityMatch> m = FindQuantityMatches("3 Cups of SugAr");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].product, "sugar");
}

// The scan that skips tokens where no quantity can start finds exactly what
// trying every token finds, on random soups of the grammar's words.
TEST(FindQuantities, SkipMatchesEveryToken) {
  static const char* const kWords[] = {"more",      "than",
                                       "greater",   "at",
                                       "least",     "upwards",
                                       "of",        "no",
                                       "less",      "fewer",
                                       "in",        "excess",
                                       "over",      "above",
                                       "not",       "most",
                                       "up",        "to",
                                       "below",     "under",
                                       "between",   "and",
                                       "from",      "-",
                                       "~",         "about",
                                       "some",      "nearly",
                                       "an",        "a",
                                       "estimated", "us",
                                       "$",         "\xe2\x82\xac",
                                       "\xc2\xa3",  "5",
                                       "2,500",     "1.2",
                                       "40",        "%",
                                       "kg",        "cups",
                                       "people",    "million",
                                       "bn",        "k",
                                       "three",     "twenty",
                                       "dozen",     "the",
                                       "said",      "sugar",
                                       "first",     "5th",
                                       "percent",   "kilogram",
                                       "couple",    "few",
                                       "pair",      ",",
                                       ".",         "(",
                                       "May",       "meters",
                                       "point",     "minus",
                                       "half",      "tons",
                                       "miles"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> word(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> length(1, 14);
  std::uniform_int_distribution<int> glue(0, 5);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string text;
    const int len = length(rng);
    for (int k = 0; k < len; ++k) {
      if (k > 0 && glue(rng) != 0) text += ' ';
      text += kWords[word(rng)];
    }
    const std::vector<Token> tokens = Tokenize(text);
    const std::vector<QuantityMatch> fast =
        quantity_internal::FindQuantityMatches(text, tokens, true);
    const std::vector<QuantityMatch> slow =
        quantity_internal::FindQuantityMatches(text, tokens, false);
    ASSERT_EQ(fast.size(), slow.size()) << text;
    for (size_t i = 0; i < fast.size(); ++i) {
      EXPECT_EQ(fast[i].match.begin, slow[i].match.begin) << text;
      EXPECT_EQ(fast[i].match.end, slow[i].match.end) << text;
      EXPECT_EQ(fast[i].match.value.SerializeAsString(),
                slow[i].match.value.SerializeAsString())
          << text;
      EXPECT_EQ(fast[i].product, slow[i].product) << text;
    }
  }
}

TEST(ConvertUnit, SameDimension) {
  double v = 0;
  EXPECT_TRUE(ConvertUnit(2, "kilometer", "meter", &v));
  EXPECT_DOUBLE_EQ(v, 2000);
  EXPECT_FALSE(ConvertUnit(2, "kilometer", "gram", &v));
  EXPECT_FALSE(ConvertUnit(2, "person", "gram", &v));
}

}  // namespace
}  // namespace accord

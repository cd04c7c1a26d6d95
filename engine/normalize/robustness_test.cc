// Every normalizer must accept arbitrary bytes and adversarial token soups
// without crashing, return well-formed matches, and stay linear (the large
// inputs below would be slow if any scan were quadratic; the benchmark
// BM_FindTimesDocument measures linearity).

#include <random>
#include <string>
#include <vector>

#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

void CheckMatches(const std::string& text, const std::vector<ValueMatch>& ms) {
  int last_end = 0;
  for (const ValueMatch& m : ms) {
    ASSERT_LE(last_end, m.begin);
    ASSERT_LT(m.begin, m.end);
    ASSERT_LE(m.end, static_cast<int>(text.size()));
    ASSERT_EQ(m.value.surface(), text.substr(m.begin, m.end - m.begin));
    last_end = m.end;
  }
}

void RunAll(const std::string& text) {
  TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
  CheckMatches(text, FindNumbers(text));
  CheckMatches(text, FindOrdinals(text));
  CheckMatches(text, FindDurations(text));
  CheckMatches(text, FindQuantities(text));
  CheckMatches(text, FindTimes(text, ctx));
  ctx.latent = true;
  ctx.dates = TimeContext::DateDirection::kNext;
  ctx.utc_offset_minutes = 60;
  CheckMatches(text, FindTimes(text, ctx));
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 200; ++round) {
    std::string s(rng() % 300, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xff);
    RunAll(s);
  }
}

TEST(Robustness, RandomTokenSoup) {
  const std::vector<std::string> kWords = {
      "May",     "7",       "-",       "10",           "to",      "from",
      "between", "and",     "the",     "last",         "next",    "week",
      "of",      "at",      "3",       "pm",           ":",       "30",
      "in",      "2015",    "ago",     "days",         "a",       "half",
      "hour",    "quarter", "past",    "noon",         "first",   "monday",
      "million", "27",      ",",       "000",          ".",       "5",
      "%",       "$",       "bn",      "kg",           "of",      "sugar",
      "about",   "more",    "than",    "Easter",       "Ramadan", "eid",
      "al",      "fitr",    "early",   "end",          "mid",     "q",
      "4",       "'",       "s",       "1980",         "/",       "tonight",
      "for",     "by",      "since",   "closest",      "to",      "after",
      "twenty",  "one",     "hundred", "\xe2\x80\x94", "\xff",    "(",
      ")",       "GMT",     "h",       "ish",          "year-old"};
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    const int n = 1 + rng() % 40;
    for (int k = 0; k < n; ++k) {
      s += kWords[rng() % kWords.size()];
      if (rng() % 4) s += ' ';
    }
    RunAll(s);
  }
}

TEST(Robustness, LongAdversarialInputsStayLinear) {
  std::string commas = "1";
  for (int k = 0; k < 3000; ++k) commas += ",000";
  RunAll(commas);
  std::string words;
  for (int k = 0; k < 3000; ++k) words += "one hundred and ";
  RunAll(words);
  std::string dates;
  for (int k = 0; k < 1000; ++k) dates += "May 7 to May 8 at 3 pm from ";
  RunAll(dates);
  std::string digits(50000, '7');
  RunAll(digits);
}

}  // namespace
}  // namespace accord

#include "engine/normalize/duration.h"

#include <string>
#include <vector>

#include "engine/normalize/tokenizer.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(FindDurations, NewsForms) {
  const struct {
    const char* text;
    const char* surface;
    double seconds;
    Grain grain;
  } kCases[] = {
      {"a 72-hour ceasefire", "72-hour", 72 * 3600.0, HOUR},
      {"a three-day visit", "three-day", 3 * 86400.0, DAY},
      {"a 30-day truce", "30-day", 30 * 86400.0, DAY},
      {"his four-day trip", "four-day", 4 * 86400.0, DAY},
      {"a 90-minute call", "90-minute", 90 * 60.0, MINUTE},
      {"after 5 1/2 hours of talks", "5 1/2 hours", 5.5 * 3600, MINUTE},
      {"a two-week break", "two-week", 14 * 86400.0, WEEK},
      {"jailed for 10 years", "10 years", 3650 * 86400.0, YEAR},
      {"half an hour later", "half an hour", 1800, MINUTE},
      {"for a decade", "a decade", 3650 * 86400.0, DECADE},
      {"an hour and a half", "an hour and a half", 5400, MINUTE},
      {"1.5 hours", "1.5 hours", 5400, MINUTE},
      {"2 years and 3 months", "2 years and 3 months", 27 * 30 * 86400.0,
       MONTH},
      {"1 hour thirty", "1 hour thirty", 5400, MINUTE},
      {"half a day", "half a day", 43200, HOUR},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::vector<ValueMatch> m = FindDurations(c.text);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].value.surface(), c.surface);
    EXPECT_DOUBLE_EQ(m[0].value.duration().seconds(), c.seconds);
    EXPECT_EQ(m[0].value.duration().grain(), c.grain);
  }
}

TEST(FindDurations, BareUnitsAreNotDurations) {
  for (const char* text :
       {"for months", "in days", "secretary", "minutes", "I second that"}) {
    EXPECT_TRUE(FindDurations(text).empty()) << text;
  }
}

TEST(FindDurations, Approximate) {
  const std::vector<ValueMatch> m = FindDurations("about 3 hours");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].value.duration().approximate());
}

// ArticleMayStartDuration is a necessary condition: wherever
// ParseDurationAt succeeds at an article, it holds.
TEST(ArticleMayStartDuration, NecessaryForParseDurationAt) {
  const char* const kNext[] = {
      "day",       "hours",   "quarter", "quarters", "and",       "more",
      "extra",     "fewer",   "-",       "(",        "fortnight", "dozen",
      "couple",    "few",     "half",    "car",      "second",    "h",
      "estimated", "hundred", "5",       ""};
  for (const char* article : {"a", "an"}) {
    for (const char* next : kNext) {
      for (const char* after :
           {"", " day", " of an hour", " a half days", " 1) day", " days",
            "-day", " hour and a half"}) {
        const std::string text = std::string(article) + " " + next + after;
        const std::vector<Token> t = Tokenize(text);
        DurationParse d;
        for (bool hedge : {false, true}) {
          if (ParseDurationAt(t, 0, hedge, &d)) {
            EXPECT_TRUE(ArticleMayStartDuration(t, 0)) << text;
          }
        }
      }
    }
  }
  EXPECT_FALSE(ArticleMayStartDuration(Tokenize("a car"), 0));
  EXPECT_TRUE(ArticleMayStartDuration(Tokenize("an hour"), 0));
}

}  // namespace
}  // namespace accord

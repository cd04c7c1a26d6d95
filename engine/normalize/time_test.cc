#include "engine/normalize/time.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Reference: Monday 2025-05-05 09:00, news defaults.
TimeContext NewsContext() {
  TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
  ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;
  return ctx;
}

struct Case {
  const char* text;
  const char* surface;
  const char* begin;
  const char* end;
  Grain grain;
};

void Check(const Case& c, const TimeContext& ctx) {
  SCOPED_TRACE(c.text);
  const std::vector<ValueMatch> m = FindTimes(c.text, ctx);
  ASSERT_EQ(m.size(), 1u) << (m.empty() ? "" : m[0].value.surface());
  EXPECT_EQ(m[0].value.surface(), c.surface);
  EXPECT_EQ(m[0].value.time().begin(), c.begin);
  EXPECT_EQ(m[0].value.time().end(), c.end);
  EXPECT_EQ(m[0].value.time().grain(), c.grain);
}

TEST(FindTimes, AbsoluteDates) {
  const Case kCases[] = {
      // A season with its year is the season that begins in that year.
      {"in the winter of 1994", "the winter of 1994", "1994-12-21T00:00:00",
       "1995-03-21T00:00:00", DAY},
      {"summer 2019", "summer 2019", "2019-06-21T00:00:00",
       "2019-09-24T00:00:00", DAY},
      {"on May 7", "on May 7", "2025-05-07T00:00:00", "2025-05-08T00:00:00",
       DAY},
      {"May 9th", "May 9th", "2025-05-09T00:00:00", "2025-05-10T00:00:00", DAY},
      {"7 May 2025", "7 May 2025", "2025-05-07T00:00:00", "2025-05-08T00:00:00",
       DAY},
      {"2025-05-07", "2025-05-07", "2025-05-07T00:00:00", "2025-05-08T00:00:00",
       DAY},
      {"in March 2023", "in March 2023", "2023-03-01T00:00:00",
       "2023-04-01T00:00:00", MONTH},
      {"in February 2022", "in February 2022", "2022-02-01T00:00:00",
       "2022-03-01T00:00:00", MONTH},
      {"in 2015", "in 2015", "2015-01-01T00:00:00", "2016-01-01T00:00:00",
       YEAR},
      {"January 3", "January 3", "2025-01-03T00:00:00", "2025-01-04T00:00:00",
       DAY},
      // A colon after the day ends a heading or a list item; it is no
      // clock ("May 7:30" would be).
      {"The court ruled on Jan. 6: guilty.", "on Jan. 6", "2025-01-06T00:00:00",
       "2025-01-07T00:00:00", DAY},
      {"MAY 20: Four men were arrested.", "MAY 20", "2025-05-20T00:00:00",
       "2025-05-21T00:00:00", DAY},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

// A clock time with no day is placed on the reference day and marked as
// such; a stated day (a weekday, a date, "today") is not a guess.
TEST(FindTimes, DaylessClockTimesAreMarked) {
  const struct {
    const char* text;
    bool day_inferred;
  } kCases[] = {
      {"The shooting happened around 4:15 a.m. at the hall.", true},
      {"Police were called at 11 p.m.", true},
      {"It happened about 4 a.m. Sunday.", false},
      {"The blast came at 10:30 a.m. on May 3.", false},
      {"He spoke today at 3 p.m.", false},
      {"The shooting happened Sunday.", false},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::vector<ValueMatch> m = FindTimes(c.text, NewsContext());
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].value.time().day_inferred(), c.day_inferred)
        << m[0].value.surface();
  }
}

TEST(FindTimes, Ranges) {
  const Case kCases[] = {
      {"from May 7 to 10", "from May 7 to 10", "2025-05-07T00:00:00",
       "2025-05-11T00:00:00", DAY},
      {"May 7-10", "May 7-10", "2025-05-07T00:00:00", "2025-05-11T00:00:00",
       DAY},
      {"May 7 to May 10", "May 7 to May 10", "2025-05-07T00:00:00",
       "2025-05-11T00:00:00", DAY},
      {"between May 7 and 10", "between May 7 and 10", "2025-05-07T00:00:00",
       "2025-05-11T00:00:00", DAY},
      {"from 13 to 15 July", "from 13 to 15 July", "2025-07-13T00:00:00",
       "2025-07-16T00:00:00", DAY},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, RelativeToReference) {
  const Case kCases[] = {
      {"the Kremlin announced Sunday", "Sunday", "2025-05-04T00:00:00",
       "2025-05-05T00:00:00", DAY},
      {"on Thursday", "on Thursday", "2025-05-01T00:00:00",
       "2025-05-02T00:00:00", DAY},
      {"said on Monday", "on Monday", "2025-05-05T00:00:00",
       "2025-05-06T00:00:00", DAY},
      {"yesterday", "yesterday", "2025-05-04T00:00:00", "2025-05-05T00:00:00",
       DAY},
      {"today", "today", "2025-05-05T00:00:00", "2025-05-06T00:00:00", DAY},
      {"tomorrow", "tomorrow", "2025-05-06T00:00:00", "2025-05-07T00:00:00",
       DAY},
      {"last week", "last week", "2025-04-28T00:00:00", "2025-05-05T00:00:00",
       WEEK},
      {"next month", "next month", "2025-06-01T00:00:00", "2025-07-01T00:00:00",
       MONTH},
      // A quarter of an anchored year.
      {"sales in next year first quarter", "in next year first quarter",
       "2026-01-01T00:00:00", "2026-04-01T00:00:00", QUARTER},
      {"profit for this year third quarter", "this year third quarter",
       "2025-07-01T00:00:00", "2025-10-01T00:00:00", QUARTER},
      // A day of the month joins a month or weekday, not a year or moment.
      {"it was the third this year", "this year", "2025-01-01T00:00:00",
       "2026-01-01T00:00:00", YEAR},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, OpenIntervals) {
  const Case kCases[] = {
      {"since February 2022", "since February 2022", "2022-02-01T00:00:00", "",
       MONTH},
      {"until May 10", "until May 10", "", "2025-05-10T00:00:00", DAY},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, MoreNewsForms) {
  const Case kCases[] = {
      {"in the 1980s", "the 1980s", "1980-01-01T00:00:00",
       "1990-01-01T00:00:00", DECADE},
      {"in the fourth quarter of 2024", "the fourth quarter of 2024",
       "2024-10-01T00:00:00", "2025-01-01T00:00:00", QUARTER},
      {"in early March", "in early March", "2025-03-01T00:00:00",
       "2025-03-11T00:00:00", DAY},
      {"by the end of the year", "by the end of the year",
       "2025-05-05T09:00:00", "2026-01-01T00:00:00", SECOND},
      {"over the weekend", "the weekend", "2025-05-02T18:00:00",
       "2025-05-05T00:00:00", HOUR},
      {"three weeks ago", "three weeks ago", "2025-04-14T00:00:00",
       "2025-04-15T00:00:00", DAY},
      {"the past two weeks", "the past two weeks", "2025-04-21T00:00:00",
       "2025-05-05T00:00:00", WEEK},
      {"on Christmas Day", "on Christmas Day", "2025-12-25T00:00:00",
       "2025-12-26T00:00:00", DAY},
      {"Saturday night", "Saturday night", "2025-05-03T18:00:00",
       "2025-05-04T00:00:00", HOUR},
      {"the 2015 accord", "2015", "2015-01-01T00:00:00", "2016-01-01T00:00:00",
       YEAR},
  };
  TimeContext ctx = NewsContext();
  for (const Case& c : kCases) {
    if (std::string(c.text) == "the 2015 accord") {
      ctx.latent = true;  // bare years are latent
    }
    Check(c, ctx);
  }
}

TEST(FindTimes, TimeZones) {
  TimeContext ctx = NewsContext();
  ctx.utc_offset_minutes = 180;  // Moscow
  Check({"at 8:00 GMT", "at 8:00 GMT", "2025-05-05T11:00:00",
         "2025-05-05T11:01:00", MINUTE},
        ctx);
  ctx.utc_offset_minutes = TimeContext::kNoOffset;
  Check({"at 8:00 GMT", "at 8:00 GMT", "2025-05-05T08:00:00",
         "2025-05-05T08:01:00", MINUTE},
        ctx);
}

TEST(FindTimes, NotTimesInNews) {
  for (const char* text :
       {"The bill passed 52-48", "a 3-1 win", "About 150 people gathered",
        "Nine in ten voters", "it will last 30 days", "a 45-year-old man",
        "at 650-650-6500", "It was the first foreign trip of his term",
        "The second you log in, it starts", "prices rose 2 1/2 times",
        "clocks go forward to British Summer Time",
        "It was a difficult season for the club", "the season opener",
        "the third-largest bank", "the boy was found", "Boy, was it hot",
        "prices fell about 3", "around 12 were hurt",
        "The Sun reported the story", "Sun Microsystems fell",
        "prices will fall to a low", "shares fall again",
        "after the fall of the Berlin Wall", "the vote was 3 to 20",
        "sentences of 12 to 18 months",
        // Prices and the tails of numbers.
        "an option to buy shares at 1,015 francs each",
        "the pound was at $1.6145", "up from 100,000 visitors",
        // Amounts after "at" and names after "Jan".
        "the stock traded at 20 million shares",
        "the offer values it at about 23 billion francs",
        "the rate will be set at around 8%", "Foreign Minister Jan Kavan said",
        // The numbers of mixed numbers are amounts (stock prices).
        "the stock surged 4 5/8 to 112 5/8", "bonds priced at 101 1/4",
        "it closed at 3 1/2"}) {
    EXPECT_TRUE(FindTimes(text, NewsContext()).empty()) << text;
  }
}

// The tail of a number ("100,000", "$1.6145") starts no time, so the time
// after it keeps its own span.
TEST(FindTimes, NumberTailsStartNoTime) {
  const Case kCases[] = {
      {"fewer than 100,000 in 1980", "in 1980", "1980-01-01T00:00:00",
       "1981-01-01T00:00:00", YEAR},
      {"the pound was at $1.6145 Wednesday", "Wednesday", "2025-04-30T00:00:00",
       "2025-05-01T00:00:00", DAY},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, OrdinalDaysWhereADateIsExpected) {
  const Case kCases[] = {
      {"due on the 15th", "on the 15th", "2025-05-15T00:00:00",
       "2025-05-16T00:00:00", DAY},
      {"paid by the 3rd of June", "by the 3rd of June", "2025-05-05T09:00:00",
       "2025-06-03T00:00:00", SECOND},
      {"Rent is due the 1st.", "the 1st", "2025-05-01T00:00:00",
       "2025-05-02T00:00:00", DAY},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, WeekdayDirectionNext) {
  TimeContext ctx = NewsContext();
  ctx.weekday = TimeContext::WeekdayDirection::kNext;
  Check({"on Monday", "on Monday", "2025-05-12T00:00:00", "2025-05-13T00:00:00",
         DAY},
        ctx);
  Check({"Thursday", "Thursday", "2025-05-08T00:00:00", "2025-05-09T00:00:00",
         DAY},
        ctx);
}

TEST(FindTimes, TimesOfDay) {
  const Case kCases[] = {
      {"at 3 p.m.", "at 3 p.m.", "2025-05-05T15:00:00", "2025-05-05T16:00:00",
       HOUR},
      {"at 19:32", "at 19:32", "2025-05-05T19:32:00", "2025-05-05T19:33:00",
       MINUTE},
      {"May 7 at 3pm", "May 7 at 3pm", "2025-05-07T15:00:00",
       "2025-05-07T16:00:00", HOUR},
  };
  for (const Case& c : kCases) Check(c, NewsContext());
}

TEST(FindTimes, NothingInPlainText) {
  for (const char* text :
       {"27 people", "the one", "may be", "2000 troops", "Rat 6", "A4 A5"}) {
    EXPECT_TRUE(FindTimes(text, NewsContext()).empty()) << text;
  }
}

TEST(FindTimes, ArbitraryBytesDoNotCrash) {
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk.push_back(static_cast<char>(i * 131));
  FindTimes(junk, NewsContext());
}

TEST(FormatCivil, RoundTrip) {
  absl::CivilSecond t;
  ASSERT_TRUE(ParseCivil("2025-05-07T13:04:05", &t));
  EXPECT_EQ(FormatCivil(t), "2025-05-07T13:04:05");
  EXPECT_FALSE(ParseCivil("May 7", &t));
}

TEST(FormatCivil, PadsEveryFieldAndSignsEarlyYears) {
  EXPECT_EQ(FormatCivil(absl::CivilSecond(0, 1, 2, 3, 4, 5)),
            "0000-01-02T03:04:05");
  EXPECT_EQ(FormatCivil(absl::CivilSecond(987, 12, 31, 23, 59, 59)),
            "0987-12-31T23:59:59");
  EXPECT_EQ(FormatCivil(absl::CivilSecond(9999, 10, 10, 10, 10, 10)),
            "9999-10-10T10:10:10");
  EXPECT_EQ(FormatCivil(absl::CivilSecond(10000, 1, 1, 0, 0, 0)),
            "10000-01-01T00:00:00");
  EXPECT_EQ(FormatCivil(absl::CivilSecond(-2014, 1, 1, 0, 0, 0)),
            "-2014-01-01T00:00:00");
}

// The parser's quick piece-start check (tokens i and i + 1 only) is a
// necessary condition of the full one, and that of a piece: over random
// soups of the grammars' words, function words and other words, the full
// condition never holds where the quick one fails, nor a piece's grammars
// match where the full one fails.
TEST(TimeParser, PieceStartChecksAreNecessary) {
  const std::vector<std::string> words = {"the",
                                          "in",
                                          "a",
                                          "an",
                                          "on",
                                          "at",
                                          "of",
                                          "for",
                                          "from",
                                          "between",
                                          "during",
                                          "within",
                                          "to",
                                          "-",
                                          "'",
                                          "@",
                                          "~",
                                          ".",
                                          ",",
                                          "(",
                                          ")",
                                          ":",
                                          "/",
                                          "and",
                                          "or",
                                          "is",
                                          "government",
                                          "said",
                                          "people",
                                          "few",
                                          "couple",
                                          "pair",
                                          "dozen",
                                          "hundred",
                                          "million",
                                          "point",
                                          "minus",
                                          "about",
                                          "around",
                                          "approximately",
                                          "roughly",
                                          "some",
                                          "nearly",
                                          "this",
                                          "next",
                                          "last",
                                          "past",
                                          "previous",
                                          "coming",
                                          "upcoming",
                                          "current",
                                          "following",
                                          "today",
                                          "tomorrow",
                                          "yesterday",
                                          "tonight",
                                          "tonite",
                                          "now",
                                          "right",
                                          "just",
                                          "atm",
                                          "moment",
                                          "day",
                                          "days",
                                          "late",
                                          "early",
                                          "after",
                                          "before",
                                          "since",
                                          "until",
                                          "by",
                                          "later",
                                          "than",
                                          "anytime",
                                          "sometime",
                                          "half",
                                          "quarter",
                                          "quarters",
                                          "q",
                                          "noon",
                                          "midday",
                                          "mid",
                                          "midnight",
                                          "morning",
                                          "afternoon",
                                          "evening",
                                          "night",
                                          "lunch",
                                          "morningish",
                                          "nightish",
                                          "am",
                                          "pm",
                                          "end",
                                          "beginning",
                                          "start",
                                          "middle",
                                          "eom",
                                          "eoy",
                                          "all",
                                          "rest",
                                          "week",
                                          "weeks",
                                          "weekend",
                                          "summer",
                                          "fall",
                                          "season",
                                          "month",
                                          "months",
                                          "year",
                                          "years",
                                          "hour",
                                          "hours",
                                          "minutes",
                                          "decade",
                                          "closest",
                                          "nearest",
                                          "first",
                                          "second",
                                          "third",
                                          "21st",
                                          "twentieth",
                                          "one",
                                          "two",
                                          "seven",
                                          "twelve",
                                          "twenty",
                                          "thirty",
                                          "1",
                                          "7",
                                          "12",
                                          "31",
                                          "2024",
                                          "1990s",
                                          "90s",
                                          "0730",
                                          "may",
                                          "june",
                                          "sept",
                                          "oct",
                                          "monday",
                                          "tue",
                                          "sundays",
                                          "christmas",
                                          "eve",
                                          "new",
                                          "easter",
                                          "thanksgiving",
                                          "valentine",
                                          "s",
                                          "st",
                                          "patrick",
                                          "mother",
                                          "labor",
                                          "memorial",
                                          "earth",
                                          "black",
                                          "friday",
                                          "o'clock",
                                          "oclock",
                                          "ish",
                                          "gmt",
                                          "est",
                                          "as",
                                          "soon",
                                          "possible",
                                          "asap",
                                          "school",
                                          "upcoming"};
  std::vector<std::string> texts;
  std::mt19937 rng(11);
  for (int k = 0; k < 20000; ++k) {
    std::vector<std::string> soup;
    const int len = 1 + static_cast<int>(rng() % 6);
    for (int j = 0; j < len; ++j) soup.push_back(words[rng() % words.size()]);
    texts.push_back(absl::StrJoin(soup, " "));
  }
  // Every pair and triple starting with a function word, too.
  for (const char* w : {"the", "in", "a", "an", "on", "at", "of", "for", "from",
                        "during", "within", "between", "@"}) {
    for (const std::string& x : words) {
      texts.push_back(std::string(w) + " " + x);
      for (const std::string& y : words)
        texts.push_back(std::string(w) + " " + x + " " + y);
    }
  }
  for (const std::string& text : texts) {
    ASSERT_EQ(time_internal::PieceStartCheckViolations(Tokenize(text)), 0)
        << text;
  }
}

}  // namespace
}  // namespace accord

#include "engine/timeml/timex.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Friday, August 7, 1998.
const absl::CivilSecond kDct(1998, 8, 7, 0, 0, 0);

// "surface|TYPE|value[|mod]" for each TIMEX3 found, joined by "; ".
std::string Describe(absl::string_view text) {
  std::vector<std::string> parts;
  for (const Timex& t : FindTimexes(text, kDct)) {
    std::string s = absl::StrCat(text.substr(t.begin, t.end - t.begin), "|",
                                 t.type, "|", t.value);
    if (!t.mod.empty()) absl::StrAppend(&s, "|", t.mod);
    parts.push_back(s);
  }
  return absl::StrJoin(parts, "; ");
}

TEST(FindTimexes, Table) {
  const struct {
    const char* text;
    const char* want;
  } kCases[] = {
      // Dates at their grain, without the preposition before them.
      {"The talks ended on May 7, 1998.", "May 7, 1998|DATE|1998-05-07"},
      {"He was born in March 1961.", "March 1961|DATE|1961-03"},
      {"Sales fell in 1997.", "1997|DATE|1997"},
      {"Profit rose in the third quarter of 1997.",
       "the third quarter of 1997|DATE|1997-Q3"},
      {"Prices soared in the 1970s.", "the 1970s|DATE|197"},
      {"The shop opened at 10:35 a.m. yesterday.",
       "10:35 a.m. yesterday|TIME|1998-08-06T10:35"},
      {"Shares rose yesterday.", "yesterday|DATE|1998-08-06"},
      {"The index fell last week.", "last week|DATE|1998-W31"},
      {"The index fell last month.", "last month|DATE|1998-07"},
      {"He arrived this morning.", "this morning|TIME|1998-08-07TMO"},
      {"Since 1990 prices have doubled.", "1990|DATE|1990"},
      // An ordinal glued to "-quarter" is a quarter, even after "in".
      {"The mill posted a gain in second-quarter income.",
       "second-quarter|DATE|1998-Q2"},
      // Durations.
      {"The strike lasted three days.", "three days|DURATION|P3D"},
      {"He served for 10 years.", "10 years|DURATION|P10Y"},
      {"a 90-minute meeting", "90-minute|DURATION|PT90M"},
      {"Shares fell 12% in the past two weeks.",
       "the past two weeks|DURATION|P2W"},
      // Period boundaries carry a mod.
      {"Talks resume in early March 1999.",
       "early March 1999|DATE|1999-03|START"},
      {"by the end of 1999", "the end of 1999|DATE|1999|END"},
      // Vague references.
      {"Prices are now higher.", "now|DATE|PRESENT_REF"},
      {"He recently resigned.", "recently|DATE|PAST_REF"},
      {"Rates are currently low.", "currently|DATE|PRESENT_REF"},
      {"It may change in the future.", "the future|DATE|FUTURE_REF"},
      {"At the time, he was mayor.", "the time|DATE|PAST_REF"},
      {"It cited current market conditions.", "current|DATE|PRESENT_REF"},
      {"The swimmer was caught in a strong current.", ""},
      {"It fought the current.", ""},
      {"He met the then current chairman.", "then current|DATE|PAST_REF"},
      {"We have the time to win.", ""},
      // Recurrences.
      {"The paper is published daily.", "daily|SET|P1D"},
      {"He runs every morning.", "every morning|SET|XXXX-XX-XXTMO"},
      {"The board meets each Thursday.", "each Thursday|SET|XXXX-WXX-4"},
      {"Fees rise annually.", "annually|SET|P1Y"},
      {"It paid a quarterly dividend.", ""},
      {"It is published daily in Paris.", "daily|SET|P1D"},
      {"Rates are reviewed every month.", "every month|SET|P1M"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

// Resolution rules about English, each on sentences of its own.
TEST(FindTimexes, ResolutionRules) {
  const struct {
    const char* text;
    const char* want;
  } kCases[] = {
      // Bare years as modifiers, and ranges split into their ends.
      {"It recalled a 2010 commando raid.", "2010|DATE|2010"},
      {"Profit rose in fiscal 1997.", "fiscal 1997|DATE|1997"},
      {"The club won 2000 games.", ""},
      {"It cost $1998.", ""},
      {"The 1990 talks failed.", "1990|DATE|1990"},
      {"He served from 2009 to 2011.", "2009|DATE|2009; 2011|DATE|2011"},
      {"Talks ran from May 4 to June 2.",
       "May 4|DATE|1998-05-04; June 2|DATE|1998-06-02"},
      // Ordinals are days of the month only in a date context.
      {"It was the first foreign trip of his term.", ""},
      {"The second you log in, it starts.", ""},
      {"prices rose 2 1/2 times", ""},
      {"clocks go forward to British Summer Time", ""},
      // Tense and the creation time choose the year of a year-less month
      // and the week of a weekday (the DCT is Friday, August 7, 1998).
      {"The plant closed in December.", "December|DATE|1997-12"},
      {"The plant will close in December.", "December|DATE|1998-12"},
      {"The plant will reopen in March.", "March|DATE|1999-03"},
      {"The plant reopened in March.", "March|DATE|1998-03"},
      {"The hearing is on Jan. 25.", "Jan. 25|DATE|1999-01-25"},
      {"Talks began on March 2.", "March 2|DATE|1998-03-02"},
      {"It said the rule is effective Sept. 7.", "Sept. 7|DATE|1998-09-07"},
      {"He was rescued on Nov. 25, 1998.", "Nov. 25, 1998|DATE|1998-11-25"},
      {"The museum said it would reopen on Monday.", "Monday|DATE|1998-08-10"},
      {"The museum reopened on Monday.", "Monday|DATE|1998-08-03"},
      {"He resigned last September.", "last September|DATE|1997-09"},
      // A dated day far ahead in a past clause is the last one; near ahead
      // it may be scheduled and stays the nearest.
      {"The suspect was last seen Dec. 3.", "Dec. 3|DATE|1997-12-03"},
      {"It said the rule takes effect Sept. 7.", "Sept. 7|DATE|1998-09-07"},
      // Holidays follow the tense like months.
      {"The boy was rescued on Christmas Day.",
       "Christmas Day|DATE|1997-12-25"},
      // A present clause takes the nearest month ("when the case is heard in
      // May" in a March article is this May).
      {"Lawyers said the case is heard in January.", "January|DATE|1999-01"},
      // A deadline is ahead whatever the verb, unless in the past perfect.
      {"The court gave them until Tuesday to sign.", "Tuesday|DATE|1998-08-11"},
      {"Talks were supposed to end by May.", "May|DATE|1999-05"},
      {"Until Tuesday, police had not named him.", "Tuesday|DATE|1998-08-04"},
      {"Third-quarter profit fell.", "Third-quarter|DATE|1998-Q3"},
      {"Fourth-quarter profit fell.", "Fourth-quarter|DATE|1997-Q4"},
      // "the quarter" in a report is the quarter last reported.
      {"Profit rose 5% in the quarter.", "the quarter|DATE|1998-Q2"},
      {"Sales in the latest quarter fell.", "the latest quarter|DATE|1998-Q2"},
      {"Sales will rise in the current quarter.",
       "current quarter|DATE|1998-Q3"},
      {"It was the quarter of the city.", ""},
      // Years said in words, alone or after "the year", a month or "the
      // <season> of"; "two thousand" alone is an amount.
      {"It began in nineteen ninety-six.", "nineteen ninety-six|DATE|1996"},
      {"It will end in the year two thousand.",
       "the year two thousand|DATE|2000"},
      {"It opened in January nineteen ninety-seven.",
       "January nineteen ninety-seven|DATE|1997-01"},
      {"It froze in the winter of nineteen ninety-four.",
       "the winter of nineteen ninety-four|DATE|1994-WI"},
      {"They sold two thousand copies.", ""},
      // A quoted title in capitals is no time; a quoted sentence is read.
      {"Baker said on ABC's \"This Week\" that talks would go on.", ""},
      {"\"Last week was hard,\" he said.", "Last week|DATE|1998-W31"},
      // Bounds of a duration join its span with a TimeML mod.
      {"Sales rose for more than two years.",
       "more than two years|DURATION|P2Y|MORE_THAN"},
      {"He will serve at least a decade.",
       "at least a decade|DURATION|P10Y|EQUAL_OR_MORE"},
      {"It lasted about a decade.", "about a decade|DURATION|P10Y|APPROX"},
      {"Over two years, prices rose.", "two years|DURATION|P2Y"},
      // "the week of" a date is the ISO week holding it.
      {"The hearing is set for the week of March 6, 2000.",
       "the week of March 6, 2000|DATE|2000-W10"},
      // "N units ago" at the unit's grain.
      {"He left two years ago.", "two years ago|DATE|1996"},
      {"He left five months ago.", "five months ago|DATE|1998-03"},
      {"He left 10 days ago.", "10 days ago|DATE|1998-07-28"},
      // A hedge joins the span and keeps the unit's grain.
      {"He left nearly four years ago.",
       "nearly four years ago|DATE|1994|APPROX"},
      {"It opened about two months ago.",
       "about two months ago|DATE|1998-06|APPROX"},
      // An unstated number of units ago is a vague past.
      {"Support was 35% several years ago.", "several years ago|DATE|PAST_REF"},
      // Lengths stay lengths.
      {"He promised results in 100 days.", "100 days|DURATION|P100D"},
      {"It will double in a decade.", "a decade|DURATION|P10Y"},
      {"A month earlier, he quit.", "A month earlier|DURATION|P1M"},
      {"She won the marathon in 3:07:35.", "3:07:35|DURATION|PT3H7M35S"},
      {"The bomb went off at 15:23:24.", "15:23:24|TIME|1998-08-07T15:23:24"},
      // Vague amounts and vague references.
      {"It took a few days.", "a few days|DURATION|PXD"},
      {"Shares fell in the past several months.",
       "the past several months|DURATION|PXM"},
      {"He has lived there for years.", "years|DURATION|PXY"},
      {"Prices rose in recent weeks.", "recent weeks|DATE|PAST_REF"},
      // Years, decades and centuries in words.
      {"It was built in nineteen ninety-six.", "nineteen ninety-six|DATE|1996"},
      {"Prices peaked in the nineties.", "the nineties|DATE|199"},
      {"It ended the 20th century.", "the 20th century|DATE|19"},
      {"a church of the eleventh century", "the eleventh century|DATE|10"},
      // Possessives do not hide a time.
      {"Friday's announcement surprised many.", "Friday|DATE|1998-08-07"},
      {"This year's vaccine works.", "This year|DATE|1998"},
      {"Last week\xe2\x80\x99s vote was close.", "Last week|DATE|1998-W31"},
      {"New Year's Day", "New Year's Day|DATE|1998-01-01"},
      // Weekends are weeks' ends, not clock times.
      {"Fighting resumed over the weekend.", "the weekend|DATE|1998-W31-WE"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

TEST(FindTimexes, ValuesCarryAccordsValueModel) {
  const std::vector<Timex> now = FindTimexes("Prices are now higher.", kDct);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].value_proto.time().reference(), TimeValue::PRESENT);
  const std::vector<Timex> set = FindTimexes("He runs every morning.", kDct);
  ASSERT_EQ(set.size(), 1u);
  EXPECT_EQ(set[0].value_proto.time().recurrence(), "P1D");
  EXPECT_EQ(set[0].value_proto.time().recurrence_part(), "TMO");
}

TEST(FindTimexes, AnchoredOnlyWhenTheValueDependsOnTheCreationTime) {
  const std::vector<Timex> x =
      FindTimexes("On May 7, 1998 and yesterday.", kDct);
  ASSERT_EQ(x.size(), 2u);
  EXPECT_FALSE(x[0].anchored);
  EXPECT_TRUE(x[1].anchored);
}

TEST(FindTimexes, ArbitraryTextGivesOrderedSpansInside) {
  const char* kPieces[] = {"Friday's",
                           " ",
                           "the",
                           "1990",
                           "-",
                           "2 1/2",
                           "’s",
                           "every",
                           "in",
                           "\xff",
                           "nineteen",
                           "ninety",
                           "third-quarter",
                           "3:07:35",
                           "'",
                           "ago",
                           "years",
                           ",",
                           "May",
                           "the 20th century"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = rng() % 12;
    for (int k = 0; k < n; ++k) {
      text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
      if (rng() % 2) text += ' ';
    }
    int last_end = 0;
    for (const Timex& t : FindTimexes(text, kDct)) {
      EXPECT_GE(t.begin, last_end) << text;
      EXPECT_LT(t.begin, t.end) << text;
      EXPECT_LE(t.end, static_cast<int>(text.size())) << text;
      EXPECT_FALSE(t.value.empty()) << text;
      last_end = t.end;
    }
  }
}

TEST(TimexValueOf, Durations) {
  Duration d;
  d.set_seconds(2 * 3600);
  d.set_grain(HOUR);
  EXPECT_EQ(TimexValueOf(d), "PT2H");
  d.set_seconds(365 * 86400 * 1.5);
  d.set_grain(YEAR);
  EXPECT_EQ(TimexValueOf(d), "P1.5Y");
}

// A fraction of the unit the text names is written in the next finer
// unit when it is whole there.
TEST(TimexValueOf, DurationsInTheirStatedUnit) {
  const struct {
    double seconds;
    Grain grain;
    Grain stated;
    const char* want;
  } kCases[] = {
      {5.5 * 3600, MINUTE, HOUR, "PT5H30M"},
      {2.5 * 365 * 86400, HOUR, YEAR, "P2Y6M"},
      {90, SECOND, MINUTE, "PT1M30S"},
      {1.5 * 86400, HOUR, DAY, "P1DT12H"},
      {90 * 60, MINUTE, MINUTE, "PT90M"},  // "90 minutes" stays as said
      {3 * 3600, HOUR, HOUR, "PT3H"},
      {0.5 * 3600, MINUTE, HOUR, "PT30M"},          // no whole hour
      {1.3 * 365 * 86400, HOUR, YEAR, "PT11388H"},  // 3.6 months: not whole
  };
  for (const auto& c : kCases) {
    Duration d;
    d.set_seconds(c.seconds);
    d.set_grain(c.grain);
    EXPECT_EQ(TimexValueOf(d, c.stated), c.want) << c.want;
  }
  EXPECT_EQ(Describe("The talks lasted 5 1/2 hours."),
            "5 1/2 hours|DURATION|PT5H30M");
  EXPECT_EQ(Describe("He served 2 1/2 years."), "2 1/2 years|DURATION|P2Y6M");
  EXPECT_EQ(Describe("A minute and a half later, it fell."),
            "A minute and a half|DURATION|PT1M30S");
}

TEST(TimexValueOf, IsoWeeksCrossYears) {
  TimeValue v;
  v.set_begin("2021-01-01T00:00:00");  // a Friday in 2020's week 53
  v.set_end("2021-01-08T00:00:00");
  v.set_grain(WEEK);
  EXPECT_EQ(TimexValueOf(v, "that week"), "2020-W53");
}

}  // namespace
}  // namespace accord

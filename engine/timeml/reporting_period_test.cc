#include "engine/timeml/reporting_period.h"

#include <string>
#include <vector>

#include "engine/timeml/timex_testing.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Friday, August 7, 1998: the quarter last reported is 1998-Q2.
const absl::CivilSecond kDct(1998, 8, 7, 0, 0, 0);

// "surface|TYPE|value" for each TIMEX3 (FindTimexes applies
// ApplyReportingPeriod last), joined by "; ".
std::string Describe(absl::string_view text) {
  return DescribeTimexes(text, kDct);
}

TEST(ApplyReportingPeriod, Table) {
  const struct {
    const char* text;
    const char* want;
  } kCases[] = {
      // A report of the second quarter compares with the year-ago quarter.
      {"The bakery earned $3 million in the second quarter. Sales rose to $9 "
       "million from $8 million a year earlier.",
       "the second quarter|DATE|1998-Q2; a year earlier|DATE|1997-Q2"},
      {"Second-quarter profit fell 5% from a year ago.",
       "Second-quarter|DATE|1998-Q2; a year ago|DATE|1997-Q2"},
      // The modifier alone is a time too.
      {"Second-quarter net was $2 million, compared with year-earlier net of "
       "$1 million.",
       "Second-quarter|DATE|1998-Q2; year-earlier|DATE|1997-Q2"},
      // "the quarter" and "the 1997 period" in such a report.
      {"Second-quarter sales grew 4%. Costs fell during the quarter, and "
       "margins were wider than in the 1997 period.",
       "Second-quarter|DATE|1998-Q2; the quarter|DATE|1998-Q2; "
       "the 1997 period|DATE|1997-Q2"},
      // "the latest period", which no scanner reads, is the quarter too.
      {"Second-quarter sales grew 4%. Net in the latest period fell to $2 "
       "million.",
       "Second-quarter|DATE|1998-Q2; the latest period|DATE|1998-Q2"},
      // Without a reported quarter it is no time.
      {"Net in the latest period fell to $2 million.", ""},
      // "the quarter ended <date>": the three months ending that day.
      {"Sales for the quarter ended July 31 rose 5%.",
       "the quarter|DATE|1998-Q2; July 31|DATE|1998-07-31"},
      {"Net for the quarter ended June 30 fell.",
       "the quarter|DATE|1998-Q2; June 30|DATE|1998-06-30"},
      // A year-back phrase before a quarter moves it back a year.
      {"In the year-ago second quarter, the bakery lost $1 million.",
       "the year-ago second quarter|DATE|1997-Q2"},
      // Without a figure, or about a longer period, a year ago stays a year.
      {"Second-quarter profit rose. The plant opened a year ago.",
       "Second-quarter|DATE|1998-Q2; a year ago|DATE|1997"},
      {"In the second quarter sales rose, and for the six months they were up "
       "4% from a year ago.",
       "the second quarter|DATE|1998-Q2; six months|DURATION|P6M; "
       "a year ago|DATE|1997"},
      // Without a quarter, a compared figure a year earlier is the year
      // before; without a figure the length stays.
      {"Sales rose to $9 million from $8 million a year earlier.",
       "a year earlier|DATE|1997"},
      {"Wages were 3% higher than a year earlier.", "a year earlier|DATE|1997"},
      {"He had left the firm a year earlier.", "a year earlier|DURATION|P1Y"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

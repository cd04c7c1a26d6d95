#include "engine/timeml/definite_periods.h"

#include <string>

#include "engine/timeml/timex_testing.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Friday, August 7, 1998.
const absl::CivilSecond kDct(1998, 8, 7, 0, 0, 0);

// "surface|TYPE|value" for each TIMEX3 (FindTimexes applies
// AddDefinitePeriods after its scanners), joined by "; ".
std::string Describe(absl::string_view text) {
  return DescribeTimexes(text, kDct);
}

TEST(AddDefinitePeriods, Table) {
  const struct {
    const char* text;
    const char* want;
  } kCases[] = {
      // "the year" of a report is the year of writing.
      {"For the year, sales rose 4%.", "the year|DATE|1998"},
      {"The firm forecast a gain for the full year.",
       "the full year|DATE|1998"},
      {"Profit fell in the first nine months of the year.",
       "nine months|DURATION|P9M; the year|DATE|1998"},
      {"The truck maker expects lower net for the fiscal year.",
       "the fiscal year|DATE|1998"},
      // A year named by its last day is a length; the day is its own.
      {"Revenue was $76 million in the year ended March 31.",
       "the year|DURATION|P1Y; March 31|DATE|1998-03-31"},
      {"It expects a loss for the fiscal year ending June 30, 1999.",
       "the fiscal year|DURATION|P1Y; June 30, 1999|DATE|1999-06-30"},
      // "the year" inside another expression is not the year of writing.
      {"Exports fell from $450 million the year before.", ""},
      {"He was born in the year of the flood.", ""},
      {"It was the year in which the wall fell.", ""},
      // With a modifier it stays definite.
      {"It expects sales in the current fiscal year that are higher.",
       "the current fiscal year|DATE|1998"},
      // "year-end": the end of this year, in a past clause the last one.
      {"It expects to close the deal by year-end.", "year-end|DATE|1998"},
      {"The index has fallen 3% since year-end.", "year-end|DATE|1997"},
      {"Rates will be reviewed at the year's end.", "year's end|DATE|1998"},
      // A boundary of "the" + unit is of the current unit.
      {"The firm will cut 300 jobs by the end of the year.",
       "the end of the year|DATE|1998"},
      {"Troops will arrive by the end of the month.",
       "the end of the month|DATE|1998-08"},
      // An article before a boundary word.
      {"They made the late-November trip.", "late-November|DATE|1997-11"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

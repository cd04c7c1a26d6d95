#include "engine/timeml/narrative_anchor.h"

#include <string>
#include <vector>

#include "engine/timeml/timex_testing.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Friday, August 7, 1998.
const absl::CivilSecond kDct(1998, 8, 7, 0, 0, 0);

// "surface|TYPE|value" for each TIMEX3 (FindTimexes applies
// ApplyNarrativeAnchors last), joined by "; ".
std::string Describe(absl::string_view text) {
  return DescribeTimexes(text, kDct);
}

TEST(ApplyNarrativeAnchors, Table) {
  const struct {
    const char* text;
    const char* want;
  } kCases[] = {
      // Counted from the time last stated with its year.
      {"She joined the army in 1990, and the following year she went "
       "abroad.",
       "1990|DATE|1990; the following year|DATE|1991"},
      {"The mill closed on March 3, 1991. The previous month, workers had "
       "struck.",
       "March 3, 1991|DATE|1991-03-03; The previous month|DATE|1991-02"},
      {"The bridge opened in June 1985 and was repaired later that year.",
       "June 1985|DATE|1985-06; later that year|DATE|1985"},
      {"The deal closed on May 4, 1996; the following day the shares fell.",
       "May 4, 1996|DATE|1996-05-04; the following day|DATE|1996-05-05"},
      // Each value made is the next phrase's anchor.
      {"He was elected in 1980. The following year he married, and the "
       "following year he resigned.",
       "1980|DATE|1980; The following year|DATE|1981; the following "
       "year|DATE|1982"},
      // The last time stated, with or without its year.
      {"Prices rose in March 1990. The union struck on Tuesday, and the "
       "court ruled later that day.",
       "March 1990|DATE|1990-03; Tuesday|DATE|1998-08-04; later that "
       "day|DATE|1998-08-04"},
      // A unit finer than the anchor, or no time before: left alone.
      {"The firm was founded in 1950; that day is remembered.",
       "1950|DATE|1950"},
      {"The following year was harder.", "The following year|DATE|1999"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

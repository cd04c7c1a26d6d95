// Test helper: a one-line description of the TIMEX3s FindTimexes finds in a
// text, for table-driven tests of the TimeML layer's passes.
//
//   EXPECT_EQ(DescribeTimexes("later that year", dct), "later that year|...");
//
// Test-only; stateless and thread-safe.

#ifndef ACCORD_ENGINE_TIMEML_TIMEX_TESTING_H_
#define ACCORD_ENGINE_TIMEML_TIMEX_TESTING_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/timeml/timex.h"

namespace accord {

// "surface|TYPE|value" for each TIMEX3 FindTimexes(text, dct) returns, in
// order, joined by "; ".
inline std::string DescribeTimexes(absl::string_view text,
                                   absl::CivilSecond dct) {
  std::vector<std::string> parts;
  for (const Timex& t : FindTimexes(text, dct)) {
    parts.push_back(absl::StrCat(text.substr(t.begin, t.end - t.begin), "|",
                                 t.type, "|", t.value));
  }
  return absl::StrJoin(parts, "; ");
}

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TIMEX_TESTING_H_

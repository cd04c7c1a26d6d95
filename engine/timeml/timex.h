// TIMEX3 expressions: accord's time and duration normalizers seen through
// TimeML's annotation scheme (ISO-TimeML, TIMEX3 1.2). Each expression gets
// TimeML's span (without a leading preposition: "on Friday" is "Friday"),
// type (DATE, TIME, DURATION, SET) and value ("1998-08-07", "1998-W32",
// "P3D", "PAST_REF", "XXXX-WXX-4"), so accord can be scored against TimeML
// corpora and can write TimeML (timeml_writer.h).
//
//   for (const Timex& t : FindTimexes(text, absl::CivilSecond(1998, 8, 7)))
//     Print(t.begin, t.end, t.type, t.value);
//
// Times come from FindTimeMatches and durations from FindDurations, the same
// scanners extraction runs; this library adds what TimeML marks and the
// scanners do not return: vague references ("recently", "now") and
// recurrences ("every morning", "annually").

#ifndef ACCORD_ENGINE_TIMEML_TIMEX_H_
#define ACCORD_ENGINE_TIMEML_TIMEX_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/timeml/timex_element.h"
#include "proto/accord.pb.h"

namespace accord {

// Finds TIMEX3 expressions in `text` (a whole document or one sentence),
// resolving relative ones against `dct`, the document creation time.
// Non-overlapping and sorted by begin. Never fails; linear in the input.
// Thread-safe.
std::vector<Timex> FindTimexes(absl::string_view text, absl::CivilSecond dct);

// TimeML value of a time value at its grain ("1998-08-07" DAY, "1998-W32"
// WEEK, "199" DECADE); `surface` names a season or part of day when it has
// one ("summer" → "1998-SU", "this morning" → "1998-08-07TMO").
std::string TimexValueOf(const TimeValue& t, absl::string_view surface);

// TimeML value of a duration ("P3D", "PT2H", "P1.5Y").
std::string TimexValueOf(const Duration& d);

// TimeML value of a duration the text states in `stated_unit`: a fraction
// of that unit is written in the next finer one when it is whole there
// ("5 1/2 hours" HOUR -> "PT5H30M", "2 1/2 years" YEAR -> "P2Y6M", "a
// minute and a half" MINUTE -> "PT1M30S"); otherwise as above.
std::string TimexValueOf(const Duration& d, Grain stated_unit);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TIMEX_H_

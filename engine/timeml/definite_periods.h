// Definite periods no time scanner reads: "the year" in a report is the
// year of writing ("for the full year", "the first nine months of the
// year"), "the year ended June 30" a length of one year ending that day
// (TimeML: DURATION P1Y, the date its own TIMEX3), and "year-end" the end
// of the current year (in a past clause the last one).
//
//   std::vector<Timex> timexes = ...;  // FindTimexes' TIMEX3, by begin
//   AddDefinitePeriods(tokens, dct, &timexes);
//
// The words are data (engine/data/time_words.textproto:
// definite_year_modifiers, definite_year_blockers, period_end_words,
// year_end_phrases).

#ifndef ACCORD_ENGINE_TIMEML_DEFINITE_PERIODS_H_
#define ACCORD_ENGINE_TIMEML_DEFINITE_PERIODS_H_

#include <vector>

#include "absl/time/civil_time.h"
#include "engine/normalize/tokenizer.h"
#include "engine/timeml/timex_element.h"

namespace accord {

// Adds to `timexes` (sorted by begin, byte offsets into the text whose
// tokens are `tokens`) the definite periods above that overlap none of
// them, resolved against the creation time `dct`; keeps `timexes` sorted.
// "the year" followed by a blocker ("the year before", "the year-earlier
// quarter", "the year 2000") is left to other readers. Thread-safe.
void AddDefinitePeriods(const std::vector<Token>& tokens, absl::CivilSecond dct,
                        std::vector<Timex>* timexes);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_DEFINITE_PERIODS_H_

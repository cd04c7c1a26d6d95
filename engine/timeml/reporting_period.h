// Reports of a period: a company's quarterly report states the quarter it
// reports once ("third-quarter net income") and then compares each figure
// with the same quarter a year before ("up from $4 million a year ago",
// "compared with year-earlier profit of $3.8 million") and calls the
// quarter "the quarter", "this quarter" or "the 1989 period". TimeML (and a
// reader) take those as quarters: "a year ago" is the year-ago quarter,
// not the year before the article.
//
//   std::vector<Timex> timexes = ...;  // FindTimexes' candidates, resolved
//   ApplyReportingPeriod(text, tokens, dct, &timexes);
//
// The words are data (engine/data/time_words.textproto: year_back_phrases,
// figure_cues, reported_quarter_phrases).

#ifndef ACCORD_ENGINE_TIMEML_REPORTING_PERIOD_H_
#define ACCORD_ENGINE_TIMEML_REPORTING_PERIOD_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/tokenizer.h"
#include "engine/timeml/timex_element.h"

namespace accord {

// Rewrites `timexes` (sorted by begin, offsets into `text`, whose tokens
// are `tokens`) for a document created at `dct`:
//  - "the year-ago third quarter": a year-back phrase right before a
//    quarter makes it that quarter a year before (and joins its span);
//  - in a sentence with a figure ("$", "%", "cents"), a year-back phrase
//    ("a year ago", "a year earlier", "year-earlier") is the reported
//    quarter a year before when the document reports a quarter (its first
//    TIMEX3 whose value is a quarter) and the sentence no longer period
//    ("the nine months"); else the year before the creation year, DATE;
//  - "the quarter ended Sept. 30": the three months ending that day, named
//    by the calendar quarter holding their middle;
//  - then "the quarter", "this quarter", "the latest quarter" outside a
//    future clause are the reported quarter, and "the 1988 period" /
//    "the 1988 quarter" that quarter of 1988.
// Other TIMEX3 are left alone; the result stays sorted and
// non-overlapping. Pure function of its inputs; thread-safe.
void ApplyReportingPeriod(absl::string_view text,
                          const std::vector<Token>& tokens,
                          absl::CivilSecond dct, std::vector<Timex>* timexes);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_REPORTING_PERIOD_H_

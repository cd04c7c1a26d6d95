// Time normalizer: finds dates, times and intervals in English text and
// resolves them against a reference time (a document's publication time).
//
//   TimeContext ctx;
//   ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
//   FindTimes("from May 7 to 10", ctx)[0].value.time();
//       // begin "2025-05-07T00:00:00", end "2025-05-11T00:00:00", grain DAY
//
// Every value is a half-open interval [begin, end) in the reference's civil
// time at the grain the text stated: "May 7" is [May 7, May 8) DAY, "March
// 2023" [2023-03-01, 2023-04-01) MONTH, "at 3 p.m." [15:00, 16:00) HOUR. A
// range covers its last unit: "May 7-10" is [May 7, May 11). An open interval
// ("after 2 pm", "until 2014") leaves begin or end empty.

#ifndef ACCORD_ENGINE_NORMALIZE_TIME_H_
#define ACCORD_ENGINE_NORMALIZE_TIME_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/match.h"
#include "engine/normalize/time_context.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Finds time expressions in `text`: non-overlapping, sorted by begin, longest
// match first; value.time() is set, value.surface is the matched text.
// Never fails; linear in the input.
std::vector<ValueMatch> FindTimes(absl::string_view text,
                                  const TimeContext& ctx);
// Same, over `tokens` == Tokenize(text), for callers that run several
// scanners over one text and tokenize it once.
std::vector<ValueMatch> FindTimes(absl::string_view text,
                                  const std::vector<Token>& tokens,
                                  const TimeContext& ctx);

// A found time with how it was stated, for evaluation and display.
struct TimeMatch {
  ValueMatch match;
  // True when the text stated an interval (a range, a part of day, "the last
  // 2 days") rather than one unit of its grain ("May 7", "next week").
  bool interval = false;
  // Holiday name when the expression names one ("Christmas"), else "".
  std::string holiday;
};

// FindTimes with the details above.
std::vector<TimeMatch> FindTimeMatches(absl::string_view text,
                                       const TimeContext& ctx);
std::vector<TimeMatch> FindTimeMatches(absl::string_view text,
                                       const std::vector<Token>& tokens,
                                       const TimeContext& ctx);

namespace time_internal {
// For tests: the number of tokens i of `tokens` (Tokenize's output) where
// the time parser's full piece-start condition holds but its quick
// necessary condition does not, or a piece's grammars match but the
// piece-start condition fails (0 when both checks are sound).
int PieceStartCheckViolations(const std::vector<Token>& tokens);
}  // namespace time_internal

// ISO 8601 civil time at second precision: "2025-05-07T00:00:00"; years
// before 1 are written with a sign ("-2014-01-01T00:00:00").
std::string FormatCivil(absl::CivilSecond t);

// Parses FormatCivil's output. False on malformed input.
bool ParseCivil(absl::string_view s, absl::CivilSecond* out);

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TIME_H_

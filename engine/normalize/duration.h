// Duration normalizer: finds lengths of time in English text, including the
// adjectival forms news uses ("72-hour", "a 90-minute", "three-day"),
// fractions ("half an hour", "an hour and a half", "1.5 hours") and compounds
// ("2 years and 3 months", "1 hour thirty").
//
//   FindDurations("a 72-hour ceasefire")[0].value.duration().seconds();  //
//   259200
//
// Calendar units use fixed lengths: a month is 30 days, a quarter 90 days, a
// year 365 days, a decade 3650 days (Duckling's convention), so "30 days" and
// "a month" are the same duration.

#ifndef ACCORD_ENGINE_NORMALIZE_DURATION_H_
#define ACCORD_ENGINE_NORMALIZE_DURATION_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "engine/normalize/match.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Finds durations in `text`: non-overlapping, sorted by begin, longest first.
// value.duration().seconds() is the length; grain is the unit the text used,
// or the finest unit needed to state it in whole units ("1.5 hours" is 90
// MINUTE, "half a day" 12 HOUR, "2 years and 3 months" 27 MONTH).
// Bare unit words ("for months", "minutes") are not durations. Never fails.
std::vector<ValueMatch> FindDurations(absl::string_view text);
// Same, over `tokens` == Tokenize(text), for callers that run several
// scanners over one text and tokenize it once.
std::vector<ValueMatch> FindDurations(absl::string_view text,
                                      const std::vector<Token>& tokens);

// Length of one unit of `grain` in seconds (month 30 days, year 365 days).
double GrainSeconds(Grain grain);

// The next finer grain used to state fractional durations (YEAR -> MONTH,
// MONTH -> DAY, WEEK -> DAY, ..., SECOND -> SECOND).
Grain FinerGrain(Grain grain);

// Unit word -> grain ("hrs" -> HOUR, "days" -> DAY); GRAIN_UNSPECIFIED when
// `word` is not a unit. Single letters (h, m, s, d, w, y) count only when
// `after_digits`.
Grain DurationUnitGrain(absl::string_view word, bool after_digits);

// A duration parsed from tokens [begin, end).
struct DurationParse {
  int begin = 0;
  int end = 0;
  double seconds = 0;
  Grain grain = GRAIN_UNSPECIFIED;
  bool approximate = false;
  // The count was an article ("a day", "an hour"), not a number.
  bool article = false;
};

// False only when token `i` is an article ("a"/"an") where no duration
// (ParseDurationAt) can start: after an article counted as 1 ParseSimple
// needs "and a half"/"and a quarter", more/additional/extra/less/fewer,
// "-", a unit word, fortnight(s), "(" (a restated value), or the article
// starts "a quarter of an hour" or a number (ArticleMayStartNumber). True
// on every other token (no claim).
bool ArticleMayStartDuration(const std::vector<Token>& tokens, int i);

// False where ParseDurationAt fails at once: a duration begins with a hedge
// or a single-unit form, and all of those but "half" are number starts
// (Token::number_start). Inline, for scans that ask it at every token.
inline bool MayBeginDuration(const Token& t) {
  return t.number_start || t.Is("half");
}

// Parses the longest duration starting at token `i`. `allow_hedge` accepts
// "about", "around", ... before it.
bool ParseDurationAt(const std::vector<Token>& tokens, int i, bool allow_hedge,
                     DurationParse* out);

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_DURATION_H_

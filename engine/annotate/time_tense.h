// Extraction's reading of times by the tense of their verb: the time
// normalizer reads a weekday in news as the last one and a year-less month
// as the next; the verb group each time belongs to (engine/timeml/tense.h,
// shared with the TIMEX3 layer) turns it. "said it would suspend the route
// until Friday" is the coming Friday, "there would be retaliation for a
// shooting on Saturday" the last Saturday, "was attacked in December" in a
// March article last December, "will vote in June" in a July one next
// June.
//
//   std::vector<ValueMatch> times = FindTimes(sentence, tokens, ctx);
//   ApplyTimeTense(sentence, tokens, ctx, &times);
#ifndef ACCORD_ENGINE_ANNOTATE_TIME_TENSE_H_
#define ACCORD_ENGINE_ANNOTATE_TIME_TENSE_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "engine/normalize/match.h"
#include "engine/normalize/time_context.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Re-reads each of `times` (FindTimes(sentence, tokens, ctx), ctx reading
// weekdays as the last one) by the tense of its verb (TimeTense): in a
// future clause weekdays point forward (except the day of writing itself:
// "will speak Friday" in a Friday paper), and months, dates and seasons
// without a year, a relative word ("last", "ago") or a holiday name take the
// occurrence TenseYearShift gives. Spans stay; values may change. `tokens`
// == Tokenize(sentence). Thread-safe (reads shared immutable word lists).
void ApplyTimeTense(absl::string_view sentence,
                    const std::vector<Token>& tokens, const TimeContext& ctx,
                    std::vector<ValueMatch>* times);

}  // namespace accord

#endif  // ACCORD_ENGINE_ANNOTATE_TIME_TENSE_H_

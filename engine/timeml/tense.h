// Tense of the clause around a time expression, as far as the choice
// between a past and a future occurrence needs it: "would reopen on Friday"
// points forward, "reopened on Friday" back, "is on Friday" neither.
//
//   if (ClauseTense(tokens, i) == Tense::kFuture) ctx.weekday = kNext;
#ifndef ACCORD_ENGINE_TIMEML_TENSE_H_
#define ACCORD_ENGINE_TIMEML_TENSE_H_

#include <vector>

#include "engine/normalize/tokenizer.h"

namespace accord {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// The tense of the nearest marker in the clause of token `i` (bounded by
// sentence ends, semicolons and colons), looking back first and then
// forward: kFuture for "'ll" and the future markers of
// engine/data/time_words.textproto ("will", "would", "next", "scheduled",
// "expected", ...; "going/set/plans/is to"); kPast for its past forms ("was",
// "said", "ago", common irregular forms) and "-ed" words; else kUnknown.
// `tokens` is Tokenize's output; pure function, thread-safe.
Tense ClauseTense(const std::vector<Token>& tokens, int i);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TENSE_H_

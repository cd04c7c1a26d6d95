// Tense of the clause around a time expression, as far as the choice
// between a past and a future occurrence needs it: "would reopen on Friday"
// points forward, "reopened on Friday" back. News narrates in the past, so
// a clause without a future marker counts as past.
//
//   if (ClauseTense(tokens, i) == Tense::kFuture) ctx.weekday = kNext;
#ifndef ACCORD_ENGINE_TIMEML_TENSE_H_
#define ACCORD_ENGINE_TIMEML_TENSE_H_

#include <vector>

#include "engine/normalize/tokenizer.h"

namespace accord {

enum class Tense { kPast, kFuture };

// kFuture when a future marker ("will", "'ll", "shall", "would", "going to",
// "expected to", "scheduled to", "set to", "plans to", "due to", "next",
// "upcoming", "is to") stands before token `i` in its clause (back to the
// previous sentence end, semicolon or colon), else kPast. `tokens` is
// Tokenize's output; pure function.
Tense ClauseTense(const std::vector<Token>& tokens, int i);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TENSE_H_

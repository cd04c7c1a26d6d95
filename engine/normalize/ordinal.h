// Ordinal normalizer: finds ordinal numbers ("third", "80th",
// "twenty-first", "1st", "one hundredth") in English text.
//
//   FindOrdinals("the 80th anniversary")[0].value.ordinal();  // 80

#ifndef ACCORD_ENGINE_NORMALIZE_ORDINAL_H_
#define ACCORD_ENGINE_NORMALIZE_ORDINAL_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "engine/normalize/match.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Finds ordinals in `text`: non-overlapping, sorted by begin, longest first.
// Each value has value.ordinal set. Never fails.
std::vector<ValueMatch> FindOrdinals(absl::string_view text);
// Same, over `tokens` == Tokenize(text), for callers that run several
// scanners over one text and tokenize it once.
std::vector<ValueMatch> FindOrdinals(absl::string_view text,
                                     const std::vector<Token>& tokens);

// Parses the longest ordinal starting at token `i`: "21st", "twenty-first",
// "twenty first", "twentyfirst", "one hundred and first". Sets *end (one past
// the last token) and *value.
bool ParseOrdinalAt(const std::vector<Token>& tokens, int i, int* end,
                    long long* value);

// False where ParseOrdinalAt fails at once: an ordinal starts with digits
// ("21st"), an ordinal word ("third") or a number ("twenty-first"). Inline,
// for scans that ask it at every token before calling ParseOrdinalAt.
inline bool MayBeginOrdinal(const Token& t) {
  return t.IsDigits() ||
         (t.IsWord() && (t.ordinal_word >= 0 || t.number_start));
}

// OrdinalWordValue (a single ordinal word's value) is declared in
// tokenizer.h.

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_ORDINAL_H_

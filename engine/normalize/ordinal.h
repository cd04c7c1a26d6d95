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

// Parses the longest ordinal starting at token `i`: "21st", "twenty-first",
// "twenty first", "twentyfirst", "one hundred and first". Sets *end (one past
// the last token) and *value.
bool ParseOrdinalAt(const std::vector<Token>& tokens, int i, int* end,
                    long long* value);

// Value of a single ordinal word ("third" -> 3, "fortieth" -> 40), or -1.
int OrdinalWordValue(absl::string_view word);

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_ORDINAL_H_

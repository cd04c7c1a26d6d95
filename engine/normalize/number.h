// Number normalizer: finds cardinal numbers in English text, written with
// digits ("27,000,000", "1.5", ".77", "1/5"), words ("twenty-seven",
// "three hundred and four", "a dozen"), scale words and suffixes
// ("27 million", "1.2bn", "5k", "30 lakh"), signs ("-504", "minus 3") and
// hedges ("an estimated 27 million", "about 40" -> approximate).
//
//   for (const ValueMatch& m : FindNumbers("an estimated 27 million people"))
//     m.value.quantity().value();  // 27000000, approximate() == true
//
// The token-level parser (ParseNumberAt) is shared by the ordinal, duration,
// time and quantity grammars.

#ifndef ACCORD_ENGINE_NORMALIZE_NUMBER_H_
#define ACCORD_ENGINE_NORMALIZE_NUMBER_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "engine/normalize/match.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Finds numbers in `text`: non-overlapping, sorted by begin, longest match
// first. Each value is a Quantity with unit "", low == high == value unless
// approximate. Ordinals ("1st", "third") are not numbers. Never fails.
std::vector<ValueMatch> FindNumbers(absl::string_view text);
// Same, over `tokens` == Tokenize(text), for callers that run several
// scanners over one text and tokenize it once.
std::vector<ValueMatch> FindNumbers(absl::string_view text,
                                    const std::vector<Token>& tokens);

// Parses the whole of `text` (surrounding whitespace allowed) as one number;
// nullopt when it is not exactly one number.
absl::optional<double> ParseNumber(absl::string_view text);

// What ParseNumberAt accepts.
struct NumberOptions {
  bool allow_hedge = true;         // about, around, an estimated, ~
  bool allow_negative = true;      // -5, minus five, negative five
  bool allow_fraction = true;      // 1/5, 3/4
  bool allow_suffix_scale = true;  // 5k, 1.2bn, 3M, .0012G
  bool allow_article = false;      // "a"/"an" alone as 1 ("a day")
  bool allow_vague = true;         // a few, a couple, a pair, single
  bool allow_words = true;         // spelled-out numbers
  bool allow_scale_words = true;   // 27 million, two dozen
};

// A number phrase parsed from tokens [begin, end).
struct NumberParse {
  int begin = 0;
  int end = 0;
  double value = 0;
  bool approximate = false;   // hedged or vague ("a few")
  bool spelled = false;       // contains number words
  bool plain_digits = false;  // exactly one digit run: "2013", "07"
  bool decimal = false;       // has a decimal part or is a fraction
  bool article = false;       // "a"/"an" standing for 1
  int digits = 0;             // length of the digit run when plain_digits
};

// Parses the longest number phrase starting at token `i`. Returns false when
// none starts there.
bool ParseNumberAt(const std::vector<Token>& tokens, int i,
                   const NumberOptions& options, NumberParse* out);

// False only when token `i` is an article ("a"/"an") where ParseNumberAt
// fails unless options.allow_article: the article then begins a number only
// as "a dozen", "a few", "a couple", "a pair" or "an estimated ...", so the
// next token must be a scale word, couple, pair, few or estimated. True on
// every other token (no claim). The grammars use it to skip articles, the
// most frequent number starts, before trying any form.
bool ArticleMayStartNumber(const std::vector<Token>& tokens, int i);

// NumberWordValue (a single number word's value) is declared in tokenizer.h.

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_NUMBER_H_

// Quantity normalizer: finds counted and measured amounts in English text:
// a number with an optional unit ("2 kg", "three cups of sugar", "27 million
// people", "$5bn", "40%"), hedges ("about 4" -> approximate), ranges
// ("100-1000 g", "between 2 and 7 grams") and bounds ("more than 2 cups",
// "at most six pounds").
//
//   FindQuantities("an estimated 27 million people")[0].value.quantity()
//       // value 27000000, unit "person", approximate true
//
// Units are singular and lower case ("kilogram", "cup", "person",
// "percent", "dollar"); "" for bare numbers. For ranges low/high are the
// bounds and value the first number stated; an open bound is +/-infinity.

#ifndef ACCORD_ENGINE_NORMALIZE_QUANTITY_H_
#define ACCORD_ENGINE_NORMALIZE_QUANTITY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/normalize/match.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

// Finds quantities in `text`: non-overlapping, sorted by begin, longest
// first. Every number is a quantity (unit "" when none follows). Never fails.
std::vector<ValueMatch> FindQuantities(absl::string_view text);
// Same, over `tokens` == Tokenize(text), for callers that run several
// scanners over one text and tokenize it once.
std::vector<ValueMatch> FindQuantities(absl::string_view text,
                                       const std::vector<Token>& tokens);

// A found quantity with the thing measured ("3 cups of sugar" -> "sugar").
struct QuantityMatch {
  ValueMatch match;
  std::string product;
};

// FindQuantities with products.
std::vector<QuantityMatch> FindQuantityMatches(absl::string_view text);
std::vector<QuantityMatch> FindQuantityMatches(
    absl::string_view text, const std::vector<Token>& tokens);

namespace quantity_internal {

// FindQuantityMatches; with `skip` false it tries every token instead of
// skipping those where no form can start (for tests: same result).
std::vector<QuantityMatch> FindQuantityMatches(absl::string_view text,
                                               const std::vector<Token>& tokens,
                                               bool skip);

}  // namespace quantity_internal

// Whether `unit` (a Quantity.unit) is a unit of measure ("kilogram",
// "square meter") rather than a counted noun ("person", "officer").
bool IsUnitOfMeasure(absl::string_view unit);

// Converts `value` in `from` to `to` when both are units of the same
// dimension ("kilometer" -> "meter": x1000). False when not convertible.
bool ConvertUnit(double value, absl::string_view from, absl::string_view to,
                 double* out);

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_QUANTITY_H_

#include "engine/extract/polarity.h"

#include "re2/re2.h"

namespace accord {

Polarity PolarityOf(absl::string_view before) {
  static const LazyRE2 kNegatedGroup = {
      "(?:\\b(?:not|never|no longer|(?:declined|refused|failed|refuses|"
      "declines|fails|refusing|declining|failing) to)|n't)"
      "(?: (?:will|would|shall|can|could|may|might|must|is|are|was|were|be|"
      "been|being|has|have|had|do|does|did|get|got|gotten|to|yet|ever|even|"
      "also|again|actually|officially|formally|publicly|personally|"
      "immediately|expected|scheduled|set|slated|due|planning|plan|plans|"
      "planned|going|committed|able|allowed|want|wants|wanted|intend|"
      "intends|intended|try|tried|trying|seek|sought|[a-z]+ly))* $"};
  static const LazyRE2 kNotOnly = {"\\bnot only (?:[a-z]+ )*$"};
  const re2::StringPiece b(before.data(), before.size());
  if (RE2::PartialMatch(b, *kNotOnly)) return POSITIVE;
  return RE2::PartialMatch(b, *kNegatedGroup) ? NEGATIVE : POSITIVE;
}

}  // namespace accord

#include "engine/extract/polarity.h"

#include "absl/strings/str_cat.h"
#include "engine/data/english.h"
#include "re2/re2.h"

namespace accord {

namespace {

// A negator, a refusal verb with "to" or a negative clitic, then nothing
// but verb-group words and -ly adverbs up to the end.
const RE2& NegatedGroup() {
  static const RE2* const kNegatedGroup = [] {
    const EnglishWordsFile& w = English::Default().words();
    return new RE2(absl::StrCat(
        "(?:\\b(?:", English::Alternation(w.negators()),
        "|(?:", English::Alternation(w.refusal_verbs()),
        ") to)|(?:", English::Alternation(w.negative_clitics()), "))(?: (?:",
        English::Alternation(w.verb_group_words()), "|[a-z]+ly))* $"));
  }();
  return *kNegatedGroup;
}

// "not only" and the words after it up to the end.
const RE2& AffirmingNegation() {
  static const RE2* const kAffirming = new RE2(absl::StrCat(
      "\\b(?:",
      English::Alternation(English::Default().words().affirming_negations()),
      ") (?:[a-z]+ )*$"));
  return *kAffirming;
}

}  // namespace

Polarity PolarityOf(absl::string_view before) {
  const re2::StringPiece b(before.data(), before.size());
  if (RE2::PartialMatch(b, AffirmingNegation())) return POSITIVE;
  return RE2::PartialMatch(b, NegatedGroup()) ? NEGATIVE : POSITIVE;
}

}  // namespace accord

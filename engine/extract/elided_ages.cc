#include "engine/extract/elided_ages.h"

#include <string>

#include "re2/re2.h"

namespace accord {

bool IsElidedAge(const CountCues& cues, const TaggedSentence& tagged,
                 int index) {
  // The age before: "⟦NUM#3⟧ and the other ⟦NUM#4⟧", "⟦NUM#3⟧, and ⟦NUM#4⟧".
  static const RE2* const kBefore =
      new RE2("⟦NUM#(\\d+)⟧,? and(?: [a-z'-]+){0,2} ⟦NUM#\\d+⟧$");
  // Nothing counted after the number: punctuation, the end, or a word
  // that is no noun ("and", an auxiliary, "who").
  static const RE2* const kBare = new RE2(
      "^(?:$|[^ a-z⟦]| [^ a-z⟦]| (?:and|or|were|are|was|is|have|had|who)\\b)");
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  int before = -1;
  if (!RE2::PartialMatch(re2::StringPiece(t.data(), end), *kBefore, &before) ||
      before == index ||
      !RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                         *kBare)) {
    return false;
  }
  return cues.IsAge(tagged, before);
}

}  // namespace accord

#include "engine/extract/relation_counts.h"

#include <string>

#include "engine/wordnet/noun_kinds.h"
#include "re2/re2.h"

namespace accord {

bool IsRelationCount(const TaggedSentence& tagged, int index) {
  // The head noun right before "of", and the mention's tag right after it:
  // "a father of ⟦NUM#2⟧".
  static const RE2* const kBefore =
      new RE2("(?:^|[^a-z-])([a-z][a-z-]*) of (?:the )?⟦(?:NUM|QTY)#\\d+⟧$");
  // A relative clause whose plural verb makes the counted people the
  // event's patients: "of ⟦NUM#2⟧ boys who were killed".
  static const RE2* const kPluralRelative =
      new RE2("^(?: [a-z-]+)?,? (?:who|that) (?:were|are|have|had)\\b");
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  std::string head;
  if (!RE2::PartialMatch(re2::StringPiece(t.data(), end), *kBefore, &head)) {
    return false;
  }
  if (!NounKinds::Default().IsPerson(head)) return false;
  return !RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                            *kPluralRelative);
}

}  // namespace accord

// Relation counts: a number that tells how many relatives a person has, not
// how many people an event struck. English describes a victim by the people
// they leave behind with "<person noun> of N": "a father of four was
// killed", "Ana Ruiz, a mother of three, was shot", "a grandmother of 12
// died". The number counts the person's children or grandchildren; the
// frame's patient is the one person. The head is any noun whose first
// WordNet sense is a person (so "a total of 40", "a group of five" and "one
// of four" stay counts), and the number stands alone or with its own noun
// ("a mother of two boys"), unless a plural relative clause makes those
// people the patients ("the father of two boys who were killed").
//
//   if (IsRelationCount(tagged, index)) ...  // not a count of victims
#ifndef ACCORD_ENGINE_EXTRACT_RELATION_COUNTS_H_
#define ACCORD_ENGINE_EXTRACT_RELATION_COUNTS_H_

#include "engine/rules/tagged_sentence.h"

namespace accord {

// Whether the NUM or QTY mention `index` of `tagged` follows "<person
// noun> of" and so counts the person's relations, as the top comment
// says. Pure function of `tagged` and the compiled WordNet table;
// thread-safe.
bool IsRelationCount(const TaggedSentence& tagged, int index);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_RELATION_COUNTS_H_

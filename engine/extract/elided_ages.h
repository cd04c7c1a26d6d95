// Elided ages: a bare number coordinated with an age is an age too. English
// states the age marker once and leaves it out of the later conjuncts: "two
// men, one age 21 and the other 28, were arrested", "children ages six and
// seven", "Lee, 9, and his sister, 12". The number after "and" (with at
// most two words between, "the other", "his sister") counts nobody when
// the number before "and" is an age (CountCues::IsAge) and nothing is
// counted after it: "a man aged 44 and two children" keeps the two.
//
//   if (IsElidedAge(cues, tagged, index)) ...  // not a count of victims
#ifndef ACCORD_ENGINE_EXTRACT_ELIDED_AGES_H_
#define ACCORD_ENGINE_EXTRACT_ELIDED_AGES_H_

#include "engine/extract/count_cues.h"
#include "engine/rules/tagged_sentence.h"

namespace accord {

// Whether the NUM mention `index` of `tagged` is an age whose marker the
// coordination left out, as the top comment says. `cues` tells the ages.
// Thread-safe.
bool IsElidedAge(const CountCues& cues, const TaggedSentence& tagged,
                 int index);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ELIDED_AGES_H_

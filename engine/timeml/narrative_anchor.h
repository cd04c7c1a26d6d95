// Times told relative to the narrative: "the following year", "the
// previous month", "later that day" count from the time the text last
// stated, not from the creation time. "On May 22, 1995, she was promoted,
// and the following year she moved" is 1996 in an article of 1998; "that
// month" after "in March 1989" is March 1989.
//
//   std::vector<Timex> timexes = ...;  // FindTimexes' TIMEX3, by begin
//   ApplyNarrativeAnchors(tokens, &timexes);
//
// The words are data (engine/data/time_words.textproto: narrative_offsets,
// narrative_units).

#ifndef ACCORD_ENGINE_TIMEML_NARRATIVE_ANCHOR_H_
#define ACCORD_ENGINE_TIMEML_NARRATIVE_ANCHOR_H_

#include <vector>

#include "engine/normalize/tokenizer.h"
#include "engine/timeml/timex_element.h"

namespace accord {

// Rewrites `timexes` (sorted by begin, byte offsets into the text whose
// tokens are `tokens`): each "<offset> <unit>" of narrative_offsets and
// narrative_units ("the following year", "that month") becomes a DATE at
// the unit's grain, moved by the offset from the last DATE or TIME before
// it (day to year grain); the TIMEX3 overlapping the phrase is given that
// value (and spans at least the phrase, with a span opener before it:
// "later that year"), or one is added. Each value so
// made is the anchor of the next phrase. A unit finer than the anchor's
// grain ("the following day" after "in 1995", "that day" after "last
// week") and phrases before any time are left alone. Keeps `timexes`
// sorted. Thread-safe.
void ApplyNarrativeAnchors(const std::vector<Token>& tokens,
                           std::vector<Timex>* timexes);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_NARRATIVE_ANCHOR_H_

// Time attachment: the TIME mention a frame claim's "time" role takes when
// its rule named none (inside the match: "attend the May 9 parade"; within
// four words after it: "travel to Moscow from May 7 to 10"; or a time
// adverbial opening the sentence: "Back in 2015, ..."), and, once all the
// sentence's claims are found, which of them keep their time: only those
// whose trigger the time dates (time_owners.h).
//
//   AttachTime(view, match, has_time_tag, &draft);
//   KeepOwnTimes(view, claims_of_the_sentence);
#ifndef ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_
#define ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_

#include <vector>

#include "engine/extract/claim_draft.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"

namespace accord {

// Adds the "time" argument to `draft` when the match's frame declares a
// time role, the draft has none and the sentence places a TIME as above.
// `has_time_tag` says whether the tagged sentence holds any TIME tag (the
// patterns after the match need one; most sentences have none).
// Thread-safe.
void AttachTime(const SentenceView& view, const RuleMatch& match,
                bool has_time_tag, ClaimDraft* draft);

// Gives each of `claims` (all the claims of the view's sentence, with
// their trigger spans set) whose frame declares a "time" role the time its
// trigger owns (time_owners.h): the time its rule or context found when
// that dates the trigger or the whole sentence; else the nearest TIME
// mention of the sentence that dates the trigger, else the nearest that
// dates the sentence; else none (a time that dates another word is
// removed). Records where the chosen time stands in
// Claim.time_attachment (for a removed one, what it dates). A time that
// is no TIME mention of the sentence is left alone. A claim with no time
// (or whose frame declares no time role) gets the nearest time that
// dates its trigger, else its sentence, as Claim.unstated_time, an anchor
// cue and not its time. `lexicon` gives the
// frames' roles; the claims are borrowed for the call. Thread-safe.
void KeepOwnTimes(const SentenceView& view, const Lexicon& lexicon,
                  const std::vector<Claim*>& claims);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_

// Time attachment: the TIME mention a frame claim's "time" role takes when
// its rule named none. Inside the match ("attend the May 9 parade"), within
// four words after it ("travel to Moscow from May 7 to 10"), or a time
// adverbial opening the sentence ("Back in 2015, ...").
//
//   AttachTime(view, match, has_time_tag, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_
#define ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_

#include "engine/extract/claim_draft.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/rule_set.h"

namespace accord {

// Adds the "time" argument to `draft` when the match's frame declares a
// time role, the draft has none and the sentence places a TIME as above.
// `has_time_tag` says whether the tagged sentence holds any TIME tag (the
// patterns after the match need one; most sentences have none).
// Thread-safe.
void AttachTime(const SentenceView& view, const RuleMatch& match,
                bool has_time_tag, ClaimDraft* draft);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_TIME_ATTACHMENT_H_

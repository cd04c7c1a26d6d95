// Anaphora the extractor resolves itself, in reading order: an occasion noun
// with nothing before it refers forward ("to attend celebrations marking
// ... Victory Day"), and an anaphoric theme ("the offer", "the proposal")
// takes the theme of the latest proposal claimed before it.
//
//   const DocumentContext context(&sentences);
//   ResolveForwardOccasions(context, &sentences);
//   ResolveProposalTheme(claims, last_proposal_index, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_ANAPHORA_H_
#define ACCORD_ENGINE_EXTRACT_ANAPHORA_H_

#include <vector>

#include "engine/annotate/mention.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/context_filling.h"
#include "proto/accord.pb.h"

namespace accord {

// Gives every "@occasion" EVT mention the id of the first occasion (EVT
// mention of `context`) named in its sentence or after it; leaves it alone
// when there is none. `context` must have been built over `sentences`.
void ResolveForwardOccasions(const DocumentContext& context,
                             std::vector<AnnotatedSentence>* sentences);

// Replaces the value of a "theme" argument of `draft` that is the anaphor
// "@proposal" by the theme of claims[last_proposal] (keeping its surface),
// and copies that claim's durations when the draft has none. Does nothing
// when last_proposal < 0.
void ResolveProposalTheme(const std::vector<Claim>& claims, int last_proposal,
                          ClaimDraft* draft);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ANAPHORA_H_

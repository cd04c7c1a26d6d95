// Anaphora the extractor resolves itself, in reading order: an occasion noun
// with nothing before it refers forward ("to attend celebrations marking
// ... Victory Day"), and an anaphoric theme ("the offer", "the proposal")
// takes the theme of the latest proposal claimed before it.
//
//   Occasions occasions = CollectOccasions(sentences);
//   ResolveForwardOccasions(occasions, &sentences);
//   ResolveProposalTheme(claims, last_proposal_index, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_ANAPHORA_H_
#define ACCORD_ENGINE_EXTRACT_ANAPHORA_H_

#include <vector>

#include "engine/annotate/mention.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/context_filling.h"
#include "proto/accord.pb.h"

namespace accord {

// The occasions (EVT mentions whose id is not an anaphor "@...") of
// `sentences`, in reading order. Thread-safe.
Occasions CollectOccasions(const std::vector<AnnotatedSentence>& sentences);

// Gives every "@occasion" EVT mention the id of the first occasion named in
// its sentence or after it; leaves it alone when there is none.
void ResolveForwardOccasions(const Occasions& occasions,
                             std::vector<AnnotatedSentence>* sentences);

// Replaces the value of a "theme" argument of `draft` that is the anaphor
// "@proposal" by the theme of claims[last_proposal] (keeping its surface),
// and copies that claim's durations when the draft has none. Does nothing
// when last_proposal < 0.
void ResolveProposalTheme(const std::vector<Claim>& claims, int last_proposal,
                          ClaimDraft* draft);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ANAPHORA_H_

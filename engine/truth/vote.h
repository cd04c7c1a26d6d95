// VOTE: majority voting. Every source has one vote per item; the candidate
// with the most votes wins (ties: the candidate BuildProblem() ordered
// first, i.e. the lexicographically smaller representative).
//
//   accord::truth::Result r = accord::truth::RunVote(problem);
#ifndef ACCORD_ENGINE_TRUTH_VOTE_H_
#define ACCORD_ENGINE_TRUTH_VOTE_H_

#include "engine/truth/observation.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Majority vote. Confidence of a candidate = its votes / the item's claims;
// source_accuracy = fraction of the source's claims that won.
Result RunVote(const Problem& problem);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_VOTE_H_

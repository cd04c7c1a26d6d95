// Generic event blocks joined by WordNet hypernymy. Generic claims
// (frame EVENT) block by their word's event group (synonyms and
// derivations: "quake" = "earthquake", "robbery" -> rob). A story often
// names one happening by a word and by its direct hypernym ("the heist",
// "the robbery"; "stabbed", "attacked"), which are different groups. This
// joins two groups of one run when the first sense of a word of one has
// as direct hypernym the first sense of a word of the other: one step
// only, so that chains ("murder" -> "kill" -> "destroy") do not join
// everything a general word covers.
//
//   std::vector<int> into = JoinByHypernym(event_blocks);
//   // event_blocks[i] joins event_blocks[into[i]] (into[i] == i: alone).
#ifndef ACCORD_ENGINE_RECONCILE_EVENT_HYPERNYMS_H_
#define ACCORD_ENGINE_RECONCILE_EVENT_HYPERNYMS_H_

#include <vector>

#include "proto/accord.pb.h"

namespace accord {

// For each block of generic claims (each block one event group; claims
// not owned), the index of the block it joins: the smallest index of the
// blocks it is linked with, directly or through other blocks of the run
// (each link one hypernym step), or its own index. A claim's word is the
// surface of its "event" argument, read as a verb when the group key is a
// verb's ("rob.v.02321409") and WordNet has it as one, else as a noun.
// Pure; thread-safe.
std::vector<int> JoinByHypernym(
    const std::vector<std::vector<const Claim*>>& blocks);

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_EVENT_HYPERNYMS_H_

// Generic event blocks joined by a shared WordNet sense. Generic claims
// (frame EVENT) block by their word's event group, which is built from each
// word's most frequent sense (engine/wordnet/word_senses.h). Two outlets
// often name one happening by words whose first senses differ but which
// share a rarer one: "heist" is first a rip-off and second an armed
// robbery, which is "holdup"'s first sense. This joins two groups of one
// run when a word of one and a word of the other share a synset that is,
// in each word, among its first `max_rank` senses and of the same
// lexicographer class as that word's first sense (the sense that made the
// word an event trigger: an act stays an act, a burning a burning). Rare
// senses ("blaze" as hell) and senses of another kind ("fire" as ardour)
// never join.
//
//   std::vector<int> into = JoinBySharedSense(event_blocks, 3);
//   // event_blocks[i] joins event_blocks[into[i]] (into[i] == i: alone).
#ifndef ACCORD_ENGINE_RECONCILE_EVENT_SENSES_H_
#define ACCORD_ENGINE_RECONCILE_EVENT_SENSES_H_

#include <vector>

#include "proto/accord.pb.h"

namespace accord {

// For each block of generic claims (each block one event group; claims
// not owned), the index of the block it joins: the smallest index of the
// blocks it is linked with by shared senses, directly or through other
// blocks of the run, or its own index. A claim's word is the surface of its
// "event" argument, read as a verb for rule "generic_verb" and as a noun
// otherwise. `max_rank` >= 1 bounds the senses compared (1: first senses
// only, which the groups already unite). Pure; thread-safe.
std::vector<int> JoinBySharedSense(
    const std::vector<std::vector<const Claim*>>& blocks, int max_rank);

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_EVENT_SENSES_H_

// Frame senses: a generic event noun that WordNet puts in the event group
// of a frame's own verb is a noun of that frame. Frames list the words
// their rules read; WordNet relates more words to them than any list:
// "a fire destroyed the warehouse" names a burning, and "fire" (its most
// frequent sense, combustion) derives from "burn", BLAZE's verb, so the
// generic claim of "fire" is a BLAZE claim and aligns with "the blaze" of
// another outlet. Only frames that name their events by nouns (FrameSpec
// nouns not empty) take such claims: a frame of verbs only ("announce",
// PROPOSE) has no noun phrase to read. A group two frames share is left
// generic, and so are generic verbs (a frame's verb that no rule read had
// no reading the frame accepts).
//
//   FrameSenses senses(lexicon);
//   senses.Reframe(&claim);  // EVENT "fire" -> BLAZE
#ifndef ACCORD_ENGINE_EXTRACT_FRAME_SENSES_H_
#define ACCORD_ENGINE_EXTRACT_FRAME_SENSES_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

class FrameSenses {
 public:
  // Reads every frame's one-word verb forms from `lexicon`, which must
  // outlive this object.
  explicit FrameSenses(const Lexicon& lexicon);

  // When `claim` is a generic noun claim (rule "generic_noun"; a support
  // verb's object is left alone) whose event group is the group of a frame's
  // verb, makes it a claim of that frame: its frame and rule
  // ("frame_sense_noun") change and it keeps only the arguments whose
  // roles the frame has, less the generic "event" group. Returns whether
  // it did. Const and thread-safe.
  bool Reframe(Claim* claim) const;

  // The frame whose verbs name event group `group` ("burn.v.00378664"),
  // or null. Exposed for tests.
  const FrameSpec* FrameOf(const std::string& group) const;

 private:
  const Lexicon* lexicon_;
  // Event group -> frame; null where two frames share the group.
  absl::flat_hash_map<std::string, const FrameSpec*> frames_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_FRAME_SENSES_H_

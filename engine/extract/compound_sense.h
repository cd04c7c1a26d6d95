// Tells a trigger word that is part of a two-word noun naming something
// else from a mention of its frame's event. WordNet lists such compounds as
// noun lemmas: "mug shot" and "big shot" are a photograph and a person, not
// a shooting; "free agent" and "free throw" are a player and a throw, not
// a release. A trigger that is one of the frame's nouns is left alone: it
// names its event in many compounds ("flesh wound" is a wound, "murder
// charge" tells of a murder) and not in others ("shooting star", "death
// penalty") with nothing in WordNet's noun table to tell them apart; so
// only verb forms and other words used as nouns are checked.
//
//   CompoundSense compounds(&NounKinds::Default());
//   if (compounds.PartOfOtherNoun(text, begin, end, frame_nouns)) continue;
#ifndef ACCORD_ENGINE_EXTRACT_COMPOUND_SENSE_H_
#define ACCORD_ENGINE_EXTRACT_COMPOUND_SENSE_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/wordnet/noun_kinds.h"

namespace accord {

class CompoundSense {
 public:
  // `kinds` (the WordNet noun table) must outlive this.
  explicit CompoundSense(const NounKinds* kinds) : kinds_(kinds) {}

  // Whether the one-word trigger at [begin, end) of `text` forms, with the
  // word right before it or right after it (separated by one space or a
  // hyphen, no other punctuation), a WordNet noun of two words that is not
  // among `frame_nouns` (the frame's noun forms, lower case), while the trigger
  // itself is not one of them in either number. False for a trigger of
  // several words. Thread-safe.
  bool PartOfOtherNoun(
      absl::string_view text, int begin, int end,
      const absl::flat_hash_set<std::string>& frame_nouns) const;

 private:
  const NounKinds* kinds_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_COMPOUND_SENSE_H_

// Noun victims: the people a death noun names without a number, as news
// often tells a death only by its noun: the people named or told by an age
// in its of-phrase ("in the slaying of Ana Ruiz, 15", "the death of a
// 2-year-old"; CountCues reads a person noun phrase there: "the death of
// his wife"), a multiplier before a killing noun ("a double homicide": 2,
// counts.textproto count_words) and a killing noun joined to a
// self-killing noun ("a murder-suicide": the killer died too, so at least
// 2). Only the death frames (death_frames) take part; each count is a
// lower bound, like every implied count.
//
//   ACCORD_ASSIGN_OR_RETURN(auto v, NounVictims::Create(cues.proto()));
//   size_t end;
//   int n = v->Count("KILL", tagged, trigger_begin, trigger_end, &end);
#ifndef ACCORD_ENGINE_EXTRACT_NOUN_VICTIMS_H_
#define ACCORD_ENGINE_EXTRACT_NOUN_VICTIMS_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class NounVictims {
 public:
  // Builds the patterns from `cues` (death_frames,
  // definite_determiners, singular_determiners, age_units, count_words,
  // self_killing_nouns). INVALID_ARGUMENT when a pattern does not compile.
  static absl::StatusOr<std::unique_ptr<NounVictims>> Create(
      const CountCueFile& cues);

  // How many victims the noun trigger at [trigger_begin, trigger_end) of
  // `tagged` names by a multiplier, a self-killing noun, the people named
  // in its of-phrase or an age there ("the death of a 2-year-old"); 0 when none
  // applies or `frame` is no death frame. When an of-phrase follows the noun
  // and names no one by those, `*of_phrase` is set to the byte of
  // `tagged.text()` where its words begin (the caller reads a person noun
  // phrase there: "the death of his wife"); otherwise to std::string::npos.
  // Thread-safe.
  int Count(absl::string_view frame, const TaggedSentence& tagged,
            int trigger_begin, int trigger_end, size_t* of_phrase) const;

 private:
  NounVictims() = default;

  absl::flat_hash_set<std::string> frames_;  // death_frames
  absl::flat_hash_map<std::string, int> count_words_;
  std::unique_ptr<RE2> of_names_;      // " of ⟦PER#1⟧, 15, and ⟦PER#2⟧"
  std::unique_ptr<RE2> of_age_;        // " of a ⟦NUM#1⟧-year-old boy"
  std::unique_ptr<RE2> of_phrase_;     // " of his wife"
  std::unique_ptr<RE2> count_word_;    // "a double ", the word caught
  std::unique_ptr<RE2> self_killing_;  // "-suicide"
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_NOUN_VICTIMS_H_

// Singular victims: the one person a casualty verb implies when its victim
// is told without a number and without a name-and-age list, as most deaths
// are in news: a definite or possessive singular person ("the boy died",
// "the 5-year-old victim was struck and killed", "killed his girlfriend",
// "fatally shot her son and her husband"), a bare person noun opening a
// headline ("Teen dies after shooting"), or the subject of an intransitive
// death verb, which has no passive to mark its victim ("A 17-year-old died
// at the hospital", "Ana Ruiz, 15, died when ..."). The head must be a
// singular person noun in its first WordNet sense, so "the victims died",
// "the family was killed" and "the car was hit" imply nothing. The
// determiners, intransitive frames and the adverbs allowed before the verb
// are language data (counts.textproto). Only death frames (death_frames)
// take part: a survivor told by a definite noun phrase ("his brother was
// critically wounded") needs the survivor rules, and measured on the GVC
// incidents, the same reading for INJURE lowered its accuracy.
//
//   ACCORD_ASSIGN_OR_RETURN(auto v, SingularVictims::Create(cues.proto()));
//   size_t end;
//   int n = v->Count("DIE", tagged, trigger_begin, trigger_end, &end);
#ifndef ACCORD_ENGINE_EXTRACT_SINGULAR_VICTIMS_H_
#define ACCORD_ENGINE_EXTRACT_SINGULAR_VICTIMS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class SingularVictims {
 public:
  // Builds the patterns from `cues` (death_frames, definite_determiners,
  // intransitive_frames, verb_adverbs, perfect_auxiliaries and the
  // auxiliaries and determiners CountCues uses). With no
  // definite_determiners and no intransitive_frames, Count is always 0.
  // INVALID_ARGUMENT when a pattern does not compile.
  // `stops` are words that end a noun phrase (the lexicon's determiners
  // and phrase ends: "of", "as", "and"); the cues' clause words and
  // determiners end one too.
  static absl::StatusOr<std::unique_ptr<SingularVictims>> Create(
      const CountCueFile& cues, const std::vector<std::string>& stops = {});

  // How many victims the trigger at [trigger_begin, trigger_end) of
  // `tagged` implies by the phrases the top comment lists: the people named
  // before an intransitive frame's verb (2 for "Ana Ruiz, 15, and Leo Ruiz
  // died"), or 1. 0 when none applies. When the victim is the object after
  // the trigger, `*object_end` is set to the byte of `tagged.text()` just
  // past its head noun (the caller may count people coordinated with it);
  // otherwise it is set to std::string::npos. Thread-safe.
  int Count(absl::string_view frame, const TaggedSentence& tagged,
            int trigger_begin, int trigger_end, size_t* object_end) const;

  // Whether a victim told by the pronoun `surface` of `frame`'s victim role
  // is one person: a singular personal pronoun of the data
  // (singular_pronouns: "killed himself", "he died"), for a death frame.
  // Possessives are left out: "her" in "killed her children" is no victim.
  bool SingularPronoun(absl::string_view frame,
                       absl::string_view surface) const;

  // Whether `frame` is an intransitive death frame (its subject is the
  // victim; it has no object).
  bool Intransitive(absl::string_view frame) const {
    return intransitive_frames_.contains(frame);
  }

 private:
  SingularVictims() = default;

  // Whether `phrase` ("5-year-old victim", "little brother") ends in a
  // singular person noun after at most three modifiers, none a stop word.
  bool SingularPerson(absl::string_view phrase) const;

  absl::flat_hash_set<std::string> frames_;  // death_frames
  absl::flat_hash_set<std::string> stops_;
  absl::flat_hash_set<std::string> pronouns_;  // singular_pronouns
  absl::flat_hash_set<std::string> intransitive_frames_;
  std::unique_ptr<RE2> subject_names_;  // intransitive: "⟦PER⟧, 15, "
  std::unique_ptr<RE2> subject_intransitive_;  // "the boy ", "a man who "
  std::unique_ptr<RE2> conjunct_before_;       // "a man and "
  std::unique_ptr<RE2> subject_headline_;      // "⟦NUM#0⟧-year-old girl "
  std::unique_ptr<RE2> subject_passive_;       // "the victim was struck and "
  std::unique_ptr<RE2> object_definite_;       // " his girlfriend"
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_SINGULAR_VICTIMS_H_

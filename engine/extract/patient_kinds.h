// Patient kinds: whether the one an event of violence or death happens to
// is an animal. "The family's collie was also killed", "the dog's death",
// "shot a bear": WordNet's most frequent sense of the patient phrase's head
// noun is an animal (engine/wordnet/noun_kinds.h) and not a person. Such a
// claim gets the text argument kPatientKindRole = kAnimalPatient
// ("patient_kind" = "animal", engine/extract/patient_kind.h), so that
// reconciliation keeps it apart from the killing of people
// (engine/reconcile/participants.h) and its count never joins a count of
// people. Only frames that declare the role "patient_kind" in the lexicon
// are marked; a claim whose participant role names a person (a PER
// mention) is never marked.
//
// The patient phrase is found by position, from the frame's participant
// role (its first participant_roles entry):
//   * a noun trigger's of-phrase ("the killing of a dog") or possessive
//     ("the dog's death");
//   * a verb's subject when the subject is the participant (an intransitive
//     "the horse died", or a passive "the collie, Fenn, was also found
//     beaten to death"), across auxiliaries, adverbs, one participle after
//     a form of "be" and an apposition between commas;
//   * else an active verb's object ("shot a bear"); the head of a
//     coordination is its first noun phrase ("his mother, sister and pet
//     dog" is a person).
//
//   PatientKinds kinds(English::Default().words(), &lexicon, &forms);
//   kinds.Mark(view, frame, trigger_begin, trigger_end, &claim);
#ifndef ACCORD_ENGINE_EXTRACT_PATIENT_KINDS_H_
#define ACCORD_ENGINE_EXTRACT_PATIENT_KINDS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/patient_kind.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"
#include "proto/english.pb.h"
#include "proto/rules.pb.h"

namespace accord {

class PatientKinds {
 public:
  // Reads the function words of `words` and `lexicon` (neither need
  // outlive this); `forms` must outlive it.
  PatientKinds(const EnglishWordsFile& words, const Lexicon& lexicon,
               const FrameForms* forms);

  // Adds kPatientKindRole = kAnimalPatient to `claim`, of `frame`, whose
  // trigger is the tagged-text bytes [trigger_begin, trigger_end) of `view`,
  // when its patient phrase's head is an animal (see above). Returns whether it
  // did. Const and thread-safe (the view is the caller's).
  bool Mark(const SentenceView& view, const FrameSpec& frame, int trigger_begin,
            int trigger_end, Claim* claim) const;

  // The head noun of the patient phrase, "" when none is found. Exposed
  // for tests.
  std::string PatientHead(const SentenceView& view, const FrameSpec& frame,
                          int trigger_begin, int trigger_end,
                          absl::string_view trigger) const;

 private:
  // The last word of the noun phrase that starts at token `i` of
  // view.tokens() (after determiners, possessives and numbers; a counted
  // noun inside a quantity's tag is its last word), "" if none.
  std::string PhraseHeadFrom(const SentenceView& view, size_t i) const;
  // The head of the subject that ends right before token `i` (across
  // auxiliaries, adverbs and an apposition), "" if none.
  std::string SubjectHeadBefore(const std::vector<TaggedToken>& tokens, int i,
                                bool* passive) const;
  bool Determiner(absl::string_view w) const;

  const FrameForms* forms_;
  absl::flat_hash_set<std::string> group_words_, be_forms_, passive_aux_,
      determiners_, prepositions_, coordinators_;
  // In the data file's order, which says which clitic a word ending in
  // several ("colts'": "'" before "s'") sheds: a hash set's order depends
  // on the process's hash seed.
  std::vector<std::string> clitics_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PATIENT_KINDS_H_

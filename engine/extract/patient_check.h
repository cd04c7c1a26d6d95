// Tells figurative and non-violent uses of violence frames from real ones
// by the kind of their patient: the object of "killed", "injured", "shot",
// "arrested" is a person, an animal, a group of people or a body part in
// some WordNet sense of its head noun (engine/wordnet/noun_kinds.h).
// "executing the philosophy" and "hurt feelings" are not events of those
// frames. The frames and the closed-class words come from the lexicon.
//
//   PatientCheck check(&lexicon);
//   if (check.Figurative("KILL", tagged, begin, end)) continue;
#ifndef ACCORD_ENGINE_EXTRACT_PATIENT_CHECK_H_
#define ACCORD_ENGINE_EXTRACT_PATIENT_CHECK_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/tagged_sentence.h"

namespace accord {

class PatientCheck {
 public:
  // `lexicon` must outlive the check.
  explicit PatientCheck(const Lexicon* lexicon);

  // Whether the verb trigger at [trigger_begin, trigger_end) of `tagged`,
  // of `frame`, has a patient that names no living thing: the words of the
  // untagged noun phrase right after it ("executing the philosophy"), or
  // the subject word right before its passive auxiliary ("feelings were
  // hurt"), where WordNet knows some word and none has a sense that is a
  // person, an animal, a group or a body part. False when the frame is not
  // one of the lexicon's animate_patient_frames or there is no such phrase
  // (a tagged name or number, a pronoun). Thread-safe.
  bool Figurative(absl::string_view frame, const TaggedSentence& tagged,
                  int trigger_begin, int trigger_end) const;

  // The words of the untagged noun phrase at the start of `text` after
  // its determiners, up to three, ending at a phrase end, a pronoun,
  // punctuation or a number; empty when it runs on into a tag.
  std::vector<std::string> PhraseAfter(absl::string_view text) const;

 private:
  const Lexicon* lexicon_;
  absl::flat_hash_set<std::string> frames_, determiners_, ends_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PATIENT_CHECK_H_

// Participant filling: the named person an event happens to, read from the
// constructions that name it outside a rule's argument groups, so that
// participant roles (engine/reconcile/participants.h) can tell two deaths,
// two arrests or two convictions apart:
//   * the subject of an intransitive verb whose subject is the participant
//     ("Robert Buckley, 32, died"), or of a passive verb whose object is
//     ("Mary Jones, 40, was arrested"), across an apposition between
//     commas (an age, a description);
//   * the possessive of an event noun ("Mr Buckley's death", "Smith's
//     arrest"), unless an of-phrase follows and names the patient
//     ("Smith's killing of his wife");
//   * the of-phrase of an event noun ("the death of John Smith").
// Only named people (PER mentions) are filled: pronouns and descriptions
// are compatible with every name anyway.
//
//   ParticipantFiller filler(English::Default().words(), &forms);
//   filler.Fill(view, frame, trigger_begin, &claim);
#ifndef ACCORD_ENGINE_EXTRACT_PARTICIPANT_FILLING_H_
#define ACCORD_ENGINE_EXTRACT_PARTICIPANT_FILLING_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/sentence_view.h"
#include "proto/accord.pb.h"
#include "proto/english.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class ParticipantFiller {
 public:
  // Reads the auxiliaries, forms of "be" and possessive clitics of `words`
  // (which need not outlive this); `forms` must outlive it.
  ParticipantFiller(const EnglishWordsFile& words, const FrameForms* forms);

  // When `claim`, of `frame`, has no value for the frame's first
  // participant role, fills it from the constructions above around its
  // trigger, which starts at `trigger_begin` in `view`'s tagged text.
  // Returns whether it filled the role. Thread-safe.
  bool Fill(const SentenceView& view, const FrameSpec& frame, int trigger_begin,
            Claim* claim) const;

 private:
  const FrameForms* forms_;
  // The PER mention right before the trigger: a subject before
  // auxiliaries, optionally with an apposition; a possessive.
  std::unique_ptr<RE2> subject_, possessive_;
  // " of ⟦PER#i⟧" right after the trigger, and any " of ".
  std::unique_ptr<RE2> of_person_;
  // A form of "be" (and an adverb) right before a past participle.
  std::unique_ptr<RE2> passive_;
  absl::flat_hash_set<std::string> coordinators_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PARTICIPANT_FILLING_H_

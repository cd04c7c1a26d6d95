// Patient ages: the age of the one person an event of violence or death
// happened to, as news describes a victim it does not name or names with an
// age: "A 27-year-old man died Tuesday", "Ana Ruiz, 15, was shot",
// "killing a 4-year-old boy". A singular victim's age identifies the
// victim as a name does: two deaths whose victims have different ages are
// two deaths, even on one page (engine/reconcile/participants.h). Such a
// claim gets the text argument kPatientAgeRole = the age's number ("27";
// engine/extract/patient_age.h). Only frames that declare the role
// "patient_age" in the lexicon are marked.
//
// The victim is read by position from the frame's first participant role:
//   * the subject, when it is the participant (an intransitive "died") or
//     the verb is passive ("was shot", "has been killed", across adverbs):
//     a singular determiner or a possessive before "N-year-old" and up to
//     three words ("a 27-year-old Dayton man"), or a name with its age
//     between commas ("Ana Ruiz, 15,");
//   * else an active verb's object, told the same ways ("killing a
//     4-year-old boy", "shot Leo Ruiz, 11,").
// The number must be an age by CountCues::IsAge, and "-year-olds" (several
// people) is no victim's age.
//
//   PatientAges ages(&cues, &forms);
//   ages.Mark(view, frame, trigger_begin, trigger_end, &claim);
#ifndef ACCORD_ENGINE_EXTRACT_PATIENT_AGES_H_
#define ACCORD_ENGINE_EXTRACT_PATIENT_AGES_H_

#include <memory>

#include "engine/extract/count_cues.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/patient_age.h"
#include "engine/extract/sentence_view.h"
#include "proto/accord.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class PatientAges {
 public:
  // `cues` (ages, auxiliaries, determiners) and `forms` must outlive this.
  PatientAges(const CountCues* cues, const FrameForms* forms);

  // Adds kPatientAgeRole to `claim`, of `frame`, whose trigger is the
  // tagged-text bytes [trigger_begin, trigger_end) of `view`, when its one
  // patient is told with an age (see above). Returns whether it did. Const
  // and thread-safe (the view is the caller's).
  bool Mark(const SentenceView& view, const FrameSpec& frame, int trigger_begin,
            int trigger_end, Claim* claim) const;

 private:
  const CountCues* cues_;
  const FrameForms* forms_;
  std::unique_ptr<RE2> subject_;          // anchored at the trigger
  std::unique_ptr<RE2> passive_subject_;  // anchored at the trigger
  std::unique_ptr<RE2> object_;           // anchored after the trigger
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PATIENT_AGES_H_

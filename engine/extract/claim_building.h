// Claim building, the last pass over a frame claim: drops drafts that are
// incomplete or state no event of their frame (a verb form used as a noun,
// a trigger inside another noun, a figurative patient, "fatally wounded"
// for an injury), then adds the implied casualty count, the trigger span,
// modality, polarity and attribution. Also keeps the most specific of the
// claims several rules make of one trigger, and finishes generic claims.
//
//   ClaimBuilder builder(&count_cues, &patient_check, &compound_sense, &forms);
//   if (builder.Complete(frame, draft) && builder.StatesEvent(view, frame,
//       draft)) builder.Finish(view, frame, attribution, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_CLAIM_BUILDING_H_
#define ACCORD_ENGINE_EXTRACT_CLAIM_BUILDING_H_

#include <vector>

#include "engine/extract/claim_draft.h"
#include "engine/extract/compound_sense.h"
#include "engine/extract/count_cues.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/generic_events.h"
#include "engine/extract/patient_check.h"
#include "engine/extract/sentence_view.h"
#include "proto/accord.pb.h"
#include "proto/rules.pb.h"

namespace accord {

// A finished claim of one sentence with where its trigger starts in the
// tagged text and the length of the rule match that made it.
struct ClaimCandidate {
  Claim claim;
  int trigger_begin;
  int match_length;
};

class ClaimBuilder {
 public:
  // Borrows every argument: they must outlive the builder.
  ClaimBuilder(const CountCues* count_cues, const PatientCheck* patient_check,
               const CompoundSense* compound_sense, const FrameForms* forms);

  // Whether every KEY role of `frame` is filled, so the claim can be
  // aligned (an ordinal's "scope" and the "episode" may be missing).
  static bool Complete(const FrameSpec& frame, const ClaimDraft& draft);

  // False when the trigger states no event of `frame`: a verb-only form
  // after a determiner ("a shot", "the bomb"), a trigger inside a noun
  // that names something else ("mug shot"), violence done to no living
  // thing ("hurt feelings") or an injury made a killing by "fatally".
  // Thread-safe.
  bool StatesEvent(const SentenceView& view, const FrameSpec& frame,
                   const ClaimDraft& draft) const;

  // Adds the casualty count a verb trigger implies without a number ("A
  // man was killed": at least one), drops the count of a verb joined by
  // "or" to another casualty verb ("five were wounded or killed"), sets the
  // trigger span, modality, polarity and `attribution` (when it names a speaker
  // or cue) and sorts the arguments by role. Thread-safe.
  void Finish(const SentenceView& view, const FrameSpec& frame,
              const Attribution& attribution, ClaimDraft* draft) const;

  // Sets the source, sentence, trigger span, modality, polarity and
  // attribution of a generic claim found in the view's sentence.
  static void FinishGeneric(const SentenceView& view,
                            const Attribution& attribution,
                            GenericEvents::Found* found);

  // Several rules may state one event: of the candidates with the same
  // frame and trigger start keeps the most specific reading (most
  // arguments, then longest match, then earliest), and of candidates of
  // one frame whose triggers overlap the one with more arguments, then
  // the longer trigger ("life sentence" over "sentence"); in trigger order.
  static std::vector<ClaimCandidate> KeepMostSpecific(
      std::vector<ClaimCandidate> found);

 private:
  // Whether the verb trigger at [begin, end) of the tagged text `t` is
  // joined by "or" to a verb of another casualty frame (counts.textproto:
  // death_frames, wounding_frames): "wounded or killed", "killed or
  // injured".
  bool OrOtherCasualty(const std::string& t, const FrameSpec& frame, int begin,
                       int end) const;

  // Adds the implied count of a verb trigger (see Finish).
  void AddImpliedCount(const SentenceView& view, const FrameSpec& frame,
                       bool verb_trigger, ClaimDraft* draft) const;

  const CountCues* count_cues_;
  const PatientCheck* patient_check_;
  const CompoundSense* compound_sense_;
  const FrameForms* forms_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CLAIM_BUILDING_H_

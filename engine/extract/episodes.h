// Episodes: which occurrence of its frame a news claim reports. A frame with
// an "episode" role keeps what is not the story's main event in a fact of
// its own: the charge ("charged with murder": all outlets name the same
// charge), an earlier occurrence told for background ("had captured eight
// men", "an earlier raid") and another occurrence of its kind ("another
// attack", "thwarted a second attack").
//
//   EpisodeReader episodes(&forms);
//   if (!episodes.Mark(view, frame, &draft)) continue;  // a charge's name
#ifndef ACCORD_ENGINE_EXTRACT_EPISODES_H_
#define ACCORD_ENGINE_EXTRACT_EPISODES_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/annotate/mention.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/sentence_view.h"
#include "proto/rules.pb.h"

namespace accord {

// Which other episode than the story's main event a news claim reports,
// from the sentence's words before its trigger (`before`, from the start
// of the sentence) and after it (`after`):
// "earlier" for the past perfect ("had captured") and for an event noun
// called earlier ("an earlier raid", "the previous attack"), "other" for
// another of its kind ("another attack", "a second bombing", "thwarted
// yet another attack"), "" for the main event. A verb's object counts
// only when it is an event noun of some frame (`is_event_noun`): "killed
// another man" may be one more victim of the same attack. Thread-safe.
std::string OtherEpisode(
    absl::string_view before, absl::string_view after,
    const std::vector<Mention>& mentions,
    const std::function<bool(absl::string_view)>& is_event_noun);

class EpisodeReader {
 public:
  // `forms` must outlive the reader.
  explicit EpisodeReader(const FrameForms* forms);

  // Adds the "episode" argument ("charge", "earlier", "other") to `draft`
  // when `frame` has an episode role and the claim is not the main event.
  // Returns false when the trigger names a criminal charge ("charged with
  // murder", "the murder trial") and the frame has no episode role to keep
  // it apart: then the claim states no event. Thread-safe.
  bool Mark(const SentenceView& view, const FrameSpec& frame,
            ClaimDraft* draft) const;

 private:
  // Whether the noun trigger of `draft` names a charge, not the event.
  bool IsChargeName(const SentenceView& view, const FrameSpec& frame,
                    const ClaimDraft& draft) const;

  const FrameForms* forms_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_EPISODES_H_

// Context filling: what a rule match leaves unsaid but its sentence or the
// document before it states. The sentence's attribution ("..., Peskov
// said"), a subject taken from the sentence ("Xi ... to hold talks with
// Putin": Xi), and the occasion a guest list refers to, named in the
// sentence or earlier in the document.
//
//   ContextFiller context(&gazetteer);
//   Attribution a = context.SentenceAttribution(view, matches);
//   context.FillSubject(view, match, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_
#define ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_

#include <string>
#include <utility>
#include <vector>

#include "engine/annotate/gazetteer.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/rule_set.h"
#include "proto/accord.pb.h"

namespace accord {

// The occasions (EVT mentions with an id of their own) of a document in
// reading order, as (sentence index, entity id).
using Occasions = std::vector<std::pair<int, std::string>>;

class ContextFiller {
 public:
  // `gazetteer` must outlive the filler.
  explicit ContextFiller(const Gazetteer* gazetteer);

  // The speaker and cue of the sentence's ATTRIBUTION matches: the first
  // speaker that names an actor, the cue of the last match. Thread-safe.
  Attribution SentenceAttribution(const SentenceView& view,
                                  const std::vector<RuleMatch>& matches) const;

  // For a rule that asks for it (subject_from_sentence) and left the
  // frame's subject role empty: the nearest person (or a country or
  // demonym followed by an office: "Russia's president") before the
  // match, else the sentence's first actor before it. Thread-safe.
  void FillSubject(const SentenceView& view, const RuleMatch& match,
                   ClaimDraft* draft) const;

  // For a guest-list rule whose frame's object role is "event" and left
  // it empty: the last occasion named in the sentence, else the latest of
  // `occasions` up to this sentence. Thread-safe.
  void FillOccasion(const SentenceView& view, const RuleMatch& match,
                    const Occasions& occasions, ClaimDraft* draft) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_

// Context filling: what a rule match leaves unsaid but its sentence or the
// document before it states. The sentence's attribution ("..., Peskov
// said"), a subject taken from the sentence ("Xi ... to hold talks with
// Putin": Xi), and a rule's context role (proto/rules.proto: the occasion a
// guest list refers to, named in the sentence or earlier in the document).
//
//   DocumentContext context(&sentences);
//   ContextFiller filler(&gazetteer);
//   Attribution a = filler.SentenceAttribution(view, matches);
//   filler.FillSubject(view, match, &draft);
//   filler.FillContextRole(view, match, context, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_
#define ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/annotate/gazetteer.h"
#include "engine/annotate/mention.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/rule_set.h"
#include "proto/accord.pb.h"

namespace accord {

// The mentions of a document that name something themselves (their entity
// id is no anaphor "@..."), in reading order, for filling roles from
// earlier or later sentences. Built before anaphora are resolved, so a
// resolved anaphor never counts. Borrows `sentences`, which must outlive
// it; thread-compatible.
class DocumentContext {
 public:
  explicit DocumentContext(const std::vector<AnnotatedSentence>* sentences);

  // The entity id of the latest such mention tagged `tag` in the sentences
  // whose index is at most `sentence`; "" when there is none.
  std::string LatestUpTo(absl::string_view tag, int sentence) const;
  // The entity id of the first such mention tagged `tag` in the sentence
  // of index `sentence` or after it; null when there is none.
  const std::string* FirstFrom(absl::string_view tag, int sentence) const;

 private:
  struct Entry {
    int sentence_index;  // AnnotatedSentence.index
    int position;        // in *sentences_
    int mention;
  };
  const Mention& MentionOf(const Entry& e) const;

  const std::vector<AnnotatedSentence>* sentences_;
  std::vector<Entry> entries_;
};

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

  // For a rule with a context role (Rule.context_role) that it left empty:
  // the last mention tagged the rule's context_tag in the sentence whose
  // id is no anaphor, else the latest one of `context` up to this
  // sentence. Thread-safe.
  void FillContextRole(const SentenceView& view, const RuleMatch& match,
                       const DocumentContext& context, ClaimDraft* draft) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CONTEXT_FILLING_H_

// A mention: a typed span of a sentence that the rules see as one tag.
//
//   Mention m{begin, end, "PER", value};  // value.entity_id() == "xi_jinping"
#ifndef ACCORD_ENGINE_ANNOTATE_MENTION_H_
#define ACCORD_ENGINE_ANNOTATE_MENTION_H_

#include <string>
#include <vector>

#include "engine/text/fold.h"
#include "engine/text/sentence_splitter.h"
#include "proto/accord.pb.h"

namespace accord {

// Tags the rules can match, as they appear in a tagged sentence ("⟦PER#0⟧").
//   PER person, GPE country or city, ORG organization, EVT occasion,
//   HIS historic event, THG thing (ceasefire, agreement), DEM demonym,
//   PRO pronoun (resolved to a person), TIME, DUR duration, NUM number,
//   ORD ordinal, QTY quantity with a unit, QUOTE quoted speech.
struct Mention {
  int begin = 0;  // byte offsets into Document.text
  int end = 0;
  std::string tag;
  // entity_id for entity tags (resolved for PRO and anaphoric nouns), the
  // normalized value for TIME/DUR/NUM/ORD/QTY, the quoted text for QUOTE.
  Value value;
};

// The claim value of an entity mention: its entity id (the folded surface
// when it has none) and its surface. Pure; thread-safe.
inline Value EntityValueOf(const Mention& m) {
  Value v;
  v.set_entity_id(m.value.entity_id().empty() ? FoldText(m.value.surface())
                                              : m.value.entity_id());
  v.set_surface(m.value.surface());
  return v;
}

// One sentence of a document with its mentions, sorted and non-overlapping.
struct AnnotatedSentence {
  int index = 0;
  SentenceBounds bounds;
  std::vector<Mention> mentions;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_ANNOTATE_MENTION_H_

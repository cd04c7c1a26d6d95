// Finds the mentions of a document: gazetteer entities and titled names,
// pronouns resolved to the person they most likely refer to, anaphoric nouns
// ("the celebrations") resolved to the latest occasion, times relative to the
// publication date, durations, numbers, ordinals, quantities and quotes.
//
//   Annotator annotator(gazetteer);
//   std::vector<AnnotatedSentence> sentences = annotator.Annotate(doc);
#ifndef ACCORD_ENGINE_ANNOTATE_ANNOTATOR_H_
#define ACCORD_ENGINE_ANNOTATE_ANNOTATOR_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/annotate/gazetteer.h"
#include "engine/annotate/mention.h"
#include "proto/accord.pb.h"

namespace accord {

struct AnnotatorOptions {
  // Longer sentences are cut (see SplitSentences).
  int max_sentence_bytes = 2000;
  // Quotes shorter than this many words are scare quotes, not speech.
  int min_quote_words = 4;
};

class Annotator {
 public:
  // `gazetteer` must outlive the annotator.
  explicit Annotator(const Gazetteer* gazetteer, AnnotatorOptions options = {});

  // Splits `doc` into sentences and annotates each. Deterministic; never
  // fails (unrecognized text simply yields no mentions).
  std::vector<AnnotatedSentence> Annotate(const Document& doc) const;

  // The tag used for an entity type ("PER" for PERSON).
  static const char* TagForType(EntityType type);

 private:
  const Gazetteer* gazetteer_;
  AnnotatorOptions options_;
};

// Lower-case ASCII slug of a name, used as the id of people the gazetteer
// does not know: "Tara Reid" -> "tara_reid".
std::string SlugId(absl::string_view name);

}  // namespace accord

#endif  // ACCORD_ENGINE_ANNOTATE_ANNOTATOR_H_

// The extraction pipeline: Document -> Claims. Annotates each sentence, runs
// the rules over its tagged rendering and turns every match into a Claim with
// typed arguments, modality, polarity, attribution, the sentence and the
// trigger span.
//
//   ACCORD_ASSIGN_OR_RETURN(auto extractor, Extractor::CreateDefault());
//   ACCORD_ASSIGN_OR_RETURN(std::vector<Claim> claims,
//                           extractor->Extract(doc));
#ifndef ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_
#define ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "engine/annotate/annotator.h"
#include "engine/annotate/gazetteer.h"
#include "engine/extract/compound_sense.h"
#include "engine/extract/count_cues.h"
#include "engine/extract/generic_events.h"
#include "engine/extract/patient_check.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/accord.pb.h"

namespace accord {

struct ExtractorOptions {
  // Files overriding the built-in data; "" = use the embedded copy.
  std::string gazetteer_path;
  std::string lexicon_path;
  std::string rules_path;
  AnnotatorOptions annotator;
  RuleLimits rule_limits;
  // A document yielding more claims than this is an error (--max_claims).
  int max_claims_per_document = 10000;
  // Claims of the frame EVENT for event verbs and nouns no frame rule
  // covers (engine/extract/generic_events.h).
  bool generic_events = true;
};

// What happened in one sentence, for `accord explain` and rule authors.
struct SentenceTrace {
  AnnotatedSentence sentence;
  std::string tagged;
  std::vector<RuleMatch> matches;
};

class Extractor {
 public:
  // Loads and compiles the gazetteer, lexicon and rules.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(
      const ExtractorOptions& options);
  static absl::StatusOr<std::unique_ptr<Extractor>> CreateDefault() {
    return Create(ExtractorOptions());
  }

  // Claims stated by `doc`, in sentence order. Fails only when the document
  // exceeds max_claims_per_document. `trace`, if not null, receives every
  // sentence's tagged text and rule matches; `sentence_count`, if not null,
  // the number of sentences the annotator found (Document.sentences).
  absl::StatusOr<std::vector<Claim>> Extract(
      const Document& doc, std::vector<SentenceTrace>* trace = nullptr,
      int* sentence_count = nullptr) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Extractor() = default;

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<Annotator> annotator_;
  std::unique_ptr<CountCues> count_cues_;
  std::unique_ptr<PatientCheck> patient_check_;
  std::unique_ptr<CompoundSense> compound_sense_;
  // Claims of the events no frame covers (frame EVENT).
  std::unique_ptr<GenericEvents> generic_events_;
  // Per frame: its inflected verb forms and its noun forms, to tell a verb
  // used as a noun ("a shot", "the bomb") from the event it names.
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>>
      verb_forms_, noun_forms_;
  // Every frame's verb forms, for telling a clause apart in an enumeration.
  absl::flat_hash_set<std::string> all_verb_forms_;
  ExtractorOptions options_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_

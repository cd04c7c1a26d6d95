// The extraction pipeline: Document -> Claims. Annotates each sentence, runs
// the rules over its tagged rendering and turns every match into a Claim with
// typed arguments, modality, polarity, attribution, the sentence and the
// trigger span. Each match goes through the passes argument typing
// (argument_typing.h), context filling (context_filling.h), time attachment
// (time_attachment.h), anaphora and episodes (anaphora.h, episodes.h) and
// claim building (claim_building.h); generic claims (generic_events.h) fill
// the events no frame rule covers.
//
//   ACCORD_ASSIGN_OR_RETURN(auto extractor, Extractor::CreateDefault());
//   ACCORD_ASSIGN_OR_RETURN(std::vector<Claim> claims,
//                           extractor->Extract(doc));
#ifndef ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_
#define ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "engine/annotate/annotator.h"
#include "engine/annotate/gazetteer.h"
#include "engine/extract/argument_typing.h"
#include "engine/extract/claim_building.h"
#include "engine/extract/compound_sense.h"
#include "engine/extract/context_filling.h"
#include "engine/extract/control_complements.h"
#include "engine/extract/count_cues.h"
#include "engine/extract/episodes.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/frame_senses.h"
#include "engine/extract/generic_events.h"
#include "engine/extract/nonspecific_nouns.h"
#include "engine/extract/noun_phrase_roles.h"
#include "engine/extract/participant_filling.h"
#include "engine/extract/passive_reading.h"
#include "engine/extract/patient_ages.h"
#include "engine/extract/patient_check.h"
#include "engine/extract/patient_kinds.h"
#include "engine/extract/sentence_view.h"
#include "engine/extract/survivors.h"
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
  // The count cues of counts.textproto.
  const CountCueFile& count_cues() const { return count_cues_->proto(); }
  // Survivor counts over the claims of several reports (survivors.h).
  const Survivors& survivors() const { return *survivors_; }

 private:
  Extractor() = default;

  // Loads the gazetteer and the lexicon (embedded or from the options).
  absl::Status LoadData();
  // Loads the rules: the build-time table, the embedded file or a file.
  absl::Status LoadRules();
  // Builds the passes over the loaded data.
  absl::Status BuildPasses();

  // The claims of one sentence, numbered, appended to `claims`.
  absl::Status ExtractSentence(const SentenceView& view,
                               const DocumentContext& context,
                               std::vector<Claim>* claims, int* last_proposal,
                               std::vector<RuleMatch>* matches) const;
  // Removes the candidates whose one-word trigger is a non-specific use of
  // an event noun (engine/extract/nonspecific_nouns.h): no occurrence.
  void DropNonSpecific(const SentenceView& view,
                       std::vector<ClaimCandidate>* kept) const;
  // Marks the candidates whose trigger is a "to"-infinitive under a
  // threat, order, plan or attempt ("threatened to kill") with their
  // episode, and those under an implicative verb ("managed to flee") as
  // asserted (engine/extract/control_complements.h); fills the named
  // participant of frame claims from their subject, possessive or
  // of-phrase (engine/extract/participant_filling.h), and the occurrence
  // roles a noun trigger's own phrase states
  // (engine/extract/noun_phrase_roles.h).
  void MarkCandidates(const SentenceView& view,
                      std::vector<ClaimCandidate>* kept) const;
  // The frame claim `match` states, or false (no event, a key role
  // missing).
  bool BuildFrameClaim(const SentenceView& view, const RuleMatch& match,
                       const Attribution& attribution, bool has_time_tag,
                       const DocumentContext& context,
                       const std::vector<Claim>& claims, int last_proposal,
                       ClaimCandidate* out) const;

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<Annotator> annotator_;
  std::unique_ptr<CountCues> count_cues_;
  std::unique_ptr<PatientCheck> patient_check_;
  std::unique_ptr<CompoundSense> compound_sense_;
  // Claims of the events no frame covers (frame EVENT).
  std::unique_ptr<GenericEvents> generic_events_;
  std::unique_ptr<FrameForms> forms_;
  // Kinds and unspecified sets of happenings ("prevent attacks").
  std::unique_ptr<NonSpecificNouns> nonspecific_;
  // Passive clauses matched by active rules ("X was arrested").
  std::unique_ptr<PassiveReading> passive_;
  std::unique_ptr<RoleTags> role_tags_;
  std::unique_ptr<NounPhraseRoles> noun_roles_;
  // The passes.
  std::unique_ptr<ArgumentTyper> typer_;
  std::unique_ptr<ContextFiller> filler_;
  std::unique_ptr<EpisodeReader> episodes_;
  std::unique_ptr<ControlComplements> complements_;
  std::unique_ptr<ParticipantFiller> participants_;
  std::unique_ptr<PatientKinds> patient_kinds_;
  std::unique_ptr<FrameSenses> frame_senses_;  // with generic_events_
  std::unique_ptr<PatientAges> patient_ages_;
  std::unique_ptr<ClaimBuilder> builder_;
  std::unique_ptr<Survivors> survivors_;
  ExtractorOptions options_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_EXTRACTOR_H_

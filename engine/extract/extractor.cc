#include "engine/extract/extractor.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/status_macros.h"
#include "engine/data/embedded_data.h"
#include "engine/data/english.h"
#include "engine/extract/anaphora.h"
#include "engine/extract/time_attachment.h"
#include "engine/io/bounded_parse.h"
#include "engine/rules/embedded_rule_table.h"
#include "engine/wordnet/noun_kinds.h"
#include "proto/generic_events.pb.h"

namespace accord {

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  std::unique_ptr<Extractor> x(new Extractor());
  x->options_ = options;
  ACCORD_RETURN_IF_ERROR(x->LoadData());
  ACCORD_RETURN_IF_ERROR(x->LoadRules());
  ACCORD_RETURN_IF_ERROR(x->BuildPasses());
  return x;
}

absl::Status Extractor::LoadData() {
  if (options_.gazetteer_path.empty()) {
    ACCORD_ASSIGN_OR_RETURN(gazetteer_,
                            Gazetteer::FromTextproto(embedded::kGazetteer));
  } else {
    ACCORD_ASSIGN_OR_RETURN(gazetteer_,
                            Gazetteer::FromFile(options_.gazetteer_path));
  }
  if (options_.lexicon_path.empty()) {
    ACCORD_ASSIGN_OR_RETURN(lexicon_,
                            Lexicon::FromTextproto(embedded::kLexicon));
  } else {
    ACCORD_ASSIGN_OR_RETURN(lexicon_, Lexicon::FromFile(options_.lexicon_path));
  }
  return absl::OkStatus();
}

absl::Status Extractor::LoadRules() {
  if (options_.rules_path.empty() && options_.lexicon_path.empty()) {
    // The shipped rules as compiled at build time: no pattern is compiled
    // until a sentence needs it. A smaller pattern memory budget than the
    // table's is refused, and the rules are compiled below instead.
    auto rules =
        RuleSet::FromTable(embedded::kRuleTable, *lexicon_,
                           options_.rule_limits, embedded::kAtomAutomaton);
    if (rules.ok()) {
      rules_ = *std::move(rules);
      return absl::OkStatus();
    }
  }
  if (options_.rules_path.empty()) {
    RuleFile file;
    if (!ParseTextproto(embedded::kRules, &file).ok()) {
      return absl::InternalError("embedded rules: malformed textproto");
    }
    ACCORD_ASSIGN_OR_RETURN(
        rules_, RuleSet::Compile(file, *lexicon_, options_.rule_limits));
  } else {
    ACCORD_ASSIGN_OR_RETURN(rules_,
                            RuleSet::FromFile(options_.rules_path, *lexicon_,
                                              options_.rule_limits));
  }
  return absl::OkStatus();
}

absl::Status Extractor::BuildPasses() {
  annotator_ =
      std::make_unique<Annotator>(gazetteer_.get(), options_.annotator);
  const auto& determiners = lexicon_->proto().determiners();
  const auto& phrase_ends = lexicon_->proto().phrase_ends();
  ACCORD_ASSIGN_OR_RETURN(
      count_cues_,
      CountCues::FromTextproto(
          embedded::kCounts,
          std::vector<std::string>(determiners.begin(), determiners.end()),
          std::vector<std::string>(phrase_ends.begin(), phrase_ends.end())));
  patient_check_ = std::make_unique<PatientCheck>(lexicon_.get());
  compound_sense_ = std::make_unique<CompoundSense>(&NounKinds::Default());
  // One cue file serves generic claims, non-specific nouns and passive
  // readings; it is parsed once.
  GenericEventFile generic_cues;
  if (absl::Status s = ParseTextproto(embedded::kGenericEvents, &generic_cues);
      !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("generic_events: ", s.message()));
  }
  if (options_.generic_events) {
    if (lexicon_->Find(GenericEvents::kFrame) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("lexicon has no frame ",
                                                     GenericEvents::kFrame,
                                                     " for generic claims"));
    }
    ACCORD_ASSIGN_OR_RETURN(
        generic_events_,
        GenericEvents::FromFile(*lexicon_, generic_cues, count_cues_.get()));
    frame_senses_ = std::make_unique<FrameSenses>(*lexicon_);
  }
  forms_ = std::make_unique<FrameForms>(*lexicon_);
  nonspecific_ = NonSpecificNouns::Create(*lexicon_, generic_cues);
  passive_ = PassiveReading::Create(generic_cues);
  absl::StatusOr<RoleTags> role_tags = RoleTags::FromLexicon(*lexicon_);
  if (!role_tags.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(options_.lexicon_path.empty() ? "embedded lexicon"
                                                   : options_.lexicon_path,
                     ": ", role_tags.status().message()));
  }
  role_tags_ = std::make_unique<RoleTags>(*std::move(role_tags));
  noun_roles_ = std::make_unique<NounPhraseRoles>(*lexicon_, role_tags_.get(),
                                                  forms_.get());
  typer_ = std::make_unique<ArgumentTyper>(lexicon_.get(), role_tags_.get(),
                                           gazetteer_.get(), count_cues_.get(),
                                           forms_.get());
  filler_ = std::make_unique<ContextFiller>(gazetteer_.get());
  episodes_ = std::make_unique<EpisodeReader>(forms_.get());
  complements_ =
      std::make_unique<ControlComplements>(English::Default().words());
  participants_ = std::make_unique<ParticipantFiller>(
      English::Default().words(), forms_.get());
  patient_kinds_ = std::make_unique<PatientKinds>(English::Default().words(),
                                                  *lexicon_, forms_.get());
  patient_ages_ =
      std::make_unique<PatientAges>(count_cues_.get(), forms_.get());
  builder_ =
      std::make_unique<ClaimBuilder>(count_cues_.get(), patient_check_.get(),
                                     compound_sense_.get(), forms_.get());
  survivors_ = std::make_unique<Survivors>(count_cues_->proto());
  return absl::OkStatus();
}

absl::StatusOr<std::vector<Claim>> Extractor::Extract(
    const Document& doc, std::vector<SentenceTrace>* trace,
    int* sentence_count) const {
  std::vector<AnnotatedSentence> sentences = annotator_->Annotate(doc);
  if (sentence_count != nullptr) {
    *sentence_count = static_cast<int>(sentences.size());
  }
  // Mentions in reading order, for context filling; an occasion noun with
  // nothing before it refers forward.
  const DocumentContext context(&sentences);
  ResolveForwardOccasions(context, &sentences);

  std::vector<Claim> claims;
  int last_proposal = -1;  // index into claims
  for (const AnnotatedSentence& s : sentences) {
    const TaggedSentence tagged = TaggedSentence::Render(doc.text(), s);
    const SentenceView view{&doc, doc.text(), &s, &tagged};
    std::vector<RuleMatch> matches;
    ACCORD_RETURN_IF_ERROR(
        ExtractSentence(view, context, &claims, &last_proposal, &matches));
    if (trace != nullptr) {
      trace->push_back({s, tagged.text(), std::move(matches)});
    }
  }
  return claims;
}

absl::Status Extractor::ExtractSentence(const SentenceView& view,
                                        const DocumentContext& context,
                                        std::vector<Claim>* claims,
                                        int* last_proposal,
                                        std::vector<RuleMatch>* matches) const {
  const std::string& t = view.t();
  *matches = rules_->Match(t);
  // Whether the sentence has a TIME tag, for time attachment; asked once
  // per sentence that has matches.
  const bool has_time_tag =
      !matches->empty() &&
      absl::string_view(t).find("⟦TIME#") != absl::string_view::npos;
  const Attribution attribution = filler_->SentenceAttribution(view, *matches);
  std::vector<ClaimCandidate> found;
  for (const RuleMatch& m : *matches) {
    if (m.frame->name() == "ATTRIBUTION") continue;
    if (passive_->MisreadActive(t, m)) continue;
    ClaimCandidate c;
    if (BuildFrameClaim(view, m, attribution, has_time_tag, context, *claims,
                        *last_proposal, &c)) {
      found.push_back(std::move(c));
    }
  }
  std::vector<ClaimCandidate> kept =
      ClaimBuilder::KeepMostSpecific(std::move(found));
  // "Five people were shot, one fatally": four hurt who lived.
  survivors_->CountPartitive(&kept);
  // Generic claims for the events no frame claim's trigger covers, with
  // the same modality, polarity and attribution (generic_events.h). They
  // are numbered after the sentence's frame claims, in text order, so a
  // frame claim's id does not depend on them.
  if (generic_events_ != nullptr) {
    std::vector<std::pair<int, int>> covered;
    for (const ClaimCandidate& c : kept) {
      covered.push_back({c.claim.trigger().begin(), c.claim.trigger().end()});
    }
    // Every frame rule's trigger, kept or not: a frame's word no rule read
    // may still be a generic event.
    std::vector<std::pair<int, int>> attempted;
    for (const RuleMatch& m : *matches) {
      if (m.frame->name() == "ATTRIBUTION") continue;
      for (const RuleMatch::Group& g : m.groups) {
        if (absl::StartsWith(g.role, "trigger")) {
          attempted.push_back(
              {view.tagged->DocOffset(g.begin), view.tagged->DocOffset(g.end)});
        }
      }
    }
    for (GenericEvents::Found& f : generic_events_->Find(
             view.text, *view.tagged, *view.sentence, covered, &attempted)) {
      ClaimBuilder::FinishGeneric(view, attribution, &f);
      // A noun of a frame's verb's event group is the frame's ("fire").
      frame_senses_->Reframe(&f.claim);
      kept.push_back({std::move(f.claim), f.trigger_begin,
                      f.trigger_end - f.trigger_begin});
    }
  }
  DropNonSpecific(view, &kept);
  MarkCandidates(view, &kept);
  // A time stays only with the claims whose trigger it dates.
  std::vector<Claim*> sentence_claims;
  for (ClaimCandidate& c : kept) sentence_claims.push_back(&c.claim);
  KeepOwnTimes(view, *lexicon_, sentence_claims);
  int n = 0;
  for (ClaimCandidate& c : kept) {
    c.claim.set_id(
        absl::StrCat(view.doc->id(), "/", view.sentence->index, "/", n++));
    claims->push_back(std::move(c.claim));
    if (claims->back().frame() == "PROPOSE") {
      *last_proposal = static_cast<int>(claims->size()) - 1;
    }
    if (static_cast<int>(claims->size()) > options_.max_claims_per_document) {
      return absl::ResourceExhaustedError(absl::StrCat(
          view.doc->path(), ": more than ", options_.max_claims_per_document,
          " claims (--max_claims)"));
    }
  }
  return absl::OkStatus();
}

void Extractor::DropNonSpecific(const SentenceView& view,
                                std::vector<ClaimCandidate>* kept) const {
  static const absl::flat_hash_set<std::string> kNone;
  const std::string& t = view.t();
  int headline = -1;  // unknown until a candidate needs it
  kept->erase(
      std::remove_if(
          kept->begin(), kept->end(),
          [&](const ClaimCandidate& c) {
            const std::string& trigger = c.claim.trigger().text();
            if (trigger.empty() || trigger.find(' ') != std::string::npos) {
              return false;
            }
            const int begin = c.trigger_begin;
            const int end = begin + static_cast<int>(trigger.size());
            if (begin < 0 || end > static_cast<int>(t.size()) ||
                t.compare(begin, trigger.size(),
                          absl::AsciiStrToLower(trigger)) != 0) {
              return false;
            }
            if (headline < 0) {
              headline =
                  NonSpecificNouns::IsHeadline(c.claim.sentence().text());
            }
            const absl::flat_hash_set<std::string>& nouns =
                c.claim.frame() == GenericEvents::kFrame
                    ? kNone
                    : forms_->NounForms(c.claim.frame());
            return nonspecific_->NonSpecific(t, begin, end, headline > 0,
                                             nouns);
          }),
      kept->end());
}

void Extractor::MarkCandidates(const SentenceView& view,
                               std::vector<ClaimCandidate>* kept) const {
  for (ClaimCandidate& c : *kept) {
    const FrameSpec* frame = lexicon_->Find(c.claim.frame());
    bool has_episode = false;
    if (frame != nullptr) {
      for (const RoleSpec& r : frame->roles()) {
        has_episode |= r.name() == "episode";
      }
    }
    complements_->Mark(view.t(), c.trigger_begin, has_episode, &c.claim);
    if (frame == nullptr) continue;
    // Occurrence roles a noun trigger's own phrase states ("a 20-year
    // sentence", "riots in Athens").
    const int end =
        c.trigger_begin + static_cast<int>(c.claim.trigger().text().size());
    noun_roles_->Fill(view, *frame, c.trigger_begin, end, &c.claim);
    participants_->Fill(view, *frame, c.trigger_begin, &c.claim);
    // An animal patient ("the family's collie was killed").
    patient_kinds_->Mark(view, *frame, c.trigger_begin, end, &c.claim);
    // The one victim's age ("a 27-year-old man died").
    patient_ages_->Mark(view, *frame, c.trigger_begin, end, &c.claim);
  }
}

bool Extractor::BuildFrameClaim(const SentenceView& view, const RuleMatch& m,
                                const Attribution& attribution,
                                bool has_time_tag,
                                const DocumentContext& context,
                                const std::vector<Claim>& claims,
                                int last_proposal, ClaimCandidate* out) const {
  const FrameSpec& frame = *m.frame;
  ClaimDraft draft;
  draft.claim.set_frame(frame.name());
  draft.claim.set_rule(m.rule);
  draft.claim.set_source_id(view.doc->source().id());
  *draft.claim.mutable_sentence() =
      view.SpanOf(0, static_cast<int>(view.t().size()));
  typer_->Type(view, m, &draft);
  filler_->FillSubject(view, m, &draft);
  filler_->FillContextRole(view, m, context, &draft);
  AttachTime(view, m, has_time_tag, &draft);
  ResolveProposalTheme(claims, last_proposal, &draft);
  if (!ClaimBuilder::Complete(frame, draft) ||
      !builder_->StatesEvent(view, frame, draft) ||
      !episodes_->Mark(view, frame, &draft)) {
    return false;
  }
  builder_->Finish(view, frame, attribution, &draft);
  out->trigger_begin = draft.trigger_begin;
  out->match_length = m.end - m.begin;
  out->claim = std::move(draft.claim);
  return true;
}

}  // namespace accord

#include "engine/extract/claim_building.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "engine/extract/modality.h"
#include "engine/extract/polarity.h"
#include "re2/re2.h"

namespace accord {
namespace {

// KEY roles a claim may lack: an ordinal's time "scope" (a fifth visit,
// ever) and the "episode" of a news story (empty for its main event).
bool IsOptionalKeyRole(absl::string_view role) {
  return role == "scope" || role == "episode";
}

// The clause before `pos` in the tagged text, as [begin, pos): back to the
// previous comma, semicolon, colon or parenthesis.
absl::string_view ClauseBefore(absl::string_view tagged, int pos) {
  int b = pos;
  while (b > 0) {
    const char c = tagged[b - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(') break;
    --b;
  }
  return tagged.substr(b, pos - b);
}

// Sets what every claim of a sentence takes from the text before its
// trigger at `trigger_begin`, and the sentence's attribution.
void SetStance(absl::string_view t, int trigger_begin,
               const Attribution& attribution, Claim* claim) {
  claim->set_modality(ModalityOf(ClauseBefore(t, trigger_begin)));
  claim->set_polarity(PolarityOf(t.substr(0, trigger_begin)));
  if (!attribution.speaker().empty() || !attribution.cue().empty()) {
    *claim->mutable_attribution() = attribution;
  }
}

}  // namespace

ClaimBuilder::ClaimBuilder(const CountCues* count_cues,
                           const PatientCheck* patient_check,
                           const CompoundSense* compound_sense,
                           const FrameForms* forms)
    : count_cues_(count_cues),
      patient_check_(patient_check),
      compound_sense_(compound_sense),
      forms_(forms) {}

bool ClaimBuilder::Complete(const FrameSpec& frame, const ClaimDraft& draft) {
  for (const RoleSpec& r : frame.roles()) {
    if (r.kind() == KEY && !draft.filled.contains(r.name()) &&
        !IsOptionalKeyRole(r.name())) {
      return false;
    }
  }
  return true;
}

bool ClaimBuilder::StatesEvent(const SentenceView& view, const FrameSpec& frame,
                               const ClaimDraft& draft) const {
  const std::string& t = view.t();
  const int begin = draft.trigger_begin, end = draft.trigger_end;
  const std::string word(t.substr(begin, end - begin));
  const bool verb = forms_->IsVerbForm(frame.name(), word);
  // A word that is also the frame's noun ("murder", "killing") may head a
  // noun phrase ("the murder trial"): only a verb-only trigger has its
  // patient right after it.
  const bool verb_only = verb && !forms_->IsNounForm(frame.name(), word);
  // A verb form right after a determiner is a noun: "a shot", "the bomb",
  // "his murder" (unless the frame lists it as a noun, too).
  static const LazyRE2 kDeterminer = {
      "(?:^|[^a-z])(?:a|an|the|one|single|another|this|that|its|their|"
      "our|deadly|fatal|lethal|first|second|final)(?: "
      "⟦(?:NUM|ORD)#\\d+⟧)? "
      "$"};
  if (verb_only &&
      RE2::PartialMatch(re2::StringPiece(t.data(), begin), *kDeterminer)) {
    return false;
  }
  // A trigger inside a noun that names something else states no event of
  // the frame: "mug shot", "free agent", "arrest warrant".
  if (compound_sense_->PartOfOtherNoun(t, begin, end,
                                       forms_->NounForms(frame.name()))) {
    return false;
  }
  // Violence done to no living thing is figurative: "executing the
  // philosophy", "hurt feelings".
  if (verb_only &&
      patient_check_->Figurative(frame.name(), *view.tagged, begin, end)) {
    return false;
  }
  // "fatally wounded" is a killing: no injury.
  return !count_cues_->CancelledByFatalAdverb(
      frame.name(), absl::string_view(t.data(), begin));
}

void ClaimBuilder::AddImpliedCount(const SentenceView& view,
                                   const FrameSpec& frame, bool verb_trigger,
                                   ClaimDraft* draft) const {
  if (draft->filled.contains("count")) return;
  bool declared = false;
  for (const RoleSpec& r : frame.roles()) declared |= r.name() == "count";
  // Only a verb has a patient: "died of his injuries a day later" names
  // none.
  const int n =
      declared && verb_trigger
          ? count_cues_->ImpliedCount(frame.name(), *view.tagged,
                                      draft->trigger_begin, draft->trigger_end)
          : 0;
  if (n <= 0) return;
  Value value;
  Quantity* q = value.mutable_quantity();
  // At least n: the patient named may be one victim of several ("A man
  // was killed" in a shooting that killed two).
  q->set_value(n);
  q->set_low(n);
  q->set_high(std::numeric_limits<double>::infinity());
  value.set_surface(
      view.SpanOf(draft->trigger_begin, draft->trigger_end).text());
  draft->AddArg("count", std::move(value));
}

void ClaimBuilder::Finish(const SentenceView& view, const FrameSpec& frame,
                          const Attribution& attribution,
                          ClaimDraft* draft) const {
  const std::string& t = view.t();
  const bool verb_trigger = forms_->IsVerbForm(
      frame.name(), t.substr(draft->trigger_begin,
                             draft->trigger_end - draft->trigger_begin));
  AddImpliedCount(view, frame, verb_trigger, draft);
  Claim& claim = draft->claim;
  *claim.mutable_trigger() =
      view.SpanOf(draft->trigger_begin, draft->trigger_end);
  SetStance(t, draft->trigger_begin, attribution, &claim);
  // Stable argument order: by role name.
  std::stable_sort(
      claim.mutable_args()->begin(), claim.mutable_args()->end(),
      [](const Argument& a, const Argument& b) { return a.role() < b.role(); });
}

void ClaimBuilder::FinishGeneric(const SentenceView& view,
                                 const Attribution& attribution,
                                 GenericEvents::Found* found) {
  Claim& claim = found->claim;
  claim.set_source_id(view.doc->source().id());
  *claim.mutable_sentence() = view.SpanOf(0, static_cast<int>(view.t().size()));
  *claim.mutable_trigger() =
      view.SpanOf(found->trigger_begin, found->trigger_end);
  SetStance(view.t(), found->trigger_begin, attribution, &claim);
}

std::vector<ClaimCandidate> ClaimBuilder::KeepMostSpecific(
    std::vector<ClaimCandidate> found) {
  std::stable_sort(found.begin(), found.end(),
                   [](const ClaimCandidate& a, const ClaimCandidate& b) {
                     if (a.claim.frame() != b.claim.frame()) {
                       return a.claim.frame() < b.claim.frame();
                     }
                     if (a.trigger_begin != b.trigger_begin) {
                       return a.trigger_begin < b.trigger_begin;
                     }
                     if (a.claim.args_size() != b.claim.args_size()) {
                       return a.claim.args_size() > b.claim.args_size();
                     }
                     return a.match_length > b.match_length;
                   });
  std::vector<ClaimCandidate> kept;
  for (ClaimCandidate& c : found) {
    if (!kept.empty() && kept.back().claim.frame() == c.claim.frame() &&
        kept.back().trigger_begin == c.trigger_begin) {
      continue;
    }
    kept.push_back(std::move(c));
  }
  // One word states one event: a trigger inside another trigger of the same
  // frame ("sentence" in "a life sentence") is the same event. The reading
  // with more arguments stays, then the longer trigger.
  auto inside = [](const Span& in, const Span& out) {
    return out.begin() <= in.begin() && in.end() <= out.end() &&
           out.end() - out.begin() > in.end() - in.begin();
  };
  std::vector<bool> dropped(kept.size(), false);
  for (size_t i = 0; i < kept.size(); ++i) {
    for (size_t j = 0; j < kept.size(); ++j) {
      if (i == j || dropped[j] ||
          kept[i].claim.frame() != kept[j].claim.frame()) {
        continue;
      }
      const Claim& a = kept[i].claim;
      const Claim& b = kept[j].claim;
      if (inside(a.trigger(), b.trigger()) && a.args_size() <= b.args_size()) {
        dropped[i] = true;  // a's trigger inside b's, no more arguments
      } else if (inside(b.trigger(), a.trigger()) &&
                 b.args_size() < a.args_size()) {
        dropped[i] = true;  // b's trigger inside a's, and b says more
      }
      if (dropped[i]) break;
    }
  }
  size_t n = 0;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (!dropped[i]) kept[n++] = std::move(kept[i]);
  }
  kept.resize(n);
  std::stable_sort(kept.begin(), kept.end(),
                   [](const ClaimCandidate& a, const ClaimCandidate& b) {
                     return a.trigger_begin < b.trigger_begin;
                   });
  return kept;
}

}  // namespace accord

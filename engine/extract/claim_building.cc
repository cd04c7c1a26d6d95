#include "engine/extract/claim_building.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "engine/extract/modality.h"
#include "engine/extract/polarity.h"
#include "engine/wordnet/word_senses.h"
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

namespace {

// Whether `text` (a sentence as written) has a lowercase word of four
// letters or more that WordNet reads as a past or -ing verb form.
bool InRunningText(absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (!absl::ascii_isalpha(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && absl::ascii_isalpha(text[j])) ++j;
    const absl::string_view w = text.substr(i, j - i);
    WordSenses::Sense sense;
    if (w.size() >= 4 && absl::ascii_islower(w[0]) &&
        WordSenses::Find(w, WordSenses::kVerb, &sense) &&
        (sense.form == WordSenses::kPast ||
         sense.form == WordSenses::kGerund)) {
      return true;
    }
    i = j;
  }
  return false;
}

}  // namespace

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
  // A capitalized verb inside running text is a word of a name: "at the
  // Highlands County Jail", "the Arrest Processing Center". Running text,
  // unlike a title-case headline, has a lowercase past or -ing verb form
  // ("turned", "taken"): a headline capitalizes its verbs.
  if (verb_only && begin > 0 &&
      t.find_first_not_of(" \"'([", 0) < static_cast<size_t>(begin)) {
    const Span span = view.SpanOf(begin, end);
    if (!span.text().empty() && absl::ascii_isupper(span.text()[0]) &&
        InRunningText(view.SpanOf(0, static_cast<int>(t.size())).text())) {
      return false;
    }
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
  // A condition tells of someone hurt only when it is a person's: "the
  // boy is in stable condition", not "the house is in good condition".
  if (!verb && frame.name() == count_cues_->proto().survivor_frame() &&
      count_cues_->IsCondition(*view.tagged, end) &&
      !draft.filled.contains("count") &&
      count_cues_->ConditionCount(*view.tagged, begin, end) == 0) {
    return false;
  }
  // "fatally wounded" is a killing: no injury.
  return !count_cues_->CancelledByFatalAdverb(
      frame.name(), absl::string_view(t.data(), begin));
}

void ClaimBuilder::AddImpliedCount(const SentenceView& view,
                                   const FrameSpec& frame, bool verb_trigger,
                                   ClaimDraft* draft) const {
  const bool condition =
      frame.name() == count_cues_->proto().survivor_frame() && !verb_trigger &&
      count_cues_->IsCondition(*view.tagged, draft->trigger_end);
  if (draft->filled.contains("count")) {
    // "One remains in critical condition", "five are in stable condition":
    // those in one condition are some of the people hurt, at least that
    // many.
    if (condition) {
      for (Argument& a : *draft->claim.mutable_args()) {
        if (a.role() != "count" || !a.value().has_quantity()) continue;
        Quantity* q = a.mutable_value()->mutable_quantity();
        if (q->low() == 0 && q->high() == 0) q->set_low(q->value());
        q->set_high(std::numeric_limits<double>::infinity());
      }
    }
    return;
  }
  bool declared = false;
  for (const RoleSpec& r : frame.roles()) declared |= r.name() == "count";
  // Only a verb has a patient: "died of his injuries a day later" names
  // none.
  int n =
      declared && verb_trigger
          ? count_cues_->ImpliedCount(frame.name(), *view.tagged,
                                      draft->trigger_begin, draft->trigger_end)
          : 0;
  // "the boy is in stable condition": one hurt.
  if (declared && condition) {
    n = count_cues_->ConditionCount(*view.tagged, draft->trigger_begin,
                                    draft->trigger_end);
  }
  // "the death of an 11-year-old boy", "a double homicide".
  if (n <= 0 && declared &&
      forms_->IsNounForm(
          frame.name(),
          view.t().substr(draft->trigger_begin,
                          draft->trigger_end - draft->trigger_begin))) {
    n = count_cues_->NounImpliedCount(frame.name(), *view.tagged,
                                      draft->trigger_begin, draft->trigger_end);
  }
  if (n <= 0 && declared && verb_trigger) {
    // "fatally shot himself", "he died": a singular pronoun as the victim.
    const SingularVictims& singular = count_cues_->singular_victims();
    const std::string& victim = singular.Intransitive(frame.name())
                                    ? frame.subject_role()
                                    : frame.object_role();
    for (const Argument& a : draft->claim.args()) {
      if (a.role() == victim &&
          singular.SingularPronoun(frame.name(), a.value().surface())) {
        n = 1;
        break;
      }
    }
  }
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

bool ClaimBuilder::OrOtherCasualty(const std::string& t, const FrameSpec& frame,
                                   int begin, int end) const {
  const CountCueFile& cues = count_cues_->proto();
  static const LazyRE2 kBefore = {"(?:^|[^a-z])([a-z]+) or $"};
  static const LazyRE2 kAfter = {"^ or ([a-z]+)\\b"};
  std::string word;
  if (!RE2::PartialMatch(re2::StringPiece(t.data(), begin), *kBefore, &word) &&
      !RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                         *kAfter, &word)) {
    return false;
  }
  for (const auto* frames : {&cues.death_frames(), &cues.wounding_frames()}) {
    for (const std::string& f : *frames) {
      if (f != frame.name() && forms_->IsVerbForm(f, word)) return true;
    }
  }
  return false;
}

void ClaimBuilder::Finish(const SentenceView& view, const FrameSpec& frame,
                          const Attribution& attribution,
                          ClaimDraft* draft) const {
  const std::string& t = view.t();
  const bool verb_trigger = forms_->IsVerbForm(
      frame.name(), t.substr(draft->trigger_begin,
                             draft->trigger_end - draft->trigger_begin));
  AddImpliedCount(view, frame, verb_trigger, draft);
  // "Five adults were wounded or killed": the number counts the people of
  // either casualty, so it is neither's count.
  if (verb_trigger &&
      OrOtherCasualty(t, frame, draft->trigger_begin, draft->trigger_end)) {
    auto* args = draft->claim.mutable_args();
    args->erase(
        std::remove_if(args->begin(), args->end(),
                       [](const Argument& a) { return a.role() == "count"; }),
        args->end());
  }
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
  // Overlapping triggers of one frame are one event told by two rules
  // ("a life sentence" read as "life sentence" and as "sentence"): keep
  // the reading with more arguments, then the longer trigger.
  auto end_of = [](const ClaimCandidate& c) {
    return c.trigger_begin + static_cast<int>(c.claim.trigger().text().size());
  };
  std::vector<bool> dropped(kept.size(), false);
  for (size_t i = 0; i < kept.size(); ++i) {
    for (size_t j = i + 1; j < kept.size() && !dropped[i]; ++j) {
      if (dropped[j] || kept[j].claim.frame() != kept[i].claim.frame()) {
        continue;
      }
      if (kept[j].trigger_begin >= end_of(kept[i]) ||
          kept[i].trigger_begin >= end_of(kept[j])) {
        continue;
      }
      const ClaimCandidate &a = kept[i], &b = kept[j];
      const bool keep_a = a.claim.args_size() != b.claim.args_size()
                              ? a.claim.args_size() > b.claim.args_size()
                              : a.claim.trigger().text().size() >=
                                    b.claim.trigger().text().size();
      dropped[keep_a ? j : i] = true;
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

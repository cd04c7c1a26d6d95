#include "engine/extract/patient_check.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "engine/wordnet/noun_kinds.h"
#include "re2/re2.h"

namespace accord {
namespace {

// Stands for a tagged thing or event in a phrase's words.
constexpr absl::string_view kThing = "⟦thing⟧";

}  // namespace

PatientCheck::PatientCheck(const Lexicon* lexicon) : lexicon_(lexicon) {
  const LexiconFile& p = lexicon->proto();
  frames_.insert(p.animate_patient_frames().begin(),
                 p.animate_patient_frames().end());
  determiners_.insert(p.determiners().begin(), p.determiners().end());
  ends_.insert(p.phrase_ends().begin(), p.phrase_ends().end());
}

std::vector<std::string> PatientCheck::PhraseAfter(
    absl::string_view text) const {
  // The plain words up to punctuation, a number or a tag.
  size_t end = 0;
  while (end < text.size() &&
         (absl::ascii_isalpha(text[end]) || text[end] == ' ' ||
          text[end] == '-' || text[end] == '\'')) {
    ++end;
  }
  const std::vector<std::string> words =
      absl::StrSplit(std::string(text.substr(0, end)), ' ', absl::SkipEmpty());
  std::vector<std::string> out;
  size_t i = 0;
  while (i < words.size() && determiners_.contains(words[i])) ++i;
  for (; i < words.size() && out.size() < 3; ++i) {
    if (ends_.contains(words[i]) || lexicon_->IsPronoun(words[i])) break;
    out.push_back(words[i]);
  }
  // "a total of 40 people", "a group of teenagers": the head is in the
  // "of" phrase; no judgement.
  if (i < words.size() && words[i] == "of") return {};
  // The phrase runs on into a tag: a thing or an event ("the ⟦THG#0⟧":
  // the plan, the offer) names no living thing; a name, a pronoun or a
  // number ("the ⟦PER#0⟧", "officer ⟦PER#1⟧") does.
  if (i == words.size() && end < text.size() &&
      text.substr(end).rfind("⟦", 0) == 0) {
    out.clear();
    const absl::string_view tag = text.substr(end);
    if (tag.rfind("⟦THG#", 0) == 0 || tag.rfind("⟦EVT#", 0) == 0) {
      out.push_back(std::string(kThing));
    }
  }
  return out;
}

bool PatientCheck::Figurative(absl::string_view frame,
                              const TaggedSentence& tagged, int trigger_begin,
                              int trigger_end) const {
  if (!frames_.contains(frame)) return false;
  const std::string& t = tagged.text();
  std::vector<std::string> words;
  // The subject of a passive: "feelings were hurt".
  static const LazyRE2 kPassive = {
      "(?:^|[^a-z⟧])([a-z-]+)(?: (?:has|have|had|will|would|could|may|"
      "might|must|shall|should|to))? (?:was|were|is|are|be|been|being|get|"
      "gets|got) (?:[a-z]+ly )?$"};
  std::string subject;
  // "is executing" is a progressive, not a passive.
  const bool participle = trigger_end - trigger_begin < 3 ||
                          t.compare(trigger_end - 3, 3, "ing") != 0;
  if (participle && RE2::PartialMatch(re2::StringPiece(t.data(), trigger_begin),
                                      *kPassive, &subject)) {
    words.push_back(subject);
  } else {
    words = PhraseAfter(absl::string_view(t).substr(trigger_end));
  }
  // Figurative when some word is a noun WordNet knows and none of them
  // names a living thing in any sense ("killed the man yesterday" keeps
  // "man").
  constexpr int kLiving = NounKinds::kPerson | NounKinds::kAnimal |
                          NounKinds::kGroup | NounKinds::kBodyPart;
  bool known = false;
  for (const std::string& w : words) {
    if (w == kThing) return true;
    if (determiners_.contains(w) || lexicon_->IsPronoun(w)) continue;
    const int kinds = NounKinds::Default().Of(w);
    if (kinds & kLiving) return false;
    known |= kinds != 0;
  }
  return known;
}

}  // namespace accord

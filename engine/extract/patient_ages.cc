#include "engine/extract/patient_ages.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "engine/extract/cue_patterns.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

template <typename Words>
std::vector<std::string> Vec(const Words& w) {
  return std::vector<std::string>(w.begin(), w.end());
}

}  // namespace

PatientAges::PatientAges(const CountCues* cues, const FrameForms* forms)
    : cues_(cues), forms_(forms) {
  const CountCueFile& p = cues->proto();
  std::vector<std::string> dets = Vec(p.singular_determiners());
  for (const std::string& d : p.definite_determiners()) dets.push_back(d);
  const std::string det = InOrder(dets);
  const std::string units = InOrder(p.age_units());
  std::vector<std::string> adverbs = Vec(p.verb_adverbs());
  adverbs.push_back("still");
  const std::string adv =
      absl::StrCat("(?: (?:[a-z]+ly|", InOrder(adverbs), "))*");
  // "a ⟦NUM#0⟧-year-old ⟦GPE#1⟧ man" (a determiner or the sentence's
  // start, "-old" and not "-olds", up to three words), or "⟦PER#0⟧,
  // ⟦NUM#1⟧,".
  const std::string np =
      absl::StrCat("(?:(?:(?:^|[^a-z])", det, " |^)⟦NUM#(\\d+)⟧[- ]", units,
                   "[- ]old(?: [^ ,.;:]+){0,3}?|⟦PER#\\d+⟧, ⟦NUM#(\\d+)⟧,)");
  subject_ = std::make_unique<RE2>(absl::StrCat(np, adv, " $"));
  // "was shot and ", "has been fatally ".
  passive_subject_ = std::make_unique<RE2>(
      absl::StrCat(np, " ", InOrder(p.singular_auxiliaries()), adv,
                   "(?: [a-z]+ and)?", adv, " $"));
  object_ = std::make_unique<RE2>(
      absl::StrCat("^ (?:of )?(?:(?:", det, " )?⟦NUM#(\\d+)⟧[- ]", units,
                   "[- ]old(?:[^s]|$)|⟦PER#\\d+⟧, ⟦NUM#(\\d+)⟧\\b)"));
}

bool PatientAges::Mark(const SentenceView& view, const FrameSpec& frame,
                       int trigger_begin, int trigger_end, Claim* claim) const {
  bool declared = false;
  for (const RoleSpec& r : frame.roles()) {
    declared |= r.name() == kPatientAgeRole;
  }
  if (!declared || frame.participant_roles().empty() ||
      HasArg(*claim, kPatientAgeRole)) {
    return false;
  }
  const std::string& patient = frame.participant_roles(0);
  const std::string trigger = absl::AsciiStrToLower(claim->trigger().text());
  const std::string& t = view.t();
  const re2::StringPiece before(t.data(), trigger_begin);
  const re2::StringPiece after(t.data() + trigger_end, t.size() - trigger_end);
  std::string a, b;
  bool found = false;
  if (forms_->IsNounForm(frame.name(), trigger)) {
    // "the death of a 4-year-old boy".
    found = RE2::PartialMatch(after, *object_, &a, &b);
  } else if (forms_->IsVerbForm(frame.name(), trigger)) {
    if (frame.subject_role() == patient) {
      found = RE2::PartialMatch(before, *subject_, &a, &b);
    } else if (frame.object_role() == patient) {
      found = RE2::PartialMatch(before, *passive_subject_, &a, &b) ||
              RE2::PartialMatch(after, *object_, &a, &b);
    }
  }
  if (!found) return false;
  int index;
  if (!absl::SimpleAtoi(a.empty() ? b : a, &index) || index < 0 ||
      index >= static_cast<int>(view.mentions().size()) ||
      !cues_->IsAge(*view.tagged, index)) {
    return false;
  }
  const Mention& m = view.mentions()[index];
  if (!m.value.has_quantity()) return false;
  Argument* arg = claim->add_args();
  arg->set_role(std::string(kPatientAgeRole));
  arg->mutable_value()->set_text(absl::StrCat(m.value.quantity().value()));
  arg->mutable_value()->set_surface(
      std::string(view.text.substr(m.begin, m.end - m.begin)));
  return true;
}

}  // namespace accord

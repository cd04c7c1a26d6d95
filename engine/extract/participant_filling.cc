#include "engine/extract/participant_filling.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/data/english.h"
#include "engine/wordnet/word_senses.h"
#include "proto/claim_args.h"

namespace accord {
ParticipantFiller::ParticipantFiller(const EnglishWordsFile& words,
                                     const FrameForms* forms)
    : forms_(forms) {
  // An optional word before the subject (a coordinator there means the
  // subject is the last of several), the subject, an apposition between
  // commas ("Robert Buckley, 32,", "Jones, a climber from Leeds,") and
  // auxiliaries or adverbs up to the trigger.
  const std::string aux = English::Alternation(words.verb_group_words());
  subject_ = std::make_unique<RE2>(
      absl::StrCat("(?:([a-z]+) )?⟦PER#(\\d+)⟧(?:, [^,;:]{1,60},)? "
                   "(?:(?:",
                   aux, "|[a-z]+ly) )*$"));
  const std::string clitics = English::Alternation(words.possessive_clitics());
  // "Buckley's death", "Smith's sudden death".
  possessive_ = std::make_unique<RE2>(
      absl::StrCat("⟦PER#(\\d+)⟧(?:", clitics, ") (?:[a-z-]+ )?$"));
  // One word may stand before the name: a title or a first name that the
  // annotator left out of a later mention ("of Mr ⟦PER⟧").
  of_person_ = std::make_unique<RE2>("^ of (?:[a-z]+ )?⟦PER#(\\d+)⟧");
  passive_ = std::make_unique<RE2>(absl::StrCat(
      "\\b(?:", English::Alternation(words.be_forms()), "|",
      English::Alternation(words.passive_auxiliaries()), ")(?: [a-z]+ly)? $"));
  coordinators_.insert(words.coordinators().begin(),
                       words.coordinators().end());
}

bool ParticipantFiller::Fill(const SentenceView& view, const FrameSpec& frame,
                             int trigger_begin, Claim* claim) const {
  if (frame.participant_roles().empty()) return false;
  const std::string& role = frame.participant_roles(0);
  if (HasArg(*claim, role)) return false;
  const std::string& t = view.t();
  const std::string trigger = absl::AsciiStrToLower(claim->trigger().text());
  if (trigger_begin < 0 || trigger_begin + trigger.size() > t.size() ||
      trigger.empty()) {
    return false;
  }
  const re2::StringPiece before(t.data(), trigger_begin);
  const re2::StringPiece after(t.data() + trigger_begin + trigger.size(),
                               t.size() - trigger_begin - trigger.size());
  int person = -1;
  if (forms_->IsNounForm(frame.name(), trigger)) {
    // "the death of John Smith"; else "Buckley's death" unless an
    // of-phrase names the patient ("Smith's killing of his wife").
    if (!RE2::PartialMatch(after, *of_person_, &person) &&
        !absl::StartsWith(absl::string_view(after.data(), after.size()),
                          " of ")) {
      RE2::PartialMatch(before, *possessive_, &person);
    }
  }
  if (person < 0 && forms_->IsVerbForm(frame.name(), trigger)) {
    std::string word_before;
    int subject = -1;
    if (RE2::PartialMatch(before, *subject_, &word_before, &subject) &&
        !coordinators_.contains(word_before)) {
      // Which role the subject has: the object's in a passive clause (a
      // form of "be" or "get" before a past participle), else its own.
      const size_t space = trigger.find(' ');
      WordSenses::Sense sense;
      const bool passive = RE2::PartialMatch(before, *passive_) &&
                           WordSenses::Find(trigger.substr(0, space),
                                            WordSenses::kVerb, &sense) &&
                           sense.form == WordSenses::kPast;
      const std::string& subject_role =
          passive ? frame.object_role() : frame.subject_role();
      if (subject_role == role) person = subject;
    }
  }
  if (person < 0 || person >= static_cast<int>(view.mentions().size())) {
    return false;
  }
  Argument* arg = claim->add_args();
  arg->set_role(role);
  *arg->mutable_value() = EntityValueOf(view.mentions()[person]);
  return true;
}

}  // namespace accord

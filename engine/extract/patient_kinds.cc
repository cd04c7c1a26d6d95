#include "engine/extract/patient_kinds.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/wordnet/noun_kinds.h"
#include "engine/wordnet/word_senses.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

bool IsWord(const TaggedToken& t) { return t.kind == TaggedToken::kWord; }

bool Adverb(absl::string_view w) {
  return w.size() > 4 && absl::EndsWith(w, "ly");
}

// A participle after a form of "be" ("was found", "were left"): a verb
// form WordNet knows other than a gerund or a third person; a base form
// cannot follow "was", so "found" (also the lemma of "to found") counts.
bool Participle(absl::string_view w) {
  WordSenses::Sense sense;
  return WordSenses::Find(w, WordSenses::kVerb, &sense) &&
         sense.form != WordSenses::kGerund &&
         sense.form != WordSenses::kThirdPerson;
}

// Whether `tag` (a tag token's name) is a number ("two dogs").
bool NumberTag(absl::string_view tag) { return tag == "NUM" || tag == "QTY"; }

}  // namespace

PatientKinds::PatientKinds(const EnglishWordsFile& words,
                           const Lexicon& lexicon, const FrameForms* forms)
    : forms_(forms) {
  group_words_.insert(words.verb_group_words().begin(),
                      words.verb_group_words().end());
  be_forms_.insert(words.be_forms().begin(), words.be_forms().end());
  passive_aux_.insert(words.passive_auxiliaries().begin(),
                      words.passive_auxiliaries().end());
  prepositions_.insert(words.prepositions().begin(),
                       words.prepositions().end());
  coordinators_.insert(words.coordinators().begin(),
                       words.coordinators().end());
  clitics_.assign(words.possessive_clitics().begin(),
                  words.possessive_clitics().end());
  determiners_.insert(lexicon.proto().determiners().begin(),
                      lexicon.proto().determiners().end());
  prepositions_.insert(lexicon.proto().phrase_ends().begin(),
                       lexicon.proto().phrase_ends().end());
}

bool PatientKinds::Determiner(absl::string_view w) const {
  if (determiners_.contains(w)) return true;
  // A possessive before the head: "the family's", "Smith's".
  for (const std::string& c : clitics_) {
    if (w.size() > c.size() && absl::EndsWith(w, c)) return true;
  }
  return false;
}

std::string PatientKinds::PhraseHeadFrom(const SentenceView& view,
                                         size_t i) const {
  const std::vector<TaggedToken>& tokens = view.tokens();
  // Determiners, possessives and numbers open the phrase.
  while (i < tokens.size() &&
         ((IsWord(tokens[i]) && Determiner(tokens[i].text)) ||
          (tokens[i].kind == TaggedToken::kTag && NumberTag(tokens[i].text)))) {
    ++i;
  }
  // A counted noun the annotator took into its quantity ("two swans"):
  // the head is the quantity's last word.
  if (i > 0 && i <= tokens.size() && tokens[i - 1].kind == TaggedToken::kTag &&
      tokens[i - 1].mention >= 0 &&
      tokens[i - 1].mention < static_cast<int>(view.mentions().size()) &&
      (i == tokens.size() || !IsWord(tokens[i]))) {
    const Mention& m = view.mentions()[tokens[i - 1].mention];
    const absl::string_view said = view.text.substr(m.begin, m.end - m.begin);
    const size_t space = said.rfind(' ');
    if (space != absl::string_view::npos) {
      return absl::AsciiStrToLower(said.substr(space + 1));
    }
  }
  std::string head;
  for (int n = 0; i < tokens.size() && n < 4; ++i, ++n) {
    const TaggedToken& t = tokens[i];
    if (!IsWord(t) || prepositions_.contains(t.text) ||
        coordinators_.contains(t.text) || be_forms_.contains(t.text) ||
        group_words_.contains(t.text)) {
      break;
    }
    head = std::string(t.text);
  }
  return head;
}

std::string PatientKinds::SubjectHeadBefore(
    const std::vector<TaggedToken>& tokens, int i, bool* passive) const {
  *passive = false;
  // Auxiliaries and adverbs; a form of "be" (or "got") makes the clause
  // passive, and one past participle may follow it ("was found beaten").
  bool participle_seen = false;
  int k = i - 1;
  for (; k >= 0 && IsWord(tokens[k]); --k) {
    const absl::string_view w = tokens[k].text;
    if (be_forms_.contains(w) || passive_aux_.contains(w)) {
      *passive = true;
      continue;
    }
    if (group_words_.contains(w) || Adverb(w)) continue;
    if (!participle_seen && !*passive && Participle(w)) {
      // Only after a form of "be", across adverbs ("was also found
      // beaten").
      int j = k - 1;
      while (
          j >= 0 && IsWord(tokens[j]) && !be_forms_.contains(tokens[j].text) &&
          !passive_aux_.contains(tokens[j].text) &&
          (Adverb(tokens[j].text) || group_words_.contains(tokens[j].text))) {
        --j;
      }
      if (j >= 0 && IsWord(tokens[j]) &&
          (be_forms_.contains(tokens[j].text) ||
           passive_aux_.contains(tokens[j].text))) {
        participle_seen = true;
        continue;
      }
    }
    break;
  }
  // An apposition between commas: "the collie, Fenn, was killed".
  if (k >= 1 && tokens[k].kind == TaggedToken::kPunct &&
      tokens[k].text == ",") {
    int j = k - 1;
    while (j >= 0 && j > k - 10 &&
           !(tokens[j].kind == TaggedToken::kPunct && tokens[j].text == ",")) {
      --j;
    }
    if (j >= 1 && tokens[j].text == ",") k = j - 1;
  }
  if (k < 0 || !IsWord(tokens[k])) return "";
  const absl::string_view w = tokens[k].text;
  if (prepositions_.contains(w) || coordinators_.contains(w) || Determiner(w)) {
    return "";
  }
  return std::string(w);
}

std::string PatientKinds::PatientHead(const SentenceView& view,
                                      const FrameSpec& frame, int trigger_begin,
                                      int trigger_end,
                                      absl::string_view trigger) const {
  if (frame.participant_roles().empty()) return "";
  const std::string& patient = frame.participant_roles(0);
  const std::vector<TaggedToken>& tokens = view.tokens();
  int first = -1, after = static_cast<int>(tokens.size());
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
    if (first < 0 && tokens[k].begin >= trigger_begin) first = k;
    if (tokens[k].begin >= trigger_end) {
      after = k;
      break;
    }
  }
  if (first < 0) return "";
  if (forms_->IsNounForm(frame.name(), trigger)) {
    // "the killing of a dog"; else "the dog's death".
    if (after < static_cast<int>(tokens.size()) && IsWord(tokens[after]) &&
        tokens[after].text == "of") {
      return PhraseHeadFrom(view, after + 1);
    }
    if (first > 0 && IsWord(tokens[first - 1])) {
      const absl::string_view w = tokens[first - 1].text;
      for (const std::string& c : clitics_) {
        if (w.size() > c.size() && absl::EndsWith(w, c)) {
          return std::string(w.substr(0, w.size() - c.size()));
        }
      }
    }
    return "";
  }
  if (!forms_->IsVerbForm(frame.name(), trigger)) return "";
  bool passive = false;
  const std::string subject = SubjectHeadBefore(tokens, first, &passive);
  const std::string& subject_role =
      passive ? frame.object_role() : frame.subject_role();
  if (subject_role == patient) return subject;
  if (!passive && frame.object_role() == patient) {
    return PhraseHeadFrom(view, after);
  }
  return "";
}

bool PatientKinds::Mark(const SentenceView& view, const FrameSpec& frame,
                        int trigger_begin, int trigger_end,
                        Claim* claim) const {
  bool declared = false;
  for (const RoleSpec& r : frame.roles())
    declared |= r.name() == kPatientKindRole;
  if (!declared || frame.participant_roles().empty() ||
      HasArg(*claim, kPatientKindRole)) {
    return false;
  }
  // A named participant is a person.
  const Value* named = ArgValue(*claim, frame.participant_roles(0));
  if (named != nullptr && named->has_entity_id()) return false;
  const std::string trigger = absl::AsciiStrToLower(claim->trigger().text());
  const std::string head =
      PatientHead(view, frame, trigger_begin, trigger_end, trigger);
  if (head.empty()) return false;
  const int kinds = NounKinds::Default().FirstSenseOf(head);
  if (!(kinds & NounKinds::kAnimal) || (kinds & NounKinds::kPerson)) {
    return false;
  }
  Argument* arg = claim->add_args();
  arg->set_role(std::string(kPatientKindRole));
  arg->mutable_value()->set_text(std::string(kAnimalPatient));
  arg->mutable_value()->set_surface(head);
  return true;
}

}  // namespace accord

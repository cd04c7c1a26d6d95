#include "engine/extract/count_cues.h"

#include <algorithm>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/extract/cue_patterns.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/io/bounded_parse.h"
#include "engine/wordnet/noun_kinds.h"

namespace accord {
namespace {

// The start of mention `index`'s tag in `tagged` (tags are "⟦TAG#i⟧").
int TagBegin(const TaggedSentence& tagged, int index) {
  const std::string& t = tagged.text();
  const size_t open = t.rfind("⟦", tagged.TagEnd(index));
  return open == std::string::npos ? tagged.TagEnd(index)
                                   : static_cast<int>(open);
}

}  // namespace

absl::StatusOr<std::unique_ptr<CountCues>> CountCues::FromTextproto(
    absl::string_view text, const std::vector<std::string>& determiners,
    const std::vector<std::string>& phrase_ends) {
  std::unique_ptr<CountCues> c(new CountCues());
  const absl::Status parsed = ParseTextproto(text, &c->proto_);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("count cues: ", parsed.message()));
  }
  const CountCueFile& p = c->proto_;
  if (p.age_units().empty() || p.age_markers().empty() ||
      p.partitive_pronouns().empty() || p.clause_words().empty()) {
    return absl::InvalidArgumentError(
        "count cues: age_units, age_markers, partitive_pronouns and "
        "clause_words must each list at least one word");
  }
  // "⟦NUM#2⟧-year-old", "⟦NUM#0⟧ year old", "⟦NUM#0⟧-month-olds".
  auto age_after = CompileCuePattern(
      absl::StrCat("^[- ]", LongestFirst(p.age_units()), "s?[- ]olds?\\b"));
  if (!age_after.ok()) return age_after.status();
  c->age_after_ = std::move(*age_after);
  auto age_before = CompileCuePattern(
      absl::StrCat("(?:^|[^a-z])", LongestFirst(p.age_markers()), " $"));
  if (!age_before.ok()) return age_before.status();
  c->age_before_ = std::move(*age_before);
  if (!p.set_off_age_markers().empty()) {
    auto set_off = CompileCuePattern(absl::StrCat(
        "(?:^|[^a-z])", LongestFirst(p.set_off_age_markers()), " $"));
    if (!set_off.ok()) return set_off.status();
    c->set_off_age_before_ = std::move(*set_off);
  }
  // Set off after a person or a noun: "⟦PER#0⟧, " or "the victim (".
  auto app_before =
      CompileCuePattern("(?:⟦(?:PER|PRO)#\\d+⟧|[a-z]{2,})(?:, | \\()$");
  if (!app_before.ok()) return app_before.status();
  c->apposition_before_ = std::move(*app_before);
  // ... and closed: "⟦NUM#1⟧, was", "⟦NUM#1⟧)", "⟦NUM#1⟧ and ⟦PER#2⟧".
  auto app_after = CompileCuePattern("^(?:,|\\)|\\.?$| and ⟦(?:PER|PRO)#)");
  if (!app_after.ok()) return app_after.status();
  c->apposition_after_ = std::move(*app_after);
  auto partitive = CompileCuePattern(
      absl::StrCat("^ of ", LongestFirst(p.partitive_pronouns()), "\\b"));
  if (!partitive.ok()) return partitive.status();
  c->partitive_after_ = std::move(*partitive);
  for (const std::string& w : p.clause_words()) c->clause_words_.insert(w);
  if (p.singular_auxiliaries().empty() || p.plural_auxiliaries().empty() ||
      p.singular_determiners().empty() || p.negative_subjects().empty() ||
      p.fatal_adverbs().empty()) {
    return absl::InvalidArgumentError(
        "count cues: the auxiliaries, singular_determiners, "
        "negative_subjects and fatal_adverbs must each list a word");
  }
  // A named person with an optional age after it: "⟦PER#0⟧, ⟦NUM#1⟧,",
  // "⟦PER#0⟧ (⟦NUM#1⟧)", "⟦PER#0⟧, both ⟦NUM#1⟧,"; and a list of them.
  const std::string name = "⟦PER#\\d+⟧(?:,? \\(?(?:[a-z]+ )?⟦NUM#\\d+⟧\\)?,?)?";
  const std::string names =
      absl::StrCat("(", name, "(?:(?:,? and |, )", name, ")*)");
  const std::string aux_s = LongestFirst(p.singular_auxiliaries());
  std::vector<std::string> all(p.singular_auxiliaries().begin(),
                               p.singular_auxiliaries().end());
  all.insert(all.end(), p.plural_auxiliaries().begin(),
             p.plural_auxiliaries().end());
  google::protobuf::RepeatedPtrField<std::string> all_field(all.begin(),
                                                            all.end());
  const std::string aux = LongestFirst(all_field);
  const std::string det = LongestFirst(p.singular_determiners());
  const CuePattern builds[] = {
      {&c->passive_names_, absl::StrCat(names, " ", aux, "(?: [a-z]+ly)? $")},
      {&c->passive_singular_,
       absl::StrCat("(?:⟦PRO#\\d+⟧|(?:^|[^a-z])", det,
                    " (?:[^ ,.;:]+ ){0,3}?[^ ,.;:]+(?: who)?) ", aux_s,
                    "(?: [a-z]+ly)? $")},
      // "killing 20-year-old Tolitha Bowman", "kills 4-month-old": one
      // person described by an age ("-olds" would be several).
      {&c->object_age_,
       absl::StrCat("^( (?:", det, " )?⟦NUM#\\d+⟧[- ]",
                    LongestFirst(p.age_units()), "[- ]old)\\b(?:[^s]|$)")},
      {&c->denied_,
       absl::StrCat("(?:^|[^a-z])", LongestFirst(p.negative_subjects()), " $")},
      {&c->object_names_,
       absl::StrCat("^ (?:⟦NUM#\\d+⟧[- ][a-z]+[- ]olds? )?", names)},
      {&c->object_singular_,
       absl::StrCat("^ ", det, " ((?:[^ ,.;:]+ ){0,3}?[a-z-]+)\\b")},
      {&c->negative_subject_,
       absl::StrCat("(?:^|[^a-z])", LongestFirst(p.negative_subjects()),
                    "\\b")},
      {&c->fatal_before_,
       absl::StrCat("(?:^|[^a-z])", LongestFirst(p.fatal_adverbs()), " $")},
      {&c->listed_name_before_, "⟦PER#\\d+⟧, ⟦NUM#\\d+⟧,? and ⟦PER#\\d+⟧, $"},
      {&c->auxiliary_after_, absl::StrCat("^ ", aux, "\\b")},
  };
  if (absl::Status s = CompileCuePatterns(builds); !s.ok()) return s;
  if (!p.subset_markers().empty()) {
    auto re = CompileCuePattern(
        absl::StrCat("(?:^|[^a-z])", LongestFirst(p.subset_markers()),
                     " (?:(?:at least|more than|about) )?$"));
    if (!re.ok()) return re.status();
    c->subset_before_ = std::move(*re);
  }
  if (!p.fatal_cause_words().empty() && !p.cause_prepositions().empty()) {
    // "died of a single gunshot ", "died at the hospital from his ": a
    // cause word, up to three words, a preposition, up to four words
    // (no clause punctuation) before the trigger.
    auto re = CompileCuePattern(absl::StrCat(
        "(?:^|[^a-z])", LongestFirst(p.fatal_cause_words()),
        "(?: [a-z-]+){0,3}? ", LongestFirst(p.cause_prepositions()),
        "(?: [^ ,.;:]+){0,4} $"));
    if (!re.ok()) return re.status();
    c->fatal_cause_before_ = std::move(*re);
  }
  if (!p.other_words().empty()) {
    auto re = CompileCuePattern(
        absl::StrCat("^ ", LongestFirst(p.other_words()), "\\b"));
    if (!re.ok()) return re.status();
    c->others_after_ = std::move(*re);
    for (const std::string& w : p.other_words()) c->other_words_.insert(w);
  }
  if (!p.frequency_nouns().empty()) {
    auto re = CompileCuePattern(
        absl::StrCat("^ ", LongestFirst(p.frequency_nouns()), "\\b"));
    if (!re.ok()) return re.status();
    c->frequency_after_ = std::move(*re);
    for (const std::string& w : p.frequency_nouns()) {
      c->frequency_nouns_.insert(w);
    }
  }
  c->conjunct_determiners_.insert(determiners.begin(), determiners.end());
  c->conjunct_determiners_.insert(p.singular_determiners().begin(),
                                  p.singular_determiners().end());
  for (const std::string& f : p.implied_count_frames()) {
    c->implied_frames_.insert(f);
  }
  for (const std::string& f : p.nonfatal_frames()) {
    c->nonfatal_frames_.insert(f);
  }
  std::vector<std::string> stops = determiners;
  stops.insert(stops.end(), phrase_ends.begin(), phrase_ends.end());
  auto singular = SingularVictims::Create(p, stops);
  if (!singular.ok()) return singular.status();
  c->singular_victims_ = std::move(*singular);
  c->definite_determiners_.insert(p.definite_determiners().begin(),
                                  p.definite_determiners().end());
  c->subject_determiners_ = c->definite_determiners_;
  c->subject_determiners_.insert(p.singular_determiners().begin(),
                                 p.singular_determiners().end());
  c->subject_determiners_.insert(p.additive_determiners().begin(),
                                 p.additive_determiners().end());
  c->additive_determiners_.insert(p.additive_determiners().begin(),
                                  p.additive_determiners().end());
  c->phrase_ends_.insert(phrase_ends.begin(), phrase_ends.end());
  c->death_frames_.insert(p.death_frames().begin(), p.death_frames().end());
  c->part_openers_.insert(p.part_openers().begin(), p.part_openers().end());
  for (const CountWord& w : p.quantified_pronouns()) {
    c->quantified_pronouns_[w.word()] = w.count();
  }
  auto nouns = NounVictims::Create(p);
  if (!nouns.ok()) return nouns.status();
  c->noun_victims_ = std::move(*nouns);
  c->definite_frames_.insert(p.definite_implied_frames().begin(),
                             p.definite_implied_frames().end());
  c->death_words_.insert(p.fatal_cause_words().begin(),
                         p.fatal_cause_words().end());
  c->singular_auxiliaries_.insert(p.singular_auxiliaries().begin(),
                                  p.singular_auxiliaries().end());
  c->plural_auxiliaries_.insert(p.plural_auxiliaries().begin(),
                                p.plural_auxiliaries().end());
  {
    // The auxiliary of a passive and up to two adverbs before its
    // participle: " was critically ", " were also ".
    // An adverb may stand before the auxiliary too: " also was ".
    std::string pre = "[a-z]+ly";
    if (!p.verb_adverbs().empty()) {
      pre = absl::StrCat("(?:[a-z]+ly|", LongestFirst(p.verb_adverbs()), ")");
    }
    auto re = CompileCuePattern(
        absl::StrCat("(?i)( (?:", pre, " )?(", aux,
                     "))(?: (?:[a-z]+ly|also|still)){0,2} $"));
    if (!re.ok()) return re.status();
    c->passive_tail_ = std::move(*re);
  }
  if (!p.singular_condition_verbs().empty() &&
      !p.plural_condition_verbs().empty()) {
    google::protobuf::RepeatedPtrField<std::string> verbs(
        p.singular_condition_verbs().begin(),
        p.singular_condition_verbs().end());
    verbs.MergeFrom(p.plural_condition_verbs());
    // The verb, fillers, "in" and up to three words of the condition
    // before the trigger: " is in ", " was last listed in extremely ",
    // " remains in critical but ".
    std::string fillers = "(?:)";
    if (!p.condition_fillers().empty()) {
      fillers = LongestFirst(p.condition_fillers());
    }
    auto re = CompileCuePattern(absl::StrCat("(?i) (", LongestFirst(verbs),
                                             ")(?: ", fillers,
                                             ")* in(?: [a-z,-]+){0,3}? $"));
    if (!re.ok()) return re.status();
    c->condition_tail_ = std::move(*re);
    c->singular_condition_verbs_.insert(p.singular_condition_verbs().begin(),
                                        p.singular_condition_verbs().end());
    c->plural_condition_verbs_.insert(p.plural_condition_verbs().begin(),
                                      p.plural_condition_verbs().end());
    // The first auxiliary or condition verb of a clause.
    verbs.MergeFrom(all_field);
    auto first_verb =
        CompileCuePattern(absl::StrCat("(?i)( ", LongestFirst(verbs), ")\\b"));
    if (!first_verb.ok()) return first_verb.status();
    c->first_verb_ = std::move(*first_verb);
    auto names_end = CompileCuePattern(absl::StrCat(names, "$"));
    if (!names_end.ok()) return names_end.status();
    c->names_end_ = std::move(*names_end);
  }
  return c;
}

bool CountCues::IsAge(const TaggedSentence& tagged, int index,
                      absl::string_view frame) const {
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  const int begin = TagBegin(tagged, index);
  const re2::StringPiece after(t.data() + end, t.size() - end);
  const re2::StringPiece before(t.data(), begin);
  if (RE2::PartialMatch(after, *age_after_)) return true;
  if (RE2::PartialMatch(before, *age_before_)) return true;
  // "both 16," is an age; "all four died" counts.
  static const LazyRE2 kSetOff = {"^(?:,|\\)|\\.?$| and ⟦NUM#)"};
  if (set_off_age_before_ != nullptr &&
      RE2::PartialMatch(before, *set_off_age_before_) &&
      (!death_frames_.contains(frame) || RE2::PartialMatch(after, *kSetOff))) {
    return true;
  }
  // A bare number only: a counted noun ("20 children") is a count.
  static constexpr absl::string_view kNum = "⟦NUM#";
  if (absl::string_view(t).substr(begin, kNum.size()) != kNum) return false;
  if (RE2::PartialMatch(before, *listed_name_before_) &&
      RE2::PartialMatch(after, *auxiliary_after_)) {
    return true;
  }
  return RE2::PartialMatch(before, *apposition_before_) &&
         RE2::PartialMatch(after, *apposition_after_);
}

bool CountCues::IsFrequency(const TaggedSentence& tagged, int index,
                            absl::string_view unit) const {
  if (frequency_after_ == nullptr) return false;
  if (!unit.empty() && frequency_nouns_.contains(unit)) return true;
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  return RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                           *frequency_after_);
}

bool CountCues::IsSubset(const TaggedSentence& tagged, int index) const {
  if (subset_before_ == nullptr) return false;
  const re2::StringPiece before(tagged.text().data(), TagBegin(tagged, index));
  return RE2::PartialMatch(before, *subset_before_);
}

bool CountCues::IsOthers(const TaggedSentence& tagged, int index,
                         absl::string_view mention_text) const {
  if (others_after_ == nullptr) return false;
  // Inside the mention: "five others", "three other teenagers".
  for (absl::string_view w : absl::StrSplit(mention_text, ' ')) {
    if (other_words_.contains(absl::AsciiStrToLower(w))) return true;
  }
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  // "One was pronounced dead, a second ...": a bare "one" as a subject
  // picks one of a group, like "one of them".
  if (part_openers_.contains(absl::AsciiStrToLower(mention_text))) {
    static const LazyRE2 kWord = {"^ ([a-z]+)\\b"};
    std::string next;
    if (RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                          *kWord, &next) &&
        clause_words_.contains(next)) {
      return true;
    }
  }
  return RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                           *others_after_);
}

bool CountCues::IsDenied(const TaggedSentence& tagged, int index) const {
  const re2::StringPiece before(tagged.text().data(), TagBegin(tagged, index));
  return RE2::PartialMatch(before, *denied_);
}

bool CountCues::IsPartitive(const TaggedSentence& tagged, int index) const {
  const std::string& t = tagged.text();
  const int end = tagged.TagEnd(index);
  return RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                           *partitive_after_);
}

int CountCues::ImpliedCount(absl::string_view frame,
                            const TaggedSentence& tagged, int trigger_begin,
                            int trigger_end) const {
  if (!implied_frames_.contains(frame)) return 0;
  size_t object_end;
  const int singular = singular_victims_->Count(frame, tagged, trigger_begin,
                                                trigger_end, &object_end);
  const std::string& t = tagged.text();
  // The clause before the trigger: back to a semicolon or a colon.
  size_t clause = t.find_last_of(";:", trigger_begin);
  clause = clause == std::string::npos ? 0 : clause + 1;
  const re2::StringPiece before(t.data() + clause, trigger_begin - clause);
  const re2::StringPiece after(t.data() + trigger_end, t.size() - trigger_end);
  // Coordinated singular people before a plural auxiliary of a death: "a
  // baby and a man were shot and killed", "his wife and daughter were
  // found dead" (2); "both were killed" (2).
  if (death_frames_.contains(frame) && singular == 0) {
    const int n = PassiveSubjectPeople(t, clause, trigger_begin, 2,
                                       /*quantified_pronoun=*/true);
    if (n > 0) return n;
  }
  // A death verb's subject is its victim: it has no object to read.
  if (singular_victims_->Intransitive(frame) && singular > 0) return singular;
  std::string names;
  if (RE2::PartialMatch(before, *passive_names_, &names)) {
    return CountTags(names, "PER");
  }
  if (RE2::PartialMatch(before, *passive_singular_)) {
    return RE2::PartialMatch(before, *negative_subject_) ? 0 : 1;
  }
  // "was pronounced dead": an intransitive frame has no object.
  if (singular_victims_->Intransitive(frame)) return singular;
  if (RE2::PartialMatch(after, *object_names_, &names)) {
    return CountTags(names, "PER");
  }
  std::string age;
  if (RE2::PartialMatch(after, *object_age_, &age)) {
    // "a 5-year-old boy and a 20-year-old woman": the noun after the age
    // closes the first person.
    size_t end = static_cast<size_t>(after.data() - t.data()) + age.size();
    static const LazyRE2 kNoun = {"^ ([a-z]+)\\b"};
    std::string noun;
    if (RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                          *kNoun, &noun) &&
        NounKinds::Default().IsPerson(noun)) {
      end += 1 + noun.size();
    }
    return 1 + CoordinatedPeople(t, end);
  }
  std::string words;
  if (definite_frames_.contains(frame) && !definite_determiners_.empty()) {
    const int n = DefinitePeople(t, clause, trigger_begin, trigger_end);
    if (n > 0) return n;
  }
  if (RE2::PartialMatch(after, *object_singular_, &words)) {
    // "a total of", "a group of", "a number of": a collective, not one.
    static const LazyRE2 kOf = {"^ of\\b"};
    const size_t end = static_cast<size_t>(after.data() - t.data() +
                                           after.find(words) + words.size());
    if (end <= t.size() &&
        RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                          *kOf)) {
      return 0;
    }
    return 1 + CoordinatedPeople(t, end);
  }
  // "the victim was killed", "killed his girlfriend and her son".
  if (singular > 0 && object_end != std::string::npos) {
    return singular + CoordinatedPeople(t, object_end, true);
  }
  return singular;
}

int CountCues::CoordinatedPeople(const std::string& t, size_t at,
                                 bool need_determiner, size_t* end) const {
  static const LazyRE2 kConjunct = {"^(?:,? and|,) "};
  int n = 0;
  while (at < t.size()) {
    re2::StringPiece rest(t.data() + at, t.size() - at);
    if (!RE2::Consume(&rest, *kConjunct)) break;
    const size_t person_end = PersonPhraseEnd(
        t, rest.data() - t.data(), conjunct_determiners_, need_determiner);
    if (person_end == std::string::npos) break;
    ++n;
    at = person_end;
  }
  if (end != nullptr) *end = at;
  return n;
}

size_t CountCues::PersonPhraseEnd(const std::string& t, size_t at,
                                  const absl::flat_hash_set<std::string>& dets,
                                  bool need_determiner) const {
  const NounKinds& kinds = NounKinds::Default();
  auto word_end = [&t](size_t from) {
    const size_t e = t.find_first_of(" ,.;:", from);
    return e == std::string::npos ? t.size() : e;
  };
  // The next word starts after one space.
  auto next = [&t](size_t end) {
    return end < t.size() && t[end] == ' ' ? end + 1 : std::string::npos;
  };
  size_t end = word_end(at);
  if (end == at) return std::string::npos;
  absl::string_view w(t.data() + at, end - at);
  const bool possessive_name =
      absl::StartsWith(w, "⟦PER#") &&
      (absl::EndsWith(w, "'s") || absl::EndsWith(w, "’s") ||
       absl::EndsWith(w, "'"));
  // A pronoun's tag before a noun phrase is a possessive one ("⟦PRO#0⟧
  // son" is "her son"): no other pronoun stands before a noun.
  const bool pronoun = absl::StartsWith(w, "⟦PRO#") && absl::EndsWith(w, "⟧");
  if (possessive_name || pronoun || dets.contains(absl::AsciiStrToLower(w))) {
    at = next(end);
  } else if (need_determiner) {
    return std::string::npos;
  }
  // [up to two modifiers] person.
  for (int m = 0; at != std::string::npos && m <= 2; ++m) {
    end = word_end(at);
    if (end == at) return std::string::npos;
    w = absl::string_view(t.data() + at, end - at);
    const bool plural = absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss");
    if (!plural &&
        absl::c_all_of(w, [](char c) { return c >= 'a' && c <= 'z'; }) &&
        kinds.IsPerson(w)) {
      return end;
    }
    const bool modifier =
        absl::StrContains(w, "-") || absl::StartsWith(w, "⟦") ||
        !(absl::EndsWith(w, "ed") || absl::EndsWith(w, "ing") || plural);
    if (!modifier) return std::string::npos;
    at = next(end);
  }
  return std::string::npos;
}

int CountCues::DefinitePeople(const std::string& t, size_t clause,
                              int trigger_begin, int trigger_end) const {
  // A death told after the trigger in its clause: the person hurt died
  // ("was critically wounded and later died").
  const size_t stop = t.find(';', trigger_end);
  const std::vector<absl::string_view> rest = absl::StrSplit(
      absl::string_view(t).substr(trigger_end, stop == std::string::npos
                                                   ? absl::string_view::npos
                                                   : stop - trigger_end),
      absl::ByAnyChar(" ,.:"), absl::SkipEmpty());
  for (absl::string_view w : rest) {
    if (death_words_.contains(absl::AsciiStrToLower(w))) return 0;
  }
  // The passive subject: people ending right before the auxiliary (and
  // an adverb before it: "also was wounded").
  const int passive = PassiveSubjectPeople(t, clause, trigger_begin, 1,
                                           /*quantified_pronoun=*/false);
  if (passive >= 0) return passive;
  // A participle whose auxiliary the clause before gave: "a boy was
  // fatally shot and another teenager injured", "two men were killed and
  // a woman wounded".
  static constexpr absl::string_view kAnd = " and ";
  for (size_t at = clause; at < static_cast<size_t>(trigger_begin); ++at) {
    if (at < clause + kAnd.size() ||
        absl::string_view(t).substr(at - kAnd.size(), kAnd.size()) != kAnd) {
      continue;
    }
    const size_t end = PersonPhraseEnd(t, at, subject_determiners_,
                                       /*need_determiner=*/true);
    if (end + 1 != static_cast<size_t>(trigger_begin)) continue;
    // The first conjunct is a passive with its auxiliary.
    const re2::StringPiece first(t.data() + clause, at - kAnd.size() - clause);
    if (first_verb_ != nullptr && RE2::PartialMatch(first, *first_verb_)) {
      return 1;
    }
  }
  // The object of an active trigger.
  if (static_cast<size_t>(trigger_end) < t.size() && t[trigger_end] == ' ') {
    const size_t end = PersonPhraseEnd(t, trigger_end + 1, subject_determiners_,
                                       /*need_determiner=*/true);
    if (end != std::string::npos) return 1 + CoordinatedPeople(t, end);
    // "another" alone: one more person ("and wounding another Friday").
    const size_t word = trigger_end + 1;
    const size_t word_end = std::min(t.find_first_of(" ,.;:", word), t.size());
    if (additive_determiners_.contains(absl::AsciiStrToLower(
            absl::string_view(t).substr(word, word_end - word)))) {
      if (word_end == t.size() || t[word_end] != ' ') return 1;
      const size_t next = word_end + 1;
      const size_t next_end =
          std::min(t.find_first_of(" ,.;:", next), t.size());
      const absl::string_view w =
          absl::string_view(t).substr(next, next_end - next);
      // The next word opens no noun phrase of the determiner's: a tag of
      // a time or a place, a word that ends a phrase, or no word ("another
      // four men" is the count's).
      const bool count =
          absl::StartsWith(w, "⟦NUM#") || absl::StartsWith(w, "⟦QTY#");
      if (w.empty() || (absl::StartsWith(w, "⟦") && !count) ||
          phrase_ends_.contains(w)) {
        return 1;
      }
    }
  }
  return 0;
}

bool CountCues::IsCondition(const TaggedSentence& tagged,
                            int trigger_end) const {
  const std::string& t = tagged.text();
  static const LazyRE2 kCondition = {"^ conditions?\\b"};
  return RE2::PartialMatch(
      re2::StringPiece(t.data() + trigger_end, t.size() - trigger_end),
      *kCondition);
}

int CountCues::ConditionCount(const TaggedSentence& tagged, int trigger_begin,
                              int trigger_end) const {
  if (condition_tail_ == nullptr || !IsCondition(tagged, trigger_end)) {
    return 0;
  }
  const std::string& t = tagged.text();
  re2::StringPiece verb;
  if (!RE2::PartialMatch(re2::StringPiece(t.data(), trigger_begin),
                         *condition_tail_, &verb)) {
    return 0;
  }
  const std::string v =
      absl::AsciiStrToLower(absl::string_view(verb.data(), verb.size()));
  // "remained" agrees with one person or several.
  const bool singular = singular_condition_verbs_.contains(v);
  const bool plural = plural_condition_verbs_.contains(v);
  size_t subject_end = verb.data() - t.data() - 1;  // the space
  // A second verb of one subject: "Lee was taken to a hospital and is in
  // stable condition". The subject is the clause's first words, before
  // its first auxiliary.
  static constexpr absl::string_view kAnd = " and";
  if (subject_end >= kAnd.size() &&
      absl::string_view(t).substr(subject_end - kAnd.size(), kAnd.size()) ==
          kAnd) {
    size_t clause = t.find_last_of(";:", subject_end);
    clause = clause == std::string::npos ? 0 : clause + 1;
    re2::StringPiece rest(t.data() + clause, subject_end - clause);
    re2::StringPiece first;
    if (!RE2::PartialMatch(rest, *first_verb_, &first)) return 0;
    subject_end = first.data() - t.data();
  }
  return SubjectPeople(t, subject_end, singular, plural);
}

int CountCues::SubjectPeople(const std::string& t, size_t subject_end,
                             bool singular, bool plural) const {
  // Whether a subject of `n` people agrees with the verb.
  auto agrees = [singular, plural](int n) {
    return n == 1 ? singular : plural;
  };
  const absl::string_view subject(t.data(), subject_end);
  // A personal pronoun: "he", "she" (a plural one names no number).
  if (absl::EndsWith(subject, "⟧")) {
    const size_t open = subject.rfind("⟦");
    if (open != absl::string_view::npos &&
        absl::StartsWith(subject.substr(open), "⟦PRO#")) {
      return singular ? 1 : 0;
    }
  }
  // Named people: "Lee and Ruiz", "Ana Ruiz, 15,".
  std::string names;
  if (RE2::PartialMatch(re2::StringPiece(subject.data(), subject.size()),
                        *names_end_, &names)) {
    const int n = CountTags(names, "PER");
    if (n > 0 && agrees(n)) return n;
  }
  // A person noun phrase with its determiner: "the boy", "a 17-year-old
  // man", "his brother and sister".
  size_t clause = t.find_last_of(";:,", subject_end);
  clause = clause == std::string::npos ? 0 : clause + 1;
  const int n = PeopleEndingAt(t, clause, subject_end,
                               /*relative_clause=*/false);
  return n > 0 && agrees(n) ? n : 0;
}

int CountCues::PeopleEndingAt(const std::string& t, size_t clause,
                              size_t subject_end, bool relative_clause) const {
  for (size_t at = clause; at < subject_end; ++at) {
    if (at > clause && t[at - 1] != ' ') continue;
    const size_t end = PersonPhraseEnd(t, at, subject_determiners_,
                                       /*need_determiner=*/true);
    if (end == std::string::npos || end > subject_end) continue;
    size_t reach;
    const int n =
        1 + CoordinatedPeople(t, end, /*need_determiner=*/false, &reach);
    // One person with a relative clause that runs to the subject's end: "A
    // victim who escaped from the house also was injured".
    static constexpr absl::string_view kWho = " who ";
    if (relative_clause && reach != subject_end && n == 1 &&
        absl::string_view(t).substr(end, kWho.size()) == kWho &&
        t.find_first_of(",;:", end) >= subject_end) {
      reach = subject_end;
    }
    if (reach == subject_end) return n;
  }
  return 0;
}

int CountCues::PassiveSubjectPeople(const std::string& t, size_t clause,
                                    int trigger_begin, int min_people,
                                    bool quantified_pronoun) const {
  const re2::StringPiece before(t.data() + clause, trigger_begin - clause);
  re2::StringPiece tail, aux;
  if (!RE2::PartialMatch(before, *passive_tail_, &tail, &aux)) return -1;
  const size_t subject_end = tail.data() - t.data();  // the space
  const std::string a =
      absl::AsciiStrToLower(absl::string_view(aux.data(), aux.size()));
  // "both were killed": a pronoun that counts its people.
  const size_t word = t.find_last_of(" ,;:", subject_end - 1);
  const auto quantified = quantified_pronouns_.find(
      absl::AsciiStrToLower(absl::string_view(t).substr(
          word == std::string::npos ? 0 : word + 1,
          subject_end - (word == std::string::npos ? 0 : word + 1))));
  if (quantified_pronoun && quantified != quantified_pronouns_.end() &&
      quantified->second >= min_people && plural_auxiliaries_.contains(a)) {
    return quantified->second;
  }
  // The people must reach the auxiliary, and it must agree with them.
  const int n =
      PeopleEndingAt(t, clause, subject_end, /*relative_clause=*/true);
  if (n == 0) return 0;
  const bool agrees = n == 1 ? singular_auxiliaries_.contains(a)
                             : plural_auxiliaries_.contains(a);
  return agrees && n >= min_people ? n : 0;
}

int CountCues::NounImpliedCount(absl::string_view frame,
                                const TaggedSentence& tagged, int trigger_begin,
                                int trigger_end) const {
  size_t of_phrase;
  const int n = noun_victims_->Count(frame, tagged, trigger_begin, trigger_end,
                                     &of_phrase);
  if (n > 0 || of_phrase == std::string::npos) return n;
  // "the death of his wife", "the killing of an 11-year-old boy and his
  // mother": each conjunct with its own determiner is one more.
  const std::string& t = tagged.text();
  const size_t end = PersonPhraseEnd(t, of_phrase, subject_determiners_,
                                     /*need_determiner=*/false);
  if (end == std::string::npos) return 0;
  // Only a conjunct joined by "and": after a comma, a phrase with a
  // determiner is as often an apposition ("the death of this child, this
  // teenager").
  static const LazyRE2 kAnd = {"^,? and "};
  if (!RE2::PartialMatch(re2::StringPiece(t.data() + end, t.size() - end),
                         *kAnd)) {
    return 1;
  }
  return 1 + CoordinatedPeople(t, end, /*need_determiner=*/true);
}

bool CountCues::CancelledByFatalAdverb(absl::string_view frame,
                                       absl::string_view before) const {
  if (!nonfatal_frames_.contains(frame)) return false;
  const re2::StringPiece b(before.data(), before.size());
  return RE2::PartialMatch(b, *fatal_before_) ||
         (fatal_cause_before_ != nullptr &&
          RE2::PartialMatch(b, *fatal_cause_before_));
}

}  // namespace accord

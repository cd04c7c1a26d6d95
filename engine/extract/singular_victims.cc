#include "engine/extract/singular_victims.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/extract/cue_patterns.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/wordnet/noun_kinds.h"

namespace accord {
namespace {

template <typename Field>
std::vector<std::string> Words(const Field& f) {
  return std::vector<std::string>(f.begin(), f.end());
}

bool Plural(absl::string_view w) {
  return absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss");
}

bool Lower(absl::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-';
  });
}

// Whether some WordNet sense of `noun` is a person and its first sense is
// no animal and no group: "driver", "victim"; not "dog",
// "family".
bool IsPersonNoun(absl::string_view noun) {
  const NounKinds& kinds = NounKinds::Default();
  return (kinds.Of(noun) & NounKinds::kPerson) &&
         !(kinds.FirstSenseOf(noun) & (NounKinds::kAnimal | NounKinds::kGroup));
}

}  // namespace

bool SingularVictims::SingularPerson(absl::string_view phrase) const {
  const std::vector<absl::string_view> words =
      absl::StrSplit(phrase, ' ', absl::SkipEmpty());
  if (words.empty() || words.size() > 4) return false;
  for (absl::string_view w : words) {
    if (stops_.contains(w)) return false;
  }
  const absl::string_view head = words.back();
  if (!Lower(head) || Plural(head) || !IsPersonNoun(head)) return false;
  // Modifiers: an age ("⟦NUM#1⟧-year-old"), an adjective ("little"), a noun
  // of another kind ("police officer"); never a plural or a second person
  // ("the man and woman" is two).
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const absl::string_view w = words[i];
    if (absl::StartsWith(w, "⟦")) continue;
    if (Plural(w) && !absl::StrContains(w, "-")) return false;
    if (Lower(w) && IsPersonNoun(w)) return false;
  }
  return true;
}

absl::StatusOr<std::unique_ptr<SingularVictims>> SingularVictims::Create(
    const CountCueFile& p, const std::vector<std::string>& stops) {
  std::unique_ptr<SingularVictims> v(new SingularVictims());
  v->stops_.insert(stops.begin(), stops.end());
  v->stops_.insert(p.clause_words().begin(), p.clause_words().end());
  v->stops_.insert(p.definite_determiners().begin(),
                   p.definite_determiners().end());
  v->stops_.insert(p.singular_determiners().begin(),
                   p.singular_determiners().end());
  v->intransitive_frames_.insert(p.intransitive_frames().begin(),
                                 p.intransitive_frames().end());
  v->frames_.insert(p.death_frames().begin(), p.death_frames().end());
  v->pronouns_.insert(p.singular_pronouns().begin(),
                      p.singular_pronouns().end());
  if (p.definite_determiners().empty() && p.intransitive_frames().empty()) {
    return v;
  }
  std::vector<std::string> dets = Words(p.definite_determiners());
  for (const std::string& d : p.singular_determiners()) dets.push_back(d);
  const std::string det = LongestFirst(dets);
  // Adverbs between a subject and its verb: "later died", "also killed".
  std::string adverb_alt;
  {
    std::vector<std::string> quoted;
    for (const std::string& a : p.verb_adverbs()) {
      quoted.push_back(RE2::QuoteMeta(a));
    }
    quoted.push_back("[a-z]+ly");
    adverb_alt = absl::StrCat("(?: (?:", absl::StrJoin(quoted, "|"), ")){0,2}");
  }
  const std::string perfect =
      p.perfect_auxiliaries().empty()
          ? ""
          : absl::StrCat("(?: ", LongestFirst(Words(p.perfect_auxiliaries())),
                         ")?");
  // The subject phrase: a determiner and up to four words, the last its
  // head.
  const std::string phrase = "((?:[^ ,.;:]+ ){0,3}?[a-z-]+)";
  // A possessive pronoun is tagged as one: "⟦PRO#0⟧ grandmother".
  const std::string opener =
      absl::StrCat("(?:(?:^|[^a-z])", det, " |⟦PRO#\\d+⟧ )");
  const std::string name = "⟦PER#\\d+⟧(?:,? \\(?(?:[a-z]+ )?⟦NUM#\\d+⟧\\)?,?)?";
  const std::string names =
      absl::StrCat("(", name, "(?:(?:,? and |, )", name, ")*)");
  const CuePattern builds[] = {
      {&v->subject_names_,
       absl::StrCat(names, "(?: who)?", perfect, adverb_alt, " $")},
      {&v->subject_intransitive_,
       absl::StrCat("(", opener, phrase, ")(?: who)?", perfect, adverb_alt,
                    " $")},
      // A singular person coordinated before another: "a man and ".
      {&v->conjunct_before_,
       absl::StrCat("(", opener, phrase, ")(?:,? and|,) ?$")},
      // Headlines drop the determiner: "⟦NUM#0⟧-year-old girl dies".
      {&v->subject_headline_,
       absl::StrCat("^ ?", phrase, perfect, adverb_alt, " $")},
      // "the 5-year-old victim was struck and ": a second participle
      // joined to the trigger by "and".
      {&v->subject_passive_,
       absl::StrCat(opener, phrase, "(?: who)? ",
                    LongestFirst(Words(p.singular_auxiliaries())), adverb_alt,
                    "(?: [a-z]+ and)? $")},
      {&v->object_definite_,
       absl::StrCat("^ (?:", det,
                    "|⟦PRO#\\d+⟧) ([^ ,.;:]+(?: [^ ,.;:]+){0,3})")},
  };
  if (absl::Status s = CompileCuePatterns(builds); !s.ok()) return s;
  return v;
}

bool SingularVictims::SingularPronoun(absl::string_view frame,
                                      absl::string_view surface) const {
  return frames_.contains(frame) &&
         pronouns_.contains(absl::AsciiStrToLower(surface));
}

int SingularVictims::Count(absl::string_view frame,
                           const TaggedSentence& tagged, int trigger_begin,
                           int trigger_end, size_t* object_end) const {
  *object_end = std::string::npos;
  if (subject_names_ == nullptr || !frames_.contains(frame)) return 0;
  const std::string& t = tagged.text();
  // The clause before the trigger: back to a semicolon or a colon.
  size_t clause = t.find_last_of(";:", trigger_begin);
  clause = clause == std::string::npos ? 0 : clause + 1;
  const re2::StringPiece before(t.data() + clause, trigger_begin - clause);
  std::string words;
  if (intransitive_frames_.contains(frame)) {
    if (RE2::PartialMatch(before, *subject_names_, &words)) {
      return CountTags(words, "PER");
    }
    re2::StringPiece subject;
    // (Not a person here: "the driver was" may still be a passive subject.)
    if (RE2::PartialMatch(before, *subject_intransitive_, &subject, &words) &&
        SingularPerson(words)) {
      // "a 44-year-old man and a 17-year-old girl died": each singular
      // person coordinated before the subject is one more.
      int n = 1;
      for (re2::StringPiece rest(before.data(), subject.data() - before.data());
           RE2::PartialMatch(rest, *conjunct_before_, &subject, &words) &&
           SingularPerson(words);
           rest = re2::StringPiece(before.data(),
                                   subject.data() - before.data())) {
        ++n;
      }
      return n;
    }
    if (RE2::PartialMatch(before, *subject_headline_, &words) &&
        SingularPerson(words)) {
      return 1;
    }
  }
  // "the victim was pronounced dead", "the boy was struck and killed".
  if (RE2::PartialMatch(before, *subject_passive_, &words)) {
    return SingularPerson(words) ? 1 : 0;
  }
  // An intransitive frame has no object.
  if (intransitive_frames_.contains(frame)) return 0;
  const re2::StringPiece after(t.data() + trigger_end, t.size() - trigger_end);
  re2::StringPiece object;
  if (!RE2::PartialMatch(after, *object_definite_, &object)) return 0;
  // The noun phrase runs up to a preposition, a conjunction, a verb group
  // or a tag; its last word is its head: "his little brother", "his twin
  // daughters" (plural), "himself as ..." (no phrase).
  const std::vector<absl::string_view> w = absl::StrSplit(
      absl::string_view(object.data(), object.size()), ' ', absl::SkipEmpty());
  size_t k = 0;
  while (k < w.size() && !stops_.contains(w[k]) &&
         !(k > 0 && absl::StartsWith(w[k], "⟦"))) {
    ++k;
  }
  if (k == 0) return 0;
  const absl::string_view run(w[0].data(),
                              w[k - 1].data() + w[k - 1].size() - w[0].data());
  if (!SingularPerson(run)) return 0;
  *object_end =
      static_cast<size_t>(w[k - 1].data() + w[k - 1].size() - t.data());
  return 1;
}

}  // namespace accord

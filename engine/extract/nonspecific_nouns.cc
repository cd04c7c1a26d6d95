#include "engine/extract/nonspecific_nouns.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/io/bounded_parse.h"
#include "engine/normalize/tokenizer.h"
#include "engine/wordnet/noun_kinds.h"
#include "engine/wordnet/word_senses.h"
#include "proto/generic_events.pb.h"

namespace accord {
namespace {

constexpr absl::string_view kOpen = "⟦";
constexpr absl::string_view kClose = "⟧";

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '\'' ||
         c == '-';
}

// One token of a tagged sentence next to a position.
struct Piece {
  enum Kind { kNone, kWord, kTag, kPunct } kind = kNone;
  int begin = 0, end = 0;
  absl::string_view text;  // the word, the tag's name or the byte
};

// The token that ends at or before `pos` (spaces skipped).
Piece Before(absl::string_view t, int pos) {
  int i = pos;
  while (i > 0 && t[i - 1] == ' ') --i;
  Piece tok;
  if (i <= 0) return tok;
  if (i >= static_cast<int>(kClose.size()) &&
      t.substr(i - kClose.size(), kClose.size()) == kClose) {
    const size_t open = t.rfind(kOpen, i - kClose.size());
    const size_t hash = t.find('#', open == absl::string_view::npos ? 0 : open);
    if (open == absl::string_view::npos || hash == absl::string_view::npos ||
        static_cast<int>(hash) > i) {
      return tok;
    }
    tok.kind = Piece::kTag;
    tok.begin = static_cast<int>(open);
    tok.end = i;
    tok.text = t.substr(open + kOpen.size(), hash - open - kOpen.size());
    return tok;
  }
  if (IsWordByte(t[i - 1])) {
    int b = i;
    while (b > 0 && IsWordByte(t[b - 1])) --b;
    tok.kind = Piece::kWord;
    tok.begin = b;
    tok.end = i;
    tok.text = t.substr(b, i - b);
    return tok;
  }
  tok.kind = Piece::kPunct;
  tok.begin = i - 1;
  tok.end = i;
  tok.text = t.substr(i - 1, 1);
  return tok;
}

// The token that starts at or after `pos` (spaces skipped).
Piece After(absl::string_view t, int pos) {
  int i = pos;
  const int n = static_cast<int>(t.size());
  while (i < n && t[i] == ' ') ++i;
  Piece tok;
  if (i >= n) return tok;
  if (t.substr(i, kOpen.size()) == kOpen) {
    const size_t close = t.find(kClose, i);
    const size_t hash = t.find('#', i);
    if (close == absl::string_view::npos || hash == absl::string_view::npos ||
        hash > close) {
      return tok;
    }
    tok.kind = Piece::kTag;
    tok.begin = i;
    tok.end = static_cast<int>(close + kClose.size());
    tok.text = t.substr(i + kOpen.size(), hash - i - kOpen.size());
    return tok;
  }
  if (IsWordByte(t[i])) {
    int e = i;
    while (e < n && IsWordByte(t[e])) ++e;
    tok.kind = Piece::kWord;
    tok.begin = i;
    tok.end = e;
    tok.text = t.substr(i, e - i);
    return tok;
  }
  tok.kind = Piece::kPunct;
  tok.begin = i;
  tok.end = i + 1;
  tok.text = t.substr(i, 1);
  return tok;
}

bool IsNumberTag(absl::string_view tag) {
  return tag == "NUM" || tag == "QTY" || tag == "ORD";
}

// How a verb form looks up: its form, or -1 when WordNet has no such verb.
int VerbForm(absl::string_view w) {
  WordSenses::Sense s;
  if (!WordSenses::Find(w, WordSenses::kVerb, &s)) return -1;
  return s.form;
}

bool IsNoun(absl::string_view w) { return NounKinds::Default().Of(w) != 0; }

// Whether `w` is a word of time (a weekday, a month, "yesterday",
// "morning", "week"), which follows an event noun without heading it:
// "the murder yesterday", "a shooting Friday afternoon".
bool IsTimeWord(absl::string_view w) {
  const std::vector<::accord::Token> tokens = Tokenize(w);
  if (tokens.size() != 1) return false;
  const ::accord::Token& tok = tokens[0];
  return tok.month >= 0 || tok.weekday >= 0 ||
         (tok.time_class & (kTimeRelativeWord | kTimePeriodWord |
                            kTimePartOfDay | kTimeClockWord)) != 0;
}

}  // namespace

absl::StatusOr<std::unique_ptr<NonSpecificNouns>> NonSpecificNouns::Create(
    const Lexicon& lexicon, absl::string_view generic_textproto,
    absl::string_view name) {
  GenericEventFile file;
  const absl::Status parsed = ParseTextproto(generic_textproto, &file);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", parsed.message()));
  }
  std::unique_ptr<NonSpecificNouns> n(new NonSpecificNouns());
  const LexiconFile& lex = lexicon.proto();
  n->determiners_.insert(lex.determiners().begin(), lex.determiners().end());
  n->pronouns_.insert(lex.pronouns().begin(), lex.pronouns().end());
  n->phrase_ends_.insert(lex.phrase_ends().begin(), lex.phrase_ends().end());
  n->phrase_ends_.insert(file.participle_adjective_after().begin(),
                         file.participle_adjective_after().end());
  for (const auto* list :
       {&file.verb_openers(), &file.be_forms(), &file.perfect_auxiliaries()}) {
    n->auxiliaries_.insert(list->begin(), list->end());
  }
  n->generic_verbs_.insert(file.generic_plural_verbs().begin(),
                           file.generic_plural_verbs().end());
  return n;
}

bool NonSpecificNouns::Determines(absl::string_view w) const {
  return determiners_.contains(w) || absl::EndsWith(w, "'s") ||
         absl::EndsWith(w, "s'");
}

bool NonSpecificNouns::IsHeadline(absl::string_view text) {
  int long_words = 0, capitalized = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(text[j])) ++j;
    if (j - i >= 4) {
      ++long_words;
      capitalized += absl::ascii_isupper(static_cast<unsigned char>(text[i]));
    }
    i = j;
  }
  return long_words > 0 && 2 * capitalized >= long_words;
}

bool NonSpecificNouns::NonSpecific(
    absl::string_view t, int begin, int end, bool headline,
    const absl::flat_hash_set<std::string>& frame_nouns) const {
  if (begin < 0 || end > static_cast<int>(t.size()) || begin >= end) {
    return false;
  }
  const absl::string_view word = t.substr(begin, end - begin);
  for (char c : word) {
    if (!IsWordByte(c)) return false;  // several words
  }
  WordSenses::Sense sense;
  const bool event_noun = WordSenses::Find(word, WordSenses::kNoun, &sense);
  const bool frame_noun = frame_nouns.contains(word);
  if (!event_noun && !frame_noun) return false;
  const bool plural =
      event_noun ? sense.form == WordSenses::kPlural
                 : absl::EndsWith(word, "s") &&
                       frame_nouns.contains(word.substr(0, word.size() - 1));
  const Piece prev = Before(t, begin);
  // A word read as a verb: after a pronoun, a name, "to" or an auxiliary.
  if (prev.kind == Piece::kWord &&
      (pronouns_.contains(prev.text) || auxiliaries_.contains(prev.text))) {
    return false;
  }
  if (prev.kind == Piece::kTag && !IsNumberTag(prev.text) &&
      prev.text != "TIME") {
    return false;
  }
  if (plural) {
    if (headline) return false;
    // "wounds 2", "attacks the plan": a verb with its object.
    const Piece next = After(t, end);
    if (next.kind == Piece::kTag ||
        (next.kind == Piece::kWord &&
         (determiners_.contains(next.text) || pronouns_.contains(next.text)))) {
      return false;
    }
    // Walk left over adjectives and participles to what opens the phrase.
    Piece tok = prev;
    for (int step = 0; step < 4; ++step) {
      if (tok.kind == Piece::kNone || tok.kind == Piece::kPunct) {
        // The subject of a clause: a kind when its verb is present or
        // modal ("attacks can be prevented"), a set of happenings when
        // past ("fresh riots were reported").
        return next.kind == Piece::kWord && generic_verbs_.contains(next.text);
      }
      if (tok.kind == Piece::kTag) return false;  // a number, a name, a time
      const absl::string_view w = tok.text;
      if (Determines(w) || phrase_ends_.contains(w) ||
          auxiliaries_.contains(w)) {
        return false;
      }
      const int form = VerbForm(w);
      if (form == WordSenses::kPast || form == WordSenses::kGerund) {
        tok = Before(t, tok.begin);  // a participle: "targeted attacks"
        continue;
      }
      if (IsNoun(w)) return false;  // a compound or a subject
      if (form == WordSenses::kLemma || form == WordSenses::kThirdPerson) {
        return true;  // the object of a present verb: "prevent attacks"
      }
      tok = Before(t, tok.begin);  // an adjective: "successful attacks"
    }
    return false;
  }
  if (sense.form != WordSenses::kLemma && event_noun) return false;
  // A gerund before a noun is a verb with its object: "suspected of
  // killing his mother".
  if (VerbForm(word) == WordSenses::kGerund) return false;
  // A noun modifier: the next word is a common noun heading the phrase.
  if (prev.kind == Piece::kWord && !Determines(prev.text) &&
      !phrase_ends_.contains(prev.text)) {
    const int form = VerbForm(prev.text);
    const bool participle =
        form == WordSenses::kPast || form == WordSenses::kGerund;
    // A noun or a verb before it may be the subject ("hackers attack").
    if (!participle && (IsNoun(prev.text) || form >= 0)) return false;
  }
  const Piece next = After(t, end);
  if (next.kind != Piece::kWord) return false;
  const absl::string_view head = next.text;
  if (determiners_.contains(head) || phrase_ends_.contains(head) ||
      pronouns_.contains(head) || auxiliaries_.contains(head) ||
      !IsNoun(head) || IsTimeWord(head)) {
    return false;
  }
  const int head_verb = VerbForm(head);
  if (head_verb == WordSenses::kPast || head_verb == WordSenses::kGerund ||
      head_verb == WordSenses::kThirdPerson) {
    return false;  // the noun's verb: "the attack killed", "the riot spreads"
  }
  // A head that is itself an act or event is about this one: "murder
  // trial".
  WordSenses::Sense head_sense;
  if (WordSenses::Find(head, WordSenses::kNoun, &head_sense)) return false;
  return true;
}

}  // namespace accord

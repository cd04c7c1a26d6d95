#include "engine/extract/nonspecific_nouns.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/normalize/tokenizer.h"
#include "engine/wordnet/noun_kinds.h"
#include "engine/wordnet/word_senses.h"
#include "proto/generic_events.pb.h"

namespace accord {
namespace {

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '\'' ||
         c == '-';
}

// The tokens of a tagged sentence next to a position, read as every
// extraction pass reads one (engine/extract/tagged_tokens.h).
class Neighbours {
 public:
  explicit Neighbours(absl::string_view t) : tokens_(TokenizeTagged(t)) {}

  // The token that ends at or before `pos`, or null.
  const TaggedToken* Before(int pos) const {
    auto it = std::upper_bound(
        tokens_.begin(), tokens_.end(), pos,
        [](int p, const TaggedToken& tok) { return p < tok.end; });
    return it == tokens_.begin() ? nullptr : &*(it - 1);
  }

  // The token that starts at or after `pos`, or null.
  const TaggedToken* After(int pos) const {
    auto it = std::lower_bound(
        tokens_.begin(), tokens_.end(), pos,
        [](const TaggedToken& tok, int p) { return tok.begin < p; });
    return it == tokens_.end() ? nullptr : &*it;
  }

 private:
  std::vector<TaggedToken> tokens_;
};

bool Is(const TaggedToken* tok, TaggedToken::Kind kind) {
  return tok != nullptr && tok->kind == kind;
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

std::unique_ptr<NonSpecificNouns> NonSpecificNouns::Create(
    const Lexicon& lexicon, const GenericEventFile& file) {
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
  // Unknown names are GenericEvents::Create's error to report.
  for (const auto* list :
       {&file.noun_lexfiles(), &file.light_object_lexfiles()}) {
    for (const std::string& name : *list) {
      const int number = WordSenses::LexfileNumber(name);
      if (number >= 0) n->event_noun_lexfiles_ |= uint64_t{1} << number;
    }
  }
  return n;
}

bool NonSpecificNouns::IsEventNoun(absl::string_view w,
                                   WordSenses::Sense* sense) const {
  return WordSenses::Find(w, WordSenses::kNoun, sense) &&
         (event_noun_lexfiles_ >> sense->first_lexfile & 1);
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
  const bool event_noun = IsEventNoun(word, &sense);
  const bool frame_noun = frame_nouns.contains(word);
  if (!event_noun && !frame_noun) return false;
  const bool plural =
      event_noun ? sense.form == WordSenses::kPlural
                 : absl::EndsWith(word, "s") &&
                       frame_nouns.contains(word.substr(0, word.size() - 1));
  const Neighbours around(t);
  // A word inside a hyphenated compound ("anti-riot police") is read
  // with the compound's neighbours.
  const TaggedToken* prev = around.Before(begin);
  // A word read as a verb: after a pronoun, a name, "to" or an auxiliary.
  if (Is(prev, TaggedToken::kWord) &&
      (pronouns_.contains(prev->text) || auxiliaries_.contains(prev->text))) {
    return false;
  }
  if (Is(prev, TaggedToken::kTag) && !IsNumberTag(prev->text) &&
      prev->text != "TIME") {
    return false;
  }
  if (plural) {
    if (headline) return false;
    // "wounds 2", "attacks the plan": a verb with its object.
    const TaggedToken* next = around.After(end);
    if (Is(next, TaggedToken::kTag) ||
        (Is(next, TaggedToken::kWord) && (determiners_.contains(next->text) ||
                                          pronouns_.contains(next->text)))) {
      return false;
    }
    // Walk left over adjectives and participles to what opens the phrase.
    const TaggedToken* tok = prev;
    for (int step = 0; step < 4; ++step) {
      if (tok == nullptr || tok->kind == TaggedToken::kPunct) {
        // The subject of a clause: a kind when its verb is present or
        // modal ("attacks can be prevented"), a set of happenings when
        // past ("fresh riots were reported").
        return Is(next, TaggedToken::kWord) &&
               generic_verbs_.contains(next->text);
      }
      if (tok->kind == TaggedToken::kTag)
        return false;  // a number, a name, a time
      const absl::string_view w = tok->text;
      if (Determines(w) || phrase_ends_.contains(w) ||
          auxiliaries_.contains(w)) {
        return false;
      }
      const int form = VerbForm(w);
      if (form == WordSenses::kPast || form == WordSenses::kGerund) {
        tok = around.Before(tok->begin);  // a participle: "targeted attacks"
        continue;
      }
      if (IsNoun(w)) return false;  // a compound or a subject
      if (form == WordSenses::kLemma || form == WordSenses::kThirdPerson) {
        return true;  // the object of a present verb: "prevent attacks"
      }
      tok = around.Before(tok->begin);  // an adjective: "successful attacks"
    }
    return false;
  }
  if (sense.form != WordSenses::kLemma && event_noun) return false;
  // A gerund before a noun is a verb with its object: "suspected of
  // killing his mother".
  if (VerbForm(word) == WordSenses::kGerund) return false;
  // A noun modifier: the next word is a common noun heading the phrase.
  if (Is(prev, TaggedToken::kWord) && !Determines(prev->text) &&
      !phrase_ends_.contains(prev->text)) {
    const int form = VerbForm(prev->text);
    const bool participle =
        form == WordSenses::kPast || form == WordSenses::kGerund;
    // A noun or a verb before it may be the subject ("hackers attack").
    if (!participle && (IsNoun(prev->text) || form >= 0)) return false;
  }
  const TaggedToken* next = around.After(end);
  if (!Is(next, TaggedToken::kWord)) return false;
  const absl::string_view head = next->text;
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
  if (IsEventNoun(head, &head_sense)) return false;
  return true;
}

}  // namespace accord

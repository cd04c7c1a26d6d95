#include "engine/extract/generic_events.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/data/english.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/io/bounded_parse.h"
#include "engine/text/fold.h"
#include "engine/wordnet/noun_kinds.h"
#include "engine/wordnet/word_senses.h"
#include "proto/generic_events.pb.h"

namespace accord {
namespace {

// generic_events reads tokens by this short name.
using Token = TaggedToken;

std::vector<Token> Tokenize(absl::string_view t) { return TokenizeTagged(t); }

bool IsClauseEnd(const Token& t) {
  return t.kind == Token::kPunct &&
         (t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" ||
          t.text == ")" || t.text == "." || t.text == "!" || t.text == "?");
}

bool IsActorTag(absl::string_view tag) {
  return tag == "PER" || tag == "PRO" || tag == "ORG" || tag == "GPE";
}

bool IsEntityTag(absl::string_view tag) {
  return IsActorTag(tag) || tag == "THG" || tag == "EVT";
}

void AddArg(absl::string_view role, Value value, Claim* claim) {
  Argument* arg = claim->add_args();
  arg->set_role(std::string(role));
  *arg->mutable_value() = std::move(value);
}

absl::Status LexfileBits(
    const google::protobuf::RepeatedPtrField<std::string>& names,
    absl::string_view file, uint64_t* bits) {
  for (const std::string& n : names) {
    const int number = WordSenses::LexfileNumber(n);
    if (number < 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          file, ": unknown WordNet lexicographer file \"", n, "\""));
    }
    *bits |= uint64_t{1} << number;
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<GenericEvents>> GenericEvents::Create(
    const Lexicon& lexicon, absl::string_view textproto,
    const CountCues* count_cues, absl::string_view name) {
  GenericEventFile file;
  const absl::Status parsed = ParseTextproto(textproto, &file);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", parsed.message()));
  }
  return FromFile(lexicon, file, count_cues, name);
}

absl::StatusOr<std::unique_ptr<GenericEvents>> GenericEvents::FromFile(
    const Lexicon& lexicon, const GenericEventFile& file,
    const CountCues* count_cues, absl::string_view name) {
  std::unique_ptr<GenericEvents> g(new GenericEvents());
  g->count_cues_ = count_cues;
  g->lead_sentences_ = file.lead_sentences();
  absl::Status s = LexfileBits(file.verb_lexfiles(), name, &g->verb_lexfiles_);
  if (s.ok()) s = LexfileBits(file.noun_lexfiles(), name, &g->noun_lexfiles_);
  if (s.ok()) {
    s = LexfileBits(file.light_object_lexfiles(), name,
                    &g->light_object_lexfiles_);
  }
  if (s.ok()) {
    s = LexfileBits(file.object_verb_lexfiles(), name,
                    &g->object_verb_lexfiles_);
  }
  if (s.ok()) {
    s = LexfileBits(file.speech_object_lexfiles(), name,
                    &g->speech_object_lexfiles_);
  }
  g->light_object_lexfiles_ |= g->noun_lexfiles_;
  g->light_object_window_ = file.light_object_window();
  g->headline_present_ = file.headline_present();
  g->unmatched_frame_words_ = file.unmatched_frame_words();
  if (!s.ok()) return s;
  g->light_verbs_.insert(file.light_verbs().begin(), file.light_verbs().end());
  g->light_nouns_.insert(file.light_nouns().begin(), file.light_nouns().end());
  g->support_verbs_.insert(file.support_verbs().begin(),
                           file.support_verbs().end());
  g->gerund_openers_.insert(file.gerund_openers().begin(),
                            file.gerund_openers().end());
  g->verb_openers_.insert(file.verb_openers().begin(),
                          file.verb_openers().end());
  g->be_forms_.insert(file.be_forms().begin(), file.be_forms().end());
  g->money_units_.insert(file.money_units().begin(), file.money_units().end());
  g->place_prepositions_.insert(file.place_prepositions().begin(),
                                file.place_prepositions().end());
  g->participle_adjective_after_.insert(
      file.participle_adjective_after().begin(),
      file.participle_adjective_after().end());
  g->particles_.insert(file.particles().begin(), file.particles().end());
  g->dateline_words_.insert(file.dateline_words().begin(),
                            file.dateline_words().end());
  g->perfect_auxiliaries_.insert(file.perfect_auxiliaries().begin(),
                                 file.perfect_auxiliaries().end());
  g->determiners_.insert(lexicon.proto().determiners().begin(),
                         lexicon.proto().determiners().end());
  g->phrase_ends_.insert(lexicon.proto().phrase_ends().begin(),
                         lexicon.proto().phrase_ends().end());
  const EnglishWordsFile& english = English::Default().words();
  g->prepositions_.insert(english.prepositions().begin(),
                          english.prepositions().end());
  for (const FrameSpec& f : lexicon.proto().frames()) {
    // Attribution is no claim of its own: its verbs ("announced") are
    // events when they take a noun-phrase object (object_verb_lexfiles).
    if (f.name() == "ATTRIBUTION") continue;
    // One-word forms, and verbs with a particle ("took over").
    for (std::string& v : Lexicon::VerbForms(f)) {
      if (std::count(v.begin(), v.end(), ' ') <= 1) g->frame_verbs_.insert(v);
    }
    for (std::string& n : Lexicon::NounForms(f)) {
      if (n.find(' ') == std::string::npos) g->frame_nouns_.insert(n);
    }
  }
  return g;
}

std::vector<GenericEvents::Found> GenericEvents::Find(
    absl::string_view doc_text, const TaggedSentence& tagged,
    const AnnotatedSentence& s, absl::Span<const std::pair<int, int>> covered,
    const std::vector<std::pair<int, int>>* attempted) const {
  std::vector<Found> found;
  if (lead_sentences_ > 0 && s.index >= lead_sentences_) return found;
  const std::vector<Token> tokens = Tokenize(tagged.text());
  const int n = static_cast<int>(tokens.size());
  // Whether token i is capitalized in the document.
  auto capitalized = [&](int i) {
    const int at = tagged.DocOffset(tokens[i].begin);
    return at >= 0 && at < static_cast<int>(doc_text.size()) &&
           absl::ascii_isupper(static_cast<unsigned char>(doc_text[at]));
  };
  // A headline in title case capitalizes its event words too.
  int long_words = 0, capitalized_words = 0;
  for (int i = 0; i < n; ++i) {
    if (tokens[i].kind != Token::kWord || tokens[i].text.size() < 4) continue;
    ++long_words;
    capitalized_words += capitalized(i);
  }
  const bool title_case = 2 * capitalized_words >= long_words;
  auto tag_is = [&](int i, auto pred) {
    return i >= 0 && i < n && tokens[i].kind == Token::kTag &&
           tokens[i].mention >= 0 &&
           tokens[i].mention < static_cast<int>(s.mentions.size()) &&
           pred(tokens[i].text);
  };
  auto word_in = [&](int i, const absl::flat_hash_set<std::string>& set) {
    return i >= 0 && i < n && tokens[i].kind == Token::kWord &&
           set.contains(tokens[i].text);
  };
  auto mention = [&](int i) -> const Mention& {
    return s.mentions[tokens[i].mention];
  };
  // The first token of the clause of token i, and one past its last.
  auto clause_begin = [&](int i) {
    while (i > 0 && !IsClauseEnd(tokens[i - 1])) --i;
    return i;
  };
  auto clause_end = [&](int i) {
    while (i < n && !IsClauseEnd(tokens[i])) ++i;
    return i;
  };
  // Adverbs and negators between an auxiliary and its verb.
  auto skip_back_adverbs = [&](int i) {
    while (i >= 0 && tokens[i].kind == Token::kWord &&
           (absl::EndsWith(tokens[i].text, "ly") || tokens[i].text == "not" ||
            tokens[i].text == "also" || tokens[i].text == "never" ||
            tokens[i].text == "n't")) {
      --i;
    }
    return i;
  };
  auto is_money = [&](const Mention& m) {
    return m.tag == "QTY" && money_units_.contains(m.value.quantity().unit());
  };
  // A count at tag token i: a number or quantity that is not money, an age,
  // a denial ("no one") or a frequency ("11 times").
  auto is_count = [&](int i) {
    if (!tag_is(i,
                [](absl::string_view t) { return t == "NUM" || t == "QTY"; }))
      return false;
    const Mention& m = mention(i);
    if (is_money(m) || !m.value.has_quantity()) return false;
    const int index = tokens[i].mention;
    return !count_cues_->IsAge(tagged, index) &&
           !count_cues_->IsDenied(tagged, index) &&
           !count_cues_->IsFrequency(tagged, index, m.value.quantity().unit());
  };

  // Whether token j is a word read as a noun rather than as a finite verb
  // ("youths", "men", "attacks"; not "left", "fled"): a noun WordNet
  // lists that is not a verb's past form.
  auto before_noun = [&](int j) {
    if (j >= n || tokens[j].kind != Token::kWord ||
        phrase_ends_.contains(tokens[j].text) ||
        NounKinds::Default().Of(tokens[j].text) == 0) {
      return false;
    }
    WordSenses::Sense verb;
    return !WordSenses::Find(tokens[j].text, WordSenses::kVerb, &verb) ||
           verb.form != WordSenses::kPast;
  };
  // Whether token j is a past verb form that is no auxiliary: a past
  // participle right after it modifies the noun that follows ("fought
  // pitched battles", "found charred remains"), while after an auxiliary
  // it is the verb ("had parked", "was parked").
  auto after_finite_verb = [&](int j) {
    WordSenses::Sense v;
    return j >= 0 && tokens[j].kind == Token::kWord &&
           !be_forms_.contains(tokens[j].text) &&
           !perfect_auxiliaries_.contains(tokens[j].text) &&
           WordSenses::Find(tokens[j].text, WordSenses::kVerb, &v) &&
           v.form == WordSenses::kPast;
  };
  // Whether the verb at [i, last] is a web page's dateline: a time follows
  // it (maybe after a dateline word: "at", "on") and the rest of the
  // sentence is times, dateline words and punctuation ("Last updated at
  // 12:42 GMT", "Friday | Updated 8:52 PM"; not "Robbed on Monday, the
  // bank ...").
  auto is_time = [&](int j) {
    return tag_is(j, [](absl::string_view t) { return t == "TIME"; });
  };
  auto dateline = [&](int i, int last) {
    int next = last + 1;
    if (word_in(next, dateline_words_)) ++next;
    if (!is_time(next)) return false;
    for (int k = 0; k < n; ++k) {
      if ((k >= i && k <= last) || tokens[k].kind == Token::kPunct ||
          is_time(k) ||
          tag_is(k, [](absl::string_view t) { return t == "NUM"; }) ||
          word_in(k, dateline_words_)) {
        continue;
      }
      return false;
    }
    return true;
  };

  // A headline: the first sentence, in title case or without a final stop.
  const bool headline =
      headline_present_ && s.index == 0 && n > 0 &&
      (title_case || tokens[n - 1].kind != Token::kPunct ||
       (tokens[n - 1].text != "." && tokens[n - 1].text != "!" &&
        tokens[n - 1].text != "?"));
  // Whether token j could be a headline verb's subject: a name or a noun
  // that is no function word and not a preposition's object ("Colts
  // clinch", "Cable cuts"; not "for state visit").
  auto headline_subject = [&](int j) {
    if (word_in(j - 1, phrase_ends_)) return false;
    if (tag_is(j, IsEntityTag)) return true;
    if (j < 0 || tokens[j].kind != Token::kWord) return false;
    const absl::string_view t = tokens[j].text;
    return !determiners_.contains(t) && !phrase_ends_.contains(t) &&
           !be_forms_.contains(t) && !verb_openers_.contains(t) &&
           NounKinds::Default().Of(t) != 0;
  };
  // Whether WordNet's most frequent sense of noun `t` is an event or a
  // state (the table also lists nouns of communication, which are not).
  auto event_noun = [&](absl::string_view t, WordSenses::Sense* sense) {
    return WordSenses::Find(t, WordSenses::kNoun, sense) &&
           (light_object_lexfiles_ >> sense->first_lexfile & 1);
  };
  // Whether the noun at j modifies a word after it rather than heading its
  // phrase ("the fire department", "the final two games").
  auto modifies_next = [&](int j) {
    // Before a number it is an adjective: "the final two games".
    if (tag_is(j + 1,
               [](absl::string_view t) { return t == "NUM" || t == "QTY"; })) {
      return true;
    }
    if (j + 1 >= n || tokens[j + 1].kind != Token::kWord) return false;
    WordSenses::Sense next;
    // A word after it that is an event noun itself, or no verb at all, is
    // the phrase's head.
    if (event_noun(tokens[j + 1].text, &next)) return true;
    return !WordSenses::Find(tokens[j + 1].text, WordSenses::kVerb, &next) &&
           !phrase_ends_.contains(tokens[j + 1].text) &&
           !prepositions_.contains(tokens[j + 1].text) &&
           !verb_openers_.contains(tokens[j + 1].text) &&
           !be_forms_.contains(tokens[j + 1].text);
  };
  // Whether a frame's verb at token j may still be a generic trigger: no
  // frame rule read it.
  auto unread_frame_word = [&](int j) {
    if (!unmatched_frame_words_ || attempted == nullptr) return false;
    const int b = tagged.DocOffset(tokens[j].begin);
    const int e = tagged.DocOffset(tokens[j].end);
    for (const auto& [ab, ae] : *attempted) {
      if (b < ae && ab < e) return false;
    }
    return true;
  };
  auto inside_covered = [&](int j) {
    const int b = tagged.DocOffset(tokens[j].begin);
    const int e = tagged.DocOffset(tokens[j].end);
    for (const auto& [cb, ce] : covered) {
      if (b < ce && cb < e) return true;
    }
    return false;
  };
  // The event noun a light verb at j takes as its object, after at most
  // light_object_window_ modifiers ("made an eight-year offer", "held
  // talks"), or -1. Stores its sense in `out`.
  auto light_object = [&](int j, WordSenses::Sense* out) {
    const int end = clause_end(j);
    for (int k = j + 1, modifiers = 0;
         k < end && modifiers <= light_object_window_; ++k) {
      if (tag_is(k, [](absl::string_view t) {
            return t == "NUM" || t == "ORD";
          })) {
        ++modifiers;
        continue;
      }
      if (tokens[k].kind != Token::kWord) return -1;
      const absl::string_view t = tokens[k].text;
      if (determiners_.contains(t) && !phrase_ends_.contains(t)) continue;
      if (phrase_ends_.contains(t) || be_forms_.contains(t) ||
          verb_openers_.contains(t) || (!title_case && capitalized(k))) {
        return -1;
      }
      // The phrase's head: no noun follows it ("the fire", not "the fire
      // department").
      const bool head = !modifies_next(k) &&
                        !(k + 1 < n && tokens[k + 1].kind == Token::kWord &&
                          !phrase_ends_.contains(tokens[k + 1].text) &&
                          NounKinds::Default().Of(tokens[k + 1].text) != 0);
      WordSenses::Sense noun;
      if (head) {
        if (!WordSenses::Find(t, WordSenses::kNoun, &noun) ||
            !((light_object_lexfiles_ | speech_object_lexfiles_) >>
                  noun.first_lexfile &
              1) ||
            light_nouns_.contains(noun.lemma) || frame_nouns_.contains(t) ||
            inside_covered(k)) {
          return -1;
        }
        *out = noun;
        return k;
      }
      // A modifier is no verb form ("had fled the fighting", "prompted a
      // carefully calibrated campaign").
      WordSenses::Sense verb;
      if (WordSenses::Find(t, WordSenses::kVerb, &verb) &&
          verb.form != WordSenses::kLemma && NounKinds::Default().Of(t) == 0) {
        return -1;
      }
      ++modifiers;
    }
    return -1;
  };
  // Whether a noun phrase, not a clause, follows the verb at j: a
  // determiner, a name, a nationality or an ordinal, and no verb within the
  // phrase ("announced the
  // acquisition"; not "announced that", "said Friday", "said the suspect
  // fled").
  auto noun_phrase_object = [&](int j) {
    const int k = j + 1;
    if (tag_is(k, IsEntityTag)) {
      // A name.
    } else if (tag_is(k, [](absl::string_view t) {
                 return t == "DEM" || t == "ORD";
               })) {
      // A nationality or an ordinal opens a noun phrase ("named Australian
      // actor Hugh Jackman", "condemns Israeli bombing"); a number may be
      // a clause's subject ("said one man", "said 66-year-old Ana Ruiz
      // was").
    } else if (k >= n || tokens[k].kind != Token::kWord ||
               !determiners_.contains(tokens[k].text) ||
               phrase_ends_.contains(tokens[k].text)) {
      return false;
    }
    const int end = clause_end(j);
    for (int m = k + 1; m < end && m <= k + 6; ++m) {
      if (tokens[m].kind != Token::kWord) continue;
      const absl::string_view t = tokens[m].text;
      if (phrase_ends_.contains(t)) break;
      if (be_forms_.contains(t) || verb_openers_.contains(t) ||
          perfect_auxiliaries_.contains(t)) {
        return false;
      }
      WordSenses::Sense v, noun;
      if (WordSenses::Find(t, WordSenses::kVerb, &v) &&
          (v.form == WordSenses::kPast || v.form == WordSenses::kThirdPerson) &&
          !event_noun(t, &noun)) {
        return false;
      }
    }
    return true;
  };

  int skip_until = -1;  // tokens up to here belong to an earlier trigger
  for (int i = 0; i < n; ++i) {
    if (i <= skip_until) continue;
    const Token& w = tokens[i];
    if (w.kind != Token::kWord || w.text.size() < 3) continue;
    if (i > 0 && !title_case && capitalized(i)) continue;
    // Function words are never triggers: skip their lookups.
    if (determiners_.contains(w.text) || phrase_ends_.contains(w.text) ||
        be_forms_.contains(w.text) || verb_openers_.contains(w.text)) {
      continue;
    }
    const int doc_begin = tagged.DocOffset(w.begin);
    const int doc_end = tagged.DocOffset(w.end);
    bool inside = false;
    for (const auto& [b, e] : covered) inside |= doc_begin < e && b < doc_end;
    if (inside) continue;

    const int prev = i - 1;
    const bool after_determiner = word_in(prev, determiners_);
    // A verb: a past form or a gerund after an auxiliary, a past form not
    // after a determiner or a preposition ("the injured", "for aggravated
    // assault" are noun phrases), a base or third-person form after "to",
    // a modal or "did".
    WordSenses::Sense sense;
    bool verb = false, passive = false;
    // Whether a support verb lends its place to its object's event.
    bool lent = false;
    // The last token of the trigger: the verb's particle when it has one.
    int last = i;
    const bool verb_form =
        (!frame_verbs_.contains(w.text) || unread_frame_word(i)) &&
        WordSenses::Find(w.text, WordSenses::kVerb, &sense);
    if (verb_form && word_in(i + 1, particles_)) {
      WordSenses::Sense phrasal;
      const std::string two =
          absl::StrCat(sense.lemma, "_", tokens[i + 1].text);
      const std::string words = absl::StrCat(w.text, " ", tokens[i + 1].text);
      if (WordSenses::Find(two, WordSenses::kVerb, &phrasal) &&
          phrasal.lemma == two &&
          (!frame_verbs_.contains(words) || unread_frame_word(i + 1))) {
        phrasal.form = sense.form;
        sense = phrasal;
        last = i + 1;
      }
    }
    const bool event_verb = verb_lexfiles_ >> sense.first_lexfile & 1;
    const bool object_verb = object_verb_lexfiles_ >> sense.first_lexfile & 1;
    const bool light = last == i && light_verbs_.contains(sense.lemma);
    const bool support = support_verbs_.contains(sense.lemma);
    if (verb_form && (event_verb || object_verb || light || support)) {
      const int aux = skip_back_adverbs(prev);
      switch (sense.form) {
        case WordSenses::kPast:
          // ... nor after a number ("two hooded men") or a past verb that
          // is no auxiliary ("fought pitched battles"), nor opening the
          // sentence before a noun ("Hooded youths", "Armed men"), nor in a
          // page's dateline ("Last updated at 12:42 GMT").
          verb = !after_determiner &&
                 !word_in(aux, participle_adjective_after_) &&
                 !tag_is(prev,
                         [](absl::string_view t) {
                           return t == "NUM" || t == "ORD";
                         }) &&
                 !(i == 0 && last == i && before_noun(i + 1)) &&
                 !after_finite_verb(prev) && !dateline(i, last);
          passive = word_in(aux, be_forms_);
          break;
        case WordSenses::kGerund:
          // A progressive ("were fleeing"), a gerund clause after a
          // subordinator or preposition ("after falling", "by wandering"),
          // or a participle clause after a comma with its object ("...,
          // killing one man").
          verb = word_in(aux, be_forms_) || word_in(prev, gerund_openers_) ||
                 (prev >= 0 && tokens[prev].kind == Token::kPunct &&
                  tokens[prev].text == "," &&
                  (word_in(last + 1, determiners_) ||
                   tag_is(last + 1, [](absl::string_view t) {
                     return IsEntityTag(t) || t == "NUM";
                   })));
          break;
        case WordSenses::kLemma:
        case WordSenses::kThirdPerson:
          // In a headline, not before a past form: "Ferry route suspended"
          // is a noun and its participle.
          verb = word_in(aux, verb_openers_) ||
                 (headline && !after_determiner && headline_subject(prev) &&
                  !(last + 1 < n && after_finite_verb(last + 1)));
          break;
        default:
          break;
      }
      if (verb && support && !passive) {
        // A support verb lends its place to its object's event.
        WordSenses::Sense noun;
        const int object = light_object(last, &noun);
        if (object >= 0) {
          sense = noun;
          last = object;
          lent = true;
        }
      }
      if (!verb || lent) {
        // Read.
      } else if (light) {
        verb = false;
      } else if (!event_verb) {
        // A communication verb: an event with a noun-phrase object or in a
        // passive ("was named host"; not "it was announced that").
        const bool clause_next =
            last + 1 < n && (tokens[last + 1].kind == Token::kPunct ||
                             tokens[last + 1].text == "that");
        verb =
            object_verb && (passive ? !clause_next : noun_phrase_object(last));
      }
    }
    // A noun: an event noun right after a determiner or after a determiner
    // and one modifier ("the deadly fire"), heading its phrase (not
    // modifying a noun after it: "the fire department").
    bool noun = false;
    if (!verb) {
      last = i;
      WordSenses::Sense noun_sense;
      const bool after_modifier = prev >= 0 &&
                                  tokens[prev].kind == Token::kWord &&
                                  !phrase_ends_.contains(tokens[prev].text) &&
                                  word_in(prev - 1, determiners_);
      if ((after_determiner || after_modifier) &&
          !frame_nouns_.contains(w.text) &&
          WordSenses::Find(w.text, WordSenses::kNoun, &noun_sense) &&
          (noun_lexfiles_ >> noun_sense.first_lexfile & 1) &&
          !light_nouns_.contains(noun_sense.lemma)) {
        if (!modifies_next(i)) {
          noun = true;
          sense = noun_sense;
        }
      }
    }
    if (!verb && !noun) continue;

    Found f;
    f.trigger_begin = w.begin;
    f.trigger_end = tokens[last].end;
    Claim& claim = f.claim;
    claim.set_frame(std::string(kFrame));
    claim.set_rule(lent   ? "generic_support_verb"
                   : verb ? "generic_verb"
                          : "generic_noun");
    skip_until = last;
    Value event;
    event.set_text(WordSenses::GroupKey(sense));
    event.set_surface(
        std::string(tagged.text().substr(w.begin, tokens[last].end - w.begin)));
    AddArg("event", std::move(event), &claim);

    const int cb = clause_begin(i), ce = clause_end(i);
    // Participants of a verb.
    if (verb) {
      int subject = -1, object = -1;
      for (int k = i - 1; k >= cb; --k) {
        if (tokens[k].kind == Token::kWord &&
            (tokens[k].text == "and" || tokens[k].text == "but" ||
             tokens[k].text == "or" || tokens[k].text == "who" ||
             tokens[k].text == "which" || tokens[k].text == "that")) {
          break;
        }
        if (tag_is(k, IsActorTag)) {
          subject = k;
          break;
        }
      }
      int by = -1;
      for (int k = last + 1; k < ce && k <= last + 4; ++k) {
        if (tokens[k].kind == Token::kWord) {
          if (passive && tokens[k].text == "by" && tag_is(k + 1, IsActorTag)) {
            by = k + 1;
            break;
          }
          if (phrase_ends_.contains(tokens[k].text) &&
              !determiners_.contains(tokens[k].text)) {
            break;
          }
          continue;
        }
        if (tag_is(k, IsEntityTag)) {
          object = k;
          break;
        }
        if (tokens[k].kind == Token::kTag) break;
      }
      const int agent = passive ? by : subject;
      const int patient = passive ? subject : object;
      if (agent >= 0) AddArg("agent", EntityValueOf(mention(agent)), &claim);
      if (patient >= 0) {
        AddArg("patient", EntityValueOf(mention(patient)), &claim);
      }
      // A count: right after an active verb ("evacuated 300 people"), or
      // the subject of a passive ("300 people were evacuated").
      int count = -1;
      if (!passive) {
        for (int k = last + 1; k < ce && k <= last + 2; ++k) {
          if (is_count(k)) {
            count = k;
            break;
          }
          if (!word_in(k, determiners_) &&
              !(tokens[k].kind == Token::kWord && tokens[k].text == "some")) {
            break;
          }
        }
      } else {
        for (int k = skip_back_adverbs(prev) - 1; k >= cb && k >= i - 6; --k) {
          if (is_count(k)) {
            count = k;
            break;
          }
          if (tokens[k].kind == Token::kTag) break;
        }
      }
      if (count >= 0) {
        AddArg("count", mention(count).value, &claim);
      }
    }
    // Time: a TIME in the trigger's clause (nearest), else one in a short
    // clause opening the sentence ("On Monday, ...").
    {
      int time = -1;
      for (int k = cb; k < ce; ++k) {
        if (tag_is(k, [](absl::string_view t) { return t == "TIME"; }) &&
            (time < 0 || std::abs(k - i) < std::abs(time - i))) {
          time = k;
        }
      }
      if (time < 0 && cb > 0) {
        const int first_end = clause_end(0);
        if (first_end <= 4 && first_end < n && tokens[first_end].text == ",") {
          for (int k = 0; k < first_end; ++k) {
            if (tag_is(k, [](absl::string_view t) { return t == "TIME"; })) {
              time = k;
            }
          }
        }
      }
      if (time >= 0) AddArg("time", mention(time).value, &claim);
    }
    // Place: after a place preposition later in the clause, within two
    // words ("in central Athens", "near the border town of ..." is too far).
    for (int k = last + 1; k < ce; ++k) {
      if (!word_in(k, place_prepositions_)) continue;
      for (int j = k + 1; j < ce && j <= k + 3; ++j) {
        if (tag_is(j, [](absl::string_view t) { return t == "GPE"; })) {
          AddArg("place", EntityValueOf(mention(j)), &claim);
          k = ce;
          break;
        }
        if (tokens[j].kind != Token::kWord) break;
      }
    }
    // Money: an amount of money in the clause after the trigger, with the
    // amount in another currency the text gives right after it in
    // parentheses ("EUR 85 million ($108 million)"): the article's own
    // rate, so that amounts in different currencies can be compared.
    auto is_money_at = [&](int k) {
      return tag_is(k, [](absl::string_view t) { return t == "QTY"; }) &&
             is_money(mention(k));
    };
    auto punct_at = [&](int k, absl::string_view p) {
      return k < n && tokens[k].kind == Token::kPunct && tokens[k].text == p;
    };
    for (int k = last + 1; k < ce && k <= last + 8; ++k) {
      if (!is_money_at(k)) continue;
      Value money = mention(k).value;
      if (punct_at(k + 1, "(") && is_money_at(k + 2) && punct_at(k + 3, ")")) {
        const Quantity& other = mention(k + 2).value.quantity();
        if (other.unit() != money.quantity().unit()) {
          *money.mutable_quantity()->add_equivalents() = other;
        }
      }
      AddArg("money", std::move(money), &claim);
      break;
    }
    std::stable_sort(claim.mutable_args()->begin(), claim.mutable_args()->end(),
                     [](const Argument& a, const Argument& b) {
                       return a.role() < b.role();
                     });
    found.push_back(std::move(f));
  }
  return found;
}

}  // namespace accord

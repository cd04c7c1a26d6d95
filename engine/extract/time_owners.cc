#include "engine/extract/time_owners.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "engine/data/english.h"
#include "engine/timeml/time_words.h"
#include "engine/wordnet/word_senses.h"

namespace accord {
namespace {

// Words a noun phrase after a pre-nominal time may have before the noun
// ("Saturday's deadly shooting").
constexpr int kMaxNounPhrase = 3;
// Modifiers between a cause preposition and its event noun ("after the
// deadly attack").
constexpr int kMaxCauseModifiers = 3;
// Tokens between two coordinated verbs ("arrested him and charged").
constexpr int kMaxCoordinationGap = 6;

bool Overlaps(int b1, int e1, int b2, int e2) { return b1 < e2 && b2 < e1; }

}  // namespace

TimeOwners::TimeOwners(const SentenceView& view, const Lexicon& lexicon,
                       const std::vector<std::pair<int, int>>& triggers)
    : view_(view), tokens_(view.tokens()) {
  for (const char* name : {"ATTRIBUTION", "STATE"}) {
    const FrameSpec* frame = lexicon.Find(name);
    if (frame == nullptr) continue;
    for (const std::string& v : frame->verbs()) {
      reporting_lemmas_.push_back(v);
    }
  }
  const int n = static_cast<int>(tokens_.size());
  trigger_.assign(n, false);
  verb_.assign(n, false);
  for (int k = 0; k < n; ++k) {
    for (const auto& [b, e] : triggers) {
      trigger_[k] = trigger_[k] || Overlaps(DocBegin(k), DocEnd(k), b, e);
    }
  }
  for (int k = 0; k < n; ++k) verb_[k] = IsVerb(k);
}

bool TimeOwners::IsTrigger(int k) const { return trigger_[k]; }

int TimeOwners::DocBegin(int k) const {
  return view_.tagged->DocOffset(tokens_[k].begin);
}

int TimeOwners::DocEnd(int k) const {
  return view_.tagged->DocOffset(tokens_[k].end);
}

bool TimeOwners::IsWord(int k) const {
  return k >= 0 && k < static_cast<int>(tokens_.size()) &&
         tokens_[k].kind == TaggedToken::kWord;
}

bool TimeOwners::Has(
    int k, const google::protobuf::RepeatedPtrField<std::string>& words) const {
  if (!IsWord(k)) return false;
  return std::find(words.begin(), words.end(), tokens_[k].text) != words.end();
}

bool TimeOwners::PossessiveInside(int tag) const {
  const int m = tokens_[tag].mention;
  if (m < 0 || m >= static_cast<int>(view_.mentions().size())) return false;
  // Typographic apostrophes read as ASCII ones.
  const std::string surface = absl::StrReplaceAll(
      view_.mentions()[m].value.surface(), {{"\u2019", "'"}});
  for (const std::string& clitic :
       English::Default().words().possessive_clitics()) {
    if (absl::EndsWith(surface, clitic)) return true;
  }
  return false;
}

int TimeOwners::Before(int k) const {
  const EnglishWordsFile& w = English::Default().words();
  for (--k; k >= 0; --k) {
    const absl::string_view t = tokens_[k].text;
    const bool adverb =
        IsWord(k) && t.size() > 3 && t.substr(t.size() - 2) == "ly";
    if (!adverb && !Has(k, w.negators()) && !Has(k, w.negative_clitics())) {
      return k;
    }
  }
  return -1;
}

bool TimeOwners::IsVerb(int k) const {
  if (!IsWord(k)) return false;
  const EnglishWordsFile& w = English::Default().words();
  if (Has(k, w.be_forms())) return true;
  WordSenses::Sense sense;
  if (!WordSenses::Find(tokens_[k].text, WordSenses::kVerb, &sense)) {
    return false;
  }
  const TimeWords& time_words = TimeWords::Default();
  const int b = Before(k);
  // A determiner, number or possessive before a form makes it an
  // attributive participle or a noun ("the wounded man", "two injured",
  // "Saturday's shooting").
  const bool noun_context =
      b >= 0 &&
      ((IsWord(b) && time_words.determiners.Has(tokens_[b].text)) ||
       (tokens_[b].kind == TaggedToken::kTag &&
        (tokens_[b].text == "NUM" || tokens_[b].text == "ORD" ||
         tokens_[b].text == "QTY")) ||
       Has(b, w.possessive_clitics()) ||
       // "the March 3 shooting", "the Smith killing"
       (tokens_[b].kind == TaggedToken::kTag &&
        ((IsWord(b - 1) && time_words.determiners.Has(tokens_[b - 1].text)) ||
         PossessiveInside(b))));
  if (noun_context) return false;
  // A claim's trigger after a preposition or a verb is a noun ("charged
  // with murder", "after killing", "announced charges"); elsewhere a
  // trigger WordNet reads as a verb is one ("Man dies after shooting").
  const bool trigger_verb =
      IsTrigger(k) && !Has(b, w.prepositions()) && !(b >= 0 && verb_[b]);
  switch (sense.form) {
    case WordSenses::kPast:
      return true;
    case WordSenses::kGerund:
      return Has(b, w.be_forms()) || trigger_verb;
    case WordSenses::kLemma:
    case WordSenses::kThirdPerson:
      return Has(b, w.verb_openers()) || trigger_verb;
    default:
      return false;
  }
}

bool TimeOwners::IsReporting(int k) const {
  WordSenses::Sense sense;
  if (!verb_[k] ||
      !WordSenses::Find(tokens_[k].text, WordSenses::kVerb, &sense)) {
    return false;
  }
  if (std::find(reporting_lemmas_.begin(), reporting_lemmas_.end(),
                sense.lemma) != reporting_lemmas_.end()) {
    return true;
  }
  // Other verbs of communication report when a that-clause follows
  // ("testified that"); without one they may name a summons or a request
  // ("police were called to the scene").
  static const int kCommunication =
      WordSenses::LexfileNumber("verb.communication");
  return sense.first_lexfile == kCommunication && IsWord(k + 1) &&
         tokens_[k + 1].text == "that";
}

int TimeOwners::GroupBegin(int v) const {
  const EnglishWordsFile& w = English::Default().words();
  int g = v;
  for (;;) {
    // Auxiliaries: "has been charged", "was not hurt".
    for (int b = Before(g); b >= 0 && verb_[b]; b = Before(g)) g = b;
    // A verb coordinated with the group: only a coordinator, commas,
    // mentions (objects: "arrested him and charged") and adverbs between.
    bool coordinator = false;
    int k = g - 1;
    for (int steps = 0; k >= 0 && steps < kMaxCoordinationGap; --k, ++steps) {
      if (verb_[k]) break;
      const TaggedToken& t = tokens_[k];
      if (t.kind == TaggedToken::kTag) continue;
      if (t.kind == TaggedToken::kPunct && t.text == ",") continue;
      if (Has(k, w.coordinators())) {
        coordinator = true;
        continue;
      }
      if (IsWord(k) && t.text.size() > 3 &&
          t.text.substr(t.text.size() - 2) == "ly") {
        continue;
      }
      k = -1;
      break;
    }
    if (k < 0 || !verb_[k] || !coordinator) return g;
    g = k;
  }
}

bool TimeOwners::PreModifies(int tag, Owner* owner) const {
  const EnglishWordsFile& w = English::Default().words();
  const TimeWords& time_words = TimeWords::Default();
  const int n = static_cast<int>(tokens_.size());
  int next = tag + 1;
  if (Has(next, w.possessive_clitics())) {
    ++next;  // "Saturday's shooting"
  } else if (PossessiveInside(tag)) {
    // "last week's attack": the clitic inside the time phrase.
  } else if (!(tag > 0 && IsWord(tag - 1) &&
               time_words.determiners.Has(tokens_[tag - 1].text))) {
    return false;  // "the March 3 shooting" needs its determiner
  }
  int end = next;
  while (end < n && end - next < kMaxNounPhrase && IsWord(end) && !verb_[end] &&
         !Has(end, w.prepositions()) && !Has(end, w.be_forms()) &&
         !Has(end, w.coordinators())) {
    ++end;
  }
  if (end == next) return false;
  owner->scope = TimeAttachment::OTHER_EVENT;
  owner->head_begin = next;
  owner->head_end = end;
  return true;
}

bool TimeOwners::DatesCausingEvent(int tag, Owner* owner) const {
  const TimeWords& time_words = TimeWords::Default();
  int q = tag - 1;
  if (IsWord(q) && time_words.leading_prepositions.Has(tokens_[q].text)) --q;
  if (!IsWord(q) || verb_[q]) return false;
  WordSenses::Sense sense;
  if (!WordSenses::Find(tokens_[q].text, WordSenses::kNoun, &sense)) {
    return false;
  }
  static const int kAct = WordSenses::LexfileNumber("noun.act");
  static const int kEvent = WordSenses::LexfileNumber("noun.event");
  if (sense.first_lexfile != kAct && sense.first_lexfile != kEvent) {
    return false;
  }
  for (int k = q - 1; k >= 0 && k >= q - 1 - kMaxCauseModifiers; --k) {
    if (IsWord(k) && time_words.cause_prepositions.Has(tokens_[k].text)) {
      owner->scope = TimeAttachment::OTHER_EVENT;
      owner->head_begin = q;
      owner->head_end = q + 1;
      return true;
    }
    if (!IsWord(k) || verb_[k]) return false;
  }
  return false;
}

TimeOwners::Owner TimeOwners::OwnerOf(int tag) const {
  const EnglishWordsFile& w = English::Default().words();
  const int n = static_cast<int>(tokens_.size());
  Owner owner;
  if (PreModifies(tag, &owner) || DatesCausingEvent(tag, &owner)) {
    return owner;
  }
  auto clause_end = [&](int k) {
    return tokens_[k].kind == TaggedToken::kPunct &&
           (tokens_[k].text == ";" || tokens_[k].text == ":");
  };
  int v = -1, clause_begin = 0;
  for (int k = tag - 1; k >= 0; --k) {
    if (clause_end(k)) {
      clause_begin = k + 1;
      break;
    }
    if (verb_[k]) {
      v = k;
      break;
    }
  }
  if (v < 0) {
    // Before every verb of its clause: it dates the clause's events up to
    // its first reporting verb, whose complement is a clause of its own.
    int end = tag + 1;
    while (end < n && !clause_end(end)) ++end;
    for (int k = tag + 1; k < end; ++k) {
      if (IsReporting(k)) {
        owner.report_begin = GroupBegin(k);
        owner.report_end = k + 1;
        end = k + 1;
        break;
      }
    }
    owner.scope = TimeAttachment::SENTENCE;
    owner.head_begin = clause_begin;
    owner.head_end = end;
    return owner;
  }
  // Between a noun and its verb: "the shooting Saturday was gang-related".
  int q = tag - 1;
  if (IsWord(q) &&
      TimeWords::Default().leading_prepositions.Has(tokens_[q].text)) {
    --q;
  }
  if (tag + 1 < n && verb_[tag + 1] && IsWord(q) && !verb_[q] && q > v) {
    owner.scope = TimeAttachment::OTHER_EVENT;
    owner.head_begin = q;
    owner.head_end = q + 1;
    return owner;
  }
  owner.scope = TimeAttachment::TRIGGER;
  owner.head_begin = GroupBegin(v);
  owner.head_end = v + 1;
  // The object right after the verb: a light verb and its event noun
  // state one event ("will hold talks with Putin on Thursday").
  int object_end = v + 1;
  while (
      object_end < tag && object_end - v <= kMaxNounPhrase &&
      !verb_[object_end] && !Has(object_end, w.prepositions()) &&
      !Has(object_end, w.coordinators()) &&
      (IsWord(object_end) || (tokens_[object_end].kind == TaggedToken::kTag &&
                              (tokens_[object_end].text == "NUM" ||
                               tokens_[object_end].text == "ORD")))) {
    ++object_end;
  }
  owner.object_begin = v + 1;
  owner.object_end = object_end;
  // A noun right before the time, in the verb's phrase: English does not
  // tell whether the time dates the verb or that noun ("charged in the
  // shooting Monday", "until his death in 2006"), so it dates both.
  if (IsWord(q) && !verb_[q] && q > v) {
    owner.noun_begin = q;
    owner.noun_end = q + 1;
  }
  // An occurrence verb dates its event-noun subject too ("the shooting
  // happened Saturday"), and so does a participle without an auxiliary
  // after a noun, when a verb before it is the clause's own: a reduced
  // relative clause ("serving a sentence imposed in 1997").
  WordSenses::Sense sense;
  const int subject = Before(owner.head_begin);
  if (IsWord(subject) && !verb_[subject] &&
      WordSenses::Find(tokens_[v].text, WordSenses::kVerb, &sense)) {
    // A form of "be" only when the time is its complement, alone or with
    // a participle or adverb ("was Saturday", "is set for April 2"), not
    // inside a predicate noun phrase: in "the death was part of a feud
    // over a murder in Seattle March 19" the time is of what the
    // predicate names. Other occurrence verbs take no predicate, so a
    // place may stand between ("broke out at the depot on Monday"). No
    // comma either way.
    bool occurrence =
        std::find(w.occurrence_verbs().begin(), w.occurrence_verbs().end(),
                  sense.lemma) != w.occurrence_verbs().end();
    const bool be = Has(v, w.be_forms());
    for (int k = v + 1; k < tag && occurrence; ++k) {
      occurrence = tokens_[k].kind != TaggedToken::kPunct &&
                   !(be && IsWord(k) &&
                     TimeWords::Default().determiners.Has(tokens_[k].text));
    }
    bool reduced_relative = false;
    // A form of "be" is a finite verb, never such a participle.
    if (sense.form == WordSenses::kPast && owner.head_begin == v &&
        !Has(v, w.be_forms())) {
      for (int k = subject - 1; k >= clause_begin && !clause_end(k); --k) {
        reduced_relative = reduced_relative || verb_[k];
      }
    }
    if (occurrence || reduced_relative) {
      owner.subject_begin = subject;
      owner.subject_end = subject + 1;
    }
  }
  return owner;
}

TimeAttachment TimeOwners::Attach(int mention, int trigger_begin,
                                  int trigger_end) const {
  TimeAttachment a;
  int tag = -1;
  for (int k = 0; k < static_cast<int>(tokens_.size()); ++k) {
    if (tokens_[k].kind == TaggedToken::kTag && tokens_[k].mention == mention &&
        tokens_[k].text == "TIME") {
      tag = k;
      break;
    }
  }
  if (tag < 0) return a;
  *a.mutable_time() = view_.SpanOf(tokens_[tag].begin, tokens_[tag].end);
  *a.mutable_value() = view_.mentions()[mention].value.time();
  const Owner owner = OwnerOf(tag);
  auto covers = [&](int b, int e) {
    return b < e &&
           Overlaps(DocBegin(b), DocEnd(e - 1), trigger_begin, trigger_end);
  };
  const bool own = covers(owner.head_begin, owner.head_end) ||
                   covers(owner.subject_begin, owner.subject_end) ||
                   covers(owner.noun_begin, owner.noun_end) ||
                   covers(owner.object_begin, owner.object_end);
  if (owner.scope == TimeAttachment::SENTENCE) {
    a.set_scope(own ? TimeAttachment::SENTENCE : TimeAttachment::OTHER_EVENT);
    if (!own && owner.report_begin < owner.report_end) {
      // A claim of the reported clause: the time dates the report.
      *a.mutable_head() = view_.SpanOf(tokens_[owner.report_begin].begin,
                                       tokens_[owner.report_end - 1].end);
    }
    return a;
  }
  a.set_scope(own ? TimeAttachment::TRIGGER : TimeAttachment::OTHER_EVENT);
  *a.mutable_head() = view_.SpanOf(tokens_[owner.head_begin].begin,
                                   tokens_[owner.head_end - 1].end);
  return a;
}

}  // namespace accord

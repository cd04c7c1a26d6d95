// Time owners: which word of a sentence each of its time phrases dates.
// English attaches a time adverbial to one verb (or one noun), and the
// story's sub-events — a shooting, a death days later, an arrest, a charge,
// the police statement that reports them — happen on different days, so a
// claim may take a time only when the time is its own:
//
//  - a time after a verb dates the nearest verb before it in its clause,
//    with the verbs coordinated with that verb ("was arrested and charged
//    with murder Monday"); a reporting verb is a verb like any other, so
//    in "a man was killed, police said Sunday" Sunday is the report's and
//    in "the man who was shot Saturday died Monday" Saturday is the
//    shooting's and Monday the death's;
//  - a time before every verb of its clause ("On Tuesday, police
//    arrested ...", "Police on Tuesday arrested ...") dates every event of
//    the clause up to its first reporting verb, that verb included: a
//    reporting verb's complement is a clause of its own, which keeps only
//    the times inside it. In "On Sunday, the chief said the shooting was
//    gang-related" Sunday dates the statement and the shooting is left
//    undated — whether the reported event was that day or before ("had
//    been shot") English does not say, so no time is guessed; in "On
//    Sunday, a gunman killed two people, police said" the killing comes
//    before the reporting verb and keeps Sunday. A reporting verb is one
//    of the lexicon's ATTRIBUTION or STATE verbs ("said", "announced",
//    "confirmed", "told"), or a verb whose most frequent WordNet sense is
//    verb.communication when "that" introduces its complement ("testified
//    that", "disclosed that");
//  - a time before a noun ("the March 3 shooting", "Saturday's killing"),
//    after an event noun that a preposition of cause or sequence
//    introduces ("charged for a shooting on Saturday"), or between a noun
//    and its clause's verb ("the shooting Saturday was gang-related")
//    dates that noun;
//  - an occurrence verb ("happened", "took place", "was") shares its time
//    with its event-noun subject ("the shooting happened Saturday").
//
// Verbs are words WordNet reads as verb forms: past forms and participles
// (not after a determiner or number: "the wounded man"), a gerund after a
// form of "be", a base or -s form after an auxiliary or "to" (English word
// lists in engine/data/english.textproto), and the claim triggers of the
// sentence that WordNet reads as verbs and that no determiner, number or
// preposition makes nouns ("dies" in a headline).
//
//   TimeOwners owners(view, lexicon, trigger_spans);  // document offsets
//   TimeAttachment a = owners.Attach(time_mention, trigger.begin(),
//                                    trigger.end());
//   if (a.scope() == TimeAttachment::OTHER_EVENT) ...  // not the claim's time
#ifndef ACCORD_ENGINE_EXTRACT_TIME_OWNERS_H_
#define ACCORD_ENGINE_EXTRACT_TIME_OWNERS_H_

#include <string>
#include <utility>
#include <vector>

#include "engine/extract/sentence_view.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

class TimeOwners {
 public:
  // Reads the sentence of `view`, which must outlive this object, as
  // must `lexicon` (its ATTRIBUTION and STATE frames name the reporting
  // verbs). `triggers` are the document byte ranges [begin, end) of the
  // sentence's claim triggers (Claim.trigger). Thread-compatible.
  TimeOwners(const SentenceView& view, const Lexicon& lexicon,
             const std::vector<std::pair<int, int>>& triggers);

  // Where TIME mention `mention` (an index into the sentence's mentions)
  // stands relative to the claim whose trigger is the tagged-text range
  // document range [trigger_begin, trigger_end): TRIGGER when the time dates
  // that trigger, SENTENCE when it dates every event of the sentence,
  // OTHER_EVENT when it dates another word (the head span). A mention
  // that is no TIME tag of the sentence gives SCOPE_UNSPECIFIED.
  TimeAttachment Attach(int mention, int trigger_begin, int trigger_end) const;

 private:
  // What a time phrase dates: token ranges [begin, end) into tokens_.
  struct Owner {
    TimeAttachment::Scope scope = TimeAttachment::SCOPE_UNSPECIFIED;
    int head_begin = 0, head_end = 0;  // the verb group or the noun
    // An occurrence verb's event-noun subject; empty when none.
    int subject_begin = 0, subject_end = 0;
    // The verb's object noun phrase, whose event noun the verb states
    // ("hold talks Thursday", "made an arrest Monday"); empty when none.
    int object_begin = 0, object_end = 0;
    // The noun the time follows inside the verb's phrase ("convicted of
    // a murder in 1997"), which the time may date too; empty when none.
    int noun_begin = 0, noun_end = 0;
    // For a clause-opening time, the reporting verb group that ends its
    // scope ("On Sunday, police said ..."); empty when none.
    int report_begin = 0, report_end = 0;
  };

  bool IsTrigger(int k) const;
  // Document offsets of token k.
  int DocBegin(int k) const;
  int DocEnd(int k) const;
  bool IsVerb(int k) const;
  bool IsWord(int k) const;
  // Whether verb token k reports speech (see the top comment).
  bool IsReporting(int k) const;
  bool Has(int k,
           const google::protobuf::RepeatedPtrField<std::string>& words) const;
  // The token before `k` not counting adverbs ("-ly", negators), or -1.
  int Before(int k) const;
  Owner OwnerOf(int tag) const;
  bool PreModifies(int tag, Owner* owner) const;
  // Whether the time phrase of tag token `tag` ends with a possessive
  // clitic ("last week's").
  bool PossessiveInside(int tag) const;
  bool DatesCausingEvent(int tag, Owner* owner) const;
  // Extends the verb at `v` back over its auxiliaries and the verbs
  // coordinated with it; returns the first token of the group.
  int GroupBegin(int v) const;

  const SentenceView& view_;
  std::vector<std::string> reporting_lemmas_;  // ATTRIBUTION and STATE verbs
  const std::vector<TaggedToken>& tokens_;     // view_.tokens()
  std::vector<bool> trigger_;                  // by token
  std::vector<bool> verb_;                     // by token
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_TIME_OWNERS_H_

// What a number next to a casualty verb counts. The rules put any number
// near a trigger into the claim's count; English marks some of those numbers
// as something else: an age ("Jennifer Rooney, 44, was killed", "killing a
// 20-year-old", "a man aged 44"), a subset of a group counted before ("Five
// men were shot, three of them fatally"), or the count of another clause
// ("Two people were killed and one child was injured"). The cue words come
// from engine/data/counts.textproto.
//
//   ACCORD_ASSIGN_OR_RETURN(auto cues, CountCues::FromTextproto(text));
//   if (cues->IsAge(tagged, index)) ...  // not a count of victims
#ifndef ACCORD_ENGINE_EXTRACT_COUNT_CUES_H_
#define ACCORD_ENGINE_EXTRACT_COUNT_CUES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/extract/noun_victims.h"
#include "engine/extract/singular_victims.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class CountCues {
 public:
  // Parses an accord.CountCueFile textproto; INVALID_ARGUMENT when it is
  // malformed or a list is empty. `determiners` are the language's
  // determiners (the lexicon's list): one may open a singular person
  // coordinated with an implied patient ("and his grandfather").
  // `phrase_ends` (the lexicon's) end a noun phrase ("his son in ...").
  static absl::StatusOr<std::unique_ptr<CountCues>> FromTextproto(
      absl::string_view text, const std::vector<std::string>& determiners = {},
      const std::vector<std::string>& phrase_ends = {});

  // Whether the NUM or QTY mention `index` of `tagged` states an age, not
  // how many: "N-year-old" (any age unit), after an age marker ("aged 44",
  // "both 16"), or a bare
  // number set off by commas or parentheses after a person or a noun ("Lee, 9,
  // was shot", "the victim (44)"), or after the last name of a list of people
  // given with ages, where writers often drop the closing comma ("Ruiz, 27, and
  // Kic, 31 were arrested"). Thread-safe.
  // A number after a set-off age marker ("all", "both") is a count for a
  // death frame `frame` when it is not set off ("all four died"); for
  // other frames it stays an age (measured on INJURE, "all three suffered
  // gunshot wounds" told the wounds of the dead).
  bool IsAge(const TaggedSentence& tagged, int index,
             absl::string_view frame = "") const;

  // Whether mention `index` follows a negative subject word: "no one was
  // hurt" counts nobody, not one.
  bool IsDenied(const TaggedSentence& tagged, int index) const;

  // Whether mention `index` counts how often or with what, not victims:
  // "shot 11 times", "fired 20 rounds" (a frequency noun follows the
  // number, or is its unit).
  bool IsFrequency(const TaggedSentence& tagged, int index,
                   absl::string_view unit) const;

  // Whether mention `index` names a part of a group counted before: it
  // follows a subset marker ("including two women", "among them three
  // children").
  bool IsSubset(const TaggedSentence& tagged, int index) const;

  // Whether mention `index` counts victims besides someone told before:
  // "five others", "three other men" (the total is larger when the one
  // told before is of the same event, so such a count is a lower bound).
  // `mention_text` is the mention's own text ("three other teenagers" may
  // be one mention). A bare part opener ("one") right before a clause word
  // ("One was pronounced dead, a second ...") picks one of a group too.
  bool IsOthers(const TaggedSentence& tagged, int index,
                absl::string_view mention_text) const;

  // Whether mention `index` opens a partitive: "three of them".
  bool IsPartitive(const TaggedSentence& tagged, int index) const;

  // Whether `word` (lower case) opens a new clause between two counts.
  bool IsClauseWord(absl::string_view word) const {
    return clause_words_.contains(word);
  }

  // The number of victims a casualty trigger at [trigger_begin,
  // trigger_end) of `tagged` implies without a number, for frames listed in
  // implied_count_frames: the people named right before its passive verb
  // group ("Lee, 9, and Ruiz, 11, were shot": 2), a singular passive
  // subject ("A man was killed", "He was shot": 1), or the people named or
  // the singular noun phrase right after an active trigger ("killing
  // 20-year-old Tolitha Bowman", "shot a teenager": 1), with one more for
  // each singular person coordinated with it ("wounding a toddler and his
  // grandfather": 2), and a definite singular person or the subject of an
  // intransitive death verb (SingularVictims: "the boy died", "killed his
  // girlfriend"). For definite_implied_frames also a definite or
  // possessive singular person, as the passive subject or the object
  // ("His 11-year-old brother was critically wounded", "critically
  // injuring her son": 1; "her sister and mother were injured": 2), and a
  // passive subject after "a", "an" or "one" with a relative clause or an
  // adverb before the auxiliary ("A victim who escaped also was
  // injured": 1; "a man and his son were hurt": 2), a person whose
  // participle takes the auxiliary of the clause before ("a boy was shot
  // and another teenager injured": 1), and "another" as the object
  // ("wounding another": 1), unless
  // the sentence goes on to tell a death after the trigger ("was
  // critically wounded and later died"). 0 when nothing is
  // implied or a negative subject denies the event ("No one was hurt").
  // Thread-safe.
  int ImpliedCount(absl::string_view frame, const TaggedSentence& tagged,
                   int trigger_begin, int trigger_end) const;

  // The people a hospital condition at [trigger_begin, trigger_end) of
  // `tagged` tells were hurt, where the trigger is the condition word
  // before "condition" (rules.textproto's news_condition): the subject of
  // the verb that joins them ("the boy is in stable condition": 1, "Lee
  // and Ruiz are in serious condition": 2, "where he remains in critical
  // condition": 1, "Ana Ruiz was taken to a hospital and is in stable
  // condition": 1). The subject is a singular personal pronoun's tag, named
  // people, or a singular person noun phrase after a determiner (definite
  // or not) with the people coordinated with it; the verb must agree with
  // it (counts.textproto: singular_condition_verbs,
  // plural_condition_verbs, condition_fillers). 0 when the trigger is no
  // condition or the subject is none of these ("the house is in good
  // condition", "they are in stable condition"). Thread-safe.
  int ConditionCount(const TaggedSentence& tagged, int trigger_begin,
                     int trigger_end) const;

  // Whether a trigger ending at `trigger_end` of `tagged` is a condition
  // word: "condition" follows it ("stable condition").
  bool IsCondition(const TaggedSentence& tagged, int trigger_end) const;

  // The number of victims a noun trigger of a death frame at
  // [trigger_begin, trigger_end) of `tagged` names without a number
  // (NounVictims: "the death of an 11-year-old boy", "a double homicide"),
  // with one more for each person with a determiner coordinated with a
  // single victim of its of-phrase ("the killing of his wife and her
  // mother": 2). 0 when none. Thread-safe.
  int NounImpliedCount(absl::string_view frame, const TaggedSentence& tagged,
                       int trigger_begin, int trigger_end) const;

  // Whether a fatal adverb ("fatally") right before a trigger of `frame`
  // (`before` = the tagged text up to the trigger), or a death it is named
  // the cause of ("died of a single gunshot wound", "died from his
  // injuries"), makes the event a killing, so `frame` (an injury) does not
  // hold.
  bool CancelledByFatalAdverb(absl::string_view frame,
                              absl::string_view before) const;

  const CountCueFile& proto() const { return proto_; }
  const SingularVictims& singular_victims() const { return *singular_victims_; }

 private:
  CountCues() = default;

  // How many singular people are coordinated after byte `at` of `t` (" and
  // grandfather", " and a ⟦NUM#2⟧-year-old woman"): each a person noun
  // (WordNet's first sense), after at most a determiner (FromTextproto's
  // `determiners` or a singular determiner) and two modifiers
  // (tags, hyphenated words, or words that do not look like verbs).
  // With `need_determiner`, a conjunct without its own determiner is no
  // second person ("his friend and teammate" may be one). With `end`, also
  // where the last of them ends (`at` when none).
  int CoordinatedPeople(const std::string& t, size_t at,
                        bool need_determiner = false,
                        size_t* end = nullptr) const;

  // The end of a singular person noun phrase that starts at byte `at` of
  // `t` ("his ⟦NUM#2⟧-year-old brother", "mother"): a determiner of `dets`,
  // a pronoun's tag or a possessive name (required when
  // `need_determiner`), at most two
  // modifiers and a person noun (WordNet's first sense);
  // std::string::npos when there is none.
  size_t PersonPhraseEnd(const std::string& t, size_t at,
                         const absl::flat_hash_set<std::string>& dets,
                         bool need_determiner) const;

  // The people the subject that ends at byte `subject_end` of `t` names,
  // when a verb that agrees with one person (`singular`) or several
  // (`plural`) follows (ConditionCount's subject).
  int SubjectPeople(const std::string& t, size_t subject_end, bool singular,
                    bool plural) const;

  // The people of the person noun phrase (opened by a subject determiner
  // or a possessive) and the singular people coordinated after it that
  // start at a word of [clause, subject_end) of `t` and end exactly at
  // `subject_end`; with `relative_clause`, one person's " who ..." may run
  // to it. 0 when none does.
  int PeopleEndingAt(const std::string& t, size_t clause, size_t subject_end,
                     bool relative_clause) const;

  // The people of the passive subject that ends right before the
  // auxiliary that ends the clause text [clause, trigger_begin) (" were
  // critically "): PeopleEndingAt (a relative clause allowed), or a
  // quantified pronoun when `quantified_pronoun` ("both were killed": 2);
  // the auxiliary must agree. 0 when there is none or fewer than
  // `min_people`; -1 when the clause does not end in a passive auxiliary.
  int PassiveSubjectPeople(const std::string& t, size_t clause,
                           int trigger_begin, int min_people,
                           bool quantified_pronoun) const;

  // The definite people ImpliedCount reads for definite_implied_frames
  // (see there); `clause` is where the trigger's clause begins.
  int DefinitePeople(const std::string& t, size_t clause, int trigger_begin,
                     int trigger_end) const;

  CountCueFile proto_;
  std::unique_ptr<RE2> age_after_;           // anchored at the tag's end
  std::unique_ptr<RE2> age_before_;          // anchored at the tag's start
  std::unique_ptr<RE2> set_off_age_before_;  // "both ", anchored likewise
  std::unique_ptr<RE2> apposition_before_;
  std::unique_ptr<RE2> apposition_after_;
  std::unique_ptr<RE2> subset_before_;       // anchored at the tag's start
  std::unique_ptr<RE2> others_after_;        // anchored at the tag's end
  std::unique_ptr<RE2> fatal_cause_before_;  // "died of a ", anchored at end
  absl::flat_hash_set<std::string> other_words_;
  std::unique_ptr<RE2> listed_name_before_;  // "⟦PER⟧, ⟦NUM⟧, and ⟦PER⟧, "
  std::unique_ptr<RE2> auxiliary_after_;  // " were"
  std::unique_ptr<RE2> partitive_after_;
  std::unique_ptr<RE2> passive_names_;
  std::unique_ptr<RE2> passive_singular_;
  std::unique_ptr<RE2> object_names_;
  std::unique_ptr<RE2> object_singular_;
  std::unique_ptr<RE2> object_age_;
  std::unique_ptr<RE2> denied_;
  std::unique_ptr<RE2> frequency_after_;
  absl::flat_hash_set<std::string> frequency_nouns_;
  std::unique_ptr<RE2> negative_subject_;
  std::unique_ptr<RE2> fatal_before_;
  absl::flat_hash_set<std::string> implied_frames_;
  absl::flat_hash_set<std::string> nonfatal_frames_;
  absl::flat_hash_set<std::string> clause_words_;
  absl::flat_hash_set<std::string> conjunct_determiners_;
  std::unique_ptr<SingularVictims> singular_victims_;
  std::unique_ptr<NounVictims> noun_victims_;
  absl::flat_hash_set<std::string> death_frames_;
  absl::flat_hash_map<std::string, int> quantified_pronouns_;
  absl::flat_hash_set<std::string> part_openers_;
  absl::flat_hash_set<std::string> definite_determiners_;
  absl::flat_hash_set<std::string> definite_frames_;
  absl::flat_hash_set<std::string> death_words_;  // fatal_cause_words
  absl::flat_hash_set<std::string> singular_auxiliaries_, plural_auxiliaries_;
  // " also were critically ": from the adverb before the auxiliary, and
  // the auxiliary, caught.
  std::unique_ptr<RE2> passive_tail_;
  // The determiners of a subject ConditionCount, DefinitePeople and a
  // death's coordinated victims read: the definite ones, "a", "an", "one"
  // and "another".
  absl::flat_hash_set<std::string> subject_determiners_;
  absl::flat_hash_set<std::string> additive_determiners_;  // "another"
  absl::flat_hash_set<std::string> phrase_ends_;           // the lexicon's
  // " is still in ", " remained in ": the verb caught; anchored at the end.
  std::unique_ptr<RE2> condition_tail_;
  absl::flat_hash_set<std::string> singular_condition_verbs_,
      plural_condition_verbs_;
  std::unique_ptr<RE2> names_end_;   // named people ending the text
  std::unique_ptr<RE2> first_verb_;  // " was", the first of a clause
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_COUNT_CUES_H_

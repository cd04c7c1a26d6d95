#include "engine/timeml/tense.h"

#include <vector>

#include "engine/timeml/time_words.h"
#include "engine/wordnet/word_senses.h"

namespace accord {
namespace {

bool EndsClause(const Token& w) {
  return w.Is(".") || w.Is("!") || w.Is("?") || w.Is(";") || w.Is(":");
}

// Token k is an "-ed" participle after a determiner, optionally with an
// adverb between them: "the planned trip", "a hastily planned trip", "a
// still unspecified date".
bool IsAttributive(const std::vector<Token>& t, int k) {
  const Token& w = t[k];
  if (w.text.size() < 4 || w.text.compare(w.text.size() - 2, 2, "ed") != 0) {
    return false;
  }
  const TimeWords& words = TimeWords::Default();
  int d = k - 1;
  if (d > 0 && t[d].IsWord() &&
      ((t[d].text.size() > 3 &&
        t[d].text.compare(t[d].text.size() - 2, 2, "ly") == 0) ||
       words.attributive_adverbs.Has(t[d]))) {
    --d;
  }
  // "shootings that injured doctors": "that" here is a relative pronoun.
  return d >= 0 && words.determiners.Has(t[d]) &&
         !words.relative_pronouns.Has(t[d]);
}

// Token k (a plan word: "scheduled", "due") follows "had been": a plan
// made for a time now past ("the offer had been scheduled to expire at
// midnight Friday").
bool PastPerfectPlan(const std::vector<Token>& t, int k) {
  return k > 1 && t[k - 1].Is("been") &&
         TimeWords::Default().past_perfect_markers.Has(t[k - 2]);
}

// The tense token k marks, if any.
Tense Marker(const std::vector<Token>& t, int k) {
  const Token& w = t[k];
  if (!w.IsWord()) return Tense::kUnknown;
  const TimeWords& words = TimeWords::Default();
  // Plans and schedules point forward whatever their form ("scheduled for
  // Dec. 7", "expected on Monday"), except a participle between a
  // determiner and its noun, which only describes the noun ("the hastily
  // planned trip", "an expected surge"): the clause's verb decides.
  if (words.future_markers.Has(w)) {
    if (PastPerfectPlan(t, k)) return Tense::kPast;
    return IsAttributive(t, k) ? Tense::kUnknown : Tense::kFuture;
  }
  // "he'll": the tokenizer keeps the apostrophe inside the word.
  if (w.apostrophe && w.text.size() > 3 &&
      w.text.compare(w.text.size() - 3, 3, "'ll") == 0) {
    return Tense::kFuture;
  }
  if (w.Is("to") && k > 0 && words.future_before_to.Has(t[k - 1])) {
    return PastPerfectPlan(t, k - 1) ? Tense::kPast : Tense::kFuture;
  }
  // "a summit set for April": a schedule.
  if (k + 1 < static_cast<int>(t.size()) && t[k + 1].Is("for") &&
      words.future_before_for.Has(w)) {
    return Tense::kFuture;
  }
  if (k > 0 && t[k - 1].Is("to") && words.future_after_to.Has(w)) {
    return Tense::kFuture;
  }
  // Past forms: regular "-ed" verbs and the common irregular ones. After
  // "be"/"been" they are participles: "to be published" points forward,
  // elsewhere the auxiliary's own marker decides.
  const bool past_form =
      words.past_forms.Has(w) ||
      (w.text.size() > 4 && w.text.compare(w.text.size() - 2, 2, "ed") == 0 &&
       !w.capitalized && !words.ed_not_past.Has(w));
  if (past_form && k > 0 && words.participle_auxiliaries.Has(t[k - 1])) {
    return k > 1 && t[k - 2].Is("to") && words.future_after_to.Has(t[k - 1])
               ? Tense::kFuture
               : Tense::kUnknown;
  }
  // "a still unspecified date", "the injured man": an adjective.
  if (past_form) return IsAttributive(t, k) ? Tense::kUnknown : Tense::kPast;
  if (words.present_forms.Has(w)) return Tense::kPresent;
  return Tense::kUnknown;
}

// Token k is a noun whose most frequent sense is an act or event
// ("shooting", "attack", "vote").
bool IsEventNoun(const Token& w) {
  if (!w.IsWord() || w.capitalized) return false;
  WordSenses::Sense sense;
  if (!WordSenses::Find(w.text, WordSenses::kNoun, &sense)) return false;
  static const int kAct = WordSenses::LexfileNumber("noun.act");
  static const int kEvent = WordSenses::LexfileNumber("noun.event");
  return sense.first_lexfile == kAct || sense.first_lexfile == kEvent;
}

// The time at token i follows an event noun that a cause preposition
// introduces: "for a shooting [on Saturday]", "over the deadly attack
// [Friday]". Between the preposition and the noun only a few words without
// tense ("a", "the", "deadly") may stand.
bool DatesCausingEvent(const std::vector<Token>& t, int i) {
  if (i < 2 || !IsEventNoun(t[i - 1])) return false;
  const TimeWords& words = TimeWords::Default();
  constexpr int kMaxModifiers = 3;
  for (int k = i - 2; k >= 0 && k >= i - 2 - kMaxModifiers; --k) {
    if (words.cause_prepositions.Has(t[k])) return true;
    if (!t[k].IsWord() || Marker(t, k) != Tense::kUnknown) return false;
  }
  return false;
}

}  // namespace

Tense ClauseTense(const std::vector<Token>& t, int i) {
  const int n = static_cast<int>(t.size());
  for (int k = i - 1; k >= 0 && !EndsClause(t[k]); --k) {
    const Tense m = Marker(t, k);
    if (m != Tense::kUnknown) return m;
  }
  for (int k = i + 1; k < n && !EndsClause(t[k]); ++k) {
    const Tense m = Marker(t, k);
    if (m != Tense::kUnknown) return m;
  }
  return Tense::kUnknown;
}

Tense GoverningTense(const std::vector<Token>& t, int i) {
  if (DatesCausingEvent(t, i)) return Tense::kUnknown;
  return ClauseTense(t, i);
}

bool IsDeadline(const std::vector<Token>& t, int i, bool preposition_before) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n) return false;
  const TimeWords& words = TimeWords::Default();
  // "as early as Tuesday", "as soon as Friday": the earliest time a thing
  // may happen is ahead like a deadline.
  bool earliest = false;
  for (const TimeWords::Phrase& p : words.earliest_time_phrases) {
    const int len = static_cast<int>(p.words.size());
    const int at = preposition_before ? i - len : i;
    if (at >= 0 && p.MatchAt(t, at) == len) earliest = true;
  }
  if (!earliest && !words.deadline_prepositions.Has(t[i]) &&
      !(preposition_before && i > 0 &&
        words.deadline_prepositions.Has(t[i - 1]))) {
    return false;
  }
  for (int k = i; k >= 0 && !EndsClause(t[k]); --k) {
    if (words.past_perfect_markers.Has(t[k])) return false;
  }
  for (int k = i + 1; k < n && !EndsClause(t[k]); ++k) {
    if (words.past_perfect_markers.Has(t[k])) return false;
  }
  return true;
}

Tense TimeTense(const std::vector<Token>& t, int i) {
  return IsDeadline(t, i, true) ? Tense::kFuture : GoverningTense(t, i);
}

int TenseYearShift(Tense tense, absl::CivilMonth when, absl::CivilMonth now,
                   bool day_stated, bool quarter) {
  // A past clause never puts a stated day ahead: "was charged for the
  // April 16 shooting" in a December article is this April.
  if (day_stated && tense == Tense::kPast && !quarter) {
    return when - now > 2 ? -1 : 0;
  }
  const Tense t = day_stated ? Tense::kUnknown : tense;
  if ((t == Tense::kPast || quarter) && when > now) return -1;
  if (t == Tense::kFuture && !quarter && when < now) return 1;
  if ((t == Tense::kUnknown || t == Tense::kPresent) && !quarter) {
    // No tense: the nearest occurrence ("December" in a February article
    // is the last one, "January" in a November one the next).
    if (when - now > 6) return -1;
    if (now - when > 6) return 1;
  }
  return 0;
}

StatedYear StatedIn(const std::vector<Token>& t, int b, int e) {
  const TimeWords& words = TimeWords::Default();
  StatedYear s;
  for (int k = b; k < e; ++k) {
    s.weekday = s.weekday || t[k].weekday >= 0;
    s.month_or_season = s.month_or_season || t[k].month > 0 ||
                        TimeWords::ValueOf(words.seasons, t[k]) != nullptr;
    // A stated year fixes the date; a day number does not.
    s.year = s.year || (t[k].IsDigits() && t[k].text.size() == 4) ||
             (t[k].Is("'") && k + 1 < e && t[k + 1].IsDigits());
    s.digits = s.digits || t[k].IsDigits();
    s.relative = s.relative || words.relative_words.Has(t[k]);
  }
  return s;
}

}  // namespace accord

// ConflictConfidence scores how sure accord is that a conflict is a real
// disagreement between outlets about one event, and sets weak ones apart.
// It runs after alignment, on the report (it never changes which claims were
// aligned). The score starts at 1 and each rule below that finds weakening
// evidence multiplies it by its factor and says why in
// Conflict.confidence_reasons. Each rule is a statement about news in
// general:
//
// Identity (are both sides about the same event?)
//   - no_shared_anchor (x0.6): the sides' claims share no participant, place
//     or other value besides the disputed one; two reports of one event
//     name at least one common participant or place.
//   - times_differ (x0.5): claims on different sides carry times that are
//     incompatible (for a conflict on another role): different occurrences.
//   - outside_lead (x0.7): some side has no claim in a title or lead (the
//     first kLeadSentences sentences of its article). News states its main
//     event first; background events (earlier incidents, yearly tolls) come
//     later in the article.
// Value semantics (is the difference a real one?)
//   - adjacent_days (x0.7): two times at most one day apart: overnight
//     events, time zones and "late Saturday"/"early Sunday" wording.
//   - relative_time (x0.5): a side's time was stated without a number
//     ("Sunday", "yesterday") and so resolved against its article's
//     publication date, and the sides' articles were published on different
//     days: one day may be named differently from different dates.
//   - approximate_count (x0.6): a figure is approximate or a bound ("about",
//     "at least", "more than"): it does not contradict a precise figure
//     near it as clearly as two exact figures do.
//   - different_units (x0.6): two counts of different things ("3 officers"
//     vs "5 people"): one may count a subset of the other.
//   - different_subject (x0.3): a polarity conflict whose denial and
//     affirmation share no subject ("he did not shoot" against "X was
//     shot"): denying one participant's act does not deny the event.
// Support
//   - possibility_only (x0.7): a side is stated only as a possibility
//     (hedged: "may", "could").
//   - both_sides_corroborated: when every side has two or more independent
//     sources the disagreement is itself corroborated, and the score is
//     raised halfway to 1.
//
//   const ConflictConfidence scorer(&comparator);
//   scorer.Apply(inputs.documents, /*min_confidence=*/0.5, &report);
#ifndef ACCORD_ENGINE_RECONCILE_CONFLICT_CONFIDENCE_H_
#define ACCORD_ENGINE_RECONCILE_CONFLICT_CONFIDENCE_H_

#include <vector>

#include "engine/reconcile/value_compare.h"
#include "proto/accord.pb.h"

namespace accord {

class ConflictConfidence {
 public:
  // Sentences at the start of an article that count as its lead.
  static constexpr int kLeadSentences = 3;
  // The default threshold (--min_conflict_confidence).
  static constexpr double kDefaultMinConfidence = 0.5;

  // `comparator` must outlive the scorer.
  explicit ConflictConfidence(const ValueComparator* comparator)
      : comparator_(comparator) {}

  // Sets conflict->confidence and confidence_reasons. `claims` are the run's
  // claims sorted by id (Report.claims); `documents` give publication dates
  // by Document.id (any order). Claims or documents it cannot find count as
  // no evidence. Const and thread-safe.
  void Score(const std::vector<Document>& documents,
             const std::vector<const Claim*>& claims, Conflict* conflict) const;

  // Scores every conflict of `report` and moves those below
  // `min_confidence` to report->possible_conflicts (keeping their order),
  // updating stats.conflicts and stats.possible_conflicts. Confident
  // conflicts stay in report->conflicts, in their order.
  void Apply(const std::vector<Document>& documents, double min_confidence,
             Report* report) const;

 private:
  const ValueComparator* comparator_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_CONFLICT_CONFIDENCE_H_

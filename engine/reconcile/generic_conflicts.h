// GenericConflicts keeps a disagreement about a generic event (frame EVENT,
// engine/extract/generic_events.h) only when its sides are shown to be
// about one happening by more than a word. A generic fact is aligned by
// the WordNet sense of its trigger alone ("released", "recovered",
// "hosted"), and news tells many happenings of one kind in one story
// (police released photos on Monday and a statement on Thursday; the
// property was recovered, the car was not). So a conflict on a generic
// fact (a time, count, amount of money or polarity) stands only when some
// claims on different sides name the same participant (agent or patient,
// compared as the aligner compares values, and not only by a pronoun: "she
// left" and "she left" may be two people's acts), and, for a polarity
// conflict, both claims state what was done (neither planned nor hedged:
// "may choose not to pay him" denies no payment); otherwise it is
// dismissed: the
// fact lists its values with their sources as usual, but nothing is
// flagged, and its status is what it would be without the conflict
// (UPDATED when it has an update, else CORROBORATED). Frame claims are
// never touched.
//
//   GenericConflicts(&comparator, &lexicon).Dismiss(claims, &alignment);
#ifndef ACCORD_ENGINE_RECONCILE_GENERIC_CONFLICTS_H_
#define ACCORD_ENGINE_RECONCILE_GENERIC_CONFLICTS_H_

#include <vector>

#include "engine/reconcile/aligner.h"
#include "engine/reconcile/value_compare.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

class GenericConflicts {
 public:
  // Both must outlive this object; `lexicon` gives the pronouns.
  GenericConflicts(const ValueComparator* comparator, const Lexicon* lexicon)
      : comparator_(comparator), lexicon_(lexicon) {}

  // Dismisses the conflicts of generic facts in `alignment` whose sides
  // share no participant and fixes those facts' status. `claims` are the
  // aligned claims sorted by id (Inputs.claims); a claim it cannot find
  // names no participant. Const and thread-safe.
  void Dismiss(const std::vector<Claim>& claims, Alignment* alignment) const;

 private:
  const ValueComparator* comparator_;
  const Lexicon* lexicon_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_GENERIC_CONFLICTS_H_

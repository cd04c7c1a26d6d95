// UpdateDetector tells updates from disagreements. News follows a developing
// story: a death toll rises, a magnitude is revised, an injured victim dies
// later. When sources give different figures (quantities: counts, tolls,
// magnitudes) for one fact, and either
//   (a) their articles were published at different times, each figure's
//       reports all strictly later than the previous figure's, or
//   (b) the conflict has two sides and the sentences mark which figure is
//       the newer: one side's a revision ("rose to", "revised", "later
//       died"; engine/data/revision_cues.txt) and not the other's, or one
//       side's the older figure ("originally", "initially", "first
//       reported"; engine/data/earlier_figure_cues.txt) and not the
//       other's,
// the difference is an update: the report shows the figures in the order
// they were reported and the latest one, not a disagreement. Values that do
// not evolve as reporting goes on (who acted, where, which ceasefire, a
// visit's dates) are never updates.
//
//   const UpdateDetector& detector = UpdateDetector::Default();
//   detector.MoveUpdates(documents, claims, &alignment);  // -> .updates
#ifndef ACCORD_ENGINE_RECONCILE_UPDATE_DETECTOR_H_
#define ACCORD_ENGINE_RECONCILE_UPDATE_DETECTOR_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/reconcile/aligner.h"
#include "proto/accord.pb.h"

namespace accord {

class UpdateDetector {
 public:
  // `newer_cues` mark the newer figure, `older_cues` the older one: cue
  // phrases, one per line, lower case, '#' starts a comment line (the
  // format of engine/data/revision_cues.txt and earlier_figure_cues.txt).
  explicit UpdateDetector(absl::string_view newer_cues,
                          absl::string_view older_cues = "");

  // The detector with the embedded cue list. Thread-safe.
  static const UpdateDetector& Default();

  // Moves every VALUE_MISMATCH conflict of `alignment` that is an update
  // into alignment->updates (kind UPDATE, sides oldest first, preferred_side
  // the latest, explanation saying who reported what when), and marks facts
  // left without conflicts UPDATED. `documents` give publication dates by
  // Document.id; `claims` are the aligned claims, sorted by id (as
  // Inputs.claims is). Const: safe to call from several threads on
  // different alignments.
  void MoveUpdates(const std::vector<Document>& documents,
                   const std::vector<Claim>& claims,
                   Alignment* alignment) const;

  // Whether `sentence` holds a cue of the newer figure (a revision) as whole
  // words, ignoring ASCII case.
  bool HasRevisionCue(absl::string_view sentence) const;

  // Whether `sentence` holds a cue of the older figure ("originally") as
  // whole words, ignoring ASCII case.
  bool HasEarlierFigureCue(absl::string_view sentence) const;

  // Whether publication time `a` is strictly before `b` (ISO 8601 dates,
  // optionally with a time). Unknown ("") is never before or after; a date
  // alone is not before a time on the same day.
  static bool PublishedBefore(absl::string_view a, absl::string_view b);

 private:
  // Each padded with spaces: " rose to ".
  std::vector<std::string> newer_cues_, older_cues_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_UPDATE_DETECTOR_H_

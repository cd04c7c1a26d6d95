// Aligns claims that state the same fact and finds where sources disagree.
//
//   Aligner aligner(&lexicon, &comparator);
//   Alignment a = aligner.Align(claims, dependence);
//   // a.facts: every fact with its slots and status; a.conflicts.
//
// Blocking: claims are grouped by frame and the values of the frame's KEY
// roles, so pairwise work is confined to a block. Inside a block, claims
// whose times are further apart than the frame's occurrence window are
// different occurrences, claims about background events (EventAnchors) are
// kept apart from the main event, and statements are told apart by their
// words.
// Slots compare values with ValueComparator: a FUNCTIONAL slot conflicts when
// values from different sources are CONFLICTING; a SET slot diverges when
// two sources enumerate different members; opposite polarities conflict.
// Only different sources can conflict: one article's internal variation is
// never reported as a disagreement.
#ifndef ACCORD_ENGINE_RECONCILE_ALIGNER_H_
#define ACCORD_ENGINE_RECONCILE_ALIGNER_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "engine/reconcile/event_anchors.h"
#include "engine/reconcile/value_compare.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

// Maps each source id to the id of its independence group: sources that copy
// each other share a group and count as one witness. Missing ids are their
// own group.
using IndependenceGroups = std::map<std::string, std::string>;

// Facts and conflict sides name their claims by id (Fact.claim_ids,
// ConflictSide.claim_ids); the claims themselves stay in the aligner's input
// and go into Report.claims once (BuildReport).
struct Alignment {
  std::vector<Fact> facts;          // sorted by id
  std::vector<Conflict> conflicts;  // sorted by fact id, then role
  // Figures that changed over time, told apart from conflicts after
  // alignment (UpdateDetector); the aligner leaves it empty.
  std::vector<Conflict> updates;
};

namespace aligner_internal {
struct RoleTables;  // aligner.cc: the lexicon's role names numbered
class ClaimRoles;   // aligner.cc: the role ids of a run's arguments
class RunIndex;     // aligner.cc: a run's claims and sources numbered
}  // namespace aligner_internal

class Aligner {
 public:
  // Both pointers must outlive the aligner.
  Aligner(const Lexicon* lexicon, const ValueComparator* comparator);

  // Aligns `claims` (any order; the output does not depend on it). Claims of
  // frames the lexicon does not know are blocked by frame and all arguments.
  // No claim is copied: the work is done on pointers and ranks into
  // `claims`, and the output refers to claims by id. With `anchors` (built
  // over the same `claims`), a claim about a background event (another or
  // earlier incident, a total over a period) never joins the main event's
  // fact: it aligns only with background claims that share its anchor.
  Alignment Align(const std::vector<Claim>& claims,
                  const IndependenceGroups& groups = {},
                  const EventAnchors* anchors = nullptr) const;

  // The blocking key of `claim`: "VISIT(agent=xi_jinping)".
  std::string BlockKey(const Claim& claim) const;

 private:
  // A blocking key and its claims, in rank (id) order.
  using Block = std::pair<std::string, std::vector<const Claim*>>;

  // Pass 1, blocking: reads every claim of `input` once, numbering sources
  // and roles (`run`, `roles`, which must have been made for `input`),
  // fills `sorted` with pointers to the input in id order (the run refers
  // to it) and returns the blocks, ordered by their first claim.
  std::vector<Block> BuildBlocks(const std::vector<Claim>& input,
                                 const IndependenceGroups& groups,
                                 std::vector<const Claim*>* sorted,
                                 aligner_internal::RunIndex* run,
                                 aligner_internal::ClaimRoles* roles) const;

  // Appends BlockKey(claim) to `out`. `frame` is the lexicon's frame of the
  // claim (or null); `roles`, if not null, has the role ids of `claim`'s
  // arguments (a faster lookup than comparing names).
  void AppendBlockKey(const Claim& claim, const FrameSpec* frame,
                      const aligner_internal::ClaimRoles* roles,
                      std::string* out) const;

  const Lexicon* lexicon_;
  const ValueComparator* comparator_;
  // Noun form -> the frame whose noun it is (the last such frame in the
  // lexicon), for the "kind" key role: "trip" and "visit" are one kind.
  absl::flat_hash_map<std::string, std::string> noun_frame_;
  std::shared_ptr<const aligner_internal::RoleTables> tables_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_ALIGNER_H_

// Observations: who says what about which (object, attribute), and the
// indexed Problem the truth-discovery methods run on.
//
// An Observation is one source's value for one data item, e.g.
//   {source="orbitz", object="AA-1007-TPA-MIA", attribute="actual_dep",
//    value="14:07"}.
// BuildProblem() indexes observations: sources and items are sorted, values
// of an item that the ValueModel calls the same are merged into one cluster
// (a candidate value), and each source keeps one value per item.
//
//   std::vector<accord::truth::Observation> obs = ...;
//   auto problem = accord::truth::BuildProblem(obs,
//   accord::truth::ValueModel());
//
// Everything is deterministic: no output depends on hash iteration order.
#ifndef ACCORD_ENGINE_TRUTH_OBSERVATION_H_
#define ACCORD_ENGINE_TRUTH_OBSERVATION_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace truth {

// One source's value for one (object, attribute) data item.
struct Observation {
  std::string source;
  std::string object;
  std::string attribute;
  std::string value;
};

// Pluggable value equivalence. The default is exact string equality with
// similarity 1 for equal and 0 for different values. Subclasses give
// tolerance (flight times within 10 minutes) or fuzzy similarity (author
// lists). Same() should be reflexive and symmetric; it need not be
// transitive: BuildProblem() clusters greedily around the most frequent
// value (see there).
class ValueModel {
 public:
  virtual ~ValueModel() = default;
  // True when `a` and `b` state the same value of `attribute`.
  virtual bool Same(absl::string_view attribute, absl::string_view a,
                    absl::string_view b) const {
    return a == b;
  }
  // Similarity in [0, 1] of two values of `attribute` (1 = same). Used by
  // TruthFinder's implication and Accu's similarity extension.
  virtual double Similarity(absl::string_view attribute, absl::string_view a,
                            absl::string_view b) const {
    return Same(attribute, a, b) ? 1.0 : 0.0;
  }
};

// One candidate value of an item: a cluster of values the model calls the
// same, represented by its most frequent member.
struct Candidate {
  std::string value;                 // representative
  std::vector<std::string> members;  // distinct raw values, sorted
};

// One data item with its candidates and claims.
struct Item {
  std::string object;
  std::string attribute;
  std::vector<Candidate> candidates;
  // claims[i] = {source index, candidate index}, sorted by source index; at
  // most one claim per source.
  std::vector<std::pair<int, int>> claims;
  // similarity[a][b] between candidate representatives (diagonal 1).
  std::vector<std::vector<double>> similarity;
};

// Indexed observations.
struct Problem {
  std::vector<std::string> sources;  // sorted, unique
  std::vector<Item> items;           // sorted by (object, attribute)
  // For each source, the (item index, candidate index) pairs it claims,
  // sorted by item index.
  std::vector<std::vector<std::pair<int, int>>> source_claims;
};

// Builds the indexed problem. Observations with an empty source, object,
// attribute or value are rejected with InvalidArgument. When a source gives
// several values for the same item, its most frequent one is kept (ties: the
// first in input order). Candidates are formed by visiting distinct values
// in order of decreasing support (ties: byte order); a value joins the first
// existing candidate whose representative it is Same() as, else starts a new
// one. Candidates are then ordered by decreasing support, ties by value.
absl::StatusOr<Problem> BuildProblem(const std::vector<Observation>& obs,
                                     const ValueModel& model);

// Index of `source` in problem.sources, or -1.
int SourceIndex(const Problem& problem, absl::string_view source);

// Index of the item (object, attribute), or -1.
int ItemIndex(const Problem& problem, absl::string_view object,
              absl::string_view attribute);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_OBSERVATION_H_

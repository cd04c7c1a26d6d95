// Result of a truth-discovery run: chosen values, per-value confidence with
// the weighted supporting sources, per-source accuracy and the dependent
// source pairs a method detected.
//
//   accord::truth::Result r = accord::truth::Resolve(problem, options);
//   const ItemResult& item = r.items[i];  // parallel to problem.items
#ifndef ACCORD_ENGINE_TRUTH_RESULT_H_
#define ACCORD_ENGINE_TRUTH_RESULT_H_

#include <string>
#include <vector>

namespace accord {
namespace truth {

// One source's vote for a value.
struct Support {
  int source = -1;    // index into Problem::sources
  double weight = 0;  // the source's vote weight (method-specific)
  // Fraction of the vote kept after discounting dependence on sources
  // already counted for the same value (1 = independent).
  double independence = 1;
  // Source whose dependence discounted this vote most, or -1.
  int depends_on = -1;
};

// One candidate value with its score.
struct ValueScore {
  int candidate = -1;     // index into Item::candidates
  double confidence = 0;  // method's confidence / probability in [0, 1]
  double support = 0;     // total (discounted) vote
  std::vector<Support> supporters;  // sorted by source index
};

// Outcome for one item; parallel to Problem::items.
struct ItemResult {
  int chosen = -1;  // candidate index of the chosen value
  // All candidates, best first (ties by candidate index).
  std::vector<ValueScore> values;
};

// A pair of sources judged dependent (a copies from b or both share a
// common origin); a < b.
struct DependentPair {
  int a = -1;
  int b = -1;
  double probability = 0;
  // Shared items: same true value, same false value, different values.
  double same_true = 0;
  double same_false = 0;
  double different = 0;
};

struct Result {
  std::string method;
  std::vector<ItemResult> items;
  // Per source (parallel to Problem::sources): the method's reliability
  // estimate in [0, 1] (accuracy, trustworthiness, or agreement rate for
  // VOTE).
  std::vector<double> source_accuracy;
  // Pairs with dependence probability >= Options::dependence_report
  // threshold, sorted by decreasing probability, ties by (a, b).
  std::vector<DependentPair> dependent_pairs;
  int iterations = 0;
};

// Orders `item->values` best first (confidence, then support, then candidate
// index) and sets `item->chosen` to the first one (-1 when empty).
void RankValues(ItemResult* item);

// Source reliability as the fraction of a source's claims that agree with
// the chosen values (used by VOTE, and as a diagnostic).
std::vector<double> AgreementWithChosen(const struct Problem& problem,
                                        const std::vector<ItemResult>& items);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_RESULT_H_

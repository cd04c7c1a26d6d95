// Human-readable explanation of why a value won an item.
//
//   std::cout << accord::truth::Explain(problem, result, item_index);
//
// Example output:
//   AA-1007-TPA-MIA/actual_dep: "14:07" wins (accucopy, confidence 0.993)
//     supported by 3 sources (2.41 independent):
//       aa weight 4.59
//       orbitz weight 3.10 x0.20 (depends on travelocity, p=1.00)
//     runner-up "14:20" confidence 0.004: boston weight 1.20
#ifndef ACCORD_ENGINE_TRUTH_EXPLAIN_H_
#define ACCORD_ENGINE_TRUTH_EXPLAIN_H_

#include <string>

#include "engine/truth/observation.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Explains the outcome of problem.items[item] in `result`: the winning
// value, its supporting sources with their weights and dependence
// discounts, and the runner-up values. Returns "" for an out-of-range item.
std::string Explain(const Problem& problem, const Result& result, int item);

// Sum of the supporters' independence fractions: how many independent
// witnesses a value has after merging dependent sources.
double IndependentWitnesses(const ValueScore& value);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_EXPLAIN_H_

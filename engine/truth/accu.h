// ACCU family (Dong, Berti-Equille, Srivastava, VLDB 2009): Bayesian truth
// discovery from source accuracy.
//
//   A'(S) = ln(n A(S) / (1 - A(S)))                   vote weight
//   C(v)  = sum over sources S claiming v of A'(S) * I(S, v)
//   C*(v) = C(v) + rho * sum_{v' != v} C(v') sim(v, v')   (ACCUSIM, ACCUCOPY)
//   P(v)  = exp(C*(v)) / (sum_v' exp(C*(v')) + m)       m = n + 1 - |values|
//                                                       unseen false values
//   A(S)  = mean of P(v) over the values S claims
//
// I(S, v) = 1 for ACCU/ACCUSIM; for ACCUCOPY it is the dependence discount
// of copy_detection.h, with the supporters of v visited by decreasing
// accuracy (ties: source index).
//
//   opts.method = Method::kAccuCopy;
//   accord::truth::Result r = accord::truth::RunAccu(problem, opts);
#ifndef ACCORD_ENGINE_TRUTH_ACCU_H_
#define ACCORD_ENGINE_TRUTH_ACCU_H_

#include "engine/truth/observation.h"
#include "engine/truth/options.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Runs ACCU, ACCUSIM or ACCUCOPY as selected by options.method (any other
// method is treated as ACCU). Candidate confidence = P(v); Support::weight
// = A'(S); source_accuracy = A(S). ACCUCOPY fills dependent_pairs.
Result RunAccu(const Problem& problem, const Options& options);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_ACCU_H_

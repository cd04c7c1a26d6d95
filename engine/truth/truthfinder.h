// TRUTHFINDER (Yin, Han, Yu, KDD 2007): iterates between source
// trustworthiness t(w) and fact confidence s(f).
//
//   tau(w)   = -ln(1 - t(w))
//   sigma(f) = sum of tau(w) over sources w claiming f
//   sigma*(f)= sigma(f) + rho * sum_{f' != f} sigma(f') * (sim(f,f') - base)
//   s(f)     = 1 / (1 + exp(-gamma * sigma*(f)))
//   t(w)     = mean of s(f) over the facts w claims
//
// starting from t(w) = Options::tf_initial_trust.
//
//   accord::truth::Result r = accord::truth::RunTruthFinder(problem, opts);
#ifndef ACCORD_ENGINE_TRUTH_TRUTHFINDER_H_
#define ACCORD_ENGINE_TRUTH_TRUTHFINDER_H_

#include "engine/truth/observation.h"
#include "engine/truth/options.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Runs TruthFinder. Candidate confidence = s(f); Support::weight = tau(w);
// source_accuracy = t(w).
Result RunTruthFinder(const Problem& problem, const Options& options);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_TRUTHFINDER_H_

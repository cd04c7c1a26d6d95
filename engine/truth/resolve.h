// One entry point for all truth-discovery methods.
//
//   accord::truth::Options opts;
//   opts.method = accord::truth::Method::kAccuCopy;
//   auto problem = accord::truth::BuildProblem(observations, model);
//   accord::truth::Result r = accord::truth::Resolve(*problem, opts);
#ifndef ACCORD_ENGINE_TRUTH_RESOLVE_H_
#define ACCORD_ENGINE_TRUTH_RESOLVE_H_

#include "engine/truth/observation.h"
#include "engine/truth/options.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Runs options.method on `problem`. Deterministic for a given problem.
Result Resolve(const Problem& problem, const Options& options);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_RESOLVE_H_

#include "engine/truth/resolve.h"

#include "engine/truth/accu.h"
#include "engine/truth/truthfinder.h"
#include "engine/truth/vote.h"

namespace accord {
namespace truth {

Result Resolve(const Problem& problem, const Options& options) {
  switch (options.method) {
    case Method::kVote:
      return RunVote(problem);
    case Method::kTruthFinder:
      return RunTruthFinder(problem, options);
    case Method::kAccu:
    case Method::kAccuSim:
    case Method::kAccuCopy:
      return RunAccu(problem, options);
  }
  return RunVote(problem);
}

}  // namespace truth
}  // namespace accord

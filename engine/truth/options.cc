#include "engine/truth/options.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace truth {

std::string MethodName(Method method) {
  switch (method) {
    case Method::kVote:
      return "vote";
    case Method::kTruthFinder:
      return "truthfinder";
    case Method::kAccu:
      return "accu";
    case Method::kAccuSim:
      return "accusim";
    case Method::kAccuCopy:
      return "accucopy";
  }
  return "unknown";
}

absl::StatusOr<Method> ParseMethod(absl::string_view name) {
  for (Method m : AllMethods()) {
    if (MethodName(m) == name) return m;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown truth-discovery method '", name,
                   "' (want vote, truthfinder, accu, accusim, accucopy)"));
}

std::vector<Method> AllMethods() {
  return {Method::kVote, Method::kTruthFinder, Method::kAccu, Method::kAccuSim,
          Method::kAccuCopy};
}

}  // namespace truth
}  // namespace accord

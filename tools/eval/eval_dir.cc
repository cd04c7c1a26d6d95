#include "tools/eval/eval_dir.h"

#include <cstdlib>

namespace accord {

absl::StatusOr<std::string> EvalDir(absl::string_view flag_value) {
  if (!flag_value.empty()) return std::string(flag_value);
  const char* env = std::getenv("ACCORD_EVAL_DIR");
  if (env != nullptr && env[0] != '\0') return std::string(env);
  return absl::FailedPreconditionError(
      "no evaluation directory: pass --eval_dir or set ACCORD_EVAL_DIR "
      "(tools/bazel sets it to shared/eval beside the checkout)");
}

}  // namespace accord

// Where the external evaluation material (shared/eval: Duckling, Book and
// Flight, ECB+) lives, for the scorers, their floor tests and benchmarks.
//
//   absl::StatusOr<std::string> dir = EvalDir(absl::GetFlag(FLAGS_eval_dir));
#ifndef ACCORD_TOOLS_EVAL_EVAL_DIR_H_
#define ACCORD_TOOLS_EVAL_EVAL_DIR_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {

// `flag_value` when not empty, else $ACCORD_EVAL_DIR (tools/bazel sets it
// and .bazelrc passes it to tests). FAILED_PRECONDITION naming both when
// neither is set: a scorer must not silently score nothing.
absl::StatusOr<std::string> EvalDir(absl::string_view flag_value = "");

}  // namespace accord

#endif  // ACCORD_TOOLS_EVAL_EVAL_DIR_H_

// Bazel params files: an action whose arguments are written to a file runs
// as `tool @FILE`. accord_claims writes them in Bazel's "multiline" format
// (one argument per line, no quoting), which persistent workers require;
// without a worker, `accord @FILE` reads the file here.
//
//   ACCORD_ASSIGN_OR_RETURN(std::vector<std::string> args,
//                           ReadParamsFile("bazel-out/.../x.params"));
#ifndef ACCORD_TOOLS_WORKER_PARAMS_FILE_H_
#define ACCORD_TOOLS_WORKER_PARAMS_FILE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace accord {

// The arguments in the multiline params file at `path`: one per line, the
// final newline optional (an empty line in the middle is an empty argument).
// Fails, naming the file, when it cannot be read or exceeds 64 MiB.
absl::StatusOr<std::vector<std::string>> ReadParamsFile(
    const std::string& path);

}  // namespace accord

#endif  // ACCORD_TOOLS_WORKER_PARAMS_FILE_H_

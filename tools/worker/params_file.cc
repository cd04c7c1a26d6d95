#include "tools/worker/params_file.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/base/file_util.h"

namespace accord {

absl::StatusOr<std::vector<std::string>> ReadParamsFile(
    const std::string& path) {
  absl::StatusOr<std::string> text = ReadFileToString(path, int64_t{64} << 20);
  if (!text.ok()) {
    return absl::Status(
        text.status().code(),
        absl::StrCat("params file ", path, ": ", text.status().message()));
  }
  if (text->empty()) return std::vector<std::string>();
  if (text->back() == '\n') text->pop_back();
  return absl::StrSplit(*text, '\n');
}

}  // namespace accord

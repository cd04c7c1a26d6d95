#include "engine/text/fold.h"

#include "absl/strings/ascii.h"

namespace accord {

std::string FoldText(absl::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace accord

// Folds text for comparison: ASCII lower case, runs of white space as one
// space, no leading or trailing space. "  The  Port\n" -> "the port".
//
//   if (FoldText(a) == FoldText(b)) ...
#ifndef ACCORD_ENGINE_TEXT_FOLD_H_
#define ACCORD_ENGINE_TEXT_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace accord {

// The folded copy of `s`; bytes other than ASCII letters and white space are
// kept as they are. Pure; thread-safe.
std::string FoldText(absl::string_view s);

}  // namespace accord

#endif  // ACCORD_ENGINE_TEXT_FOLD_H_

// UTF-8 validation for untrusted article bytes.
//
//   if (int bad = FirstInvalidUtf8(text); bad >= 0) { ... reject ... }
#ifndef ACCORD_ENGINE_BASE_UTF8_H_
#define ACCORD_ENGINE_BASE_UTF8_H_

#include "absl/strings/string_view.h"

namespace accord {

// Returns the byte offset of the first byte that does not start a
// well-formed UTF-8 sequence (overlongs, surrogates and code points above
// U+10FFFF are ill-formed), or -1 when `text` is valid UTF-8.
int FirstInvalidUtf8(absl::string_view text);

}  // namespace accord

#endif  // ACCORD_ENGINE_BASE_UTF8_H_

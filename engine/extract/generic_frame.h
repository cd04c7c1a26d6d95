// The name of the frame of generic event claims (engine/extract/
// generic_events.h), shared by extraction and reconciliation without a
// dependency between them.
//
//   if (claim.frame() == kGenericFrame) ...
#ifndef ACCORD_ENGINE_EXTRACT_GENERIC_FRAME_H_
#define ACCORD_ENGINE_EXTRACT_GENERIC_FRAME_H_

#include "absl/strings/string_view.h"

namespace accord {

inline constexpr absl::string_view kGenericFrame = "EVENT";

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_GENERIC_FRAME_H_

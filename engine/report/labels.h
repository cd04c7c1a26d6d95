// Human-readable labels for report enums, shared by every report writer so
// the Markdown and HTML reports name things the same way.
//
//   absl::StrCat(ConflictKindLabel(c.kind()), " on ", c.role());
#ifndef ACCORD_ENGINE_REPORT_LABELS_H_
#define ACCORD_ENGINE_REPORT_LABELS_H_

#include "proto/accord.pb.h"

namespace accord {

// "value mismatch", "set divergence", "polarity", "attribution"; "conflict"
// for an unspecified kind.
const char* ConflictKindLabel(ConflictKind kind);

// "asserted", "planned", "reported", "hedged"; unspecified reads "asserted".
const char* ModalityLabel(Modality modality);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_LABELS_H_

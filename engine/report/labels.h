// Human-readable labels for report enums, shared by every report writer so
// the Markdown and HTML reports name things the same way.
//
//   absl::StrCat(ConflictKindLabel(c.kind()), " on ", c.role());
#ifndef ACCORD_ENGINE_REPORT_LABELS_H_
#define ACCORD_ENGINE_REPORT_LABELS_H_

#include <string>

#include "proto/accord.pb.h"

namespace accord {

// "value mismatch", "set divergence", "polarity", "attribution"; "conflict"
// for an unspecified kind.
const char* ConflictKindLabel(ConflictKind kind);

// "asserted", "planned", "reported", "hedged"; unspecified reads "asserted".
const char* ModalityLabel(Modality modality);

// "Conflict confidence 0.70; weakened by:" when rules lowered the
// confidence (the reasons follow, one a line), else "Conflict confidence
// 1.00: nothing weakens it."
std::string ConfidenceLine(const Conflict& c);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_LABELS_H_

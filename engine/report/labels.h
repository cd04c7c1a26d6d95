// Human-readable labels for report enums, shared by every report writer so
// the Markdown and HTML reports name things the same way.
//
//   absl::StrCat(ConflictKindLabel(c.kind()), " on ", c.role());
#ifndef ACCORD_ENGINE_REPORT_LABELS_H_
#define ACCORD_ENGINE_REPORT_LABELS_H_

#include <map>
#include <string>

#include "absl/strings/string_view.h"
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

// `line` with every whole space-separated word equal to a source id
// (trailing ",.;:)" aside) replaced by its name in `names` (id -> name);
// nothing inside a word is replaced. For support lines, which name sources
// by id: "from 002_x weight 1.00" -> "from Alliance News weight 1.00".
std::string NameSourcesInLine(absl::string_view line,
                              const std::map<std::string, std::string>& names);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_LABELS_H_

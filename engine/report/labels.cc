#include "engine/report/labels.h"

#include "absl/strings/str_format.h"

namespace accord {

const char* ConflictKindLabel(ConflictKind kind) {
  switch (kind) {
    case VALUE_MISMATCH:
      return "value mismatch";
    case SET_DIVERGENCE:
      return "set divergence";
    case POLARITY:
      return "polarity";
    case ATTRIBUTION:
      return "attribution";
    case UPDATE:
      return "update";
    default:
      return "conflict";
  }
}

const char* ModalityLabel(Modality modality) {
  switch (modality) {
    case PLANNED:
      return "planned";
    case REPORTED:
      return "reported";
    case HEDGED:
      return "hedged";
    default:
      return "asserted";
  }
}

std::string ConfidenceLine(const Conflict& c) {
  return absl::StrFormat(c.confidence_reasons_size() > 0
                             ? "Conflict confidence %.2f; weakened by:"
                             : "Conflict confidence %.2f: nothing weakens it.",
                         c.confidence());
}

}  // namespace accord

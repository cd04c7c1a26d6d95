#include "engine/report/labels.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace accord {

std::string NameSourcesInLine(absl::string_view line,
                              const std::map<std::string, std::string>& names) {
  std::vector<std::string> words = absl::StrSplit(line, ' ');
  for (std::string& w : words) {
    const size_t end = w.find_last_not_of(",.;:)");
    if (end == std::string::npos) continue;
    auto it = names.find(w.substr(0, end + 1));
    if (it != names.end() && !it->second.empty()) {
      w = absl::StrCat(it->second, w.substr(end + 1));
    }
  }
  return absl::StrJoin(words, " ");
}

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
  // Two literal formats: clang requires a constant format string.
  if (c.confidence_reasons_size() > 0) {
    return absl::StrFormat("Conflict confidence %.2f; weakened by:",
                           c.confidence());
  }
  return absl::StrFormat("Conflict confidence %.2f: nothing weakens it.",
                         c.confidence());
}

}  // namespace accord

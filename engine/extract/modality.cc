#include "engine/extract/modality.h"

#include <cstring>

namespace accord {
namespace {

// RE2's \b word characters.
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

bool Equals(absl::string_view w, const char* s) {
  const size_t n = std::strlen(s);
  return w.size() == n && std::memcmp(w.data(), s, n) == 0;
}

bool IsHedge(absl::string_view w) {
  switch (w.size()) {
    case 3:
      return Equals(w, "may");
    case 5:
      return Equals(w, "might") || Equals(w, "could");
    case 6:
      return Equals(w, "likely");
    case 7:
      return Equals(w, "perhaps");
    case 8:
      return Equals(w, "possibly") || Equals(w, "probably");
    default:
      return false;
  }
}

}  // namespace

Modality ModalityOf(absl::string_view window) {
  bool hedged = false, planned = false;
  // The previous two words when each was followed by exactly one space:
  // the reported form is "<was|were|is|are> <reported|said> to".
  absl::string_view prev2, prev1;
  bool prev2_spaced = false, prev1_spaced = false;
  const size_t n = window.size();
  size_t i = 0;
  while (i < n) {
    if (!IsWordByte(window[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < n && IsWordByte(window[i])) ++i;
    const absl::string_view w = window.substr(begin, i - begin);
    if (Equals(w, "reportedly") || Equals(w, "allegedly")) return REPORTED;
    if (Equals(w, "to") && prev1_spaced && prev2_spaced &&
        (Equals(prev1, "reported") || Equals(prev1, "said")) &&
        (Equals(prev2, "was") || Equals(prev2, "were") || Equals(prev2, "is") ||
         Equals(prev2, "are"))) {
      return REPORTED;
    }
    if (!hedged) hedged = IsHedge(w);
    if (!planned) {
      planned = Equals(w, "to") || Equals(w, "will") || Equals(w, "shall") ||
                Equals(w, "would") || Equals(w, "upcoming");
    }
    // Exactly one space, then the next word, joins this word to the next.
    const bool spaced =
        i + 1 < n && window[i] == ' ' && IsWordByte(window[i + 1]);
    prev2 = prev1;
    prev2_spaced = prev1_spaced;
    prev1 = w;
    prev1_spaced = spaced;
  }
  if (hedged) return HEDGED;
  if (planned) return PLANNED;
  return ASSERTED;
}

}  // namespace accord

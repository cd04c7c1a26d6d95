#include "engine/timeml/tense.h"

#include <vector>

namespace accord {

Tense ClauseTense(const std::vector<Token>& t, int i) {
  for (int k = i - 1; k >= 0; --k) {
    const Token& w = t[k];
    if (w.Is(".") || w.Is("!") || w.Is("?") || w.Is(";") || w.Is(":")) break;
    if (w.Is("will") || w.Is("shall") || w.Is("would") || w.Is("upcoming") ||
        w.Is("next") || w.Is("wo") /* won't */) {
      return Tense::kFuture;
    }
    // "he'll": the tokenizer keeps the apostrophe inside the word.
    if (w.apostrophe && w.text.size() > 3 &&
        w.text.compare(w.text.size() - 3, 3, "'ll") == 0) {
      return Tense::kFuture;
    }
    if (w.Is("to") && k > 0) {
      const Token& v = t[k - 1];
      if (v.Is("going") || v.Is("expected") || v.Is("scheduled") ||
          v.Is("set") || v.Is("plans") || v.Is("plan") || v.Is("planning") ||
          v.Is("due") || v.Is("slated") || v.Is("is") || v.Is("are") ||
          v.Is("intends") || v.Is("hopes")) {
        return Tense::kFuture;
      }
    }
  }
  return Tense::kPast;
}

}  // namespace accord

#include "engine/timeml/tense.h"

#include <vector>

namespace accord {
namespace {

bool IsAnyOf(const Token& t, std::initializer_list<absl::string_view> words) {
  for (absl::string_view w : words) {
    if (t.Is(w)) return true;
  }
  return false;
}

bool EndsClause(const Token& w) {
  return w.Is(".") || w.Is("!") || w.Is("?") || w.Is(";") || w.Is(":");
}

// The tense token k marks, if any.
Tense Marker(const std::vector<Token>& t, int k) {
  const Token& w = t[k];
  if (!w.IsWord()) return Tense::kUnknown;
  // Plans and schedules point forward whatever their form ("scheduled for
  // Dec. 7", "expected on Monday").
  if (IsAnyOf(w,
              {"will", "shall", "would", "upcoming", "next", "wo", "scheduled",
               "expected", "planned", "slated", "due", "proposed"})) {
    return Tense::kFuture;
  }
  // "he'll": the tokenizer keeps the apostrophe inside the word.
  if (w.apostrophe && w.text.size() > 3 &&
      w.text.compare(w.text.size() - 3, 3, "'ll") == 0) {
    return Tense::kFuture;
  }
  if (w.Is("to") && k > 0 &&
      IsAnyOf(t[k - 1],
              {"going", "expected", "scheduled", "set", "plans", "plan",
               "planning", "due", "slated", "is", "are", "intends", "hopes"})) {
    return Tense::kFuture;
  }
  // Past forms: regular "-ed" verbs and the common irregular ones.
  if (IsAnyOf(w, {"was",     "were",  "had",    "did",    "said",  "told",
                  "came",    "went",  "made",   "took",   "gave",  "began",
                  "rose",    "fell",  "won",    "lost",   "saw",   "left",
                  "met",     "held",  "sold",   "bought", "paid",  "ran",
                  "got",     "found", "struck", "spoke",  "wrote", "brought",
                  "thought", "knew",  "became", "grew",   "led",   "kept",
                  "sent",    "spent", "built",  "ago"})) {
    return Tense::kPast;
  }
  if (w.text.size() > 4 && w.text.compare(w.text.size() - 2, 2, "ed") == 0 &&
      !w.capitalized &&
      !IsAnyOf(w, {"indeed", "speed", "proceed", "exceed", "succeed", "need",
                   "breed", "embed"})) {
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

}  // namespace

Tense ClauseTense(const std::vector<Token>& t, int i) {
  const int n = static_cast<int>(t.size());
  for (int k = i - 1; k >= 0 && !EndsClause(t[k]); --k) {
    const Tense m = Marker(t, k);
    if (m != Tense::kUnknown) return m;
  }
  for (int k = i + 1; k < n && !EndsClause(t[k]); ++k) {
    const Tense m = Marker(t, k);
    if (m != Tense::kUnknown) return m;
  }
  return Tense::kUnknown;
}

}  // namespace accord

#include "engine/timeml/tense.h"

#include <vector>

#include "engine/timeml/time_words.h"

namespace accord {
namespace {

bool EndsClause(const Token& w) {
  return w.Is(".") || w.Is("!") || w.Is("?") || w.Is(";") || w.Is(":");
}

// The tense token k marks, if any.
Tense Marker(const std::vector<Token>& t, int k) {
  const Token& w = t[k];
  if (!w.IsWord()) return Tense::kUnknown;
  const TimeWords& words = TimeWords::Default();
  // Plans and schedules point forward whatever their form ("scheduled for
  // Dec. 7", "expected on Monday").
  if (words.future_markers.Has(w)) return Tense::kFuture;
  // "he'll": the tokenizer keeps the apostrophe inside the word.
  if (w.apostrophe && w.text.size() > 3 &&
      w.text.compare(w.text.size() - 3, 3, "'ll") == 0) {
    return Tense::kFuture;
  }
  if (w.Is("to") && k > 0 && words.future_before_to.Has(t[k - 1])) {
    return Tense::kFuture;
  }
  if (k > 0 && t[k - 1].Is("to") && words.future_after_to.Has(w)) {
    return Tense::kFuture;
  }
  // Past forms: regular "-ed" verbs and the common irregular ones. After
  // "be"/"been" they are participles: "to be published" points forward,
  // elsewhere the auxiliary's own marker decides.
  const bool past_form =
      words.past_forms.Has(w) ||
      (w.text.size() > 4 && w.text.compare(w.text.size() - 2, 2, "ed") == 0 &&
       !w.capitalized && !words.ed_not_past.Has(w));
  if (past_form && k > 0 && words.participle_auxiliaries.Has(t[k - 1])) {
    return k > 1 && t[k - 2].Is("to") && words.future_after_to.Has(t[k - 1])
               ? Tense::kFuture
               : Tense::kUnknown;
  }
  if (past_form) return Tense::kPast;
  if (words.present_forms.Has(w)) return Tense::kPresent;
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

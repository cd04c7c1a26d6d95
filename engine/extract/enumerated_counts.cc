#include "engine/extract/enumerated_counts.h"

#include <vector>

#include "absl/strings/str_split.h"
#include "engine/wordnet/noun_kinds.h"
#include "re2/re2.h"

namespace accord {

bool JoinUnits(const std::string& a, const std::string& b, std::string* out) {
  if (a.empty() || b.empty() || a == b) {
    *out = a.empty() ? b : a;
    return true;
  }
  const NounKinds& kinds = NounKinds::Default();
  if (kinds.IsPerson(a) && kinds.IsPerson(b)) {
    *out = "person";
    return true;
  }
  return false;
}

void AddEnumeratedCounts(
    const TaggedSentence& tagged, const AnnotatedSentence& s, int head,
    const CountCues& cues,
    const std::function<bool(absl::string_view)>& is_clause_word,
    Value* value) {
  if (!value->has_quantity()) return;
  const std::string& t = tagged.text();
  const int begin = tagged.TagEnd(head);
  static const LazyRE2 kRange = {"\\b(?:between|from) $"};
  const size_t open = t.rfind("⟦", begin);
  if (open == std::string::npos ||
      RE2::PartialMatch(re2::StringPiece(t.data(), open), *kRange)) {
    return;
  }
  if (cues.IsPartitive(tagged, head)) return;
  Quantity sum = value->quantity();
  bool added = false;
  // Adds mention `index` when `gap` (the words between) opens no clause
  // and the units join; false to stop.
  auto add = [&](int index, const std::string& gap) {
    if (index < 0 || index >= static_cast<int>(s.mentions.size()) ||
        index == head || !s.mentions[index].value.has_quantity()) {
      return false;
    }
    for (absl::string_view w : absl::StrSplit(gap, ' ', absl::SkipEmpty())) {
      if (is_clause_word(w)) return false;
    }
    if (cues.IsPartitive(tagged, index) || cues.IsAge(tagged, index)) {
      return false;
    }
    const Quantity& q = s.mentions[index].value.quantity();
    std::string unit;
    if (!JoinUnits(sum.unit(), q.unit(), &unit)) return false;
    sum.set_unit(unit);
    sum.set_value(sum.value() + q.value());
    sum.set_low(sum.low() + q.low());
    sum.set_high(sum.high() + q.high());
    sum.set_approximate(sum.approximate() || q.approximate());
    added = true;
    return true;
  };
  static const LazyRE2 kNext = {
      "^((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)(?:,| and|, and) "
      "⟦(?:NUM|QTY)#(\\d+)⟧"};
  for (int at = begin;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data() + at, t.size() - at),
                           *kNext, &gap, &index) ||
        index <= head || !add(index, gap)) {
      break;
    }
    at = tagged.TagEnd(index);
  }
  static const LazyRE2 kPrevious = {
      "⟦(?:NUM|QTY)#(\\d+)⟧((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)"
      "(?:,| and|, and) $"};
  for (size_t at = open;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data(), at), *kPrevious, &index,
                           &gap) ||
        index >= head || !add(index, gap)) {
      break;
    }
    at = t.rfind("⟦", tagged.TagEnd(index));
    if (at == std::string::npos ||
        RE2::PartialMatch(re2::StringPiece(t.data(), at), *kRange)) {
      break;
    }
  }
  if (added) *value->mutable_quantity() = sum;
}

}  // namespace accord

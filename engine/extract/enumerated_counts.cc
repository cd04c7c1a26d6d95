#include "engine/extract/enumerated_counts.h"

#include <vector>

#include "absl/strings/str_split.h"
#include "engine/extract/elided_ages.h"
#include "engine/extract/relation_counts.h"
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

namespace {

// Whether the tag opening at `open` follows "between"/"from": a range's
// bound ("between 5 and 10"), not a listed count.
bool OpensRange(const std::string& t, size_t open) {
  static const LazyRE2 kRange = {"\\b(?:between|from) $"};
  return open == std::string::npos ||
         RE2::PartialMatch(re2::StringPiece(t.data(), open), *kRange);
}

// Adds `q` to `sum` when their units join; false (and `sum` unchanged) when
// they do not.
bool AddQuantity(const Quantity& q, Quantity* sum) {
  std::string unit;
  if (!JoinUnits(sum->unit(), q.unit(), &unit)) return false;
  sum->set_unit(unit);
  sum->set_value(sum->value() + q.value());
  sum->set_low(sum->low() + q.low());
  sum->set_high(sum->high() + q.high());
  sum->set_approximate(sum->approximate() || q.approximate());
  return true;
}

// Calls `add(index, gap)` for each number listed after position `at` of the
// tagged text ("5, 3 and 2"), left to right, until it returns false.
// `gap` is the words between the separator and the previous number.
void WalkListedAfter(const TaggedSentence& tagged, int head, int at,
                     const std::function<bool(int, const std::string&)>& add) {
  static const LazyRE2 kNext = {
      "^((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)(?:,| and|, and) "
      "⟦(?:NUM|QTY)#(\\d+)⟧"};
  const std::string& t = tagged.text();
  for (;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data() + at, t.size() - at),
                           *kNext, &gap, &index) ||
        index <= head || !add(index, gap)) {
      return;
    }
    at = tagged.TagEnd(index);
  }
}

// Like WalkListedAfter, right to left from the tag opening at `open`, and
// stopping at a range's bound.
void WalkListedBefore(const TaggedSentence& tagged, int head, size_t open,
                      const std::function<bool(int, const std::string&)>& add) {
  static const LazyRE2 kPrevious = {
      "⟦(?:NUM|QTY)#(\\d+)⟧((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)"
      "(?:,| and|, and) $"};
  const std::string& t = tagged.text();
  for (size_t at = open;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data(), at), *kPrevious, &index,
                           &gap) ||
        index >= head || !add(index, gap)) {
      return;
    }
    at = t.rfind("⟦", tagged.TagEnd(index));
    if (OpensRange(t, at)) return;
  }
}

}  // namespace

void AddEnumeratedCounts(
    const TaggedSentence& tagged, const AnnotatedSentence& s, int head,
    const CountCues& cues,
    const std::function<bool(absl::string_view)>& is_clause_word,
    Value* value) {
  if (!value->has_quantity()) return;
  const std::string& t = tagged.text();
  const int begin = tagged.TagEnd(head);
  const size_t open = t.rfind("⟦", begin);
  if (OpensRange(t, open) || cues.IsPartitive(tagged, head)) return;
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
    if (cues.IsPartitive(tagged, index) || cues.IsAge(tagged, index) ||
        IsRelationCount(tagged, index) || IsElidedAge(cues, tagged, index) ||
        !AddQuantity(s.mentions[index].value.quantity(), &sum)) {
      return false;
    }
    added = true;
    return true;
  };
  WalkListedAfter(tagged, head, begin, add);
  WalkListedBefore(tagged, head, open, add);
  if (added) *value->mutable_quantity() = sum;
}

}  // namespace accord

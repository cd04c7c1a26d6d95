// Compares claim values with world knowledge: entity identity, containment
// (Moscow is in Russia) and metonymy (Beijing acts for China), set overlap,
// text similarity, and the scalar semantics of engine/normalize/compare.h
// (72 hours = 3 days; May 7-10 fits a four-day visit).
//
//   ValueComparator cmp(&gazetteer);
//   if (cmp.Compare(a, b) == CONFLICTING) ...
#ifndef ACCORD_ENGINE_RECONCILE_VALUE_COMPARE_H_
#define ACCORD_ENGINE_RECONCILE_VALUE_COMPARE_H_

#include <algorithm>
#include <set>
#include <string>

#include "engine/annotate/gazetteer.h"
#include "proto/accord.pb.h"

namespace accord {

class ValueComparator {
 public:
  // `gazetteer` may be null (then entities compare by id only); it must
  // outlive the comparator.
  explicit ValueComparator(const Gazetteer* gazetteer,
                           double text_similarity = 0.5)
      : gazetteer_(gazetteer), text_similarity_(text_similarity) {}

  // EQUAL, COMPATIBLE, CONFLICTING or INCOMPARABLE. Symmetric. Free text
  // never conflicts: different wording is INCOMPARABLE.
  Comparison Compare(const Value& a, const Value& b) const;

  // A canonical string for `v`: equal keys mean EQUAL values. Entities use
  // their actor id when `as_actor` (Beijing -> china).
  std::string Key(const Value& v, bool as_actor = false) const;

  // Appends Key(v, as_actor) to `out`, without a temporary string for
  // entities (the aligner's blocking key is built this way per claim).
  void AppendKey(const Value& v, bool as_actor, std::string* out) const;

  // Human-readable rendering: entity names, ISO dates, "72 hours", "80th".
  std::string Describe(const Value& v) const;

  // Word-overlap similarity of two texts in [0, 1]: shared content words
  // over the smaller text's content words, or 0 when they share too few
  // (SharesEnough).
  static double TextSimilarity(const std::string& a, const std::string& b);

  // Whether `shared` content words are enough for two texts whose smaller
  // one has `smaller` content words to be one text: all of a one-word
  // text, else at least two. One word in common between two quotes ("a
  // lot", "this case") is a coincidence of wording, not one statement; an
  // outlet that cuts a quote keeps its words. Pure function.
  static bool SharesEnough(size_t shared, size_t smaller) {
    return shared >= std::min<size_t>(2, smaller);
  }

  // The content words TextSimilarity counts: lower-cased ASCII words minus
  // stop words.
  static std::set<std::string> ContentWords(const std::string& text);

  // Texts at least this similar are COMPATIBLE.
  double text_similarity() const { return text_similarity_; }

 private:
  // Key() of an entity value: its actor id when `as_actor`, else its id.
  absl::string_view EntityKey(const Value& v, bool as_actor) const;

  const Gazetteer* gazetteer_;
  double text_similarity_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_VALUE_COMPARE_H_

// AtomMatcher finds which of a fixed set of literal strings ("atoms") occur
// in a text, in one left-to-right pass whose cost is linear in the text and
// independent of how many atoms there are or which words the text holds.
//
// It is the string-matching half of RuleSet's prefilter: re2::FilteredRE2
// reduces every rule to the literals it needs (its trigger verbs, tag
// prefixes, function words) and AtomMatcher says which of them a sentence
// contains. The automaton is a complete Aho–Corasick DFA over byte classes,
// built once; unlike a lazily built DFA it has no cache that can thrash or
// run out of memory while matching.
//
//   AtomMatcher m({"attend", "visit"});
//   std::vector<int> found;
//   m.FindAll("they will visit moscow", &found);  // found == {1}
//
// Matching folds ASCII upper case to lower case in the text, as FilteredRE2
// expects (its atoms are lower case); other bytes compare exactly.
#ifndef ACCORD_ENGINE_RULES_ATOM_MATCHER_H_
#define ACCORD_ENGINE_RULES_ATOM_MATCHER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace accord {

class AtomMatcher {
 public:
  // Builds the automaton for `atoms` (ASCII upper case is folded; an empty
  // atom never matches). Cost is O(total atom bytes x distinct atom bytes).
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  AtomMatcher(const AtomMatcher&) = delete;
  AtomMatcher& operator=(const AtomMatcher&) = delete;

  // Replaces *found with the indices (into the constructor's `atoms`) of the
  // atoms that occur in `text`, each once, ascending. Const and free of
  // shared mutable state: safe to call from many threads at once.
  void FindAll(absl::string_view text, std::vector<int>* found) const;

  // Like FindAll, and sets (*last_start)[i] to the byte offset in `text` at
  // which the last occurrence of atom (*found)[i] begins. Thread-safe.
  void FindAllLast(absl::string_view text, std::vector<int>* found,
                   std::vector<int>* last_start) const;

  // Number of automaton states (for tests and memory accounting).
  int num_states() const { return num_states_; }

 private:
  // The entry of next_ for `byte` from the state of `entry`.
  uint32_t Next(uint32_t entry, unsigned char byte) const {
    return next_[static_cast<size_t>(entry >> 1) * num_classes_ + class_[byte]];
  }
  // Numbers the states in `order` (breadth-first) and fills next_ from
  // delta_.
  void Renumber(const std::vector<int32_t>& order);

  int num_states_ = 1;
  int num_classes_ = 1;         // class 0: bytes that occur in no atom
  uint8_t class_[256] = {};     // byte (case folded) -> class
  std::vector<int32_t> delta_;  // state x class -> state, while building
  // state x class -> (next state << 1) | (1 if it has an output or an
  // out_link), states numbered breadth-first.
  std::vector<uint32_t> next_;
  std::vector<int32_t> output_;     // state -> atom ending here, or -1
  std::vector<int32_t> out_link_;   // state -> next state on the suffix chain
                                    // with an output, or -1
  std::vector<int32_t> same_next_;  // atom -> an equal atom added before it
  std::vector<int32_t> length_;     // atom -> its length in bytes
  int num_atoms_ = 0;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_ATOM_MATCHER_H_

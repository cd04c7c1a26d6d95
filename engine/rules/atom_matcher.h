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
// The automaton depends on the atoms alone, so it can be built at build time
// and used in place: Serialize() writes its tables as one flat blob, and
// View() reads such a blob (for instance one compiled into the binary) with
// no parsing and no copy (//engine/rules:embedded_rule_table holds the
// shipped rules' automaton).
//
//   std::string blob = AtomMatcher(atoms).Serialize();        // build time
//   auto m = AtomMatcher::View(blob, atoms);                   // start-up
//
// Matching folds ASCII upper case to lower case in the text, as FilteredRE2
// expects (its atoms are lower case); other bytes compare exactly.
#ifndef ACCORD_ENGINE_RULES_ATOM_MATCHER_H_
#define ACCORD_ENGINE_RULES_ATOM_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {

class AtomMatcher {
 public:
  // Builds the automaton for `atoms` (ASCII upper case is folded; an empty
  // atom never matches). Cost is O(total atom bytes x distinct atom bytes).
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  // The automaton that Serialize() wrote into `blob` for `atoms`, used in
  // place: `blob` must outlive the matcher (if `blob` is not 4-byte aligned
  // it is copied instead). Checks that the blob is well formed (every
  // transition and link in range, so matching cannot read outside it) and
  // that it was built for exactly `atoms` (a fingerprint of the list);
  // errors say what is wrong. Cost: one read of the blob.
  static absl::StatusOr<std::unique_ptr<AtomMatcher>> View(
      absl::string_view blob, const std::vector<std::string>& atoms);

  AtomMatcher(const AtomMatcher&) = delete;
  AtomMatcher& operator=(const AtomMatcher&) = delete;

  // The automaton's tables as one blob for View(): native byte order (View
  // rejects a blob of the other order), deterministic for given atoms.
  std::string Serialize() const;

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
  AtomMatcher() = default;

  // The entry of next_ for `byte` from the state of `entry`.
  uint32_t Next(uint32_t entry, unsigned char byte) const {
    return next_[static_cast<size_t>(entry >> 1) * num_classes_ + class_[byte]];
  }
  // Numbers the states in `order` (breadth-first) and writes the tables
  // into storage_ from the trie's `delta`, `output` and `out_link`.
  void Renumber(const std::vector<int32_t>& order,
                const std::vector<int32_t>& delta,
                const std::vector<int32_t>& output,
                const std::vector<int32_t>& out_link,
                const std::vector<int32_t>& same_next,
                const std::vector<std::string>& atoms);
  // Points the tables into `words` (the blob's words, header first).
  void SetTables(const uint32_t* words);

  int num_states_ = 1;
  int num_classes_ = 1;  // class 0: bytes that occur in no atom
  int num_atoms_ = 0;
  uint8_t class_[256] = {};  // byte (case folded) -> class
  // The tables, in the blob (storage_ or a viewed one), states numbered
  // breadth-first:
  // state x class -> (next state << 1) | (1 if it has an output or an
  // out_link).
  const uint32_t* next_ = nullptr;
  const int32_t* output_ = nullptr;     // state -> atom ending here, or -1
  const int32_t* out_link_ = nullptr;   // state -> next state on the suffix
                                        // chain with an output, or -1
  const int32_t* same_next_ = nullptr;  // atom -> an equal atom added
                                        // before it, or -1
  const int32_t* length_ = nullptr;     // atom -> its length in bytes
  const uint32_t* words_ = nullptr;     // the whole blob
  size_t num_words_ = 0;
  std::vector<uint32_t> storage_;  // the blob, when built or copied
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_ATOM_MATCHER_H_

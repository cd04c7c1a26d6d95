// FirstBytes: the bytes a match of an RE2 pattern can begin with, read from
// the pattern's syntax, so that a matcher trying a pattern anchored at
// successive start positions (RuleSet::Match) skips the starts where no
// match can begin without calling RE2 there.
//
//   const FirstBytes first = FirstBytes::Of("(?:the )?⟦PER#\\d+⟧ said");
//   // first.CanStartAt(text, i) is true only where text[i] is 't' or the
//   // first byte of "⟦".
//
// The set is conservative: every byte a match can begin with is in it
// (possibly more). A pattern that can match the empty string, or whose
// syntax the reader does not know (flag groups such as "(?i)", Unicode
// classes, character class ranges beyond ASCII), can begin anywhere: the
// set is then "any". The reader follows RE2's syntax for what it accepts:
// literals (UTF-8), escapes, ".", bracketed classes, groups ("(...)",
// "(?:...)", "(?P<name>...)"), alternation, repetition ("*", "+", "?",
// "{n}", "{n,}", "{n,m}", each optionally lazy) and empty-width assertions
// ("^", "$", "\b", "\B", "\A", "\z"), for patterns compiled with RE2's
// default options (UTF-8, case-sensitive).
#ifndef ACCORD_ENGINE_RULES_FIRST_BYTES_H_
#define ACCORD_ENGINE_RULES_FIRST_BYTES_H_

#include <bitset>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {

class FirstBytes {
 public:
  // Every start is possible.
  static FirstBytes Any() { return FirstBytes(); }

  // The first bytes of `pattern`'s matches (RE2 syntax, default options).
  // Never fails: what the reader does not know gives Any().
  static FirstBytes Of(absl::string_view pattern);

  // Reads what Serialize() wrote: "" (any) or a 32-byte bitmap; errors on
  // any other length.
  static absl::StatusOr<FirstBytes> Deserialize(absl::string_view bytes);

  // "" for Any(), else the set as a 32-byte bitmap (bit b of byte b / 8).
  std::string Serialize() const;

  // Whether a match can begin at `pos` of `text` (0 <= pos <= text.size()).
  bool CanStartAt(absl::string_view text, size_t pos) const {
    return any_ ||
           (pos < text.size() && bytes_[static_cast<unsigned char>(text[pos])]);
  }

  bool any() const { return any_; }
  // Whether byte `b` is in the set (true for every byte when any()).
  bool Contains(unsigned char b) const { return any_ || bytes_[b]; }

 private:
  FirstBytes() = default;

  bool any_ = true;
  std::bitset<256> bytes_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_FIRST_BYTES_H_

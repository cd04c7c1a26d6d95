// FirstBytes: the bytes a match of an RE2 pattern can begin with, and for
// each the bytes that can follow it, read from the pattern's syntax, so
// that a matcher trying a pattern anchored at successive start positions
// (RuleSet::Match) skips the starts where no match can begin without
// calling RE2 there (on news text most of the starts a first byte allows
// are inside words, and an RE2 call costs several hundred instructions
// even when it fails on its second byte).
//
//   const FirstBytes first = FirstBytes::Of("(?:the )?⟦PER#\\d+⟧ said");
//   // first.CanStartAt(text, i) is true only where text[i] is 't' and
//   // text[i + 1] is 'h', or text[i] is the first byte of "⟦" (followed by
//   // its second byte).
//
// The sets are conservative: every byte a match can begin with is in it,
// and every byte that can follow it (possibly more). A first byte that is
// a match by itself, or that can be followed by more than a few dozen
// bytes, or that is the lead byte of a multi-byte class member, allows any
// second byte. A pattern that can match the empty string, or whose
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

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

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

  // Reads what Serialize() wrote; errors on any other shape.
  static absl::StatusOr<FirstBytes> Deserialize(absl::string_view bytes);

  // "" for Any(), else the first bytes as a 32-byte bitmap (bit b of byte
  // b / 8), then for each first byte whose second bytes are known, in
  // ascending order, that byte and the second bytes' 32-byte bitmap.
  std::string Serialize() const;

  // Whether a match can begin at `pos` of `text` (0 <= pos <= text.size()).
  bool CanStartAt(absl::string_view text, size_t pos) const {
    if (any_) return true;
    if (pos >= text.size()) return false;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (!bytes_[b]) return false;
    const int row = row_of_[b];
    return row == 0 || pos + 1 >= text.size() ||
           rows_[row - 1][static_cast<unsigned char>(text[pos + 1])];
  }

  bool any() const { return any_; }
  // Whether byte `b` is in the set (true for every byte when any()).
  bool Contains(unsigned char b) const { return any_ || bytes_[b]; }

  // Whether a match can begin with `b` followed by `c` (true for every
  // pair when any()).
  bool ContainsPair(unsigned char b, unsigned char c) const {
    if (any_) return true;
    if (!bytes_[b]) return false;
    return row_of_[b] == 0 || rows_[row_of_[b] - 1][c];
  }

 private:
  FirstBytes() = default;

  // The second bytes after first byte `b`, adding an empty row if it has
  // none.
  std::bitset<256>& SecondBytesOf(int b);

  bool any_ = true;
  std::bitset<256> bytes_;
  // row_of_[b] == 0: any byte may follow b; else rows_[row_of_[b] - 1]
  // holds the bytes that may.
  std::array<uint8_t, 256> row_of_{};
  std::vector<std::bitset<256>> rows_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_FIRST_BYTES_H_

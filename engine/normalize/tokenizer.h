// Tokenizer: splits text into the word, digit and punctuation tokens the value
// grammars (number, ordinal, duration, time, quantity) are written over.
//
//   std::vector<Token> tokens = Tokenize(text);
//
// Letters and digits never share a token ("3pm" is "3" + "pm", adjacent), so
// grammars test adjacency with Token::space_before. ASCII letters are
// lower-cased; dashes (-, en dash, em dash, minus sign) become "-" and
// apostrophes (' and U+2019) inside words are kept as "'". Any other byte
// sequence, including invalid UTF-8, becomes a punctuation token, so arbitrary
// input is safe and the scan is linear.

#ifndef ACCORD_ENGINE_NORMALIZE_TOKENIZER_H_
#define ACCORD_ENGINE_NORMALIZE_TOKENIZER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace accord {

struct Token {
  enum Kind : unsigned char { kWord, kDigits, kPunct };
  int begin = 0;  // byte offsets into the scanned text, [begin, end)
  int end = 0;
  Kind kind = kPunct;
  // True when whitespace (or the start of text) precedes the token.
  bool space_before = true;
  // True when the first character is an upper-case ASCII letter.
  bool capitalized = false;
  // Lower-cased ASCII word, digit string, or normalized punctuation.
  std::string text;

  bool Is(absl::string_view s) const { return text == s; }
  bool IsWord() const { return kind == kWord; }
  bool IsDigits() const { return kind == kDigits; }
};

// Splits `text` into tokens. Never fails; linear in the input size.
std::vector<Token> Tokenize(absl::string_view text);

// Token-stream helpers shared by the grammars: token i exists and is `s`.
inline bool TokenIs(const std::vector<Token>& t, int i, absl::string_view s) {
  return i >= 0 && i < static_cast<int>(t.size()) && t[i].text == s;
}
// Token i exists and directly follows token i-1 (no whitespace).
inline bool Adjacent(const std::vector<Token>& t, int i) {
  return i > 0 && i < static_cast<int>(t.size()) && !t[i].space_before;
}

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TOKENIZER_H_

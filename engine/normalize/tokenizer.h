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

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace accord {

// Classes of time words, the sets of words time.cc's first-token
// conditions (MayStart*) test: Token::time_class holds a word's bits.
// Each list (tokenizer.cc, TimeClassWords) mirrors the words one time
// grammar tests at that position, so changing either means changing both.
enum TimeClass : uint32_t {
  kTimeRelativeWord = 1u << 0,    // today, tomorrow, yesterday, now, day, ...
  kTimeRelativeDir = 1u << 1,     // this, current, next, last, past, ...
  kTimeCountDir = 1u << 2,        // last, past, previous, next, following, ...
  kTimeHolidayDir = 1u << 3,      // last, past, previous, next, this, ...
  kTimeDurationHedge = 1u << 4,   // about, approximately, around, roughly
  kTimeBoundaryWord = 1u << 5,    // eom, beginning, end, mid, ...
  kTimePeriodWord = 1u << 6,      // weekend, week, summer, season, ...
  kTimePeriodModifier = 1u << 7,  // this, current, the, last, next, ...
  kTimePartOfDay = 1u << 8,       // morning, afternoon, evening, night, lunch
  kTimeClockWord = 1u << 9,       // noon, midday, mid, midnight
  kTimeClockPrep = 1u << 10,      // at, around, about, approximately
  kTimeOpenInterval = 1u << 11,   // after, since, from, before, until, by, ...
  kTimeSometime = 1u << 12,       // anytime, sometimes, sometime
  kTimeClosest = 1u << 13,        // closest, nearest
};

struct Token {
  enum Kind : unsigned char { kWord, kDigits, kPunct };
  int begin = 0;  // byte offsets into the scanned text, [begin, end)
  int end = 0;
  Kind kind = kPunct;
  // True when whitespace (or the start of text) precedes the token.
  bool space_before = true;
  // True when the first character is an upper-case ASCII letter.
  bool capitalized = false;
  // True when every letter of a word is an upper-case ASCII letter ("EOM",
  // "NATO"), as abbreviations are written.
  bool all_caps = false;
  // True when a word holds an apostrophe ("o'clock"; U+2018/U+2019 too).
  bool apostrophe = false;
  // WordHash(text) for words (Tokenize computes it while copying the
  // letters), else 0: lets word-set tests reject most words without
  // hashing the string again (HolidayAt).
  uint32_t word_hash = 0;
  // Lower-cased ASCII word, digit string, or normalized punctuation.
  std::string text;
  // Word facts Tokenize looks up once per token, so the grammars test them
  // without comparing strings: NumberWordValue(text) ("seven" 7), the value
  // of a glued tens+unit word ("twentyfive" 25), OrdinalWordValue(text)
  // extended to glued words ("twentyfirst" 21); -1 when not such a word.
  signed char number_word = -1;
  signed char glued_number = -1;
  int ordinal_word = -1;
  // False only where no number phrase can start (ParseNumberAt fails): set
  // on digits, ".", "-", "~" and on number words, hedges ("about"), signs
  // ("minus"), articles and vague amounts ("couple") and "point".
  bool number_start = false;
  // Time words, looked up in the same table: month (1..12) of a month name
  // or abbreviation ("may", "sept"), weekday (0 = Monday) of a weekday name
  // ("tue", "sundays"), else -1. time_word is set on the function and time
  // words a time expression can begin with besides those ("the", "in",
  // "next", "noon", ...: kTimeWords in tokenizer.cc, read by time.cc's
  // CanStart).
  signed char month = -1;
  signed char weekday = -1;
  bool time_word = false;
  // TimeClass bits of a word, else 0.
  uint32_t time_class = 0;

  __attribute__((always_inline)) bool Is(absl::string_view s) const {
    return text.size() == s.size() &&
           __builtin_memcmp(text.data(), s.data(), s.size()) == 0;
  }
  bool IsWord() const { return kind == kWord; }
  bool IsDigits() const { return kind == kDigits; }
};

// Splits `text` into tokens. Never fails; linear in the input size. The
// grammars rely on the word facts it fills in: pass them its tokens only.
std::vector<Token> Tokenize(absl::string_view text);

// The hash Tokenize stores in Token::word_hash of a word token (FNV-1a over
// its bytes). Stable within a process; not a persistent format.
uint32_t WordHash(absl::string_view word);

// Value of a single cardinal number word ("seven" -> 7, "twenty" -> 20), or
// -1.
int NumberWordValue(absl::string_view word);

// Value of a single ordinal word ("third" -> 3, "fortieth" -> 40), or -1.
int OrdinalWordValue(absl::string_view word);

// Token-stream helpers shared by the grammars: token i exists and is `s`.
// Always inlined: the grammars call it with string literals, so the length
// test and the byte compare fold to a few instructions instead of a memcmp
// call (string compares were ~7 % of extraction).
__attribute__((always_inline)) inline bool TokenIs(const std::vector<Token>& t,
                                                   int i, absl::string_view s) {
  if (i < 0 || i >= static_cast<int>(t.size())) return false;
  const std::string& text = t[i].text;
  return text.size() == s.size() &&
         __builtin_memcmp(text.data(), s.data(), s.size()) == 0;
}
// Token i exists and directly follows token i-1 (no whitespace).
inline bool Adjacent(const std::vector<Token>& t, int i) {
  return i > 0 && i < static_cast<int>(t.size()) && !t[i].space_before;
}

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TOKENIZER_H_

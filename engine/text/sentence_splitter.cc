#include "engine/text/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"

namespace accord {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// Lower-cased abbreviations that take a period without ending a sentence.
bool IsAbbreviation(absl::string_view word) {
  static const auto* const kAbbrev = new absl::flat_hash_set<std::string>{
      "mr",  "mrs",  "ms",  "dr",  "prof", "st",   "sen",  "rep", "gov",
      "gen", "lt",   "col", "maj", "capt", "sgt",  "rev",  "jan", "feb",
      "mar", "apr",  "jun", "jul", "aug",  "sep",  "sept", "oct", "nov",
      "dec", "no",   "vs",  "etc", "inc",  "corp", "co",   "ltd", "jr",
      "sr",  "u.s",  "u.k", "u.n", "e.g",  "i.e",  "a.m",  "p.m", "approx",
      "est", "dept", "mt",  "ft",  "fig",  "vol",  "gov't"};
  // No abbreviation is longer than 6 bytes; shorter words are lower-cased
  // on the stack.
  char lower[6];
  if (word.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  return kAbbrev->contains(absl::string_view(lower, word.size()));
}

// True when the period at `dot` closes an abbreviation or initial.
bool PeriodIsAbbreviation(absl::string_view text, int line_begin, int dot) {
  int w = dot;
  while (w > line_begin && !IsSpace(text[w - 1]) && text[w - 1] != '(' &&
         text[w - 1] != '"') {
    --w;
  }
  absl::string_view word = text.substr(w, dot - w);
  if (word.size() == 1 && absl::ascii_isupper(word[0])) return true;  // "J."
  return IsAbbreviation(word);
}

bool StartsSentence(absl::string_view text, int i) {
  const unsigned char c = text[i];
  if (absl::ascii_isupper(c) || absl::ascii_isdigit(c)) return true;
  if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
  // Opening curly quotes (U+201C, U+2018) and any non-ASCII letter.
  return c >= 0x80;
}

void AddTrimmed(absl::string_view text, int begin, int end, int max_bytes,
                std::vector<SentenceBounds>* out) {
  while (begin < end && (IsSpace(text[begin]) || text[begin] == '\n')) ++begin;
  while (end > begin && (IsSpace(text[end - 1]) || text[end - 1] == '\n')) {
    --end;
  }
  const int limit = std::max(max_bytes, 1);
  while (end - begin > limit) {
    int cut = begin + limit;
    // Never cut inside a UTF-8 sequence.
    while (cut > begin &&
           (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
      --cut;
    if (cut == begin) {
      // The limit is smaller than the character at `begin`: take the whole
      // character, so every piece makes progress.
      cut = begin + 1;
      while (cut < end &&
             (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        ++cut;
    }
    out->push_back({begin, cut});
    begin = cut;
  }
  if (end > begin) out->push_back({begin, end});
}

void SplitLine(absl::string_view text, int begin, int end, int max_bytes,
               std::vector<SentenceBounds>* out) {
  int start = begin;
  for (int i = begin;
       (i = sentence_splitter_internal::NextTerminal(text, i, end)) < end;
       ++i) {
    const char c = text[i];
    int j = i + 1;
    // Closing quotes and brackets belong to the sentence: ", ', ), ”, ’.
    while (j < end) {
      if (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
        ++j;
      } else if (j + 2 < end && static_cast<unsigned char>(text[j]) == 0xE2 &&
                 static_cast<unsigned char>(text[j + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[j + 2]) == 0x9D ||
                  static_cast<unsigned char>(text[j + 2]) == 0x99)) {
        j += 3;
      } else {
        break;
      }
    }
    if (j >= end || !IsSpace(text[j])) continue;
    int k = j;
    while (k < end && IsSpace(text[k])) ++k;
    if (k >= end || !StartsSentence(text, k)) continue;
    if (c == '.' && PeriodIsAbbreviation(text, begin, i)) continue;
    AddTrimmed(text, start, j, max_bytes, out);
    start = k;
    i = k - 1;
  }
  AddTrimmed(text, start, end, max_bytes, out);
}

}  // namespace

namespace sentence_splitter_internal {

int NextTerminal(absl::string_view text, int i, int end) {
  // Eight bytes at a time: a byte of x equals b when x ^ (b * kOnes) has a
  // zero byte, which (y - kOnes) & ~y & kHighs detects exactly (it is
  // nonzero iff y has a zero byte).
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t y) { return (y - kOnes) & ~y & kHighs; };
  while (i + 8 <= end) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, sizeof(x));
    if (has_zero(x ^ ('.' * kOnes)) | has_zero(x ^ ('!' * kOnes)) |
        has_zero(x ^ ('?' * kOnes))) {
      break;
    }
    i += 8;
  }
  while (i < end && text[i] != '.' && text[i] != '!' && text[i] != '?') ++i;
  return i;
}

}  // namespace sentence_splitter_internal

std::vector<SentenceBounds> SplitSentences(
    absl::string_view text,
    const google::protobuf::RepeatedPtrField<Removal>& removed,
    int max_sentence_bytes) {
  std::vector<std::pair<int, int>> cuts;
  for (const Removal& r : removed) cuts.push_back({r.begin(), r.end()});
  std::sort(cuts.begin(), cuts.end());

  std::vector<SentenceBounds> out;
  const int n = static_cast<int>(text.size());
  size_t next_cut = 0;
  int line_begin = 0;
  for (int i = 0; i <= n; ++i) {
    if (i < n && text[i] != '\n') {
      // Jump to the next newline (or the end).
      const void* nl = std::memchr(text.data() + i, '\n', n - i);
      i = nl == nullptr
              ? n
              : static_cast<int>(static_cast<const char*>(nl) - text.data());
    }
    int begin = line_begin;
    const int end = i;
    line_begin = i + 1;
    // Skip removed ranges: the whole line, or spans inside it (the line's
    // text between them is split on its own).
    while (next_cut < cuts.size() && cuts[next_cut].second <= begin) ++next_cut;
    int at = begin;
    for (size_t k = next_cut; k < cuts.size() && cuts[k].first < end; ++k) {
      if (cuts[k].second <= at) continue;
      if (cuts[k].first > at) {
        SplitLine(text, at, cuts[k].first, max_sentence_bytes, &out);
      }
      at = std::max(at, cuts[k].second);
    }
    if (at < end) SplitLine(text, at, end, max_sentence_bytes, &out);
  }
  return out;
}

}  // namespace accord

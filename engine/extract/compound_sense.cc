#include "engine/extract/compound_sense.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace {

bool IsWordByte(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c)) || c == '-';
}

// Whether the byte between two words of a compound separates them: one
// space, or the hyphen English writes a compound with when it modifies a
// noun ("a free-agent deal", "his mug-shot photo").
bool IsCompoundJoint(char c) { return c == ' ' || c == '-'; }

// The lower-case word of letters and hyphens that ends right before a single
// joint at `at` (a space or a hyphen), or "".
std::string WordBefore(absl::string_view text, int at) {
  if (at <= 0 || !IsCompoundJoint(text[at])) return "";
  int b = at;
  while (b > 0 && IsWordByte(text[b - 1])) --b;
  return absl::AsciiStrToLower(text.substr(b, at - b));
}

// The lower-case word of letters and hyphens that starts right after a
// single joint at `at`, or "".
std::string WordAfter(absl::string_view text, int at) {
  if (at >= static_cast<int>(text.size()) || !IsCompoundJoint(text[at])) {
    return "";
  }
  int e = at + 1;
  while (e < static_cast<int>(text.size()) && IsWordByte(text[e])) ++e;
  return absl::AsciiStrToLower(text.substr(at + 1, e - at - 1));
}

}  // namespace

bool CompoundSense::PartOfOtherNoun(
    absl::string_view text, int begin, int end,
    const absl::flat_hash_set<std::string>& frame_nouns) const {
  if (begin < 0 || end > static_cast<int>(text.size()) || begin >= end) {
    return false;
  }
  const std::string word =
      absl::AsciiStrToLower(text.substr(begin, end - begin));
  for (char c : word) {
    if (!IsWordByte(c)) return false;  // one word only
  }
  auto other_noun = [&](const std::string& compound) {
    return kinds_->Of(compound) != 0 && !frame_nouns.contains(compound);
  };
  // A noun of the frame names its event in any compound: a "flesh wound" is
  // a wound, a "murder charge" tells of a murder. Lexicons list some nouns
  // in the plural only ("charges"), so both numbers count.
  const bool frame_noun =
      frame_nouns.contains(word) ||
      frame_nouns.contains(absl::StrCat(word, "s")) ||
      (absl::EndsWith(word, "s") &&
       frame_nouns.contains(word.substr(0, word.size() - 1)));
  if (frame_noun) return false;
  // The trigger as the compound's head ("mug shot", "big shot") or as its
  // modifier ("free agent", "free throw").
  const std::string before = WordBefore(text, begin - 1);
  const std::string after = WordAfter(text, end);
  return (!before.empty() && other_noun(absl::StrCat(before, " ", word))) ||
         (!after.empty() && other_noun(absl::StrCat(word, " ", after)));
}

}  // namespace accord

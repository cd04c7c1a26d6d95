#include "engine/annotate/name_scan.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace accord {
namespace {

// The personal pronouns the annotator resolves to a person, lower case.
// FindPronounSpans relies on their shapes: 2, 3 or 7 ASCII letters,
// starting with h or s.
constexpr absl::string_view kPronouns[] = {"he",  "him",     "his",    "she",
                                           "her", "himself", "herself"};

// Titles before a name, as literal text (TitledNameRe escapes the dots).
constexpr absl::string_view kTitles[] = {"President",    "Prime Minister",
                                         "Premier",      "Chancellor",
                                         "Minister",     "Secretary",
                                         "Senator",      "Sen.",
                                         "Rep.",         "Representative",
                                         "Governor",     "Gov.",
                                         "Mayor",        "General",
                                         "Gen.",         "Judge",
                                         "Justice",      "Pope",
                                         "King",         "Queen",
                                         "Prince",       "Princess",
                                         "Sheriff",      "Chief",
                                         "Officer",      "Detective",
                                         "Mr.",          "Mrs.",
                                         "Ms.",          "Dr.",
                                         "spokesman",    "spokeswoman",
                                         "spokesperson", "actress",
                                         "actor",        "singer",
                                         "star",         "rapper",
                                         "director",     "coach",
                                         "lawyer",       "attorney",
                                         "publicist",    "representative",
                                         "CEO",          "chairman",
                                         "founder"};

// What may follow a reported name (ReportedNameRe's last group).
constexpr absl::string_view kAfterReported[] = {
    ",",    " said", " says", " told", " has",
    " had", " was",  " is",   " will", " who"};

std::string TitleAlternation() {
  std::vector<std::string> escaped;
  for (absl::string_view t : kTitles) {
    std::string e;
    for (char c : t) {
      if (c == '.') e += '\\';
      e += c;
    }
    escaped.push_back(e);
  }
  return absl::StrJoin(escaped, "|");
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// [A-Za-z\-]
bool IsNameTail(char c) { return IsUpper(c) || IsLower(c) || c == '-'; }

// RE2's \w: ASCII letters, digits and '_'.
bool IsRe2WordChar(char c) { return absl::ascii_isalnum(c) || c == '_'; }

}  // namespace

const RE2& TitledNameRe() {
  static const RE2* const kRe = new RE2(absl::StrCat(
      "(?:", TitleAlternation(), ")",
      " ((?:[A-Z][a-z]+[A-Za-z'\\-]* ){0,2}[A-Z][a-z]+[A-Za-z'\\-]*)"));
  return *kRe;
}

const RE2& ReportedNameRe() {
  static const RE2* const kRe = new RE2(
      "((?:[A-Z][a-z]+[A-Za-z'\\-]* ){1,2}[A-Z][a-z]+[A-Za-z\\-]*)"
      "(?:,| said| says| told| has| had| was| is| will| who)");
  return *kRe;
}

const RE2& AgedNameRe() {
  static const RE2* const kRe = new RE2(
      "\\b\\d{1,3}-year-old ((?:[A-Z][a-z]+[A-Za-z'\\-]* ){1,2}"
      "[A-Z][a-z]+[A-Za-z\\-]*)(?:$|[^A-Za-z'\\- ]| [^A-Z])");
  return *kRe;
}

const RE2& PronounRe() {
  static const RE2* const kRe =
      new RE2(absl::StrCat("(?i)\\b(", absl::StrJoin(kPronouns, "|"), ")\\b"));
  return *kRe;
}

namespace {

// True when a title ends at byte `i` of `s`, where s[i] == ' ' starts
// " [A-Z][a-z]".
bool TitleEndsAt(absl::string_view s, size_t i) {
  // Bytes a title ends with, to skip most positions without comparing.
  static const bool* const kLast = [] {
    bool* last = new bool[256]();
    for (absl::string_view t : kTitles) {
      last[static_cast<unsigned char>(t.back())] = true;
    }
    return last;
  }();
  if (!kLast[static_cast<unsigned char>(s[i - 1])]) return false;
  const absl::string_view before = s.substr(0, i);
  for (absl::string_view t : kTitles) {
    // The first byte first: most candidates fail it without a memcmp call.
    if (t.size() <= i && s[i - t.size()] == t[0] && absl::EndsWith(before, t)) {
      return true;
    }
  }
  return false;
}

// True when a reported name may end in the word that starts at byte i + 1
// of `s`, where s[i] == ' ' starts " [A-Z][a-z]" (see MayMatchReportedName).
bool ReportedEndsAt(absl::string_view s, size_t i) {
  const char prev = s[i - 1];
  if (!IsNameTail(prev) && prev != '\'') return false;
  size_t end = i + 3;
  while (end < s.size() && IsNameTail(s[end])) ++end;
  const absl::string_view rest = s.substr(end);
  for (absl::string_view a : kAfterReported) {
    // The last byte first: most candidates fail it without a memcmp call.
    if (a.size() <= rest.size() && rest[a.size() - 1] == a.back() &&
        absl::StartsWith(rest, a)) {
      return true;
    }
  }
  return false;
}

// True when byte i of `s`, 1 <= i, i + 2 < s.size(), starts " [A-Z][a-z]".
bool SpaceCapitalAt(absl::string_view s, size_t i) {
  return s[i] == ' ' && IsUpper(s[i + 1]) && IsLower(s[i + 2]);
}

// Calls f(i) at every i that starts " [A-Z][a-z]" in `s` (1 <= i,
// i + 2 < s.size()), in increasing order, until f returns true; returns
// whether one did. With `tokens` == Tokenize(s), only capitalized words are
// visited: an ASCII letter after a space always starts a word token, so
// these are all such positions.
template <typename F>
bool AnySpaceCapital(absl::string_view s, const std::vector<Token>* tokens,
                     F f) {
  if (tokens == nullptr) {
    for (size_t i = 1; i + 2 < s.size(); ++i) {
      if (SpaceCapitalAt(s, i) && f(i)) return true;
    }
    return false;
  }
  for (const Token& t : *tokens) {
    if (!t.capitalized || t.begin < 2) continue;
    const size_t i = static_cast<size_t>(t.begin) - 1;
    if (i + 2 < s.size() && SpaceCapitalAt(s, i) && f(i)) return true;
  }
  return false;
}

}  // namespace

bool MayMatchTitledName(absl::string_view s) {
  // The name's first word starts with " [A-Z][a-z]" right after a title;
  // the title ends at the space.
  return AnySpaceCapital(s, nullptr,
                         [&](size_t i) { return TitleEndsAt(s, i); });
}

bool MayMatchTitledName(absl::string_view s, const std::vector<Token>& tokens) {
  return AnySpaceCapital(s, &tokens,
                         [&](size_t i) { return TitleEndsAt(s, i); });
}

bool MayMatchReportedName(absl::string_view s) {
  // The last word of the name is [A-Z][a-z]+[A-Za-z-]* right after a space
  // that follows a character of the previous word ([A-Za-z'-]). What
  // follows it (a comma or a space) is not in [A-Za-z-], so the word runs
  // to the end of its [A-Za-z-] run and the ending must start there.
  return AnySpaceCapital(s, nullptr,
                         [&](size_t i) { return ReportedEndsAt(s, i); });
}

bool MayMatchReportedName(absl::string_view s,
                          const std::vector<Token>& tokens) {
  return AnySpaceCapital(s, &tokens,
                         [&](size_t i) { return ReportedEndsAt(s, i); });
}

bool FindPronounSpans(absl::string_view s,
                      std::vector<std::pair<int, int>>* spans) {
  spans->clear();
  if (absl::StrContains(s, "\xC5\xBF")) return false;
  // Every alternative is made of ASCII word characters between \b's, so
  // with no LONG S (the only non-ASCII character RE2 folds to one of their
  // letters) a match is exactly a maximal run of RE2 word characters equal
  // to a pronoun ignoring ASCII case; runs do not overlap, so they are also
  // the successive leftmost matches.
  size_t i = 0;
  while (i < s.size()) {
    if (!IsRe2WordChar(s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && IsRe2WordChar(s[i])) ++i;
    const absl::string_view run = s.substr(begin, i - begin);
    // Pronouns have 2, 3 or 7 letters and start with h or s.
    const size_t n = run.size();
    const char first = absl::ascii_tolower(run[0]);
    if ((n != 2 && n != 3 && n != 7) || (first != 'h' && first != 's')) {
      continue;
    }
    for (absl::string_view p : kPronouns) {
      if (absl::EqualsIgnoreCase(run, p)) {
        spans->emplace_back(static_cast<int>(begin), static_cast<int>(i));
        break;
      }
    }
  }
  return true;
}

bool FindPronounSpans(absl::string_view s, const std::vector<Token>& tokens,
                      std::vector<std::pair<int, int>>* spans) {
  spans->clear();
  if (absl::StrContains(s, "\xC5\xBF")) return false;
  // A pronoun match is a maximal run of RE2 word characters made of ASCII
  // letters (see the overload above). Its letters are contiguous, so they
  // lie in one word token, and being maximal it is a maximal run of ASCII
  // letters within that token: the whole token when it has no apostrophe
  // (its bytes are then all letters), else a piece between apostrophes. It
  // is a match when it spells a pronoun and no word character ('_', a
  // digit) touches it outside.
  auto consider = [&](size_t begin, size_t end, absl::string_view lower) {
    const size_t n = end - begin;
    if ((n != 2 && n != 3 && n != 7) || (lower[0] != 'h' && lower[0] != 's')) {
      return;
    }
    if ((begin > 0 && IsRe2WordChar(s[begin - 1])) ||
        (end < s.size() && IsRe2WordChar(s[end]))) {
      return;
    }
    for (absl::string_view p : kPronouns) {
      if (lower == p) {
        spans->emplace_back(static_cast<int>(begin), static_cast<int>(end));
        return;
      }
    }
  };
  std::string piece;
  for (const Token& t : tokens) {
    if (t.kind != Token::kWord) continue;
    if (!t.apostrophe) {
      // consider()'s length and first-letter test, inline: it rejects
      // nearly every word, and a call per word token cost more than it.
      const size_t n = t.text.size();
      const char first = t.text[0];
      if ((n == 2 || n == 3 || n == 7) && (first == 'h' || first == 's')) {
        consider(t.begin, t.end, t.text);
      }
      continue;
    }
    size_t i = t.begin;
    const size_t end = t.end;
    while (i < end) {
      if (!IsUpper(s[i]) && !IsLower(s[i])) {
        ++i;
        continue;
      }
      const size_t begin = i;
      while (i < end && (IsUpper(s[i]) || IsLower(s[i]))) ++i;
      piece = absl::AsciiStrToLower(s.substr(begin, i - begin));
      consider(begin, i, piece);
    }
  }
  return true;
}

}  // namespace accord

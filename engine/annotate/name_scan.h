// The annotator's regexes for titled names, reported names and pronouns, with
// byte-level scans that decide most sentences without running them.
//
//   if (MayMatchTitledName(s)) { ... RE2::FindAndConsume(&in, TitledNameRe(),
//   &name) ... }
//
// Each shortcut is exact: a "may match" test is false only when its regex
// has no match in the text, and FindPronounSpans gives the regex's matches.
#ifndef ACCORD_ENGINE_ANNOTATE_NAME_SCAN_H_
#define ACCORD_ENGINE_ANNOTATE_NAME_SCAN_H_

#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/normalize/tokenizer.h"
#include "re2/re2.h"

namespace accord {

// A title, then one to three capitalized words: "President Emomali Rahmon".
// Group 1 is the name.
const RE2& TitledNameRe();

// Two or three capitalized words before a comma or a reporting verb:
// "Dmitry Peskov said". Group 1 is the name.
const RE2& ReportedNameRe();

// An age before two or three capitalized words and no more: "36-year-old
// Duncan Rait" (an age is said of people; a word the gazetteer knows, like a
// demonym in "36-year-old Australian climber", is the caller's to keep).
// Group 1 is the name. Cheap to skip: a match needs "-year-old ".
const RE2& AgedNameRe();

// Personal pronouns as whole words, in any case. Group 1 is the pronoun.
const RE2& PronounRe();

// False only when TitledNameRe() has no match in `s`: a match needs a title
// right before " [A-Z][a-z]".
bool MayMatchTitledName(absl::string_view s);
// The same answer, visiting only the capitalized words of `tokens` ==
// Tokenize(s) instead of every byte.
bool MayMatchTitledName(absl::string_view s, const std::vector<Token>& tokens);

// False only when ReportedNameRe() has no match in `s`: a match needs
// "[A-Za-z'-] [A-Z][a-z]", the rest of that word in [A-Za-z-], and a comma
// or " said", " says"... right after it.
bool MayMatchReportedName(absl::string_view s);
// The same answer, visiting only the capitalized words of `tokens` ==
// Tokenize(s) instead of every byte.
bool MayMatchReportedName(absl::string_view s,
                          const std::vector<Token>& tokens);

// The matches of PronounRe() in `s`, left to right, as byte ranges. Returns
// false, leaving `spans` empty, when `s` contains U+017F (LONG S), which
// RE2's case folding matches to 's' but which is not a word character for
// \b; the caller then runs PronounRe().
bool FindPronounSpans(absl::string_view s,
                      std::vector<std::pair<int, int>>* spans);
// The same, visiting the words of `tokens` == Tokenize(s) instead of every
// byte.
bool FindPronounSpans(absl::string_view s, const std::vector<Token>& tokens,
                      std::vector<std::pair<int, int>>* spans);

}  // namespace accord

#endif  // ACCORD_ENGINE_ANNOTATE_NAME_SCAN_H_

#include "tools/truth/book_data.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "re2/re2.h"

namespace accord {
namespace truth {
namespace {

bool IsNoise(const std::string& w) {
  static const auto* kNoise =
      new std::set<std::string>{"by",          "author",
                                "authors",     "editor",
                                "editors",     "ed",
                                "eds",         "edited",
                                "with",        "et",
                                "al",          "associates",
                                "inc",         "phd",
                                "jr",          "sr",
                                "dr",          "prof",
                                "ii",          "iii",
                                "foreword",    "introduction",
                                "translator",  "illustrator",
                                "contributor", "contributions",
                                "compiler",    "preface",
                                "the",         "staff",
                                "team",        "corporation",
                                "llc",         "ltd",
                                "mr",          "mrs",
                                "ms"};
  return kNoise->count(w) > 0;
}

// A word of a piece: lower-cased letters and '-' only; initials are words
// of one letter.
struct Word {
  std::string text;
  bool initial;
};

std::vector<Word> Words(absl::string_view piece) {
  std::vector<Word> out;
  for (absl::string_view token :
       absl::StrSplit(piece, absl::ByAnyChar(" .\t"), absl::SkipEmpty())) {
    std::string w;
    for (char c : token) {
      if (absl::ascii_isalpha(c)) {
        w.push_back(absl::ascii_tolower(c));
      } else if (c == '-' && !w.empty()) {
        w.push_back(c);
      }
    }
    while (!w.empty() && w.back() == '-') w.pop_back();
    if (w.empty() || IsNoise(w)) continue;
    out.push_back(Word{w, w.size() == 1});
  }
  return out;
}

int FullWords(const std::vector<Word>& words) {
  int n = 0;
  for (const Word& w : words) n += !w.initial;
  return n;
}

// A person from one piece written "First [Middle] Last" (or "Last I. I.").
PersonName FromFirstLast(const std::vector<Word>& words) {
  PersonName p;
  for (const Word& w : words) {
    if (!w.initial) p.words.push_back(w.text);
  }
  p.surname = static_cast<int>(p.words.size()) - 1;
  // "Knuth D E": a full word followed only by initials is a surname.
  if (!words.empty() && !words[0].initial && words.size() > 1 &&
      FullWords(words) == 1) {
    p.surname = 0;
  }
  return p;
}

void AddFirstLastRun(const std::vector<Word>& words,
                     std::vector<PersonName>* out) {
  const int full = FullWords(words);
  if (full == 0) return;
  if (full <= 3) {
    out->push_back(FromFirstLast(words));
    return;
  }
  // Several people run together: "Donald E. Knuth John Fuller".
  std::vector<Word> current;
  int current_full = 0;
  for (const Word& w : words) {
    current.push_back(w);
    if (!w.initial && ++current_full == 2) {
      out->push_back(FromFirstLast(current));
      current.clear();
      current_full = 0;
    }
  }
  if (current_full > 0) out->push_back(FromFirstLast(current));
}

void ParseChunk(absl::string_view chunk, std::vector<PersonName>* out) {
  std::vector<std::vector<Word>> pieces;
  for (absl::string_view piece : absl::StrSplit(chunk, ',')) {
    std::vector<Word> words = Words(piece);
    if (!words.empty() && FullWords(words) + words.size() > 0) {
      pieces.push_back(std::move(words));
    }
  }
  if (pieces.empty()) return;
  if (pieces.size() == 1) {
    AddFirstLastRun(pieces[0], out);
    return;
  }
  size_t i = 0;
  while (i < pieces.size()) {
    const std::vector<Word>& piece = pieces[i];
    const bool last_is_first_name =
        i + 2 == pieces.size() && FullWords(pieces[i + 1]) <= 1;
    if (FullWords(piece) >= 2 && !last_is_first_name) {
      // A whole "First Last" person.
      out->push_back(FromFirstLast(piece));
      ++i;
      continue;
    }
    if (FullWords(piece) == 0) {  // stray initials
      ++i;
      continue;
    }
    // "Last, First": the surname piece, then a first-name piece when it
    // has at most one full word or is the last piece.
    PersonName p;
    for (const Word& w : piece) {
      if (!w.initial) p.words.push_back(w.text);
    }
    p.surname = static_cast<int>(p.words.size()) - 1;
    ++i;
    if (i < pieces.size() &&
        (FullWords(pieces[i]) <= 1 || i + 1 == pieces.size())) {
      for (const Word& w : pieces[i]) {
        if (!w.initial) p.words.push_back(w.text);
      }
      ++i;
    }
    out->push_back(std::move(p));
  }
}

// True when `a` and `b` name the same person: same guessed surname and
// compatible other names (each of the fewer names is a prefix of one of the
// other's, e.g. "Connie U." / "Connie", "Steven" / "Steve"; no other names
// is compatible with any).
bool SamePerson(const PersonName& a, const PersonName& b) {
  if (a.words[a.surname] != b.words[b.surname]) return false;
  std::vector<std::string> x, y;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (static_cast<int>(i) != a.surname) x.push_back(a.words[i]);
  }
  for (size_t i = 0; i < b.words.size(); ++i) {
    if (static_cast<int>(i) != b.surname) y.push_back(b.words[i]);
  }
  if (x.size() > y.size()) std::swap(x, y);
  for (const std::string& u : x) {
    bool found = false;
    for (const std::string& v : y) {
      const size_t n = std::min(u.size(), v.size());
      found |= u.compare(0, n, v, 0, n) == 0;
    }
    if (!found) return false;
  }
  return true;
}

absl::StatusOr<std::vector<std::string>> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::vector<PersonName> ParseAuthorList(absl::string_view raw) {
  std::string s = absl::StrReplaceAll(
      raw, {{"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"'", ""}});
  // Parenthesized roles "(Author)" end a person; unbalanced ones too.
  static const RE2* kParen = new RE2(R"(\([^)]*\)?|\))");
  RE2::GlobalReplace(&s, *kParen, ";");
  // Accented letters as entities: "St&uuml;tzle" -> "Stutzle".
  static const RE2* kAccent =
      new RE2(R"(&([A-Za-z])(uml|acute|grave|circ|tilde|cedil|ring|slash);)");
  RE2::GlobalReplace(&s, *kAccent, "\\1");
  // "Thomas M.Begg": an initial after a first name, glued to the next
  // surname. Not after a comma: in "Stevens, W.Richard" the initial and
  // "Richard" are both first names of Stevens.
  static const RE2* kGlued = new RE2(R"(([A-Za-z]\s+[A-Z])\.([A-Z][a-z]))");
  RE2::GlobalReplace(&s, *kGlued, "\\1.;\\2");
  // "Stevens, W. RichardWright, Gary R.": two names run together. At least
  // four lower-case letters before the capital, so "McDonald", "MacLeod"
  // and "DeWitt" stay whole.
  static const RE2* kRunTogether = new RE2(R"(([a-z]{4})([A-Z][a-z]))");
  RE2::GlobalReplace(&s, *kRunTogether, "\\1;\\2");
  static const RE2* kAnd = new RE2(R"((?i)\s(and|with)\s)");
  RE2::GlobalReplace(&s, *kAnd, ";");
  const std::string lower =
      absl::AsciiStrToLower(absl::StripAsciiWhitespace(s));
  if (lower.empty() || lower == "not available" || lower == "n/a" ||
      lower == "unknown" || lower == "na") {
    return {};
  }
  std::vector<PersonName> out;
  for (absl::string_view chunk :
       absl::StrSplit(s, absl::ByAnyChar(";/&|"), absl::SkipEmpty())) {
    ParseChunk(chunk, &out);
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const PersonName& p) { return p.words.empty(); }),
            out.end());
  // A person listed twice ("Smith, Connie U.; ...; Smith, Connie") counts
  // once.
  std::vector<PersonName> unique;
  for (PersonName& p : out) {
    bool seen = false;
    for (const PersonName& q : unique) seen |= SamePerson(p, q);
    if (!seen) unique.push_back(std::move(p));
  }
  return unique;
}

std::string SurnameKey(const std::vector<PersonName>& persons) {
  std::vector<std::string> names;
  for (const PersonName& p : persons) names.push_back(p.words[p.surname]);
  std::sort(names.begin(), names.end());
  return absl::StrJoin(names, ";");
}

double BookValueModel::Similarity(absl::string_view, absl::string_view a,
                                  absl::string_view b) const {
  if (a == b) return 1;
  std::vector<std::string> x = absl::StrSplit(a, ';');
  std::vector<std::string> y = absl::StrSplit(b, ';');
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::vector<std::string> both;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(),
                        std::back_inserter(both));
  const double uni = x.size() + y.size() - both.size();
  return uni > 0 ? both.size() / uni : 0;
}

absl::StatusOr<std::vector<Observation>> LoadBookObservations(
    const std::string& path) {
  auto lines = ReadLines(path);
  if (!lines.ok()) return lines.status();
  struct Listing {
    std::string source, isbn;
    std::vector<PersonName> persons;
  };
  std::vector<Listing> listings;
  for (const std::string& line : *lines) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 4) continue;
    Listing l{std::string(absl::StripAsciiWhitespace(f[0])),
              std::string(absl::StripAsciiWhitespace(f[1])),
              ParseAuthorList(f[3])};
    if (l.source.empty() || l.isbn.empty() || l.persons.empty()) continue;
    listings.push_back(std::move(l));
  }
  // Per ISBN: how often each word is guessed to be a surname.
  std::map<std::string, std::map<std::string, int>> votes;
  for (const Listing& l : listings) {
    for (const PersonName& p : l.persons) ++votes[l.isbn][p.words[p.surname]];
  }
  std::vector<Observation> out;
  for (Listing& l : listings) {
    const auto& v = votes[l.isbn];
    for (PersonName& p : l.persons) {
      int best = p.surname;
      int best_votes = v.at(p.words[p.surname]);
      for (size_t w = 0; w < p.words.size(); ++w) {
        auto it = v.find(p.words[w]);
        if (it != v.end() && it->second > best_votes) {
          best = static_cast<int>(w);
          best_votes = it->second;
        }
      }
      p.surname = best;
    }
    out.push_back(
        Observation{l.source, l.isbn, "authors", SurnameKey(l.persons)});
  }
  if (out.empty()) {
    return absl::DataLossError(absl::StrCat("no observations in ", path));
  }
  return out;
}

absl::StatusOr<std::map<std::string, std::string>> LoadBookGold(
    const std::string& path) {
  auto lines = ReadLines(path);
  if (!lines.ok()) return lines.status();
  std::map<std::string, std::string> gold;
  for (const std::string& line : *lines) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 2) continue;
    const std::string isbn(absl::StripAsciiWhitespace(f[0]));
    const std::string key = SurnameKey(ParseAuthorList(f[1]));
    if (!isbn.empty() && !key.empty()) gold.emplace(isbn, key);
  }
  if (gold.empty())
    return absl::DataLossError(absl::StrCat("no gold in ", path));
  return gold;
}

}  // namespace truth
}  // namespace accord

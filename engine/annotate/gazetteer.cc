#include "engine/annotate/gazetteer.h"

#include <algorithm>
#include <bitset>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "engine/io/bounded_parse.h"

namespace accord {
namespace {

bool AllLower(absl::string_view s) {
  for (char c : s) {
    if (absl::ascii_isupper(c)) return false;
  }
  return true;
}

// One alternation of the quoted forms, longest first, between word edges.
// RE2 has no \b over UTF-8 letters, so edges are checked after matching.
std::unique_ptr<RE2> CompileAlternation(std::vector<std::string> forms,
                                        bool case_insensitive) {
  if (forms.empty()) return nullptr;
  std::sort(forms.begin(), forms.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  std::vector<std::string> quoted;
  quoted.reserve(forms.size());
  for (const std::string& f : forms) quoted.push_back(RE2::QuoteMeta(f));
  RE2::Options options;
  options.set_case_sensitive(!case_insensitive);
  options.set_max_mem(64 << 20);
  return std::make_unique<RE2>(
      absl::StrCat("(", absl::StrJoin(quoted, "|"), ")"), options);
}

// True when the character starting at byte `i` of `text` is part of a word:
// ASCII letters and digits, and non-ASCII characters other than general
// punctuation (U+2000..U+206F: curly quotes, dashes) and no-break space.
bool IsWordCharAt(absl::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return absl::ascii_isalnum(c);
  if (c == 0xE2 && i + 1 < text.size() &&
      (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
       static_cast<unsigned char>(text[i + 1]) == 0x81)) {
    return false;
  }
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return false;
  }
  return true;
}

// The start of the character that ends just before byte `i`.
size_t PreviousCharStart(absl::string_view text, size_t i) {
  size_t p = i - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

// Length of the longest form of `forms` that occurs in `text` at byte `b`,
// or -1. This is the match RE2 reports for the alternation of the same forms
// (sorted longest first, so the leftmost-first alternation prefers the
// longest form matching at a position; two distinct forms of one length
// cannot both match there) anchored at `b`: a case-sensitive literal is a
// byte sequence, and an ASCII literal compiled case-insensitively matches
// exactly the ASCII-case-insensitive bytes, except that RE2's Unicode
// folding also lets 'k' match U+212A (KELVIN SIGN) and 's' match U+017F
// (LONG S); callers only use this on text without those two characters.
int LongestAt(const std::vector<std::string>* by_first_byte,
              bool case_insensitive, absl::string_view text, size_t b) {
  unsigned char first = static_cast<unsigned char>(text[b]);
  if (case_insensitive) first = absl::ascii_tolower(first);
  const size_t left = text.size() - b;
  // The second byte rejects most forms without a compare.
  char second = left > 1 ? text[b + 1] : 0;
  if (case_insensitive) second = absl::ascii_tolower(second);
  for (const std::string& f : by_first_byte[first]) {
    if (f.size() > left || (f.size() > 1 && f[1] != second)) continue;
    if (case_insensitive) {
      size_t i = 2;  // the first two bytes are compared above
      while (i < f.size() && absl::ascii_tolower(static_cast<unsigned char>(
                                 text[b + i])) == f[i]) {
        ++i;
      }
      if (i >= f.size()) return static_cast<int>(f.size());
    } else if (f.size() <= 2 || std::memcmp(text.data() + b + 2, f.data() + 2,
                                            f.size() - 2) == 0) {
      return static_cast<int>(f.size());
    }
  }
  return -1;
}

void IndexForms(const std::vector<std::string>& forms, bool case_insensitive,
                std::vector<std::string>* by_first_byte, bool* starts,
                std::bitset<256>* second_bytes, bool* ascii) {
  *ascii = true;
  for (const std::string& f : forms) {
    for (char c : f) {
      if (static_cast<unsigned char>(c) >= 0x80) *ascii = false;
    }
    if (f.empty()) continue;  // an empty alternative never gives a hit
    std::string key = case_insensitive ? absl::AsciiStrToLower(f) : f;
    const unsigned char first = static_cast<unsigned char>(key[0]);
    starts[first] = true;
    if (case_insensitive) {
      starts[static_cast<unsigned char>(absl::ascii_toupper(first))] = true;
    }
    if (key.size() == 1) {
      second_bytes[first].set();
    } else {
      second_bytes[first].set(static_cast<unsigned char>(key[1]));
    }
    std::vector<std::string>& list = by_first_byte[first];
    if (std::find(list.begin(), list.end(), key) == list.end()) {
      list.push_back(std::move(key));
    }
  }
  for (int i = 0; i < 256; ++i) {
    std::stable_sort(by_first_byte[i].begin(), by_first_byte[i].end(),
                     [](const std::string& a, const std::string& b) {
                       return a.size() > b.size();
                     });
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromTextproto(
    absl::string_view textproto) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  if (const absl::Status s = ParseTextproto(textproto, &g->entities_);
      !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("gazetteer: malformed textproto: ", s.message()));
  }
  ACCORD_RETURN_IF_ERROR(g->Build());
  return g;
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromFile(
    const std::string& path) {
  ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 16 << 20));
  auto g = FromTextproto(text);
  if (!g.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", g.status().message()));
  }
  return g;
}

absl::Status Gazetteer::Build() {
  std::vector<std::string> names, nouns;
  auto add = [&](absl::flat_hash_map<std::string, const Entity*>* map,
                 std::vector<std::string>* forms, const std::string& form,
                 const Entity* e) -> absl::Status {
    auto [it, inserted] = map->emplace(form, e);
    if (!inserted && it->second != e) {
      return absl::InvalidArgumentError(
          absl::StrCat("gazetteer: '", form, "' names both ", it->second->id(),
                       " and ", e->id()));
    }
    if (inserted) forms->push_back(form);
    return absl::OkStatus();
  };
  for (const Entity& e : entities_.entities()) {
    if (!by_id_.emplace(e.id(), &e).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("gazetteer: duplicate id ", e.id()));
    }
  }
  std::vector<std::string> demonym_forms;
  for (const Entity& e : entities_.entities()) {
    std::vector<std::string> forms(e.aliases().begin(), e.aliases().end());
    forms.push_back(e.name());
    const bool noun = std::all_of(forms.begin(), forms.end(), AllLower);
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      if (noun) {
        ACCORD_RETURN_IF_ERROR(add(&nouns_, &nouns, f, &e));
      } else {
        ACCORD_RETURN_IF_ERROR(add(&names_, &names, f, &e));
      }
    }
    for (const std::string& d : e.demonyms()) {
      ACCORD_RETURN_IF_ERROR(add(&demonyms_, &demonym_forms, d, &e));
      names.push_back(d);
    }
    for (const std::string& p : e.part_of()) {
      if (!by_id_.contains(p)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "gazetteer: ", e.id(), " is part_of undefined id ", p));
      }
    }
    for (const std::string& p : e.stands_for()) {
      if (!by_id_.contains(p)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "gazetteer: ", e.id(), " stands_for undefined id ", p));
      }
    }
  }
  IndexForms(names, false, names_literal_.by_first_byte, names_literal_.starts,
             names_literal_.second_bytes, &names_literal_.ascii);
  IndexForms(nouns, true, nouns_literal_.by_first_byte, nouns_literal_.starts,
             nouns_literal_.second_bytes, &nouns_literal_.ascii);
  for (int c = 0; c < 256; ++c) {
    if ((names_literal_.starts[c] || nouns_literal_.starts[c]) &&
        !(c < 0x80 && absl::ascii_isalnum(static_cast<unsigned char>(c)))) {
      starts_alnum_ = false;
    }
  }
  names_re_ = CompileAlternation(names, false);
  nouns_re_ = CompileAlternation(nouns, true);
  if ((names_re_ && !names_re_->ok()) || (nouns_re_ && !nouns_re_->ok())) {
    return absl::InternalError("gazetteer: alias pattern does not compile");
  }
  return absl::OkStatus();
}

std::vector<GazetteerMatch> Gazetteer::FindAll(absl::string_view text) const {
  return FindAllImpl(text, nullptr);
}

std::vector<GazetteerMatch> Gazetteer::FindAll(
    absl::string_view text, const std::vector<Token>& tokens) const {
  return FindAllImpl(text, &tokens);
}

std::vector<GazetteerMatch> Gazetteer::FindAllImpl(
    absl::string_view text, const std::vector<Token>* tokens) const {
  std::vector<GazetteerMatch> found;
  auto record = [&](int b, int e, bool lower,
                    std::vector<GazetteerMatch>* out) {
    const absl::string_view surface(text.data() + b, e - b);
    std::string lowered;
    if (lower) lowered = absl::AsciiStrToLower(surface);
    const absl::string_view key = lower ? lowered : surface;
    GazetteerMatch gm{b, e, nullptr, false};
    if (auto it = (lower ? nouns_ : names_).find(key);
        it != (lower ? nouns_ : names_).end()) {
      gm.entity = it->second;
    } else if (auto d = demonyms_.find(key); d != demonyms_.end()) {
      gm.entity = d->second;
      gm.demonym = true;
    }
    if (gm.entity != nullptr) out->push_back(gm);
  };
  // The same scans as the RE2 loop below, without RE2. RE2 reports the
  // leftmost position b >= pos where a form matches, with the longest form
  // there (LongestAt). A hit needs a word edge before b; positions without
  // one can be skipped, since RE2 would only retry one character further,
  // and so can a form that does not end at a word edge. A hit resumes the
  // scan at its end. Whether a position has a word edge before it depends
  // on the text alone, so both scans (names, and nouns when their forms are
  // ASCII) run in one walk over such positions: the starts of characters
  // whose previous character (PreviousCharStart) is not a word character,
  // and 0. Noun hits are kept apart and appended after the name hits, the
  // order two separate scans gave.
  auto literal_at = [&](const LiteralForms& forms, bool lower, size_t b,
                        size_t* pos, std::vector<GazetteerMatch>* out) {
    if (b < *pos || !forms.starts[static_cast<unsigned char>(text[b])]) {
      return;
    }
    // No form starts with these two bytes: LongestAt would find nothing.
    unsigned char first = static_cast<unsigned char>(text[b]);
    unsigned char second =
        b + 1 < text.size() ? static_cast<unsigned char>(text[b + 1]) : 0;
    if (lower) {
      first = absl::ascii_tolower(first);
      second = absl::ascii_tolower(second);
    }
    if (!forms.second_bytes[first].test(second)) return;
    const int len = LongestAt(forms.by_first_byte, lower, text, b);
    if (len < 0) return;
    const size_t e = b + len;
    if (e == text.size() || !IsWordCharAt(text, e)) {
      record(static_cast<int>(b), static_cast<int>(e), lower, out);
      *pos = e;
    }
  };
  // Byte classes of the walk.
  enum : unsigned char { kOther = 0, kAsciiWord, kContinuation, kLead };
  static constexpr struct Classes {
    unsigned char c[256] = {};
    constexpr Classes() {
      for (int b = 0; b < 256; ++b) {
        c[b] = b >= 0xC0   ? kLead
               : b >= 0x80 ? kContinuation
               : ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
                  (b >= 'A' && b <= 'Z'))
                   ? kAsciiWord
                   : kOther;
      }
    }
  } kClasses;
  const bool nouns_ascii = nouns_literal_.ascii;
  // Whether the text holds U+212A or U+017F, where RE2's case-insensitive
  // matching of ASCII forms could differ from ASCII case-insensitive
  // comparison (see LongestAt).
  bool fold = false;
  std::vector<GazetteerMatch> noun_hits;
  size_t names_pos = 0, nouns_pos = 0;
  const size_t n = text.size();
  bool prev_word = false;
  size_t i = 0;
  if (tokens != nullptr && starts_alnum_) {
    // Only word starts at ASCII letters and digits can start a form. Such a
    // byte starts a token unless it follows a letter or digit (no word
    // start) or an apostrophe inside a word token ("o'Brien"), so the walk
    // visits token starts and, in tokens with apostrophes, each byte after
    // a non-letter, testing the word edge before it as defined above.
    auto at = [&](size_t b) {
      const unsigned char c = static_cast<unsigned char>(text[b]);
      if (!names_literal_.starts[c] &&
          !(nouns_ascii && nouns_literal_.starts[c])) {
        return;
      }
      if (b > 0 && IsWordCharAt(text, PreviousCharStart(text, b))) return;
      literal_at(names_literal_, false, b, &names_pos, &found);
      if (nouns_ascii) {
        literal_at(nouns_literal_, true, b, &nouns_pos, &noun_hits);
      }
    };
    for (const Token& t : *tokens) {
      if (t.kind == Token::kPunct) continue;
      at(t.begin);
      if (t.apostrophe) {
        for (int k = t.begin + 1; k < t.end; ++k) {
          if (kClasses.c[static_cast<unsigned char>(text[k])] == kAsciiWord &&
              kClasses.c[static_cast<unsigned char>(text[k - 1])] !=
                  kAsciiWord) {
            at(k);
          }
        }
      }
    }
    fold = absl::StrContains(text, "\xE2\x84\xAA") ||
           absl::StrContains(text, "\xC5\xBF");
    i = n;  // the byte walk below has nothing left to do
  }
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const unsigned char k = kClasses.c[c];
    if (k == kContinuation) {
      // A continuation byte belongs to the character before it, except at
      // 0, where PreviousCharStart stops and IsWordCharAt says "word".
      if (i == 0) prev_word = true;
      ++i;
      continue;
    }
    if (!prev_word) {
      literal_at(names_literal_, false, i, &names_pos, &found);
      if (nouns_ascii)
        literal_at(nouns_literal_, true, i, &nouns_pos, &noun_hits);
    }
    if (k == kAsciiWord) {
      // The rest of an ASCII word has no word edges.
      prev_word = true;
      ++i;
      while (i < n &&
             kClasses.c[static_cast<unsigned char>(text[i])] == kAsciiWord) {
        ++i;
      }
      continue;
    }
    if (k == kOther) {
      prev_word = false;
      ++i;
      continue;
    }
    if ((c == 0xE2 && i + 2 < n &&
         static_cast<unsigned char>(text[i + 1]) == 0x84 &&
         static_cast<unsigned char>(text[i + 2]) == 0xAA) ||
        (c == 0xC5 && i + 1 < n &&
         static_cast<unsigned char>(text[i + 1]) == 0xBF)) {
      fold = true;
    }
    prev_word = IsWordCharAt(text, i);
    ++i;
  }
  auto scan = [&](const RE2* re, bool lower) {
    if (re == nullptr) return;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() &&
           re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const int b = static_cast<int>(m.data() - text.data());
      const int e = b + static_cast<int>(m.size());
      const bool left_ok =
          b == 0 || !IsWordCharAt(text, PreviousCharStart(text, b));
      const bool right_ok =
          e == static_cast<int>(text.size()) || !IsWordCharAt(text, e);
      if (left_ok && right_ok && e > b) {
        record(b, e, lower, &found);
        pos = e;
      } else {
        // Not at word edges: retry one byte further (next UTF-8 start).
        pos = b + 1;
        while (pos < text.size() &&
               (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
          ++pos;
        }
      }
    }
  };
  if (nouns_ascii && !fold) {
    found.insert(found.end(), noun_hits.begin(), noun_hits.end());
  } else {
    scan(nouns_re_.get(), true);
  }
  // Longest first, then leftmost; drop overlaps.
  std::sort(found.begin(), found.end(),
            [](const GazetteerMatch& a, const GazetteerMatch& b) {
              return (a.end - a.begin) != (b.end - b.begin)
                         ? (a.end - a.begin) > (b.end - b.begin)
                         : a.begin < b.begin;
            });
  std::vector<GazetteerMatch> kept;
  for (const GazetteerMatch& m : found) {
    bool overlaps = false;
    for (const GazetteerMatch& k : kept) {
      if (m.begin < k.end && k.begin < m.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(),
            [](const GazetteerMatch& a, const GazetteerMatch& b) {
              return a.begin < b.begin;
            });
  return kept;
}

const Entity* Gazetteer::Find(absl::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

bool Gazetteer::IsPartOf(absl::string_view inner,
                         absl::string_view outer) const {
  std::vector<std::string> stack = {std::string(inner)};
  for (int steps = 0; !stack.empty() && steps < 64; ++steps) {
    const std::string id = stack.back();
    stack.pop_back();
    if (id == outer) return true;
    if (const Entity* e = Find(id)) {
      for (const std::string& p : e->part_of()) stack.push_back(p);
    }
  }
  return false;
}

std::string Gazetteer::ActorId(absl::string_view id) const {
  const Entity* e = Find(id);
  if (e != nullptr && e->stands_for_size() > 0) return e->stands_for(0);
  return std::string(id);
}

}  // namespace accord

#include "engine/normalize/number.h"

#include <bitset>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

// Scale words; plural forms count only after a number.
const absl::flat_hash_map<absl::string_view, double>& ScaleWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, double>{
      {"hundred", 1e2},    {"hundreds", 1e2}, {"thousand", 1e3},
      {"thousands", 1e3},  {"million", 1e6},  {"millions", 1e6},
      {"billion", 1e9},    {"billions", 1e9}, {"trillion", 1e12},
      {"trillions", 1e12}, {"lakh", 1e5},     {"lakhs", 1e5},
      {"lac", 1e5},        {"lacs", 1e5},     {"lkh", 1e5},
      {"lkhs", 1e5},       {"crore", 1e7},    {"crores", 1e7},
      {"cr", 1e7},         {"koti", 1e7},     {"krore", 1e7},
      {"krores", 1e7},     {"kr", 1e7},       {"dozen", 12},
      {"dozens", 12},      {"mn", 1e6},       {"mln", 1e6},
      {"bn", 1e9},         {"bln", 1e9},      {"tn", 1e12},
  };
  return *m;
}

// Value of scale word `w`, or nullptr. Most words after a number ("people",
// "percent", "of") are not scale words: a (first letter, length) filter
// built from ScaleWords' own keys rejects them before hashing, and it is a
// necessary condition because every key sets its bit.
class ScaleFilter {
 public:
  ScaleFilter() {
    for (const auto& [w, v] : ScaleWords()) bits_.set(Index(w));
  }
  bool MayMatch(absl::string_view w) const {
    return !w.empty() && w.size() < 16 && bits_.test(Index(w));
  }

 private:
  static size_t Index(absl::string_view w) {
    return static_cast<unsigned char>(w[0]) * 16 + (w.size() & 15);
  }
  std::bitset<256 * 16> bits_;
};

const double* FindScale(absl::string_view w) {
  static const auto* filter = new ScaleFilter;
  if (!filter->MayMatch(w)) return nullptr;
  auto it = ScaleWords().find(w);
  return it == ScaleWords().end() ? nullptr : &it->second;
}

// Suffixes glued to digits: 5k, 3M, 1.2bn, .0012G.
double SuffixScale(absl::string_view s) {
  if (s == "k") return 1e3;
  if (s == "m" || s == "mn" || s == "mln") return 1e6;
  if (s == "g" || s == "b" || s == "bn" || s == "bln") return 1e9;
  if (s == "tn") return 1e12;
  return 0;
}

bool IsPlural(absl::string_view w) { return !w.empty() && w.back() == 's'; }

int Size(const Tokens& t) { return static_cast<int>(t.size()); }

// Plain digit number at i: 27,000,000 | 1.5 | .77 | 0033. Sets *end.
bool ParseDigits(const Tokens& t, int i, const NumberOptions& o, int* end,
                 double* value, bool* decimal, bool* plain, int* ndigits) {
  const int n = Size(t);
  std::string s;
  int j = i;
  *decimal = false;
  *plain = false;
  if (t[i].IsDigits()) {
    // Letters glued before the digits ("A4", "G7") make a code, not a number.
    if (i > 0 && Adjacent(t, i) && t[i - 1].IsWord()) return false;
    // Clock times ("19:32") are not numbers.
    if ((i + 2 < n && t[i + 1].Is(":") && Adjacent(t, i + 1) &&
         t[i + 2].IsDigits() && Adjacent(t, i + 2)) ||
        (i > 1 && t[i - 1].Is(":") && Adjacent(t, i) && Adjacent(t, i - 1) &&
         t[i - 2].IsDigits()))
      return false;
    s = t[i].text;
    j = i + 1;
    bool grouped = false;
    if (t[i].text.size() <= 3) {
      // At most five groups (hundreds of trillions): longer chains are
      // lists, and the bound keeps the scan linear.
      int groups = 0;
      while (groups++ < 5 && j + 1 < n && t[j].Is(",") && Adjacent(t, j) &&
             t[j + 1].IsDigits() && Adjacent(t, j + 1) &&
             t[j + 1].text.size() == 3) {
        s += t[j + 1].text;
        j += 2;
        grouped = true;
      }
    }
    if (j + 1 < n && t[j].Is(".") && Adjacent(t, j) && t[j + 1].IsDigits() &&
        Adjacent(t, j + 1) &&
        !(j + 2 < n && t[j + 2].Is(".") && Adjacent(t, j + 2) && j + 3 < n &&
          t[j + 3].IsDigits() && Adjacent(t, j + 3))) {
      s += ".";
      s += t[j + 1].text;
      j += 2;
      *decimal = true;
    }
    *plain = !grouped && !*decimal;
    *ndigits = static_cast<int>(t[i].text.size());
  } else if (t[i].Is(".") && i + 1 < n && t[i + 1].IsDigits() &&
             Adjacent(t, i + 1) &&
             !(i > 0 && Adjacent(t, i) && t[i - 1].IsDigits())) {
    s = "0." + t[i + 1].text;
    j = i + 2;
    *decimal = true;
  } else {
    return false;
  }
  if (s.size() > 60) return false;
  double v = 0;
  if (!*decimal && s.size() <= 15) {
    // Only digits: below 10^15 < 2^53 the integer converts to a double
    // exactly, which is the value SimpleAtod's correctly rounded parse
    // returns, without its general path.
    uint64_t u = 0;
    for (const char c : s) u = u * 10 + static_cast<uint64_t>(c - '0');
    v = static_cast<double>(u);
  } else if (!absl::SimpleAtod(s, &v)) {
    return false;
  }
  // Fraction: 1/5, 3/4.
  if (o.allow_fraction && !*decimal && j + 1 < n && t[j].Is("/") &&
      Adjacent(t, j) && t[j + 1].IsDigits() && Adjacent(t, j + 1) &&
      !(j + 2 < n && t[j + 2].Is("/") && Adjacent(t, j + 2))) {
    double d = 0;
    // A digits token of fewer than 10 digits: exact as an integer, as in
    // the number itself.
    if (t[j + 1].text.size() < 10) {
      uint64_t u = 0;
      for (const char c : t[j + 1].text) u = u * 10 + (c - '0');
      d = static_cast<double>(u);
    }
    if (t[j + 1].text.size() < 10 && d != 0) {
      v /= d;
      j += 2;
      *decimal = true;
      *plain = false;
    }
  } else if (o.allow_fraction && *plain && s.size() <= 3 && j + 2 < n &&
             t[j].IsDigits() && !Adjacent(t, j) && t[j + 1].Is("/") &&
             Adjacent(t, j + 1) && t[j + 2].IsDigits() && Adjacent(t, j + 2) &&
             t[j].text.size() <= 2 && t[j + 2].text.size() <= 2 &&
             !(j + 3 < n && t[j + 3].Is("/") && Adjacent(t, j + 3))) {
    // A mixed number: a whole number below 1000, a space and a proper
    // fraction ("5 1/2 hours", "2 3/4 miles") is their sum, as typewriters
    // and wires write it without the one-character fraction sign.
    const int num = std::atoi(t[j].text.c_str());
    const int den = std::atoi(t[j + 2].text.c_str());
    if (num >= 1 && num < den) {
      v += static_cast<double>(num) / den;
      j += 3;
      *decimal = true;
      *plain = false;
    }
  }
  *end = j;
  *value = v;
  return true;
}

struct WordParse {
  int end = 0;
  double value = 0;
};

// Spelled-out number at i ("seven hundred twenty-one thousand and twelve").
bool ParseWords(const Tokens& t, int i, const NumberOptions& o,
                WordParse* out) {
  enum Last { kNone, kUnit, kTeen, kTens, kHundred, kScale };
  const int n = Size(t);
  double total = 0, current = 0;
  double last_scale = 1e300;
  Last last = kNone;
  int j = i;
  int end = i;
  bool segment_single_unit = false;  // segment so far is one unit word
  while (j < n && t[j].IsWord()) {
    const absl::string_view w = t[j].text;
    int v = t[j].number_word;
    if (v < 0) v = t[j].glued_number;
    if (v >= 0) {
      if (last == kTens && v >= 1 && v <= 9 &&
          static_cast<long long>(current) % 10 == 0) {
        current += v;
        last = kUnit;
        segment_single_unit = false;
      } else if (last == kNone || last == kHundred || last == kScale) {
        if (last == kHundred && static_cast<long long>(current) % 100 != 0)
          break;
        current += v;
        last = v >= 20 ? kTens : (v >= 10 ? kTeen : kUnit);
        segment_single_unit = (last == kUnit && v >= 1 && current == v);
        if (last == kTens && v % 10 != 0) last = kUnit;
      } else if (last == kUnit && segment_single_unit && v >= 20 &&
                 v % 10 == 0) {
        // "one twenty two" -> 122.
        current = current * 100 + v;
        last = kTens;
        segment_single_unit = false;
      } else {
        break;
      }
      j++;
      end = j;
      // "twenty-one", "twenty—one": hyphen between tens and unit.
      if (last == kTens && j + 1 < n && t[j].Is("-") && Adjacent(t, j) &&
          Adjacent(t, j + 1) && t[j + 1].IsWord()) {
        const int u = t[j + 1].number_word;
        if (u >= 1 && u <= 9) {
          current += u;
          last = kUnit;
          j += 2;
          end = j;
        }
      }
      continue;
    }
    const double* scale = o.allow_scale_words ? FindScale(w) : nullptr;
    if (scale != nullptr && last != kNone && w != "mn" && w != "mln" &&
        w != "bn" && w != "bln" && w != "tn") {
      const double s = *scale;
      if (s == 100) {
        if (last == kHundred || last == kScale) break;
        current *= 100;
        last = kHundred;
      } else if (s == 12) {
        current = (total + current) * 12;
        total = 0;
        last = kScale;
        last_scale = 12;
      } else if (last == kScale && current == 0 && s > last_scale) {
        total *= s;  // "three thousand millions"
        last_scale = s;
      } else if (s < last_scale) {
        total += current * s;
        current = 0;
        last = kScale;
        last_scale = s;
      } else {
        break;
      }
      j++;
      end = j;
      continue;
    }
    if (w == "and" && (last == kHundred || last == kScale) && j + 1 < n &&
        (t[j + 1].number_word >= 0 || t[j + 1].glued_number >= 0)) {
      j++;
      continue;
    }
    break;
  }
  if (last == kNone) return false;
  out->end = end;
  out->value = total + current;
  return true;
}

// Decimal part after "point": digits token or digit words.
bool ParsePointDecimals(const Tokens& t, int j, int* end, double* frac) {
  const int n = Size(t);
  if (j >= n || !t[j].Is("point")) return false;
  ++j;
  if (j < n && t[j].IsDigits()) {
    double v = 0;
    if (!absl::SimpleAtod("0." + t[j].text, &v)) return false;
    *frac = v;
    *end = j + 1;
    return true;
  }
  std::string digits;
  while (j < n && t[j].IsWord()) {
    const int v = t[j].number_word;
    if (v < 0 || v > 9) break;
    digits.push_back(static_cast<char>('0' + v));
    ++j;
  }
  if (digits.empty()) return false;
  double v = 0;
  if (!absl::SimpleAtod("0." + digits, &v)) return false;
  *frac = v;
  *end = j;
  return true;
}

// Hedge words before a number; returns tokens consumed.
int ParseHedge(const Tokens& t, int i) {
  const int n = Size(t);
  if (i >= n) return 0;
  const absl::string_view w = t[i].text;
  if (w == "~") return 1;
  if (w == "an" && i + 1 < n && t[i + 1].Is("estimated")) return 2;
  if (w == "estimated" || w == "about" || w == "around" ||
      w == "approximately" || w == "approx" || w == "roughly" ||
      w == "nearly" || w == "almost" || w == "some" || w == "circa" ||
      w == "approx." || w == "reportedly") {
    if (w == "approx" && i + 1 < n && t[i + 1].Is(".") && Adjacent(t, i + 1))
      return 2;
    return 1;
  }
  return 0;
}

bool ParseUnsigned(const Tokens& t, int i, const NumberOptions& o,
                   NumberParse* out) {
  const int n = Size(t);
  if (i >= n) return false;
  NumberParse r;
  r.begin = i;
  int end = i;
  double value = 0;
  bool decimal = false, plain = false;
  int ndigits = 0;
  if (ParseDigits(t, i, o, &end, &value, &decimal, &plain, &ndigits)) {
    r.plain_digits = plain;
    r.digits = ndigits;
    r.decimal = decimal;
    // Glued scale suffix: 5k, 3M, 1.2bn.
    if (o.allow_suffix_scale && end < n && t[end].IsWord() &&
        Adjacent(t, end)) {
      const double s = SuffixScale(t[end].text);
      if (s > 0) {
        value *= s;
        ++end;
        r.plain_digits = false;
      }
    }
    // "1 point 1"
    double frac = 0;
    int pend = end;
    if (o.allow_words && r.plain_digits &&
        ParsePointDecimals(t, end, &pend, &frac)) {
      value += frac;
      end = pend;
      r.plain_digits = false;
      r.decimal = true;
    }
  } else if (o.allow_words && t[i].IsWord()) {
    const absl::string_view w = t[i].text;
    WordParse wp;
    if ((w == "a" || w == "an") && i + 1 < n && o.allow_scale_words) {
      // "a dozen", "a hundred", "a million".
      const double* scale = FindScale(t[i + 1].text);
      if (scale != nullptr && !IsPlural(t[i + 1].text) &&
          t[i + 1].text != "mn" && t[i + 1].text != "bn" &&
          t[i + 1].text != "cr" && t[i + 1].text != "kr") {
        value = *scale;
        end = i + 2;
        r.spelled = true;
        if (end < n && t[end].Is("of") && *scale == 12) ++end;
      }
    }
    if (end == i && o.allow_vague) {
      const bool article = (w == "a" || w == "an") && i + 1 < n;
      const absl::string_view v =
          article ? absl::string_view(t[i + 1].text) : w;
      const int k = article ? i + 2 : i + 1;
      if (v == "couple" || v == "pair") {
        value = 2;
        end = k;
      } else if (v == "few") {
        value = 3;
        end = k;
        r.approximate = true;
      } else if (!article && w == "single") {
        value = 1;
        end = k;
      }
      if (end > i) {
        r.spelled = true;
        if (end < n && t[end].Is("of") && article) ++end;
      }
    }
    if (end == i && ParseWords(t, i, o, &wp)) {
      value = wp.value;
      end = wp.end;
      r.spelled = true;
      double frac = 0;
      int pend = end;
      if (ParsePointDecimals(t, end, &pend, &frac)) {
        value += frac;
        end = pend;
        r.decimal = true;
      }
    }
    if (end == i && w == "point") {
      double frac = 0;
      int pend = i;
      if (ParsePointDecimals(t, i, &pend, &frac)) {
        value = frac;
        end = pend;
        r.spelled = true;
        r.decimal = true;
      }
    }
    if (end == i && o.allow_article && (w == "a" || w == "an")) {
      value = 1;
      end = i + 1;
      r.article = true;
    }
    if (end == i) return false;
  } else {
    return false;
  }
  // Scale words after the number: "27 million", "2 dozens", "two point two
  // million", "1.5 billion".
  if (o.allow_scale_words && !r.article) {
    double last_scale = 1e300;
    while (end < n && t[end].IsWord()) {
      const double* scale = FindScale(t[end].text);
      if (scale == nullptr) break;
      // After spelled numbers the word parser already consumed scales unless
      // a decimal intervened; "hundred" after digits is fine ("5 hundred").
      const double s = *scale;
      if (s >= last_scale && s != 12) break;
      value *= s;
      last_scale = s;
      r.plain_digits = false;
      ++end;
    }
  }
  r.end = end;
  r.value = value;
  *out = r;
  return true;
}

}  // namespace

bool ArticleMayStartNumber(const Tokens& t, int i) {
  const int n = Size(t);
  if (i < 0 || i >= n || !(t[i].Is("a") || t[i].Is("an"))) return true;
  // Without allow_article, ParseNumberAt at an article: ParseHedge takes "an
  // estimated" (then a number must follow); the minus/negative signs are
  // other words; ParseUnsigned's digit and "point" forms need other tokens,
  // ParseWords stops at once (an article has no number_word or
  // glued_number, is no scale word and no "and" after a number), so only
  // its "a dozen" (ScaleWords) and vague "a couple/pair/few" forms remain.
  // The restated value in parentheses only extends one of these.
  if (i + 1 >= n) return false;
  const Token& next = t[i + 1];
  return FindScale(next.text) != nullptr || next.Is("couple") ||
         next.Is("pair") || next.Is("few") || next.Is("estimated");
}

bool ParseNumberAt(const Tokens& t, int i, const NumberOptions& o,
                   NumberParse* out) {
  const int n = Size(t);
  if (i < 0 || i >= n || !t[i].number_start) return false;
  // Articles only: the call is skipped on every other token.
  if (!o.allow_article && (t[i].Is("a") || t[i].Is("an")) &&
      !ArticleMayStartNumber(t, i))
    return false;
  int j = i;
  bool approximate = false;
  if (o.allow_hedge) {
    const int h = ParseHedge(t, j);
    if (h > 0 && j + h < n) {
      approximate = true;
      j += h;
    }
  }
  bool negative = false;
  if (o.allow_negative && j < n) {
    if ((t[j].Is("minus") || t[j].Is("negative")) && j + 1 < n) {
      negative = true;
      ++j;
    } else if (t[j].Is("-") && j + 1 < n && t[j + 1].IsDigits() &&
               (j == 0 || (t[j].space_before && !t[j - 1].IsDigits() &&
                           Adjacent(t, j + 1)))) {
      negative = true;
      ++j;
    } else if (t[j].Is("-") && j + 2 < n && t[j + 1].Is(".") &&
               t[j + 2].IsDigits() && (j == 0 || t[j].space_before)) {
      negative = true;
      ++j;
    }
  }
  NumberParse r;
  if (!ParseUnsigned(t, j, o, &r)) {
    if (approximate && !negative) {
      // The hedge word may itself be the start of something else.
      return false;
    }
    return false;
  }
  if (negative) {
    r.value = -r.value;
    r.plain_digits = false;
  }
  r.begin = i;
  r.approximate = r.approximate || approximate;
  // "forty-five (45)", "45 (forty five)": a restated value in parentheses.
  if (r.end + 2 < n && t[r.end].Is("(")) {
    NumberOptions inner = o;
    inner.allow_hedge = false;
    NumberParse p;
    if (ParseUnsigned(t, r.end + 1, inner, &p) && p.end < n &&
        t[p.end].Is(")") && p.value == std::fabs(r.value)) {
      r.end = p.end + 1;
    }
  }
  *out = r;
  return true;
}

namespace {

// True when a digit run at i is an ordinal (1st, 22nd) or the number words at
// i continue into an ordinal word (twenty-first), so FindNumbers skips them.
bool StartsOrdinal(const Tokens& t, const NumberParse& p) {
  const int n = Size(t);
  const int e = p.end;
  if (e < n && t[e].IsWord() && Adjacent(t, e) &&
      (t[e].Is("st") || t[e].Is("nd") || t[e].Is("rd") || t[e].Is("th")))
    return true;
  if (p.spelled) {
    int k = e;
    if (k < n && t[k].Is("-")) ++k;
    if (k < n && t[k].IsWord()) {
      static const char* const kOrd[] = {
          "first",   "second", "third", "fourth",    "fifth",      "sixth",
          "seventh", "eighth", "ninth", "hundredth", "thousandth", "millionth"};
      for (const char* o : kOrd)
        if (t[k].text == o) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ValueMatch> FindNumbers(absl::string_view text) {
  return FindNumbers(text, Tokenize(text));
}

std::vector<ValueMatch> FindNumbers(absl::string_view text, const Tokens& t) {
  std::vector<ValueMatch> out;
  const int n = Size(t);
  NumberOptions o;
  for (int i = 0; i < n;) {
    // ParseNumberAt's first test, inline: most tokens start no number, and
    // a call per token cost more than the test.
    if (!t[i].number_start) {
      ++i;
      continue;
    }
    NumberParse p;
    if (!ParseNumberAt(t, i, o, &p)) {
      ++i;
      continue;
    }
    if (StartsOrdinal(t, p)) {
      i = p.end;
      continue;
    }
    ValueMatch m;
    m.begin = t[p.begin].begin;
    m.end = t[p.end - 1].end;
    Quantity* q = m.value.mutable_quantity();
    q->set_value(p.value);
    q->set_low(p.value);
    q->set_high(p.value);
    q->set_approximate(p.approximate);
    m.value.set_surface(std::string(text.substr(m.begin, m.end - m.begin)));
    out.push_back(std::move(m));
    i = p.end;
  }
  return out;
}

absl::optional<double> ParseNumber(absl::string_view text) {
  const Tokens t = Tokenize(text);
  if (t.empty()) return absl::nullopt;
  NumberParse p;
  NumberOptions o;
  o.allow_hedge = false;
  if (!ParseNumberAt(t, 0, o, &p) || p.end != Size(t)) return absl::nullopt;
  return p.value;
}

}  // namespace accord

#include "engine/normalize/ordinal.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "engine/normalize/number.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

const absl::flat_hash_map<absl::string_view, int>& OrdinalWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"first", 1},       {"second", 2},        {"third", 3},
      {"fourth", 4},      {"fifth", 5},         {"sixth", 6},
      {"seventh", 7},     {"eighth", 8},        {"ninth", 9},
      {"tenth", 10},      {"eleventh", 11},     {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14},   {"fifteenth", 15},
      {"sixteenth", 16},  {"seventeenth", 17},  {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20},    {"thirtieth", 30},
      {"fortieth", 40},   {"fiftieth", 50},     {"sixtieth", 60},
      {"seventieth", 70}, {"eightieth", 80},    {"ninetieth", 90},
      {"hundredth", 100}, {"thousandth", 1000}, {"millionth", 1000000},
  };
  return *m;
}

// "twentyfifth" -> 25.
int GluedOrdinalValue(absl::string_view w) {
  static const char* const kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                      "sixty",  "seventy", "eighty", "ninety"};
  for (int k = 0; k < 8; ++k) {
    absl::string_view tens = kTens[k];
    if (w.size() > tens.size() && w.substr(0, tens.size()) == tens) {
      const int u = OrdinalWordValue(w.substr(tens.size()));
      if (u >= 1 && u <= 9) return (k + 2) * 10 + u;
    }
  }
  return -1;
}

int OrdinalOrGlued(absl::string_view w) {
  const int v = OrdinalWordValue(w);
  return v >= 0 ? v : GluedOrdinalValue(w);
}

}  // namespace

int OrdinalWordValue(absl::string_view word) {
  auto it = OrdinalWords().find(word);
  return it == OrdinalWords().end() ? -1 : it->second;
}

bool ParseOrdinalAt(const Tokens& t, int i, int* end, long long* value) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n) return false;
  // 21st, 80th.
  if (t[i].IsDigits()) {
    if (i > 0 && Adjacent(t, i) && t[i - 1].IsWord()) return false;
    if (i + 1 < n && Adjacent(t, i + 1) &&
        (t[i + 1].Is("st") || t[i + 1].Is("nd") || t[i + 1].Is("rd") ||
         t[i + 1].Is("th")) &&
        t[i].text.size() <= 9) {
      long long v = 0;
      if (!absl::SimpleAtoi(t[i].text, &v)) return false;
      *value = v;
      *end = i + 2;
      return true;
    }
    return false;
  }
  if (!t[i].IsWord()) return false;
  const int direct = OrdinalOrGlued(t[i].text);
  if (direct >= 0) {
    *value = direct;
    *end = i + 1;
    return true;
  }
  // Cardinal prefix then an ordinal word: "twenty-first", "one hundred and
  // first", "two hundredth".
  NumberOptions o;
  o.allow_hedge = false;
  o.allow_negative = false;
  o.allow_fraction = false;
  o.allow_suffix_scale = false;
  o.allow_vague = false;
  NumberParse p;
  if (!ParseNumberAt(t, i, o, &p) || !p.spelled || p.decimal) return false;
  int k = p.end;
  if (k < n && (t[k].Is("-") || t[k].Is("and"))) ++k;
  if (k >= n || !t[k].IsWord()) return false;
  const int ord = OrdinalOrGlued(t[k].text);
  if (ord < 0) return false;
  const long long card = static_cast<long long>(p.value);
  if (ord >= 100) {
    *value = card * ord;
  } else if ((ord < 10 && card % 10 == 0 && card % 100 != 0) ||
             (card % 100 == 0 && card > 0)) {
    *value = card + ord;
  } else {
    return false;
  }
  *end = k + 1;
  return true;
}

std::vector<ValueMatch> FindOrdinals(absl::string_view text) {
  std::vector<ValueMatch> out;
  const Tokens t = Tokenize(text);
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n;) {
    int end = 0;
    long long v = 0;
    if (!ParseOrdinalAt(t, i, &end, &v)) {
      ++i;
      continue;
    }
    ValueMatch m;
    m.begin = t[i].begin;
    m.end = t[end - 1].end;
    m.value.set_ordinal(v);
    m.value.set_surface(std::string(text.substr(m.begin, m.end - m.begin)));
    out.push_back(std::move(m));
    i = end;
  }
  return out;
}

}  // namespace accord

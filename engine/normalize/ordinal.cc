#include "engine/normalize/ordinal.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "engine/normalize/number.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

}  // namespace

bool ParseOrdinalAt(const Tokens& t, int i, int* end, long long* value) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n || !MayBeginOrdinal(t[i])) return false;
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
  const int direct = t[i].ordinal_word;
  if (direct >= 0) {
    *value = direct;
    *end = i + 1;
    return true;
  }
  // Cardinal prefix then an ordinal word: "twenty-first", "one hundred and
  // first", "two hundredth". ParseNumberAt fails where no number starts.
  if (!t[i].number_start) return false;
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
  const int ord = t[k].ordinal_word;
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
  return FindOrdinals(text, Tokenize(text));
}

std::vector<ValueMatch> FindOrdinals(absl::string_view text, const Tokens& t) {
  std::vector<ValueMatch> out;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n;) {
    // ParseOrdinalAt's first test, inline: most tokens start no ordinal,
    // and a call per token cost more than the test.
    if (!MayBeginOrdinal(t[i])) {
      ++i;
      continue;
    }
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

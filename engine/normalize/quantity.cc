#include "engine/normalize/quantity.h"

#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

int Size(const Tokens& t) { return static_cast<int>(t.size()); }

struct UnitInfo {
  const char* name;       // canonical singular name
  const char* dimension;  // units of one dimension convert
  double factor;          // size in the dimension's base unit
};

const absl::flat_hash_map<absl::string_view, UnitInfo>& Units() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, UnitInfo>{
      // Mass, base gram.
      {"g", {"gram", "mass", 1}},
      {"gs", {"gram", "mass", 1}},
      {"gr", {"gram", "mass", 1}},
      {"gram", {"gram", "mass", 1}},
      {"grams", {"gram", "mass", 1}},
      {"gramme", {"gram", "mass", 1}},
      {"grammes", {"gram", "mass", 1}},
      {"kg", {"kilogram", "mass", 1e3}},
      {"kgs", {"kilogram", "mass", 1e3}},
      {"kilo", {"kilogram", "mass", 1e3}},
      {"kilos", {"kilogram", "mass", 1e3}},
      {"kilogram", {"kilogram", "mass", 1e3}},
      {"kilograms", {"kilogram", "mass", 1e3}},
      {"kilogramme", {"kilogram", "mass", 1e3}},
      {"kilogrammes", {"kilogram", "mass", 1e3}},
      {"mg", {"milligram", "mass", 1e-3}},
      {"mgs", {"milligram", "mass", 1e-3}},
      {"milligram", {"milligram", "mass", 1e-3}},
      {"milligrams", {"milligram", "mass", 1e-3}},
      {"tonne", {"tonne", "mass", 1e6}},
      {"tonnes", {"tonne", "mass", 1e6}},
      {"ton", {"ton", "mass", 907184.74}},
      {"tons", {"ton", "mass", 907184.74}},
      {"lb", {"pound", "mass", 453.59237}},
      {"lbs", {"pound", "mass", 453.59237}},
      {"pound", {"pound", "mass", 453.59237}},
      {"pounds", {"pound", "mass", 453.59237}},
      {"oz", {"ounce", "mass", 28.349523125}},
      {"ounce", {"ounce", "mass", 28.349523125}},
      {"ounces", {"ounce", "mass", 28.349523125}},
      // Volume, base liter.
      {"l", {"liter", "volume", 1}},
      {"liter", {"liter", "volume", 1}},
      {"liters", {"liter", "volume", 1}},
      {"litre", {"liter", "volume", 1}},
      {"litres", {"liter", "volume", 1}},
      {"ml", {"milliliter", "volume", 1e-3}},
      {"milliliter", {"milliliter", "volume", 1e-3}},
      {"milliliters", {"milliliter", "volume", 1e-3}},
      {"millilitre", {"milliliter", "volume", 1e-3}},
      {"millilitres", {"milliliter", "volume", 1e-3}},
      {"gallon", {"gallon", "volume", 3.785411784}},
      {"gallons", {"gallon", "volume", 3.785411784}},
      {"cup", {"cup", "volume", 0.2365882365}},
      {"cups", {"cup", "volume", 0.2365882365}},
      {"tablespoon", {"tablespoon", "volume", 0.01478676478}},
      {"tablespoons", {"tablespoon", "volume", 0.01478676478}},
      {"tbsp", {"tablespoon", "volume", 0.01478676478}},
      {"teaspoon", {"teaspoon", "volume", 0.00492892159}},
      {"teaspoons", {"teaspoon", "volume", 0.00492892159}},
      {"tsp", {"teaspoon", "volume", 0.00492892159}},
      {"barrel", {"barrel", "volume", 158.987294928}},
      {"barrels", {"barrel", "volume", 158.987294928}},
      // Length, base meter.
      {"m", {"meter", "length", 1}},
      {"meter", {"meter", "length", 1}},
      {"meters", {"meter", "length", 1}},
      {"metre", {"meter", "length", 1}},
      {"metres", {"meter", "length", 1}},
      {"km", {"kilometer", "length", 1e3}},
      {"kms", {"kilometer", "length", 1e3}},
      {"kilometer", {"kilometer", "length", 1e3}},
      {"kilometers", {"kilometer", "length", 1e3}},
      {"kilometre", {"kilometer", "length", 1e3}},
      {"kilometres", {"kilometer", "length", 1e3}},
      {"cm", {"centimeter", "length", 1e-2}},
      {"centimeter", {"centimeter", "length", 1e-2}},
      {"centimeters", {"centimeter", "length", 1e-2}},
      {"centimetre", {"centimeter", "length", 1e-2}},
      {"centimetres", {"centimeter", "length", 1e-2}},
      {"mm", {"millimeter", "length", 1e-3}},
      {"millimeter", {"millimeter", "length", 1e-3}},
      {"millimeters", {"millimeter", "length", 1e-3}},
      {"millimetre", {"millimeter", "length", 1e-3}},
      {"millimetres", {"millimeter", "length", 1e-3}},
      {"mile", {"mile", "length", 1609.344}},
      {"miles", {"mile", "length", 1609.344}},
      {"mi", {"mile", "length", 1609.344}},
      {"foot", {"foot", "length", 0.3048}},
      {"feet", {"foot", "length", 0.3048}},
      {"ft", {"foot", "length", 0.3048}},
      {"inch", {"inch", "length", 0.0254}},
      {"inches", {"inch", "length", 0.0254}},
      {"yard", {"yard", "length", 0.9144}},
      {"yards", {"yard", "length", 0.9144}},
      // Ratios.
      {"%", {"percent", "ratio", 1}},
      {"percent", {"percent", "ratio", 1}},
      {"pct", {"percent", "ratio", 1}},
      // Currencies (no conversion between them).
      {"dollar", {"dollar", "dollar", 1}},
      {"dollars", {"dollar", "dollar", 1}},
      {"euro", {"euro", "euro", 1}},
      {"euros", {"euro", "euro", 1}},
      {"yuan", {"yuan", "yuan", 1}},
      {"yen", {"yen", "yen", 1}},
      {"rouble", {"ruble", "ruble", 1}},
      {"roubles", {"ruble", "ruble", 1}},
      {"ruble", {"ruble", "ruble", 1}},
      {"rubles", {"ruble", "ruble", 1}},
      {"rupee", {"rupee", "rupee", 1}},
      {"rupees", {"rupee", "rupee", 1}},
  };
  return *m;
}

const UnitInfo* FindUnit(absl::string_view name) {
  auto it = Units().find(name);
  return it == Units().end() ? nullptr : &it->second;
}

// Words that end a number phrase but are never the thing counted.
const absl::flat_hash_set<absl::string_view>& NotNouns() {
  static const auto* s = new absl::flat_hash_set<absl::string_view>{
      "a",       "an",         "the",      "and",     "or",       "but",
      "of",      "to",         "in",       "on",      "at",       "by",
      "for",     "with",       "from",     "as",      "into",     "than",
      "is",      "was",        "were",     "are",     "be",       "been",
      "has",     "have",       "had",      "this",    "that",     "these",
      "those",   "its",        "his",      "her",     "their",    "our",
      "we",      "us",         "they",     "it",      "he",       "she",
      "who",     "which",      "per",      "less",    "across",   "plus",
      "thus",    "yes",        "always",   "perhaps", "news",     "afterwards",
      "towards", "besides",    "unless",   "whereas", "times",    "percent",
      "million", "billion",    "thousand", "hundred", "trillion", "more",
      "extra",   "additional", "fewer",    "such",    "was",      "does",
      "goes",    "says",       "said",     "will",    "would",    "could",
      "should",  "may",        "might",    "must",    "not",      "no",
      "also",    "only",       "just",     "about",   "around",   "over",
      "under",   "after",      "before",   "since",   "during",   "until",
      "while",   "when",       "where",    "if",      "so",       "then",
  };
  return *s;
}

// Irregular plural -> singular for counted nouns.
std::string Singular(absl::string_view w) {
  static const auto* irregular =
      new absl::flat_hash_map<absl::string_view, absl::string_view>{
          {"people", "person"},       {"persons", "person"},
          {"children", "child"},      {"men", "man"},
          {"women", "woman"},         {"police", "police"},
          {"feet", "foot"},           {"teeth", "tooth"},
          {"mice", "mouse"},          {"geese", "goose"},
          {"lives", "life"},          {"wives", "wife"},
          {"knives", "knife"},        {"staff", "staff"},
          {"cattle", "cattle"},       {"sheep", "sheep"},
          {"fish", "fish"},           {"aircraft", "aircraft"},
          {"personnel", "personnel"}, {"series", "series"},
          {"species", "species"},
      };
  auto it = irregular->find(w);
  if (it != irregular->end()) return std::string(it->second);
  std::string s(w);
  auto ends = [&](absl::string_view suf) { return absl::EndsWith(s, suf); };
  if (ends("ies") && s.size() > 4) return s.substr(0, s.size() - 3) + "y";
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes") ||
      ends("zes"))
    return s.substr(0, s.size() - 2);
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && s.size() > 3)
    return s.substr(0, s.size() - 1);
  return s;
}

bool LooksPlural(absl::string_view w) {
  static const auto* irregular = new absl::flat_hash_set<absl::string_view>{
      "people",    "children", "men",   "women",    "police",
      "personnel", "cattle",   "staff", "aircraft", "sheep"};
  if (irregular->count(w)) return true;
  return w.size() > 3 && w.back() == 's' && !absl::EndsWith(w, "ss") &&
         !absl::EndsWith(w, "us") && !absl::EndsWith(w, "is");
}

bool MonthWordLike(absl::string_view w) {
  static const auto* s = new absl::flat_hash_set<absl::string_view>{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december",
      "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
      "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
  return s->count(w) > 0;
}

struct Parsed {
  int begin = 0;
  int end = 0;
  double value = 0;
  double low = 0;
  double high = 0;
  bool approximate = false;
  std::string unit;
  std::string product;
};

// Unit at token j (multi-token abbreviations such as "k.g." included).
// `after_digits` allows single letters ("2 g", "5m").
bool UnitAt(const Tokens& t, int j, bool after_digits, int* end,
            std::string* unit, double* factor_to_named) {
  const int n = Size(t);
  if (j >= n) return false;
  *factor_to_named = 1;
  // "k.g.", "k.gs", "k.g"
  if (t[j].Is("k") && j + 2 < n && t[j + 1].Is(".") && Adjacent(t, j + 1) &&
      Adjacent(t, j + 2) && (t[j + 2].Is("g") || t[j + 2].Is("gs"))) {
    *unit = "kilogram";
    *end = j + 3;
    if (*end < n && t[*end].Is(".") && Adjacent(t, *end)) ++*end;
    return true;
  }
  if (t[j].Is("%")) {
    *unit = "percent";
    *end = j + 1;
    return true;
  }
  if (t[j].Is("percentage") && j + 1 < n &&
      (t[j + 1].Is("point") || t[j + 1].Is("points"))) {
    *unit = "percentage point";
    *end = j + 2;
    return true;
  }
  if (t[j].Is("per") && j + 1 < n && t[j + 1].Is("cent")) {
    *unit = "percent";
    *end = j + 2;
    return true;
  }
  if (!t[j].IsWord()) return false;
  // "cubic metres", "square kilometres", "sq km".
  if ((t[j].Is("cubic") || t[j].Is("square") || t[j].Is("sq")) && j + 1 < n &&
      t[j + 1].IsWord()) {
    const UnitInfo* base = FindUnit(t[j + 1].text);
    if (base != nullptr && absl::string_view(base->dimension) == "length") {
      *unit = std::string(t[j].Is("cubic") ? "cubic " : "square ") + base->name;
      *end = j + 2;
      return true;
    }
  }
  const UnitInfo* u = FindUnit(t[j].text);
  if (u == nullptr) return false;
  if (t[j].text.size() == 1 && !after_digits) return false;
  *unit = u->name;
  *end = j + 1;
  // "2 g." abbreviation period.
  if (t[j].text.size() <= 3 && *end < n && t[*end].Is(".") &&
      Adjacent(t, *end) && (*end + 1 >= n || t[*end + 1].space_before))
    ++*end;
  return true;
}

// "of sugar": the product measured.
int ProductAt(const Tokens& t, int j, std::string* product) {
  const int n = Size(t);
  if (j + 1 >= n || !t[j].Is("of") || !t[j + 1].IsWord()) return -1;
  if (NotNouns().count(t[j + 1].text)) return -1;
  *product = t[j + 1].text;
  return j + 2;
}

// Bound words before a quantity: sets *kind to +1 (lower bound) or -1
// (upper bound) and returns tokens consumed.
int BoundAt(const Tokens& t, int i, int* kind) {
  auto is = [&](int k, absl::string_view s) { return TokenIs(t, k, s); };
  if ((is(i, "more") || is(i, "greater")) && is(i + 1, "than")) {
    *kind = 1;
    return 2;
  }
  if ((is(i, "at") && is(i + 1, "least")) ||
      (is(i, "upwards") && is(i + 1, "of"))) {
    *kind = 1;
    return 2;
  }
  if (is(i, "no") && (is(i + 1, "less") || is(i + 1, "fewer")) &&
      is(i + 2, "than")) {
    *kind = 1;
    return 3;
  }
  if (is(i, "in") && is(i + 1, "excess") && is(i + 2, "of")) {
    *kind = 1;
    return 3;
  }
  if (is(i, "over") || is(i, "exceeding") || is(i, "above")) {
    *kind = 1;
    return 1;
  }
  if ((is(i, "no") || is(i, "not")) && is(i + 1, "more") && is(i + 2, "than")) {
    *kind = -1;
    return 3;
  }
  if ((is(i, "less") || is(i, "fewer")) && is(i + 1, "than")) {
    *kind = -1;
    return 2;
  }
  if ((is(i, "at") && is(i + 1, "most")) || (is(i, "up") && is(i + 1, "to"))) {
    *kind = -1;
    return 2;
  }
  if (is(i, "below") || is(i, "under")) {
    *kind = -1;
    return 1;
  }
  return 0;
}

class QuantityParser {
 public:
  explicit QuantityParser(const Tokens& t) : t_(t), n_(Size(t)) {}

  bool ParseAt(int i, Parsed* out) const;

  // False where SimpleAt fails: it begins with a hedge ("about", "~", "an
  // estimated"), a currency ("us $", "$", "€", "£") or a number, and its
  // hedges and numbers are all number starts (Token::number_start).
  // ParseAt(i) fails unless it holds at i, i + 1 (after "between"/"from")
  // or i + b for the length b <= 3 of a bound (BoundAt).
  bool MayStartSimple(int j) const {
    if (j < 0 || j >= n_) return false;
    const Token& t = t_[j];
    return t.number_start || t.Is("us") || t.Is("$") || t.Is("\xe2\x82\xac") ||
           t.Is("\xc2\xa3");
  }

 private:
  // Number with optional currency prefix and unit: "$5bn", "2 kg", "four".
  bool SimpleAt(int i, bool allow_hedge, Parsed* out) const;
  // Count noun after a number: "27 million people" -> "person".
  int CountNounAt(int j, std::string* unit) const;

  const Tokens& t_;
  const int n_;
};

int QuantityParser::CountNounAt(int j, std::string* unit) const {
  for (int k = j; k < j + 2 && k < n_; ++k) {
    if (!t_[k].IsWord() || NotNouns().count(t_[k].text)) return -1;
    if (MonthWordLike(t_[k].text)) return -1;
    if (DurationUnitGrain(t_[k].text, false) != GRAIN_UNSPECIFIED) return -1;
    if (LooksPlural(t_[k].text)) {
      *unit = Singular(t_[k].text);
      return k + 1;
    }
    if (k + 1 < n_ && !t_[k + 1].space_before) return -1;
  }
  return -1;
}

bool QuantityParser::SimpleAt(int i, bool allow_hedge, Parsed* out) const {
  int j = i;
  bool approximate = false;
  if (allow_hedge &&
      (TokenIs(t_, j, "~") || TokenIs(t_, j, "about") ||
       TokenIs(t_, j, "around") || TokenIs(t_, j, "approximately") ||
       TokenIs(t_, j, "roughly") || TokenIs(t_, j, "some") ||
       TokenIs(t_, j, "nearly") || TokenIs(t_, j, "almost"))) {
    approximate = true;
    ++j;
  }
  if (allow_hedge && TokenIs(t_, j, "an") && TokenIs(t_, j + 1, "estimated")) {
    approximate = true;
    j += 2;
  } else if (allow_hedge && TokenIs(t_, j, "estimated")) {
    approximate = true;
    ++j;
  }
  // Currency prefix: $5, US$5, €5, £5.
  std::string currency;
  if (TokenIs(t_, j, "us") && TokenIs(t_, j + 1, "$") && Adjacent(t_, j + 1)) {
    currency = "dollar";
    j += 2;
  } else if (TokenIs(t_, j, "$")) {
    currency = "dollar";
    ++j;
  } else if (TokenIs(t_, j, "\xe2\x82\xac")) {
    currency = "euro";
    ++j;
  } else if (TokenIs(t_, j, "\xc2\xa3")) {
    currency = "pound sterling";
    ++j;
  }
  NumberOptions o;
  o.allow_hedge = false;
  o.allow_suffix_scale = !currency.empty();
  o.allow_vague = false;
  o.allow_article = currency.empty();
  NumberParse p;
  if (!ParseNumberAt(t_, j, o, &p)) return false;
  // "a kilogram", "an ounce": the article counts only before a measure.
  if (p.article) {
    std::string unit;
    double f = 1;
    int ue = 0;
    if (!UnitAt(t_, p.end, false, &ue, &unit, &f) || unit == "percent")
      return false;
  }
  // An ordinal is not a quantity.
  int oe = 0;
  long long ov = 0;
  if (ParseOrdinalAt(t_, j, &oe, &ov) && oe >= p.end) return false;
  out->begin = i;
  out->value = p.value;
  out->approximate = approximate || p.approximate;
  int end = p.end;
  if (!currency.empty()) {
    out->unit = currency;
  } else {
    const bool after_digits = !p.spelled;
    std::string unit;
    double f = 1;
    int ue = 0;
    // "a 2,500-kilometre pipeline", "a 10-kg bag".
    const bool hyphen =
        TokenIs(t_, end, "-") && Adjacent(t_, end) && Adjacent(t_, end + 1);
    if (UnitAt(t_, end + (hyphen ? 1 : 0), after_digits, &ue, &unit, &f)) {
      out->unit = unit;
      end = ue;
      std::string product;
      const int pe = ProductAt(t_, end, &product);
      if (pe > 0) {
        out->product = product;
        end = pe;
      }
    } else {
      // Suffix scale now that no unit claimed the letter: "5k", "1.2bn".
      NumberOptions o2 = o;
      o2.allow_suffix_scale = true;
      NumberParse p2;
      if (ParseNumberAt(t_, j, o2, &p2) && p2.end > p.end) {
        out->value = p2.value;
        end = p2.end;
      }
      std::string noun;
      const int ne = CountNounAt(end, &noun);
      if (ne > 0) {
        out->unit = noun;
        end = ne;
      }
    }
  }
  out->end = end;
  out->low = out->high = out->value;
  return true;
}

bool QuantityParser::ParseAt(int i, Parsed* out) const {
  // Every form below is a SimpleAt at i, after "between"/"from", or after a
  // bound: most tokens start none of them and are rejected here, before the
  // candidates (two strings each) are built.
  int kind = 0;
  const int b = BoundAt(t_, i, &kind);
  if (!MayStartSimple(i) &&
      !((TokenIs(t_, i, "between") || TokenIs(t_, i, "from")) &&
        MayStartSimple(i + 1)) &&
      !(b > 0 && MayStartSimple(i + b)))
    return false;
  int best = -1;
  Parsed best_p;
  auto consider = [&](const Parsed& p) {
    if (p.end > best) {
      best = p.end;
      best_p = p;
    }
  };
  // SimpleAt(i, true, ...), kept from the range block when it starts at i
  // (no "between"/"from"), so the plain form below does not parse it again:
  // SimpleAt reads only the tokens.
  bool simple_known = false;
  bool simple_ok = false;
  Parsed simple;
  // Ranges: "between X and Y unit", "from X to Y unit", "X-Y unit".
  {
    int j = i;
    std::string connector;
    if (TokenIs(t_, j, "between")) {
      connector = "and";
      ++j;
    } else if (TokenIs(t_, j, "from")) {
      connector = "to";
      ++j;
    }
    Parsed x;
    const bool x_ok = SimpleAt(j, true, &x);
    if (x_ok) {
      int k = x.end;
      const bool conn = connector.empty()
                            ? (TokenIs(t_, k, "-") || TokenIs(t_, k, "to"))
                            : TokenIs(t_, k, connector);
      Parsed y;
      if (conn && SimpleAt(k + 1, true, &y) &&
          (x.unit.empty() || x.unit == y.unit) && !y.unit.empty()) {
        Parsed r = y;
        r.begin = i;
        r.value = x.value;
        r.low = std::min(x.value, y.value);
        r.high = std::max(x.value, y.value);
        r.approximate = x.approximate || y.approximate;
        if (r.low < r.high) consider(r);
      }
    }
    if (j == i) {
      simple_known = true;
      simple_ok = x_ok;
      if (x_ok) simple = std::move(x);
    }
  }
  // Bounds: "more than 2 cups", "at most six pounds".
  {
    Parsed x;
    if (b > 0 && SimpleAt(i + b, true, &x)) {
      x.begin = i;
      if (kind > 0) {
        x.high = std::numeric_limits<double>::infinity();
      } else {
        x.low = -std::numeric_limits<double>::infinity();
      }
      consider(x);
    }
  }
  if (!simple_known) simple_ok = SimpleAt(i, true, &simple);
  if (simple_ok) consider(simple);
  if (best < 0) return false;
  *out = best_p;
  return true;
}

}  // namespace

std::vector<QuantityMatch> FindQuantityMatches(absl::string_view text) {
  return FindQuantityMatches(text, Tokenize(text));
}

std::vector<QuantityMatch> FindQuantityMatches(absl::string_view text,
                                               const Tokens& t) {
  return quantity_internal::FindQuantityMatches(text, t, /*skip=*/true);
}

namespace quantity_internal {

std::vector<QuantityMatch> FindQuantityMatches(absl::string_view text,
                                               const Tokens& t, bool skip) {
  std::vector<QuantityMatch> out;
  QuantityParser parser(t);
  const int n = Size(t);
  // The first token at or after i where MayStartSimple holds (n if none).
  // ParseAt(i) fails when it is beyond i + 3, so such tokens are skipped
  // without running BoundAt's word tests; most sentences have few numbers.
  int next_start = -1;
  for (int i = 0; i < n;) {
    if (skip) {
      if (next_start < i) {
        next_start = i;
        while (next_start < n && !parser.MayStartSimple(next_start)) {
          ++next_start;
        }
      }
      if (next_start > i + 3) {
        i = next_start - 3;
        continue;
      }
    }
    Parsed p;
    if (!parser.ParseAt(i, &p)) {
      ++i;
      continue;
    }
    QuantityMatch m;
    m.match.begin = t[p.begin].begin;
    m.match.end = t[p.end - 1].end;
    Quantity* q = m.match.value.mutable_quantity();
    q->set_value(p.value);
    q->set_low(p.low);
    q->set_high(p.high);
    q->set_unit(p.unit);
    q->set_approximate(p.approximate);
    m.match.value.set_surface(
        std::string(text.substr(m.match.begin, m.match.end - m.match.begin)));
    m.product = p.product;
    out.push_back(std::move(m));
    i = p.end;
  }
  return out;
}

}  // namespace quantity_internal

std::vector<ValueMatch> FindQuantities(absl::string_view text) {
  return FindQuantities(text, Tokenize(text));
}

std::vector<ValueMatch> FindQuantities(absl::string_view text,
                                       const Tokens& t) {
  std::vector<ValueMatch> out;
  for (QuantityMatch& m : FindQuantityMatches(text, t))
    out.push_back(std::move(m.match));
  return out;
}

bool IsUnitOfMeasure(absl::string_view unit) {
  if (!absl::ConsumePrefix(&unit, "cubic ")) {
    absl::ConsumePrefix(&unit, "square ");
  }
  return FindUnit(unit) != nullptr;
}

bool ConvertUnit(double value, absl::string_view from, absl::string_view to,
                 double* out) {
  if (from == to) {
    *out = value;
    return true;
  }
  // Look the canonical names up through their singular surface forms;
  // "cubic meter" is 1000 liters, "square meter" an area.
  auto info = [](absl::string_view name, std::string* dim, double* f) {
    int power = 1;
    if (absl::ConsumePrefix(&name, "cubic ")) power = 3;
    if (absl::ConsumePrefix(&name, "square ")) power = 2;
    const UnitInfo* u = FindUnit(name);
    if (u == nullptr) return false;
    *dim = u->dimension;
    *f = u->factor;
    if (power > 1) {
      if (*dim != "length") return false;
      *f = std::pow(u->factor, power) * (power == 3 ? 1000 : 1);
      *dim = power == 3 ? "volume" : "area";
    }
    return true;
  };
  std::string da, db;
  double fa = 0, fb = 0;
  if (!info(from, &da, &fa) || !info(to, &db, &fb) || da != db) return false;
  *out = value * fa / fb;
  return true;
}

}  // namespace accord

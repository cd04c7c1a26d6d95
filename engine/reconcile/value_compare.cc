#include "engine/reconcile/value_compare.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "engine/data/english.h"
#include "engine/normalize/compare.h"
#include "engine/normalize/iso_civil.h"
#include "engine/normalize/quantity.h"

namespace accord {
namespace {

std::set<std::string> ContentWordsImpl(const std::string& s) {
  // Function words (engine/data/english.textproto).
  static const auto* const kStop = [] {
    const auto& words = English::Default().words().stop_words();
    return new absl::flat_hash_set<std::string>(words.begin(), words.end());
  }();
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !kStop->contains(word)) out.insert(word);
    word.clear();
  };
  for (char c : s) {
    if (absl::ascii_isalnum(c)) {
      word.push_back(absl::ascii_tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string Trim(double x) {
  std::string s = absl::StrFormat("%.6g", x);
  return s;
}

}  // namespace

std::set<std::string> ValueComparator::ContentWords(const std::string& text) {
  return ContentWordsImpl(text);
}

double ValueComparator::TextSimilarity(const std::string& a,
                                       const std::string& b) {
  const std::set<std::string> wa = ContentWordsImpl(a),
                              wb = ContentWordsImpl(b);
  if (wa.empty() || wb.empty()) return 0;
  int shared = 0;
  for (const std::string& w : wa) shared += wb.count(w);
  const size_t smaller = std::min(wa.size(), wb.size());
  if (!SharesEnough(shared, smaller)) return 0;
  return static_cast<double>(shared) / smaller;
}

Comparison ValueComparator::Compare(const Value& a, const Value& b) const {
  if (a.kind_case() == Value::kEntityId && b.kind_case() == Value::kEntityId) {
    const std::string& x = a.entity_id();
    const std::string& y = b.entity_id();
    if (x == y) return EQUAL;
    if (gazetteer_ != nullptr) {
      if (EntityKey(a, true) == EntityKey(b, true)) return COMPATIBLE;
      if (gazetteer_->IsPartOf(x, y) || gazetteer_->IsPartOf(y, x)) {
        return COMPATIBLE;
      }
    }
    return CONFLICTING;
  }
  if (a.kind_case() == Value::kSet && b.kind_case() == Value::kSet) {
    // The sets of member keys, as sorted distinct views (entity keys in
    // place, others in `owned`).
    std::deque<std::string> owned;
    auto keys = [&](const ValueSet& set) {
      std::vector<absl::string_view> out;
      out.reserve(set.members_size());
      for (const Value& m : set.members()) {
        if (m.has_entity_id()) {
          out.push_back(EntityKey(m, true));
        } else {
          out.push_back(owned.emplace_back(Key(m, true)));
        }
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    const std::vector<absl::string_view> ka = keys(a.set()), kb = keys(b.set());
    if (ka == kb) return EQUAL;
    if (std::includes(ka.begin(), ka.end(), kb.begin(), kb.end()) ||
        std::includes(kb.begin(), kb.end(), ka.begin(), ka.end())) {
      return COMPATIBLE;
    }
    return CONFLICTING;
  }
  if (a.kind_case() == Value::kText && b.kind_case() == Value::kText) {
    if (a.text() == b.text()) return EQUAL;
    return TextSimilarity(a.text(), b.text()) >= text_similarity_
               ? COMPATIBLE
               : INCOMPARABLE;
  }
  const Comparison c = CompareValues(a, b);
  // Counts of differently named things ("3 police" and "3 officers", "5
  // people" and "5 victims"): in one fact's slot the head noun describes
  // the counted, it does not change the number. Equal numbers are one
  // value; unequal ones stay incomparable.
  if (c == INCOMPARABLE && a.has_quantity() && b.has_quantity() &&
      a.quantity().value() == b.quantity().value() &&
      a.quantity().low() == b.quantity().low() &&
      a.quantity().high() == b.quantity().high() &&
      a.quantity().unit() != b.quantity().unit() &&
      !IsUnitOfMeasure(a.quantity().unit()) &&
      !IsUnitOfMeasure(b.quantity().unit())) {
    return EQUAL;
  }
  // Amounts in different units compare through an equivalent the text of
  // one of them gives in the other's unit: "$137 million" against
  // "EUR 85 million ($108 million)" is 137 against 108 million dollars.
  if (c == INCOMPARABLE && a.has_quantity() && b.has_quantity() &&
      a.quantity().unit() != b.quantity().unit()) {
    for (int side = 0; side < 2; ++side) {
      const Value& from = side == 0 ? a : b;
      const Value& to = side == 0 ? b : a;
      for (const Quantity& q : from.quantity().equivalents()) {
        if (q.unit() != to.quantity().unit()) continue;
        Value converted;
        *converted.mutable_quantity() = q;
        converted.mutable_quantity()->clear_equivalents();
        return side == 0 ? CompareValues(converted, to)
                         : CompareValues(to, converted);
      }
    }
  }
  return c;
}

std::string ValueComparator::Key(const Value& v, bool as_actor) const {
  switch (v.kind_case()) {
    case Value::kEntityId:
      return std::string(EntityKey(v, as_actor));
    case Value::kTime:
      return absl::StrCat("time:", v.time().begin(), "/", v.time().end());
    case Value::kDuration:
      return absl::StrCat("duration:", Trim(v.duration().seconds()));
    case Value::kQuantity:
      return absl::StrCat("quantity:", Trim(v.quantity().value()), ":",
                          v.quantity().unit());
    case Value::kOrdinal:
      return absl::StrCat("ordinal:", v.ordinal());
    case Value::kSet: {
      std::vector<std::string> keys;
      for (const Value& m : v.set().members()) keys.push_back(Key(m, true));
      std::sort(keys.begin(), keys.end());
      return absl::StrCat("{", absl::StrJoin(keys, ","), "}");
    }
    case Value::kText:
      return absl::StrCat("\"", v.text(), "\"");
    default:
      return "";
  }
}

absl::string_view ValueComparator::EntityKey(const Value& v,
                                             bool as_actor) const {
  absl::string_view id = v.entity_id();
  if (as_actor && gazetteer_ != nullptr) {
    // Gazetteer::ActorId, viewed in place.
    const Entity* e = gazetteer_->Find(id);
    if (e != nullptr && e->stands_for_size() > 0) id = e->stands_for(0);
  }
  return id;
}

void ValueComparator::AppendKey(const Value& v, bool as_actor,
                                std::string* out) const {
  if (!v.has_entity_id()) {
    out->append(Key(v, as_actor));
    return;
  }
  const absl::string_view id = EntityKey(v, as_actor);
  out->append(id.data(), id.size());
}

std::string ValueComparator::Describe(const Value& v) const {
  switch (v.kind_case()) {
    case Value::kEntityId: {
      if (gazetteer_ != nullptr) {
        if (const Entity* e = gazetteer_->Find(v.entity_id())) return e->name();
      }
      return v.surface().empty() ? v.entity_id() : v.surface();
    }
    case Value::kTime: {
      const TimeValue& t = v.time();
      absl::CivilSecond b, e;
      if (t.begin().empty() && ParseCivilSecond(t.end(), &e)) {
        // An interval open at its start: "until Friday", "before 2 pm".
        return absl::StrCat("until ",
                            t.grain() == DAY || t.grain() == WEEK
                                ? absl::FormatCivilTime(absl::CivilDay(e))
                                : absl::FormatCivilTime(absl::CivilMinute(e)));
      }
      if (!ParseCivilSecond(t.begin(), &b)) return t.begin();
      const bool has_end = ParseCivilSecond(t.end(), &e);
      switch (t.grain()) {
        case DECADE:
          return absl::StrCat(absl::FormatCivilTime(absl::CivilYear(b)), "s");
        case YEAR:
          return absl::FormatCivilTime(absl::CivilYear(b));
        case MONTH:
          return absl::FormatCivilTime(absl::CivilMonth(b));
        case DAY:
        case WEEK: {
          const absl::CivilDay first(b);
          const absl::CivilDay last = has_end ? absl::CivilDay(e) - 1 : first;
          if (last > first) {
            return absl::StrCat(absl::FormatCivilTime(first), "..",
                                absl::FormatCivilTime(last));
          }
          return absl::FormatCivilTime(first);
        }
        default:
          return absl::FormatCivilTime(absl::CivilMinute(b));
      }
    }
    case Value::kDuration: {
      const double s = v.duration().seconds();
      struct Unit {
        const char* name;
        double seconds;
        Grain grain;
      };
      const Unit units[] = {
          {"year", 365 * 86400.0, YEAR}, {"month", 30 * 86400.0, MONTH},
          {"week", 7 * 86400.0, WEEK},   {"day", 86400.0, DAY},
          {"hour", 3600.0, HOUR},        {"minute", 60.0, MINUTE},
          {"second", 1.0, SECOND}};
      for (const Unit& u : units) {
        if (v.duration().grain() == u.grain ||
            (v.duration().grain() == GRAIN_UNSPECIFIED && s >= u.seconds)) {
          const double n = s / u.seconds;
          return absl::StrCat(Trim(n), " ", u.name, n == 1 ? "" : "s");
        }
      }
      return absl::StrCat(Trim(s), " seconds");
    }
    case Value::kQuantity: {
      const Quantity& q = v.quantity();
      // A bound: "at least 3" (and the "at least 1" of an implied count).
      const char* bound =
          std::isinf(q.high()) && q.high() > 0 && q.low() == q.value()
              ? "at least "
          : std::isinf(q.low()) && q.low() < 0 && q.high() == q.value()
              ? "at most "
              : "";
      std::string out =
          absl::StrCat(bound, q.approximate() ? "~" : "", Trim(q.value()));
      if (!v.quantity().unit().empty()) {
        absl::StrAppend(&out, " ", v.quantity().unit());
      }
      return out;
    }
    case Value::kOrdinal: {
      const int64_t n = v.ordinal();
      const char* suffix = "th";
      if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
      }
      return absl::StrCat(n, suffix);
    }
    case Value::kSet: {
      std::vector<std::string> names;
      for (const Value& m : v.set().members()) names.push_back(Describe(m));
      return absl::StrJoin(names, ", ");
    }
    case Value::kText:
      return absl::StrCat("\"", v.text(), "\"");
    default:
      return "";
  }
}

}  // namespace accord

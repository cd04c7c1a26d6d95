#include "engine/reconcile/conflict_confidence.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

const Claim* FindClaim(const std::vector<const Claim*>& claims,
                       const std::string& id) {
  auto it = std::lower_bound(
      claims.begin(), claims.end(), id,
      [](const Claim* c, const std::string& x) { return c->id() < x; });
  return it != claims.end() && (*it)->id() == id ? *it : nullptr;
}

// The sentence index of an extracted claim ("<doc>/<sentence>/<n>"), or -1
// when the id has another form (external claims).
int SentenceIndex(const Claim& claim) {
  std::vector<absl::string_view> parts = absl::StrSplit(claim.id(), '/');
  int index = -1;
  if (parts.size() < 3 || !absl::SimpleAtoi(parts[parts.size() - 2], &index)) {
    return -1;
  }
  return index;
}

// The day a time value begins, if it has one.
bool BeginDay(const TimeValue& t, absl::CivilDay* day) {
  return t.begin().size() >= 10 &&
         absl::ParseCivilTime(t.begin().substr(0, 10), day);
}

bool HasDigit(absl::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

bool Inexact(const Quantity& q) {
  return q.approximate() || (q.low() != 0 && q.low() != q.value()) ||
         (q.high() != 0 && q.high() != q.value());
}

// The claims behind each side.
using Sides = std::vector<std::vector<const Claim*>>;

class Scorer {
 public:
  Scorer(const ValueComparator& cmp, const Conflict& c, Sides sides,
         absl::flat_hash_map<absl::string_view, absl::string_view> published)
      : cmp_(cmp),
        c_(c),
        sides_(std::move(sides)),
        published_(std::move(published)) {}

  void Run(Conflict* out) {
    if (c_.kind() != POLARITY) SharedAnchor();
    TimesDiffer();
    OutsideLead();
    TimeValues();
    Counts();
    if (c_.kind() == POLARITY) SameSubject();
    Support();
    out->set_confidence(score_);
    for (std::string& r : reasons_) out->add_confidence_reasons(std::move(r));
  }

 private:
  void Weaken(double factor, absl::string_view why) {
    score_ *= factor;
    reasons_.push_back(absl::StrFormat("%s (x%.1f)", why, factor));
  }

  // Calls f(a, b) for claims a, b on different sides until it returns true;
  // returns whether it did.
  template <typename F>
  bool AnyCrossPair(F f) const {
    for (size_t i = 0; i < sides_.size(); ++i) {
      for (size_t j = i + 1; j < sides_.size(); ++j) {
        for (const Claim* a : sides_[i]) {
          for (const Claim* b : sides_[j]) {
            if (f(*a, *b)) return true;
          }
        }
      }
    }
    return false;
  }

  void SharedAnchor() {
    bool any_other = false;
    const bool shared = AnyCrossPair([&](const Claim& a, const Claim& b) {
      for (const Argument& x : a.args()) {
        if (x.role() == c_.role() || x.value().has_time()) continue;
        for (const Argument& y : b.args()) {
          if (y.role() != x.role()) continue;
          any_other = true;
          const Comparison r = cmp_.Compare(x.value(), y.value());
          if (r == EQUAL || r == COMPATIBLE) return true;
        }
      }
      return false;
    });
    // Claims with nothing but the disputed value have no anchors to share;
    // that is absence of evidence, not evidence of two events.
    if (!shared && any_other) {
      Weaken(0.6,
             "the sides name no common participant, place or other value "
             "besides the disputed one");
    }
  }

  void TimesDiffer() {
    if (c_.role() == "time") return;  // the time is what is disputed
    const bool differ = AnyCrossPair([&](const Claim& a, const Claim& b) {
      for (const Argument& x : a.args()) {
        if (!x.value().has_time()) continue;
        for (const Argument& y : b.args()) {
          if (y.value().has_time() &&
              cmp_.Compare(x.value(), y.value()) == CONFLICTING) {
            return true;
          }
        }
      }
      return false;
    });
    if (differ) {
      Weaken(0.5,
             "claims on different sides are set at incompatible times, so "
             "they may be different occurrences");
    }
  }

  void OutsideLead() {
    for (const std::vector<const Claim*>& side : sides_) {
      bool known = false, in_lead = false;
      for (const Claim* c : side) {
        const int index = SentenceIndex(*c);
        if (index < 0) continue;
        known = true;
        if (index < ConflictConfidence::kLeadSentences) in_lead = true;
      }
      if (known && !in_lead) {
        Weaken(0.7,
               "a side is stated only below its articles' title and lead, "
               "where news tells background events");
        return;
      }
    }
  }

  absl::string_view Published(const Claim& c) const {
    auto it = published_.find(c.trigger().doc_id());
    if (it == published_.end()) it = published_.find(c.sentence().doc_id());
    return it == published_.end() ? absl::string_view() : it->second;
  }

  void TimeValues() {
    std::vector<const Value*> times;
    for (const ConflictSide& s : c_.sides()) {
      if (s.value().has_time()) times.push_back(&s.value());
    }
    if (times.size() < 2 ||
        times.size() != static_cast<size_t>(c_.sides_size())) {
      return;
    }
    bool adjacent = false;
    for (size_t i = 0; i < times.size(); ++i) {
      for (size_t j = i + 1; j < times.size(); ++j) {
        absl::CivilDay a, b;
        if (BeginDay(times[i]->time(), &a) && BeginDay(times[j]->time(), &b) &&
            std::abs(a - b) <= 1) {
          adjacent = true;
        }
      }
    }
    if (adjacent) {
      Weaken(0.7,
             "the times are at most one day apart (overnight events, time "
             "zones)");
    }
    bool relative = false;
    for (const Value* t : times) {
      if (!t->surface().empty() && !HasDigit(t->surface())) relative = true;
    }
    const bool different_days =
        AnyCrossPair([&](const Claim& a, const Claim& b) {
          const absl::string_view pa = Published(a), pb = Published(b);
          return pa.size() >= 10 && pb.size() >= 10 &&
                 pa.substr(0, 10) != pb.substr(0, 10);
        });
    if (relative && different_days) {
      Weaken(0.5,
             "a time stated without a date (a weekday, \"yesterday\") was "
             "resolved against articles published on different days");
    }
  }

  void Counts() {
    bool inexact = false, all_quantities = c_.sides_size() >= 2;
    std::string unit;
    bool units_differ = false;
    for (const ConflictSide& s : c_.sides()) {
      if (!s.value().has_quantity()) {
        all_quantities = false;
        continue;
      }
      const Quantity& q = s.value().quantity();
      if (Inexact(q)) inexact = true;
      if (q.unit().empty()) continue;
      if (unit.empty()) {
        unit = q.unit();
      } else if (q.unit() != unit) {
        units_differ = true;
      }
    }
    if (!all_quantities) return;
    if (inexact) {
      Weaken(0.6,
             "a figure is approximate or a bound (\"about\", \"at least\"), "
             "so it does not clearly contradict the other");
    }
    if (units_differ) {
      Weaken(0.6,
             "the figures count different things, so one may count a part "
             "of the other");
    }
  }

  void SameSubject() {
    // Some affirming and some denying claim must share a value, and agree on
    // the agent when either names one.
    const bool same = AnyCrossPair([&](const Claim& a, const Claim& b) {
      if (a.polarity() == b.polarity()) return false;
      const Value* x = ArgValue(a, "agent");
      const Value* y = ArgValue(b, "agent");
      if ((x == nullptr) != (y == nullptr)) return false;
      if (x != nullptr) {
        const Comparison r = cmp_.Compare(*x, *y);
        return r == EQUAL || r == COMPATIBLE;
      }
      for (const Argument& p : a.args()) {
        for (const Argument& q : b.args()) {
          if (p.role() != q.role()) continue;
          const Comparison r = cmp_.Compare(p.value(), q.value());
          if (r == EQUAL || r == COMPATIBLE) return true;
        }
      }
      return false;
    });
    if (!same) {
      Weaken(0.3,
             "the denial and the affirmation do not name the same subject, "
             "so denying one participant's act need not deny the event");
    }
  }

  void Support() {
    for (const std::vector<const Claim*>& side : sides_) {
      const bool hedged_only =
          !side.empty() &&
          std::all_of(side.begin(), side.end(),
                      [](const Claim* c) { return c->modality() == HEDGED; });
      if (hedged_only) {
        Weaken(0.7, "a side is stated only as a possibility");
        break;
      }
    }
    bool corroborated = c_.sides_size() >= 2;
    for (const ConflictSide& s : c_.sides()) {
      if (s.independent_sources() < 2) corroborated = false;
    }
    if (corroborated && score_ < 1) {
      score_ += (1 - score_) / 2;
      reasons_.push_back(
          "every side has two or more independent sources (raised halfway "
          "to 1)");
    }
  }

  const ValueComparator& cmp_;
  const Conflict& c_;
  const Sides sides_;
  const absl::flat_hash_map<absl::string_view, absl::string_view> published_;
  double score_ = 1;
  std::vector<std::string> reasons_;
};

}  // namespace

namespace {

using Published = absl::flat_hash_map<absl::string_view, absl::string_view>;

Published PublicationDates(const std::vector<Document>& documents) {
  Published published;
  for (const Document& d : documents) published[d.id()] = d.published();
  return published;
}

void ScoreWith(const ValueComparator& cmp, Published published,
               const std::vector<const Claim*>& claims, Conflict* conflict) {
  Sides sides;
  for (const ConflictSide& s : conflict->sides()) {
    sides.emplace_back();
    for (const std::string& id : s.claim_ids()) {
      if (const Claim* c = FindClaim(claims, id)) sides.back().push_back(c);
    }
  }
  conflict->clear_confidence_reasons();
  Scorer(cmp, *conflict, std::move(sides), std::move(published)).Run(conflict);
}

}  // namespace

void ConflictConfidence::Score(const std::vector<Document>& documents,
                               const std::vector<const Claim*>& claims,
                               Conflict* conflict) const {
  ScoreWith(*comparator_, PublicationDates(documents), claims, conflict);
}

void ConflictConfidence::Apply(const std::vector<Document>& documents,
                               double min_confidence, Report* report) const {
  std::vector<const Claim*> claims;
  claims.reserve(report->claims_size());
  for (const Claim& c : report->claims()) claims.push_back(&c);
  std::stable_sort(
      claims.begin(), claims.end(),
      [](const Claim* a, const Claim* b) { return a->id() < b->id(); });
  const Published published = PublicationDates(documents);
  google::protobuf::RepeatedPtrField<Conflict> kept;
  for (Conflict& c : *report->mutable_conflicts()) {
    ScoreWith(*comparator_, published, claims, &c);
    if (c.confidence() < min_confidence) {
      *report->add_possible_conflicts() = std::move(c);
    } else {
      *kept.Add() = std::move(c);
    }
  }
  report->mutable_conflicts()->Swap(&kept);
  report->mutable_stats()->set_conflicts(report->conflicts_size());
  report->mutable_stats()->set_possible_conflicts(
      report->possible_conflicts_size());
}

}  // namespace accord

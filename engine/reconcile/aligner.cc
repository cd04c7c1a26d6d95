#include "engine/reconcile/aligner.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "engine/base/touch.h"
#include "engine/extract/generic_frame.h"
#include "engine/normalize/iso_civil.h"
#include "engine/reconcile/event_senses.h"
#include "engine/reconcile/participants.h"
#include "proto/claim_args.h"
#include "re2/re2.h"

namespace accord {

namespace aligner_internal {

// The id of a role name the lexicon never mentions.
constexpr int kUnknownRole = 0xFFFF;

// Every role name the lexicon mentions, numbered (below kUnknownRole), and
// per frame the kind of each, so that a run compares small integers where it
// compared the claims' role strings (finding arguments by role was a third
// of the aligner's time at 10^6 claims).
struct RoleTables {
  struct Frame {
    std::vector<RoleKind> kind;   // by role id: the frame's kind, or INFO
    std::vector<int> role;        // the id of frame.roles(i)
    std::vector<bool> party;      // frame.roles(i) is a symmetric party
    std::vector<int> occurrence;  // the ids of frame.occurrence_roles()
    int subject = kUnknownRole;   // the id of frame.subject_role()
    int object = kUnknownRole;    // the id of frame.object_role()
    int text = kUnknownRole;      // the id of frame.partition_by_text_role()
  };

  std::vector<std::string> name;  // by id
  absl::flat_hash_map<const FrameSpec*, Frame> frames;
  int time = kUnknownRole, duration = kUnknownRole, kind = kUnknownRole;

  explicit RoleTables(const Lexicon& lexicon) {
    std::vector<std::string> names = {"time", "duration", "kind"};
    for (const FrameSpec& f : lexicon.proto().frames()) {
      for (const RoleSpec& r : f.roles()) names.push_back(r.name());
      names.push_back(f.subject_role());
      names.push_back(f.object_role());
      names.push_back(f.partition_by_text_role());
      for (const std::string& r : f.occurrence_roles()) names.push_back(r);
    }
    absl::flat_hash_map<std::string, int> id;  // name -> id, once
    for (const std::string& n : names) {
      if (id.size() < kUnknownRole &&
          id.try_emplace(n, static_cast<int>(id.size())).second) {
        name.push_back(n);
      }
    }
    buckets.resize(kBuckets);
    for (const auto& [n, role] : id) buckets[Bucket(n)].emplace_back(n, role);
    time = Id("time");
    duration = Id("duration");
    kind = Id("kind");
    for (const FrameSpec& f : lexicon.proto().frames()) {
      Frame& info = frames[&f];
      info.kind.assign(name.size() + 1, INFO);
      std::vector<bool> seen(name.size() + 1, false);
      for (const RoleSpec& r : f.roles()) {
        const int role = Id(r.name());
        info.role.push_back(role);
        info.party.push_back(f.symmetric() && (r.name() == f.subject_role() ||
                                               r.name() == f.object_role()));
        // Lexicon::KindOf: the first role of that name decides.
        if (role != kUnknownRole && !seen[role]) {
          seen[role] = true;
          info.kind[role] = r.kind();
        }
      }
      for (const std::string& r : f.occurrence_roles()) {
        info.occurrence.push_back(Id(r));
      }
      info.subject = Id(f.subject_role());
      info.object = Id(f.object_role());
      info.text = Id(f.partition_by_text_role());
    }
  }

  // The id of role `name`, or kUnknownRole. Runs once per argument of a run:
  // names are bucketed by length and first and last byte, so a lookup is a
  // compare or two instead of hashing the whole name.
  int Id(absl::string_view name) const {
    for (const auto& [known, role] : buckets[Bucket(name)]) {
      if (known == name) return role;
    }
    return kUnknownRole;
  }
  static size_t Bucket(absl::string_view name) {
    if (name.empty()) return 0;
    return (name.size() * 131 + static_cast<unsigned char>(name.front()) * 31 +
            static_cast<unsigned char>(name.back())) %
           kBuckets;
  }
  static constexpr size_t kBuckets = 512;
  std::vector<std::vector<std::pair<std::string, int>>> buckets;
  // The tables of `frame` (a frame of the lexicon), or null.
  const Frame* Of(const FrameSpec* frame) const {
    if (frame == nullptr) return nullptr;
    auto it = frames.find(frame);
    return it == frames.end() ? nullptr : &it->second;
  }
  // Lexicon::KindOf by id; INFO without a frame.
  static RoleKind KindOf(const Frame* frame, int role) {
    return frame == nullptr || role == kUnknownRole ? INFO : frame->kind[role];
  }
};

// The role ids (RoleTables) of every argument of a run's claims, stored
// contiguously by input index: finding an argument by role reads a few
// bytes instead of each argument's role string.
class ClaimRoles {
 public:
  // Add() must then be called for each claim of `input`, in order; `input`
  // and `tables` must outlive this.
  ClaimRoles(const std::vector<Claim>& input, const RoleTables& tables)
      : base_(input.data()), tables_(tables) {
    begin_.reserve(input.size() + 1);
    begin_.push_back(0);
  }

  // Records the role ids of the next input claim, `c`; from then on RoleAt
  // and Arg work for it.
  void Add(const Claim& c) {
    for (const Argument& a : c.args()) roles_.push_back(tables_.Id(a.role()));
    begin_.push_back(static_cast<uint32_t>(roles_.size()));
  }

  // Hints the entries of `c` (a claim of the input) into the cache: stage 0
  // its offset, stage 1 (once that has arrived) its role ids. (The arrays
  // are the run's own and small; a hint suffices.)
  void Prefetch(const Claim& c, int stage) const {
    const size_t k = &c - base_;
    if (stage == 0) {
      __builtin_prefetch(&begin_[k]);
    } else {
      __builtin_prefetch(&roles_[begin_[k]]);
    }
  }

  // The role id of argument `i` of `c` (a claim of the input).
  int RoleAt(const Claim& c, int i) const {
    return roles_[begin_[&c - base_] + i];
  }

  // The value of the first argument of `c` (a claim of the input) whose role
  // is `name`, with id `role`; null if none.
  const Value* Arg(const Claim& c, int role, absl::string_view name) const {
    if (role == kUnknownRole) return ArgValue(c, name);
    const size_t k = &c - base_;
    const uint32_t begin = begin_[k], end = begin_[k + 1];
    for (uint32_t i = begin; i < end; ++i) {
      if (roles_[i] == role)
        return &c.args(static_cast<int>(i - begin)).value();
    }
    return nullptr;
  }

 private:
  const Claim* base_;
  const RoleTables& tables_;
  std::vector<uint32_t> begin_;  // by input index, into roles_; one more
  std::vector<uint16_t> roles_;  // role ids, claim after claim
};

}  // namespace aligner_internal

namespace {

using aligner_internal::ClaimRoles;
using aligner_internal::kUnknownRole;
using aligner_internal::RoleTables;

// Adds `x` to the sorted, duplicate-free `v`.
void InsertSorted(std::vector<int>* v, int x) {
  auto it = std::lower_bound(v->begin(), v->end(), x);
  if (it == v->end() || *it != x) v->insert(it, x);
}

void SortUnique(std::vector<int>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

namespace aligner_internal {

// The run's claims as small integers, so that candidates and conflict sides
// hold sorted vectors of ints instead of sets of id and source strings and
// no Claim is copied. A claim's rank is its position in id order; sources
// are numbered in id order too, so sorted ints list ids in sorted order.
class RunIndex {
 public:
  // Built in two steps, so that the aligner's one pass over the input can
  // number the sources: AddSource(i) for every claim of `input`, then
  // Finish(). `input` must outlive the index.
  explicit RunIndex(const std::vector<Claim>& input)
      : base_(input.data()), rank_(input.size()), source_(input.size()) {}

  // Numbers the source of input claim `i` (distinct names in order of
  // appearance; Finish renames them in sorted order).
  void AddSource(size_t i) {
    const absl::string_view name = base_[i].source_id();
    auto [it, added] =
        number_.try_emplace(name, static_cast<int>(names_.size()));
    if (added) names_.push_back(name);
    source_[i] = it->second;
  }

  // `sorted` are pointers into the input, sorted by id; must outlive the
  // index.
  void Finish(const std::vector<const Claim*>& sorted,
              const IndependenceGroups& groups) {
    sorted_ = &sorted;
    for (int r = 0; r < static_cast<int>(sorted.size()); ++r) {
      rank_[sorted[r] - base_] = r;
    }
    number_ = {};
    std::vector<int> order(names_.size());
    for (int s = 0; s < static_cast<int>(order.size()); ++s) order[s] = s;
    std::sort(order.begin(), order.end(),
              [this](int a, int b) { return names_[a] < names_[b]; });
    std::vector<int> renamed(order.size());
    std::vector<absl::string_view> sorted_names(order.size());
    for (int s = 0; s < static_cast<int>(order.size()); ++s) {
      renamed[order[s]] = s;
      sorted_names[s] = names_[order[s]];
    }
    names_ = std::move(sorted_names);
    for (int& s : source_) s = renamed[s];
    absl::flat_hash_map<absl::string_view, int> group_number;
    for (absl::string_view name : names_) {
      auto it = groups.find(std::string(name));
      const absl::string_view group =
          it == groups.end() ? name : absl::string_view(it->second);
      group_.push_back(
          group_number.emplace(group, static_cast<int>(group_number.size()))
              .first->second);
    }
  }

  int Rank(const Claim* c) const { return rank_[c - base_]; }
  int Source(const Claim* c) const { return source_[c - base_]; }

  // Appends the ids of the claims ranked `ranks` (ascending), each id once.
  void AddIds(const std::vector<int>& ranks,
              google::protobuf::RepeatedPtrField<std::string>* out) const {
    const std::string* last = nullptr;
    out->Reserve(out->size() + static_cast<int>(ranks.size()));
    for (int r : ranks) {
      const std::string& id = (*sorted_)[r]->id();
      if (last != nullptr && *last == id) continue;
      out->Add()->assign(id);
      last = &id;
    }
  }

  // Appends the ids of the claims ranked `ranks` (ascending), each id once,
  // and sets `position[i]` to the index in `out` of the id of `ranks[i]`.
  void AddIds(const std::vector<int>& ranks,
              google::protobuf::RepeatedPtrField<std::string>* out,
              std::vector<int>* position) const {
    const std::string* last = nullptr;
    position->clear();
    out->Reserve(out->size() + static_cast<int>(ranks.size()));
    const size_t n = ranks.size();
    for (size_t k = 0; k < n; ++k) {
      // The id bytes a few claims ahead (each id is its own heap block).
      if (k + 4 < n) Touch((*sorted_)[ranks[k + 4]]->id().data());
      const int r = ranks[k];
      const std::string& id = (*sorted_)[r]->id();
      if (last == nullptr || *last != id) {
        out->Add()->assign(id);
        last = &id;
      }
      position->push_back(out->size() - 1);
    }
  }

  // Appends the names of `sources` (ascending, distinct).
  void AddSources(const std::vector<int>& sources,
                  google::protobuf::RepeatedPtrField<std::string>* out) const {
    out->Reserve(out->size() + static_cast<int>(sources.size()));
    for (int s : sources) {
      out->Add()->assign(names_[s].data(), names_[s].size());
    }
  }

  // Independence groups among `sources`.
  int CountIndependent(const std::vector<int>& sources) const {
    std::vector<int>& seen = seen_;  // reused: this runs per candidate
    seen.clear();
    for (int s : sources) seen.push_back(group_[s]);
    SortUnique(&seen);
    return static_cast<int>(seen.size());
  }

 private:
  const Claim* base_;
  const std::vector<const Claim*>* sorted_ = nullptr;
  absl::flat_hash_map<absl::string_view, int> number_;  // until Finish
  std::vector<int> rank_;                               // by input index
  std::vector<int> source_;                             // by input index
  std::vector<absl::string_view> names_;                // source names, sorted
  std::vector<int> group_;                              // by source number
  mutable std::vector<int> seen_;  // scratch of CountIndependent
};

}  // namespace aligner_internal

namespace {

using aligner_internal::RunIndex;

// Days since the epoch of a TimeValue's begin, or nullopt.
bool TimeDays(const Value& v, double* begin, double* end) {
  if (!v.has_time()) return false;
  absl::CivilSecond b, e;
  if (!ParseCivilSecond(v.time().begin(), &b)) return false;
  if (!ParseCivilSecond(v.time().end(), &e)) e = b;
  const absl::CivilSecond epoch(1970, 1, 1);
  *begin = (b - epoch) / 86400.0;
  *end = (e - epoch) / 86400.0;
  return true;
}

// One candidate value being collected.
struct Cand {
  const Value* value;        // points into the input claims
  std::vector<int> claims;   // ranks (RunIndex), ascending
  std::vector<int> sources;  // source numbers (RunIndex), ascending
  bool from_list = false;    // an enumeration of two or more members
  bool scalar = false;       // no identity key: EQUAL needs the comparator
};

// A value's kind and canonical form when EQUAL is identity of that form
// (entities, texts, sets); kind KIND_NOT_SET for scalars.
using IdentityView = std::pair<int, absl::string_view>;

// The candidates of one role, and an index of those with an identity.
// Reused from fact to fact: only the first `used` candidates are live, and
// the vectors of the others keep their capacity.
struct SlotCands {
  int role_id = kUnknownRole;  // RoleTables
  absl::string_view role;      // points into the claims or the RoleTables
  std::vector<Cand> cands;
  size_t used = 0;
  absl::flat_hash_map<IdentityView, int> by_identity;
  bool present = false;  // has a candidate in the current fact
  bool is_set = false;   // the role has kind SET in the current fact

  void Clear() {
    used = 0;
    by_identity.clear();
    present = false;
    is_set = false;
  }
  // A fresh candidate at the end of the live ones.
  Cand* Add(const Value* v, bool scalar) {
    if (used == cands.size()) cands.emplace_back();
    Cand* c = &cands[used++];
    c->value = v;
    c->claims.clear();
    c->sources.clear();
    c->from_list = false;
    c->scalar = scalar;
    return c;
  }
};

// The lower-case words of a name.
std::set<std::string> NameWords(const std::string& name) {
  std::set<std::string> words;
  std::string w;
  for (char ch : name + " ") {
    if (absl::ascii_isalnum(ch)) {
      w.push_back(absl::ascii_tolower(ch));
    } else if (!w.empty()) {
      if (w != "the") words.insert(w);
      w.clear();
    }
  }
  return words;
}

bool Includes(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

// Whether two values of an occurrence role name different things: entities
// the comparator finds CONFLICTING whose names do not contain one another
// ("Kirkpatrick" is "Eric Allen Kirkpatrick"; "Indian navy" is not "British
// Royal Navy"). Anything else (sets, counts, text) never tells apart.
bool NameDifferentThings(const ValueComparator& cmp, const Value& a,
                         const Value& b) {
  if (!a.has_entity_id() || !b.has_entity_id()) return false;
  if (cmp.Compare(a, b) != CONFLICTING) return false;
  const std::set<std::string> wa = NameWords(a.entity_id()),
                              wb = NameWords(b.entity_id());
  if (wa.empty() || wb.empty()) return false;
  return !Includes(wa, wb) && !Includes(wb, wa);
}

// Whether `v` is a measure of an occurrence: a duration, a quantity or a
// word the role lists ("life"), as a noun's phrase states them ("a 20-year
// sentence", "a life sentence").
bool IsMeasure(const Value& v) {
  return v.has_duration() || v.has_quantity() || v.has_text();
}

// Whether two measures of an occurrence role tell different occurrences:
// the comparator finds them CONFLICTING (20 years, 10 years), they are
// different words ("life", "death"), or they are of different kinds (the
// word "life" and 20 years).
bool MeasuresDiffer(const ValueComparator& cmp, const Value& a,
                    const Value& b) {
  if (!IsMeasure(a) || !IsMeasure(b)) return false;
  if (a.kind_case() != b.kind_case()) return true;
  if (a.has_text()) return !absl::EqualsIgnoreCase(a.text(), b.text());
  return cmp.Compare(a, b) == CONFLICTING;
}

// Splits one occurrence into occurrences by the frame's occurrence roles.
// Claims naming the most participants are placed first, each into the
// largest occurrence none of whose values it contradicts (else a new one);
// claims naming none join the largest occurrence.
std::vector<std::vector<const Claim*>> SplitByOccurrenceRoles(
    const std::vector<const Claim*>& part, const FrameSpec& frame,
    const RoleTables::Frame& tables, const ClaimRoles& roles,
    const ValueComparator& cmp) {
  // Roles are named by their index in frame.occurrence_roles().
  struct Occurrence {
    std::vector<const Claim*> claims;
    std::map<int, std::vector<const Value*>> values;
  };
  struct Named {
    const Claim* claim;
    std::vector<std::pair<int, const Value*>> values;
  };
  std::vector<Named> named;
  std::vector<const Claim*> wildcards;
  for (const Claim* c : part) {
    Named n{c, {}};
    for (int i = 0; i < frame.occurrence_roles_size(); ++i) {
      const Value* v =
          roles.Arg(*c, tables.occurrence[i], frame.occurrence_roles(i));
      if (v == nullptr) continue;
      if (IsMeasure(*v)) {
        n.values.push_back({i, v});
        continue;
      }
      if (!v->has_entity_id()) continue;
      // A participant known only through a pronoun ("she", resolved to the
      // latest person named) is too weak to tell occurrences apart.
      const std::set<std::string> id = NameWords(v->entity_id());
      const std::set<std::string> said = NameWords(v->surface());
      bool named = v->surface().empty();
      for (const std::string& w : said) named |= id.count(w) > 0;
      if (named) n.values.push_back({i, v});
    }
    if (n.values.empty()) {
      wildcards.push_back(c);
    } else {
      named.push_back(std::move(n));
    }
  }
  std::stable_sort(named.begin(), named.end(),
                   [](const Named& a, const Named& b) {
                     return a.values.size() > b.values.size();
                   });
  std::vector<Occurrence> occurrences;
  auto largest = [&](const std::function<bool(const Occurrence&)>& fits) {
    int best = -1;
    for (int i = 0; i < static_cast<int>(occurrences.size()); ++i) {
      if (!fits(occurrences[i])) continue;
      if (best < 0 ||
          occurrences[i].claims.size() > occurrences[best].claims.size()) {
        best = i;
      }
    }
    return best;
  };
  for (const Named& n : named) {
    int best = largest([&](const Occurrence& o) {
      for (const auto& [role, v] : n.values) {
        auto it = o.values.find(role);
        if (it == o.values.end()) continue;
        for (const Value* other : it->second) {
          if (NameDifferentThings(cmp, *v, *other) ||
              MeasuresDiffer(cmp, *v, *other)) {
            return false;
          }
        }
      }
      return true;
    });
    if (best < 0) {
      occurrences.emplace_back();
      best = static_cast<int>(occurrences.size()) - 1;
    }
    occurrences[best].claims.push_back(n.claim);
    for (const auto& [role, v] : n.values) {
      occurrences[best].values[role].push_back(v);
    }
  }
  if (!wildcards.empty()) {
    const int best = largest([](const Occurrence&) { return true; });
    if (best < 0) {
      occurrences.push_back({wildcards, {}});
    } else {
      for (const Claim* c : wildcards) occurrences[best].claims.push_back(c);
    }
  }
  std::vector<std::vector<const Claim*>> out;
  for (Occurrence& o : occurrences) out.push_back(std::move(o.claims));
  return out;
}

// For values whose EQUAL is identity of a canonical form (entities, texts,
// sets), the kind and that form; {KIND_NOT_SET, ""} for scalars, whose EQUAL
// needs the comparator. Compare(a, b) == EQUAL exactly when both identities
// are equal and not KIND_NOT_SET. Entity ids and texts are viewed in place;
// a set's form is built and kept in `storage`.
IdentityView IdentityOf(const Value& v, const ValueComparator& cmp,
                        std::deque<std::string>* storage) {
  switch (v.kind_case()) {
    case Value::kEntityId:
      return {Value::kEntityId, v.entity_id()};
    case Value::kText:
      return {Value::kText, v.text()};
    case Value::kSet: {
      std::set<std::string> keys;
      for (const Value& m : v.set().members()) keys.insert(cmp.Key(m, true));
      storage->push_back(absl::StrJoin(keys, "\x1f"));
      return {Value::kSet, storage->back()};
    }
    default:
      return {Value::KIND_NOT_SET, absl::string_view()};
  }
}

// Splits `part` into statements: each claim joins the first cluster whose
// representative (its first claim) has a compatible `role` value, else
// starts a new one. Same result as comparing with every representative in
// order, but claims with identical texts are placed once, and the shared
// content words of a new text with every representative are counted through
// an inverted index instead of rebuilding word sets per comparison, so the
// cost is the number of (word, cluster) hits rather than texts x clusters x
// words.
std::vector<std::vector<const Claim*>> PartitionByText(
    const std::vector<const Claim*>& part, int role_id, const std::string& role,
    const ClaimRoles& roles, const ValueComparator& cmp) {
  std::vector<std::vector<const Claim*>> clusters;
  std::vector<const Value*> reps;
  std::vector<int> rep_words;  // content words of a text representative
  // Per cluster, whether its representative is a text: read for every
  // candidate cluster of a new text, so kept here rather than loaded from
  // the representative (a claim's Value, long out of cache).
  std::vector<bool> rep_is_text;
  // text (viewed in the claims) -> cluster
  absl::flat_hash_map<absl::string_view, int> placed;
  absl::flat_hash_map<std::string, std::vector<int>> postings;
  std::vector<int> non_text;  // clusters whose representative is not text
  std::vector<int> shared;    // per cluster, words shared with the new text
  std::vector<int> hits;
  auto fits = [&](const Value* v, int k) {
    const Value* r = reps[k];
    if (v == nullptr || r == nullptr) return false;
    const Comparison c = cmp.Compare(*v, *r);
    return c <= COMPATIBLE && c != COMPARISON_UNSPECIFIED;
  };
  auto add_cluster = [&](const Value* v, int words) {
    clusters.emplace_back();
    reps.push_back(v);
    rep_words.push_back(words);
    rep_is_text.push_back(v != nullptr && v->has_text());
    shared.push_back(0);
    return static_cast<int>(clusters.size()) - 1;
  };
  // Each claim's `role` value, found once; and the texts' bytes read for
  // all claims at once, so their misses overlap.
  std::vector<const Value*> values(part.size());
  for (size_t i = 0; i < part.size(); ++i) {
    values[i] = roles.Arg(*part[i], role_id, role);
    if (values[i] != nullptr && values[i]->has_text()) {
      Touch(values[i]->text().data());
    }
  }
  for (size_t i = 0; i < part.size(); ++i) {
    const Claim* c = part[i];
    const Value* v = values[i];
    int target = -1;
    if (v != nullptr && v->has_text() && cmp.text_similarity() > 0) {
      auto it = placed.find(v->text());
      if (it != placed.end()) {
        target = it->second;
      } else {
        // A text no representative has: COMPATIBLE with a text
        // representative exactly when TextSimilarity >= the threshold.
        const std::set<std::string> words =
            ValueComparator::ContentWords(v->text());
        hits.clear();
        for (const std::string& w : words) {
          auto p = postings.find(w);
          if (p == postings.end()) continue;
          for (int k : p->second) {
            if (shared[k]++ == 0) hits.push_back(k);
          }
        }
        hits.insert(hits.end(), non_text.begin(), non_text.end());
        // The first cluster in order that fits: the lowest fitting k (no
        // need to sort the hits).
        for (int k : hits) {
          if (target >= 0 && k > target) continue;
          bool ok;
          if (rep_is_text[k]) {
            const size_t smaller = std::min<size_t>(words.size(), rep_words[k]);
            ok = smaller > 0 &&
                 ValueComparator::SharesEnough(shared[k], smaller) &&
                 static_cast<double>(shared[k]) / smaller >=
                     cmp.text_similarity();
          } else {
            ok = fits(v, k);
          }
          if (ok) target = k;
        }
        for (int k : hits) shared[k] = 0;
        if (target < 0) {
          target = add_cluster(v, static_cast<int>(words.size()));
          for (const std::string& w : words) postings[w].push_back(target);
        }
        placed.emplace(v->text(), target);
      }
    } else if (v != nullptr) {  // without a value, nothing fits
      for (int k = 0; k < static_cast<int>(clusters.size()); ++k) {
        if (fits(v, k)) {
          target = k;
          break;
        }
      }
      if (target < 0) {
        target = add_cluster(v, 0);
        if (!v->has_text()) non_text.push_back(target);
      }
    } else {
      target = add_cluster(v, 0);
    }
    clusters[target].push_back(c);
  }
  return clusters;
}

// Stable-sorts `v` by `key` (a pair of views into each element), moving each
// element once into its place instead of swapping elements while sorting.
template <typename T, typename KeyFn>
void PermuteSorted(std::vector<T>* v, KeyFn key) {
  struct Entry {
    absl::string_view first, second;
    int index;
  };
  std::vector<Entry> order;
  order.reserve(v->size());
  for (size_t i = 0; i < v->size(); ++i) {
    const auto [first, second] = key((*v)[i]);
    order.push_back({first, second, static_cast<int>(i)});
  }
  // One three-way comparison per key; the index keeps equal keys in order.
  std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
    if (const int c = a.first.compare(b.first); c != 0) return c < 0;
    if (const int c = a.second.compare(b.second); c != 0) return c < 0;
    return a.index < b.index;
  });
  std::vector<T> sorted;
  sorted.reserve(v->size());
  for (const Entry& e : order) sorted.push_back(std::move((*v)[e.index]));
  *v = std::move(sorted);
}

// Reads (Touch, engine/base/touch.h) the pieces of the claims a little ahead
// of input[i] that the aligner's first pass uses. A Claim's strings,
// arguments and values are separate heap objects, each a cache miss when
// first read; reading them in stages (the argument array, then the
// arguments, then their roles and values), each stage's addresses taken from
// what an earlier stage read, overlaps those misses instead of taking them
// one after another.
void TouchAhead(const std::vector<Claim>& input, size_t i) {
  constexpr size_t kFar = 16, kNear = 8, kNext = 4;
  const size_t n = input.size();
  if (i + 2 * kFar < n) TouchObject(&input[i + 2 * kFar]);
  if (i + kFar < n) {
    const Claim& c = input[i + kFar];
    Touch(&c.id());
    Touch(&c.source_id());
    Touch(&c.frame());
    Touch(c.args().data());
  }
  if (i + kNear < n) {
    const Claim& c = input[i + kNear];
    Touch(c.id().data());
    for (int k = 0; k < c.args_size(); ++k) TouchObject(&c.args(k));
  }
  if (i + kNext < n) {
    for (const Argument& a : input[i + kNext].args()) {
      Touch(&a.role());
      TouchObject(&a.value());
    }
  }
  if (i + 1 < n) {
    for (const Argument& a : input[i + 1].args()) {
      if (a.value().has_entity_id()) Touch(&a.value().entity_id());
    }
  }
}

// Stage `stage` (0 to kTouchStages - 1) of reading ahead (Touch) what
// processing a block uses of its claims: 0 the Claim objects, 1 their id
// strings and argument arrays, 2 the arguments, 3 the arguments' roles and
// values, 4 the values' strings and times.
constexpr int kTouchStages = 5;
void TouchClaims(const std::vector<const Claim*>& claims,
                 const ClaimRoles& roles, int stage) {
  for (const Claim* c : claims) {
    switch (stage) {
      case 0:
        TouchObject(c);
        roles.Prefetch(*c, 0);
        break;
      case 1:
        Touch(&c->id());
        Touch(c->args().data());
        roles.Prefetch(*c, 1);
        break;
      case 2:
        Touch(c->id().data());
        for (int k = 0; k < c->args_size(); ++k) TouchObject(&c->args(k));
        break;
      case 3:
        for (const Argument& a : c->args()) {
          Touch(&a.role());
          TouchObject(&a.value());
        }
        break;
      default:
        for (const Argument& a : c->args()) {
          const Value& v = a.value();
          if (v.has_entity_id()) {
            Touch(&v.entity_id());
          } else if (v.has_text()) {
            Touch(&v.text());
          } else if (v.has_time()) {
            Touch(&v.time());
          }
        }
    }
  }
}

using Parts = std::vector<std::vector<const Claim*>>;

// Pass 2, occurrence partitioning: splits a block into the occurrences and
// statements that become facts. In order: the main event apart from
// background events (EventAnchors, when given), by time (claims further
// apart than the frame's occurrence window, or dated apart by one article,
// are different occurrences), by the frame's occurrence roles (different named
// places), nouns from verbs where the frame asks, and by the words of the
// frame's text role (different quotes are different statements).
class OccurrencePartitioner {
 public:
  // All arguments must outlive the partitioner. Not thread-safe (it caches
  // parsed times).
  OccurrencePartitioner(const RoleTables& tables, const ClaimRoles& roles,
                        const ValueComparator& cmp, const EventAnchors* anchors,
                        const ParticipantSplitter& participants)
      : tables_(tables),
        roles_(roles),
        cmp_(cmp),
        anchors_(anchors),
        participants_(participants) {}

  // The parts of `block` (claims of one frame and key); `frame` is the
  // lexicon's frame of the block or null.
  Parts Split(const std::vector<const Claim*>& block, const FrameSpec* frame) {
    const RoleTables::Frame* tables = tables_.Of(frame);
    const int window = frame == nullptr ? 0 : frame->occurrence_window_days();
    const bool per_day = frame != nullptr && frame->occurrence_per_day();
    // Background events first, so that their times (a year, "last month")
    // do not bridge the main event's occurrences.
    Parts parts = anchors_ != nullptr ? SplitBackground(block) : Parts{block};
    if (window > 0 || per_day) {
      parts = Each(parts, [&](const std::vector<const Claim*>& part) {
        return SplitByTime(part, window, per_day);
      });
    }
    if (frame != nullptr && frame->occurrence_roles_size() > 0) {
      parts = Each(parts, [&](const std::vector<const Claim*>& part) {
        return SplitByOccurrenceRoles(part, *frame, *tables, roles_, cmp_);
      });
    }
    if (frame != nullptr && frame->participant_roles_size() > 0) {
      parts = Each(parts, [&](const std::vector<const Claim*>& part) {
        return participants_.Split(part, *frame);
      });
    }
    if (frame != nullptr && frame->split_nouns_from_verbs()) {
      parts = SplitNounsFromVerbs(parts, *frame);
    }
    if (frame != nullptr && !frame->partition_by_text_role().empty()) {
      const std::string& role = frame->partition_by_text_role();
      parts = Each(parts, [&](const std::vector<const Claim*>& part) {
        return PartitionByText(part, tables->text, role, roles_, cmp_);
      });
    }
    return parts;
  }

 private:
  // The parts `split` makes of each of `parts`, in order.
  static Parts Each(
      const Parts& parts,
      const std::function<Parts(const std::vector<const Claim*>&)>& split) {
    Parts out;
    for (const auto& part : parts) {
      for (auto& p : split(part)) out.push_back(std::move(p));
    }
    return out;
  }

  // TimeDays per distinct (begin, end): civil-time parsing was a third of
  // the partitioning, and a run repeats few distinct times.
  bool CachedTimeDays(const Value& v, double* begin, double* end) {
    if (!v.has_time()) return false;
    auto [it, added] =
        days_.try_emplace(std::make_pair(absl::string_view(v.time().begin()),
                                         absl::string_view(v.time().end())));
    if (added) it->second.ok = TimeDays(v, &it->second.begin, &it->second.end);
    *begin = it->second.begin;
    *end = it->second.end;
    return it->second.ok;
  }

  // The time of `c`, or null when it has none. Extraction gives a claim
  // only a time that dates its trigger (engine/extract/time_owners.h).
  const Value* OwnTime(const Claim& c) const {
    return roles_.Arg(c, tables_.time, "time");
  }

  // Occurrences by time. A new occurrence starts after a gap longer than
  // `window` days, or when the claim's document already dated this
  // occurrence to a disjoint time: an article does not contradict itself,
  // so two dates of one frame in one article are two events ("the Oct. 13
  // shooting led to ... an Oct. 18 shooting"). With `per_day` (the frame's
  // occurrence_per_day), any time disjoint from every time before it starts
  // a new occurrence: the steps of a court case on two days are two steps.
  // Undated claims join the occurrence most claims talk about.
  Parts SplitByTime(const std::vector<const Claim*>& block, int window,
                    bool per_day) {
    struct Timed {
      double begin, end;
      const Claim* claim;
    };
    std::vector<Timed> timed;
    std::vector<const Claim*> untimed;
    for (const Claim* c : block) {
      const Value* t = OwnTime(*c);
      double b, e;
      if (t != nullptr && CachedTimeDays(*t, &b, &e)) {
        timed.push_back({b, e, c});
      } else {
        untimed.push_back(c);
      }
    }
    std::stable_sort(
        timed.begin(), timed.end(),
        [](const Timed& a, const Timed& b) { return a.begin < b.begin; });
    Parts parts;
    double reach = -1e18;
    std::vector<const Timed*> current;
    for (const Timed& t : timed) {
      // Per day, a time covers the whole days it touches, so a clock time
      // and its day ("1 a.m. Wednesday", "Wednesday") are one day.
      const double day_end =
          std::max(std::ceil(t.end), std::floor(t.begin) + 1);
      bool split = parts.empty() || (per_day ? std::floor(t.begin) >= reach
                                             : t.begin > reach + window);
      for (size_t k = 0; !split && k < current.size(); ++k) {
        const Timed& o = *current[k];
        split = o.claim->trigger().doc_id() == t.claim->trigger().doc_id() &&
                (o.end <= t.begin || t.end <= o.begin);
      }
      if (split) {
        parts.emplace_back();
        current.clear();
      }
      parts.back().push_back(t.claim);
      current.push_back(&t);
      reach = std::max(reach, per_day ? day_end : t.end);
    }
    if (!untimed.empty()) {
      if (parts.empty()) {
        parts.push_back(untimed);
      } else {
        size_t best = 0;
        for (size_t i = 1; i < parts.size(); ++i) {
          if (parts[i].size() >= parts[best].size()) best = i;
        }
        for (const Claim* c : untimed) parts[best].push_back(c);
      }
    }
    return parts;
  }

  // The main event's claims of `part` (those EventAnchors does not mark as
  // background), then background claims grouped by shared anchor, then
  // each background claim that shares no anchor, alone.
  Parts SplitBackground(const std::vector<const Claim*>& part) const {
    Parts parts(1);
    std::map<absl::string_view, int> by_key;  // anchor key -> index in parts
    for (const Claim* c : part) {
      const EventAnchor& a = anchors_->Of(*c);
      if (!a.background) {
        parts.front().push_back(c);
      } else if (a.key.empty()) {
        parts.push_back({c});
      } else {
        auto [it, added] =
            by_key.try_emplace(a.key, static_cast<int>(parts.size()));
        if (added) parts.emplace_back();
        parts[it->second].push_back(c);
      }
    }
    if (parts.front().empty()) parts.erase(parts.begin());
    return parts;
  }

  // Whether claim `c`'s trigger, a word that is both a noun and a verb of
  // the frame, is used as a noun: "the shooting" is the incident, "accused
  // of shooting" an act.
  static bool UsedAsNoun(const Claim& c) {
    const int at = static_cast<int>(c.trigger().begin() - c.sentence().begin());
    const std::string& text = c.sentence().text();
    if (at <= 0 || at > static_cast<int>(text.size())) return false;
    static const LazyRE2 kNounBefore = {
        "(?i)(?:\\b(?:a|an|the|this|that|his|her|their|its|our|"
        "another|fatal|deadly|latest|alleged|whose)|'s?) $"};
    return RE2::PartialMatch(re2::StringPiece(text.data(), at), *kNounBefore);
  }

  // Nominal and verbal mentions of the frame as different parts; mentions
  // that could be either join the larger.
  static Parts SplitNounsFromVerbs(const Parts& parts, const FrameSpec& frame) {
    std::set<std::string> nouns, verbs;
    for (std::string& n : Lexicon::NounForms(frame)) nouns.insert(n);
    for (std::string& v : Lexicon::VerbForms(frame)) verbs.insert(v);
    Parts split;
    for (const auto& part : parts) {
      std::vector<const Claim*> nominal, verbal, either;
      for (const Claim* c : part) {
        const std::string word = absl::AsciiStrToLower(c->trigger().text());
        bool noun = nouns.count(word) > 0;
        bool verb = verbs.count(word) > 0;
        if (noun && verb) {
          const int at =
              static_cast<int>(c->trigger().begin() - c->sentence().begin());
          if (at > 0 && at <= static_cast<int>(c->sentence().text().size())) {
            noun = UsedAsNoun(*c);
            verb = !noun;
          }
        }
        (noun == verb ? either : noun ? nominal : verbal).push_back(c);
      }
      auto& larger = nominal.size() >= verbal.size() ? nominal : verbal;
      larger.insert(larger.end(), either.begin(), either.end());
      if (!nominal.empty()) split.push_back(std::move(nominal));
      if (!verbal.empty()) split.push_back(std::move(verbal));
    }
    return split;
  }

  struct Days {
    bool ok = false;
    double begin = 0, end = 0;
  };
  const RoleTables& tables_;
  const ClaimRoles& roles_;
  const ValueComparator& cmp_;
  const EventAnchors* anchors_;  // may be null
  const ParticipantSplitter& participants_;
  absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, Days>
      days_;
};

// Pass 3, slots and conflicts: turns one part into a Fact (its claims,
// sources and one slot per role with the candidate values and who supports
// them) and appends the conflicts of its detectors: one value detector for
// FUNCTIONAL roles, one for SET roles' enumerations, one for polarity.
class FactBuilder {
 public:
  // All arguments must outlive the builder. Not thread-safe (it reuses
  // per-fact scratch so that a fact costs few allocations beyond its
  // output).
  FactBuilder(const Lexicon& lexicon, const ValueComparator& cmp,
              const RoleTables& tables, const RunIndex& run,
              const ClaimRoles& roles)
      : lexicon_(lexicon),
        cmp_(cmp),
        tables_(tables),
        run_(run),
        roles_(roles) {}

  // Appends to `out` the fact made of `part` (sorted here by rank), the
  // `occurrence`-th part of the block with key `key` and frame `frame`
  // (null if the lexicon does not know it), and its conflicts.
  void Build(const std::string& key, const FrameSpec* frame,
             std::vector<const Claim*>* part, int occurrence, Alignment* out) {
    std::sort(part->begin(), part->end(), [&](const Claim* a, const Claim* b) {
      return run_.Rank(a) < run_.Rank(b);
    });
    frame_ = frame;
    tables_of_frame_ = tables_.Of(frame);
    Fact fact;
    fact.set_id(absl::StrCat(key, "#", occurrence));
    fact.set_frame(part->front()->frame());
    fact.set_key(key);
    ListClaimsAndSources(*part, &fact);
    CollectCandidates(*part);
    bool conflict = false;
    for (int slot_index : SlotsInRoleOrder()) {
      const SlotCands& cands = slot_pool_[slot_index];
      Slot* slot = fact.add_slots();
      FillSlot(cands, slot);
      conflict |= DetectValueConflict(fact, cands, slot, out);
      if (cands.is_set) {
        conflict |= DetectSetDivergence(fact, *part, cands, slot, out);
      }
    }
    conflict |= DetectPolarity(fact, *part, out);
    if (conflict) {
      fact.set_status(CONFLICT);
    } else if (sources_.size() >= 2) {
      fact.set_status(CORROBORATED);
    } else {
      fact.set_status(SINGLE_SOURCE);
    }
    out->facts.push_back(std::move(fact));
  }

 private:
  // Sets the fact's claim and source ids, and ranks_, sources_, position_.
  void ListClaimsAndSources(const std::vector<const Claim*>& part, Fact* fact) {
    sources_.clear();
    ranks_.clear();
    for (const Claim* c : part) {
      ranks_.push_back(run_.Rank(c));
      sources_.push_back(run_.Source(c));
    }
    SortUnique(&sources_);
    // position_[i]: of ranks_[i] in fact.claim_ids
    run_.AddIds(ranks_, fact->mutable_claim_ids(), &position_);
    run_.AddSources(sources_, fact->mutable_source_ids());
  }

  // The slot of the role with id `role_id` (`a`'s role when the id is
  // kUnknownRole), found among the few roles of the fact. Invalidates
  // earlier results.
  SlotCands& SlotOf(int role_id, const Argument& a) {
    for (SlotCands& slot : slot_pool_) {
      if (slot.role_id == role_id &&
          (role_id != kUnknownRole || slot.role == a.role())) {
        return slot;
      }
    }
    slot_pool_.emplace_back();
    slot_pool_.back().role_id = role_id;
    slot_pool_.back().role = role_id == kUnknownRole
                                 ? absl::string_view(a.role())
                                 : tables_.name[role_id];
    return slot_pool_.back();
  }

  // Collects the candidates of every non-KEY role of the part's claims
  // (claims in rank order); role names point into the claims.
  void CollectCandidates(const std::vector<const Claim*>& part) {
    for (SlotCands& slot : slot_pool_) slot.Clear();
    set_keys_.clear();
    for (const Claim* c : part) {
      const int rank = run_.Rank(c);
      const int source = run_.Source(c);
      const int num_args = c->args_size();
      for (int ai = 0; ai < num_args; ++ai) {
        const Argument& a = c->args(ai);
        int role_id = roles_.RoleAt(*c, ai);
        RoleKind kind = RoleTables::KindOf(tables_of_frame_, role_id);
        if (kind == KEY) continue;
        if (frame_ != nullptr && frame_->duration_is_length() &&
            role_id == tables_.duration) {
          role_id = tables_.time;  // compared with the event's interval
          kind = RoleTables::KindOf(tables_of_frame_, role_id);
        }
        SlotCands& slot = SlotOf(role_id, a);
        if (kind == SET) slot.is_set = true;
        if (kind == SET && a.value().has_set()) {
          const bool from_list = a.value().set().members_size() >= 2;
          for (const Value& m : a.value().set().members()) {
            AddValue(m, rank, source, from_list, &slot);
          }
        } else {
          AddValue(a.value(), rank, source, false, &slot);
        }
      }
    }
    for (SlotCands& slot : slot_pool_) {
      for (size_t ci = 0; ci < slot.used; ++ci) {
        SortUnique(&slot.cands[ci].sources);
      }
    }
  }

  // Adds value `v` of claim `rank` from `source` to the candidate of `slot`
  // it EQUALs, or a new one.
  void AddValue(const Value& v, int rank, int source, bool from_list,
                SlotCands* slot) {
    slot->present = true;
    Cand* match = nullptr;
    // EQUAL is an identity for entities, texts and sets: look it up; scalars
    // need the comparator.
    const IdentityView identity = IdentityOf(v, cmp_, &set_keys_);
    if (identity.first != Value::KIND_NOT_SET) {
      auto it = slot->by_identity.find(identity);
      if (it != slot->by_identity.end()) {
        match = &slot->cands[it->second];
      } else {
        slot->by_identity.emplace(identity, static_cast<int>(slot->used));
      }
    } else {
      for (size_t ci = 0; ci < slot->used; ++ci) {
        Cand& cand = slot->cands[ci];
        if (cand.scalar && cmp_.Compare(*cand.value, v) == EQUAL) {
          match = &cand;
          break;
        }
      }
    }
    if (match == nullptr) {
      match = slot->Add(&v, identity.first == Value::KIND_NOT_SET);
    }
    // Claims come in rank order: a repeat can only be the last.
    if (match->claims.empty() || match->claims.back() != rank) {
      match->claims.push_back(rank);
    }
    // Sorted after collection.
    if (match->sources.empty() || match->sources.back() != source) {
      match->sources.push_back(source);
    }
    match->from_list |= from_list;
  }

  // Indexes into slot_pool_ of the fact's slots, by role name.
  const std::vector<int>& SlotsInRoleOrder() {
    slot_order_.clear();
    for (int i = 0; i < static_cast<int>(slot_pool_.size()); ++i) {
      if (slot_pool_[i].present) slot_order_.push_back(i);
    }
    std::sort(slot_order_.begin(), slot_order_.end(), [&](int a, int b) {
      return slot_pool_[a].role < slot_pool_[b].role;
    });
    return slot_order_;
  }

  // Writes the slot's role, candidates and their support.
  void FillSlot(const SlotCands& slot_cands, Slot* slot) const {
    slot->set_role(std::string(slot_cands.role));
    slot->set_is_set(slot_cands.is_set);
    const absl::Span<const Cand> cands(slot_cands.cands.data(),
                                       slot_cands.used);
    slot->mutable_candidates()->Reserve(static_cast<int>(cands.size()));
    for (const Cand& cand : cands) {
      Candidate* out_c = slot->add_candidates();
      *out_c->mutable_value() = *cand.value;
      // cand.claims are ascending ranks of this fact's claims.
      auto* indexes = out_c->mutable_claim_indexes();
      indexes->Reserve(static_cast<int>(cand.claims.size()));
      size_t at = 0;
      for (int r : cand.claims) {
        while (ranks_[at] != r) ++at;
        const int p = position_[at];
        if (indexes->empty() || indexes->Get(indexes->size() - 1) != p) {
          indexes->Add(p);
        }
      }
      // cand.sources are ascending source numbers among sources_.
      auto* source_indexes = out_c->mutable_source_indexes();
      source_indexes->Reserve(static_cast<int>(cand.sources.size()));
      size_t from = 0;
      for (int src : cand.sources) {
        while (sources_[from] != src) ++from;
        source_indexes->Add(static_cast<int>(from));
      }
      out_c->set_support(run_.CountIndependent(cand.sources));
    }
    slot->set_agreement(cands.size() <= 1 ? EQUAL : COMPATIBLE);
  }

  // Whether candidates i and j agree (EQUAL or COMPATIBLE); sets
  // *conflicting when they are CONFLICTING. One person named in full and by
  // surname ("Janice Mitchell", "Mitchell") is no disagreement: the same
  // statement with a different speaker surface corroborates. Nor are two
  // names the articles wrote in the same words ("Garcia said"), whose ids
  // differ only in how each article spelled the full name earlier
  // ("Consuelo" / "Comsuelo Garcia").
  bool Agree(const Value& a, const Value& b, bool* conflicting) const {
    Comparison r = cmp_.Compare(a, b);
    if (r == CONFLICTING && a.has_entity_id() && b.has_entity_id() &&
        (!NameDifferentThings(cmp_, a, b) ||
         (!a.surface().empty() &&
          absl::EqualsIgnoreCase(a.surface(), b.surface())))) {
      r = COMPATIBLE;
    }
    *conflicting = r == CONFLICTING;
    return r == EQUAL || r == COMPATIBLE;
  }

  // FUNCTIONAL roles: the candidates fall into components of mutually
  // consistent values; two or more components, with incompatible values
  // from different sources, are a conflict with one side per component.
  bool DetectValueConflict(const Fact& fact, const SlotCands& slot_cands,
                           Slot* slot, Alignment* out) const {
    const RoleKind kind =
        RoleTables::KindOf(tables_of_frame_, slot_cands.role_id);
    const absl::Span<const Cand> cands(slot_cands.cands.data(),
                                       slot_cands.used);
    if (kind != FUNCTIONAL || cands.size() < 2) return false;
    const int n = static_cast<int>(cands.size());
    std::vector<int> comp(n);
    for (int i = 0; i < n; ++i) comp[i] = i;
    std::function<int(int)> find = [&](int x) {
      return comp[x] == x ? x : comp[x] = find(comp[x]);
    };
    // A pronoun names no one by itself: it is never a side of a conflict
    // ("he" vs "Quinn", "he" vs "he") until resolved.
    std::vector<bool> pronoun(n);
    for (int i = 0; i < n; ++i) {
      const Value& v = *cands[i].value;
      pronoun[i] = v.has_entity_id() && (lexicon_.IsPronoun(v.entity_id()) ||
                                         lexicon_.IsPronoun(v.surface()));
    }
    bool any_conflict = false;
    for (int i = 0; i < n; ++i) {
      if (pronoun[i]) continue;
      for (int j = i + 1; j < n; ++j) {
        if (pronoun[j]) continue;
        bool conflicting;
        if (Agree(*cands[i].value, *cands[j].value, &conflicting)) {
          comp[find(i)] = find(j);
        } else if (conflicting && !any_conflict) {
          // Only different sources can disagree.
          const auto& si = cands[i].sources;
          const auto& sj = cands[j].sources;
          any_conflict =
              si.size() >= 2 || sj.size() >= 2 || si.front() != sj.front();
        }
      }
    }
    std::map<int, std::vector<int>> components;
    for (int i = 0; i < n; ++i) {
      if (!pronoun[i]) components[find(i)].push_back(i);
    }
    if (!any_conflict || components.size() < 2) return false;
    slot->set_agreement(CONFLICTING);
    const std::string& role = slot->role();
    Conflict cf;
    cf.set_fact_id(fact.id());
    // Who said it is an attribution dispute, not a value one.
    cf.set_kind(role == "speaker" ? ATTRIBUTION : VALUE_MISMATCH);
    cf.set_role(role);
    std::vector<std::string> described;
    for (const auto& [root, members] : components) {
      ConflictSide* side = cf.add_sides();
      std::vector<int> side_sources, side_claims;
      *side->mutable_value() = *cands[members.front()].value;
      for (int i : members) {
        side_sources.insert(side_sources.end(), cands[i].sources.begin(),
                            cands[i].sources.end());
        side_claims.insert(side_claims.end(), cands[i].claims.begin(),
                           cands[i].claims.end());
      }
      SortUnique(&side_sources);
      SortUnique(&side_claims);
      run_.AddSources(side_sources, side->mutable_source_ids());
      run_.AddIds(side_claims, side->mutable_claim_ids());
      side->set_independent_sources(run_.CountIndependent(side_sources));
      described.push_back(cmp_.Describe(side->value()));
    }
    cf.set_explanation(absl::StrCat("Sources give incompatible values for ",
                                    role, " of ", fact.frame(), ": ",
                                    absl::StrJoin(described, " vs "), "."));
    out->conflicts.push_back(std::move(cf));
    return true;
  }

  // SET roles: enumerations per source diverge when two sources list
  // different members.
  bool DetectSetDivergence(const Fact& fact,
                           const std::vector<const Claim*>& part,
                           const SlotCands& slot_cands, Slot* slot,
                           Alignment* out) const {
    const std::string& role = slot->role();
    std::map<int, std::set<std::string>> lists;  // source -> keys
    std::map<int, const Claim*> list_claim;
    std::map<std::string, const Value*> member_value;  // key -> member
    for (const Claim* c : part) {
      const Value* v = roles_.Arg(*c, slot_cands.role_id, role);
      if (v == nullptr || !v->has_set() || v->set().members_size() < 2) {
        continue;
      }
      for (const Value& m : v->set().members()) {
        std::string k = cmp_.Key(m, true);
        lists[run_.Source(c)].insert(k);
        member_value.emplace(std::move(k), &m);
      }
      list_claim.emplace(run_.Source(c), c);
    }
    std::map<std::set<std::string>, std::vector<int>> distinct;
    for (const auto& [src, keys] : lists) distinct[keys].push_back(src);
    if (distinct.size() < 2) return false;
    slot->set_agreement(CONFLICTING);
    Conflict cf;
    cf.set_fact_id(fact.id());
    cf.set_kind(SET_DIVERGENCE);
    cf.set_role(role);
    std::set<std::string> common;
    bool first = true;
    std::vector<std::string> described;
    for (const auto& [keys, srcs] : distinct) {
      if (first) {
        common = keys;
        first = false;
      } else {
        std::set<std::string> next;
        std::set_intersection(common.begin(), common.end(), keys.begin(),
                              keys.end(), std::inserter(next, next.begin()));
        common = next;
      }
      ConflictSide* side = cf.add_sides();
      const Claim* c0 = list_claim.at(srcs.front());
      *side->mutable_value() = *roles_.Arg(*c0, slot_cands.role_id, role);
      std::vector<int> ids;
      for (int s : srcs) ids.push_back(run_.Rank(list_claim.at(s)));
      SortUnique(&ids);
      run_.AddSources(srcs, side->mutable_source_ids());
      run_.AddIds(ids, side->mutable_claim_ids());
      side->set_independent_sources(run_.CountIndependent(srcs));
      described.push_back(cmp_.Describe(side->value()));
    }
    std::vector<std::string> shared;
    for (const std::string& k : common) {
      shared.push_back(cmp_.Describe(*member_value.at(k)));
    }
    cf.set_explanation(absl::StrCat(
        "Sources list different members for ", role, " of ", fact.frame(), ": ",
        absl::StrJoin(described, " vs "),
        shared.empty()
            ? ""
            : absl::StrCat("; all name ", absl::StrJoin(shared, ", ")),
        "."));
    out->conflicts.push_back(std::move(cf));
    return true;
  }

  // How affirmation `a` and denial `d` relate in `role` with id `id`.
  enum class Participant { kNeither, kSame, kDifferent };
  // kNeither when neither names a participant in `role` (or the frame has
  // no such role); kSame when both do and the values are equal or
  // compatible; kDifferent otherwise: one names nobody, or two texts merely
  // differ ("his brother", "a 7-year-old") and are not shown to be one.
  Participant CompareParticipant(const Claim& a, const Claim& d,
                                 const std::string& role, int id) const {
    if (role.empty()) return Participant::kNeither;
    const Value* x = roles_.Arg(a, id, role);
    const Value* y = roles_.Arg(d, id, role);
    if (x == nullptr && y == nullptr) return Participant::kNeither;
    if (x == nullptr || y == nullptr) return Participant::kDifferent;
    const Comparison c = cmp_.Compare(*x, *y);
    return c == EQUAL || c == COMPATIBLE ? Participant::kSame
                                         : Participant::kDifferent;
  }

  // Whether some source denies what another affirms about the same
  // participants: "he did not shoot her" does not deny "she was shot" (no
  // agent) or "another man shot her", and "a 7-year-old was not injured"
  // does not deny "his brother was injured" (another patient). The two must
  // also share a named participant: a denial that names nobody ("but were
  // not hurt", "no charges have been filed") is, in news, about someone
  // else present or about the time of writing, and cannot be tied to the
  // affirmed event. Frames with neither a subject nor an object role
  // compare polarity alone.
  bool Opposed(const std::vector<const Claim*>& part) const {
    const std::string subject = frame_ == nullptr ? "" : frame_->subject_role();
    const std::string object = frame_ == nullptr ? "" : frame_->object_role();
    const int subject_id =
        tables_of_frame_ == nullptr ? kUnknownRole : tables_of_frame_->subject;
    const int object_id =
        tables_of_frame_ == nullptr ? kUnknownRole : tables_of_frame_->object;
    const bool has_roles = !subject.empty() || !object.empty();
    for (const Claim* a : part) {
      if (a->polarity() == NEGATIVE) continue;
      for (const Claim* d : part) {
        if (d->polarity() != NEGATIVE || run_.Source(a) == run_.Source(d)) {
          continue;
        }
        const Participant s = CompareParticipant(*a, *d, subject, subject_id);
        const Participant o = CompareParticipant(*a, *d, object, object_id);
        if (s == Participant::kDifferent || o == Participant::kDifferent) {
          continue;
        }
        if (!has_roles || s == Participant::kSame || o == Participant::kSame) {
          return true;
        }
      }
    }
    return false;
  }

  // Polarity: one source asserts what another denies.
  bool DetectPolarity(const Fact& fact, const std::vector<const Claim*>& part,
                      Alignment* out) const {
    std::vector<int> pos, neg;
    for (const Claim* c : part) {
      InsertSorted(c->polarity() == NEGATIVE ? &neg : &pos, run_.Source(c));
    }
    if (pos.empty() || neg.empty() || !Opposed(part)) return false;
    std::vector<int> all = pos;
    all.insert(all.end(), neg.begin(), neg.end());
    SortUnique(&all);
    if (all.size() < 2 || pos == neg) return false;
    Conflict cf;
    cf.set_fact_id(fact.id());
    cf.set_kind(POLARITY);
    cf.set_role("polarity");
    for (const Polarity p : {POSITIVE, NEGATIVE}) {
      ConflictSide* side = cf.add_sides();
      side->mutable_value()->set_text(p == POSITIVE ? "affirmed" : "denied");
      const std::vector<int>& srcs = p == POSITIVE ? pos : neg;
      run_.AddSources(srcs, side->mutable_source_ids());
      std::vector<int> ids;
      for (const Claim* c : part) {
        if ((c->polarity() == NEGATIVE) == (p == NEGATIVE)) {
          ids.push_back(run_.Rank(c));
        }
      }
      run_.AddIds(ids, side->mutable_claim_ids());
      side->set_independent_sources(run_.CountIndependent(srcs));
    }
    cf.set_explanation(absl::StrCat("Some sources affirm this ", fact.frame(),
                                    " and others deny it."));
    out->conflicts.push_back(std::move(cf));
    return true;
  }

  const Lexicon& lexicon_;
  const ValueComparator& cmp_;
  const RoleTables& tables_;
  const RunIndex& run_;
  const ClaimRoles& roles_;
  // The current fact's frame (may be null) and its tables.
  const FrameSpec* frame_ = nullptr;
  const RoleTables::Frame* tables_of_frame_ = nullptr;
  // Per-fact scratch, reused.
  std::vector<SlotCands> slot_pool_;
  std::vector<int> slot_order_;
  std::vector<int> sources_, ranks_, position_;
  std::deque<std::string> set_keys_;  // identity keys of set values
};

}  // namespace

Aligner::Aligner(const Lexicon* lexicon, const ValueComparator* comparator)
    : lexicon_(lexicon),
      comparator_(comparator),
      tables_(std::make_shared<const RoleTables>(*lexicon)) {
  for (const FrameSpec& f : lexicon_->proto().frames()) {
    for (std::string& n : Lexicon::NounForms(f)) {
      noun_frame_[std::move(n)] = f.name();  // later frames win
    }
  }
}

std::string Aligner::BlockKey(const Claim& claim) const {
  std::string key;
  AppendBlockKey(claim, lexicon_->Find(claim.frame()), nullptr, &key);
  return key;
}

void Aligner::AppendBlockKey(const Claim& claim, const FrameSpec* frame,
                             const ClaimRoles* roles, std::string* out) const {
  // Written in place: this runs once per claim of a run.
  out->append(claim.frame());
  out->push_back('(');
  bool first = true;
  auto separate = [&] {
    if (!first) out->push_back(',');
    first = false;
  };
  if (frame == nullptr) {
    for (const Argument& a : claim.args()) {
      separate();
      out->append(a.role());
      out->push_back('=');
      comparator_->AppendKey(a.value(), true, out);
    }
    out->push_back(')');
    return;
  }
  const RoleTables::Frame& tables = *tables_->Of(frame);
  // Appends the key of the value of frame->roles(i) to `to`.
  auto append_key = [&](int i, std::string* to) {
    const RoleSpec& r = frame->roles(i);
    const Value* v = roles == nullptr
                         ? ArgValue(claim, r.name())
                         : roles->Arg(claim, tables.role[i], r.name());
    if (v == nullptr) return;
    if (tables.role[i] == tables_->kind && v->has_text()) {
      // "trip" and "visit" are one kind: the frame whose noun it is.
      auto it = noun_frame_.find(v->text());
      if (it != noun_frame_.end()) {
        to->append(it->second);
        return;
      }
    }
    comparator_->AppendKey(*v, true, to);
  };
  const int num_roles = frame->roles_size();
  if (frame->symmetric()) {
    std::vector<std::string> symmetric;
    for (int i = 0; i < num_roles; ++i) {
      if (frame->roles(i).kind() == KEY && tables.party[i]) {
        append_key(i, &symmetric.emplace_back());
      }
    }
    if (!symmetric.empty()) {
      std::sort(symmetric.begin(), symmetric.end());
      separate();
      absl::StrAppend(out, "parties=", absl::StrJoin(symmetric, "+"));
    }
  }
  for (int i = 0; i < num_roles; ++i) {
    const RoleSpec& r = frame->roles(i);
    if (r.kind() != KEY || tables.party[i]) continue;
    separate();
    out->append(r.name());
    out->push_back('=');
    append_key(i, out);
  }
  out->push_back(')');
}

namespace {

// How many of each word's senses (most frequent first) two generic groups
// may share to be joined. Measured on ECB+ (docs/ecbplus.md): three joins
// the pairs a second or third sense names ("heist" = "holdup"); more adds
// no pair there and lets ever rarer senses in.
constexpr int kSharedSenseRanks = 3;

// Joins the blocks of generic claims whose words share an event sense
// (event_senses.h): the joined block keeps the key of the block with the
// smallest key, so the result does not depend on the map's order.
void JoinGenericBlocks(
    absl::flat_hash_map<std::string, std::vector<const Claim*>>* by_key) {
  std::vector<std::string> keys;
  for (const auto& [key, block] : *by_key) {
    if (!block.empty() && block.front()->frame() == kGenericFrame) {
      keys.push_back(key);
    }
  }
  if (keys.size() < 2) return;
  std::sort(keys.begin(), keys.end());
  std::vector<std::vector<const Claim*>> blocks;
  blocks.reserve(keys.size());
  for (const std::string& k : keys) blocks.push_back((*by_key)[k]);
  const std::vector<int> into = JoinBySharedSense(blocks, kSharedSenseRanks);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (into[i] == static_cast<int>(i)) continue;
    std::vector<const Claim*>& to = (*by_key)[keys[into[i]]];
    to.insert(to.end(), blocks[i].begin(), blocks[i].end());
    by_key->erase(keys[i]);
  }
}

}  // namespace

std::vector<Aligner::Block> Aligner::BuildBlocks(
    const std::vector<Claim>& input, const IndependenceGroups& groups,
    std::vector<const Claim*>* sorted_claims, RunIndex* run,
    ClaimRoles* roles) const {
  // Deterministic order regardless of input order: claims are ranked by id.
  auto by_id = [](const Claim* a, const Claim* b) {
    return a->id() != b->id() ? a->id() < b->id() : a < b;
  };
  // One pass over the input, in the order of its memory, does everything
  // that reads every claim before the blocks are processed: the sortedness
  // check, source numbers, role ids and blocking keys. At 10^6 claims the
  // aligner is bound by waiting for memory, so each claim's scattered
  // pieces are fetched once (and read ahead, TouchAhead).
  const size_t n = input.size();
  absl::flat_hash_map<std::string, std::vector<const Claim*>> by_key;
  std::string key_buffer;  // reused: a key is allocated once per block
  const std::string* frame_name = nullptr;
  const FrameSpec* frame = nullptr;
  bool sorted = true;
  for (size_t i = 0; i < n; ++i) {
    TouchAhead(input, i);
    const Claim& c = input[i];
    // Inputs usually come sorted (Pipeline::Load sorts them).
    if (sorted && i > 0 && by_id(&c, &input[i - 1])) sorted = false;
    run->AddSource(i);
    roles->Add(c);
    // Neighbours (one article) mostly share their frame.
    if (frame_name == nullptr || c.frame() != *frame_name) {
      frame_name = &c.frame();
      frame = lexicon_->Find(c.frame());
    }
    key_buffer.clear();
    AppendBlockKey(c, frame, roles, &key_buffer);
    auto it = by_key.find(key_buffer);
    if (it == by_key.end()) {
      it = by_key.emplace(key_buffer, std::vector<const Claim*>()).first;
    }
    it->second.push_back(&c);
  }
  JoinGenericBlocks(&by_key);
  sorted_claims->reserve(n);
  for (const Claim& c : input) sorted_claims->push_back(&c);
  if (!sorted) std::sort(sorted_claims->begin(), sorted_claims->end(), by_id);
  run->Finish(*sorted_claims, groups);

  std::vector<Block> blocks(std::make_move_iterator(by_key.begin()),
                            std::make_move_iterator(by_key.end()));
  by_key.clear();
  if (!sorted) {
    // Each block in rank order, as if the pass had gone in id order.
    for (auto& [key, block] : blocks) {
      std::sort(block.begin(), block.end(),
                [run](const Claim* a, const Claim* b) {
                  return run->Rank(a) < run->Rank(b);
                });
    }
  }
  // Blocks in the order of their first claim: claims of one article or
  // story sit together in memory, so this walks the claims about in memory
  // order instead of jumping between stories in key order (the aligner is
  // bound by memory latency at 10^6 claims). The output does not depend on
  // the order: facts are numbered within their block and both outputs are
  // sorted at the end by keys that are unique (fact id; fact id and role).
  std::sort(blocks.begin(), blocks.end(), [run](const auto& a, const auto& b) {
    return run->Rank(a.second.front()) < run->Rank(b.second.front());
  });
  return blocks;
}

Alignment Aligner::Align(const std::vector<Claim>& input,
                         const IndependenceGroups& groups,
                         const EventAnchors* anchors) const {
  RunIndex run(input);
  ClaimRoles roles(input, *tables_);
  std::vector<const Claim*> sorted;  // by id; the run index refers to it
  const std::vector<Block> blocks =
      BuildBlocks(input, groups, &sorted, &run, &roles);
  const ParticipantSplitter participants(lexicon_);
  OccurrencePartitioner partitioner(*tables_, roles, *comparator_, anchors,
                                    participants);
  FactBuilder builder(*lexicon_, *comparator_, *tables_, run, roles);
  Alignment out;
  for (size_t b = 0; b < blocks.size(); ++b) {
    // The claims of the next blocks, read ahead in stages as in the first
    // pass: each stage takes addresses that an earlier block's stage read.
    for (int stage = 0; stage < kTouchStages; ++stage) {
      const size_t ahead = b + kTouchStages - 1 - stage;
      if (ahead < blocks.size()) {
        TouchClaims(blocks[ahead].second, roles, stage);
      }
    }
    const auto& [key, block] = blocks[b];
    const FrameSpec* frame = lexicon_->Find(block.front()->frame());
    int occurrence = 0;
    for (auto& part : partitioner.Split(block, frame)) {
      builder.Build(key, frame, &part, ++occurrence, &out);
    }
  }
  // Sorted through their keys: a Fact or Conflict is a large message whose
  // key strings live elsewhere on the heap, so sorting the messages in place
  // paid a swap of every field and two scattered reads per comparison.
  PermuteSorted(&out.facts, [](const Fact& f) {
    return std::make_pair(absl::string_view(f.id()), absl::string_view());
  });
  PermuteSorted(&out.conflicts, [](const Conflict& c) {
    return std::make_pair(absl::string_view(c.fact_id()),
                          absl::string_view(c.role()));
  });
  return out;
}

}  // namespace accord

#include "tools/ecb/scorer.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "engine/report/claim_index.h"
#include "tools/eval/report_text.h"

namespace accord {
namespace ecb {
namespace {

struct Range {
  int begin;
  int end;
};

// The line of `text` holding byte `pos` (the .txt files hold one sentence
// per line).
Range LineAt(const std::string& text, int pos) {
  pos = std::max(0, std::min<int>(pos, text.size()));
  size_t b = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
  b = b == std::string::npos ? 0 : b + 1;
  size_t e = text.find('\n', pos);
  if (e == std::string::npos) e = text.size();
  return {static_cast<int>(b), static_cast<int>(e)};
}

bool Overlaps(int b1, int e1, int b2, int e2) { return b1 < e2 && b2 < e1; }

// Gold of one document: its annotated lines and its ACTION mentions.
struct DocGold {
  std::vector<Range> lines;
  std::vector<const GoldMention*> actions;

  bool Judged(const Span& s) const {
    for (const Range& r : lines) {
      if (s.begin() >= r.begin && s.begin() < r.end) return true;
    }
    return false;
  }
  // CROSS_DOC instances of ACTION mentions overlapping `s`.
  std::set<std::string> Instances(const Span& s) const {
    std::set<std::string> out;
    for (const GoldMention* m : actions) {
      if (IsCrossDocInstance(m->instance) &&
          Overlaps(s.begin(), s.end(), m->begin, m->end)) {
        out.insert(m->instance);
      }
    }
    return out;
  }
};

enum class Verdict { kSameEvent, kCrossEvent, kUnjudged };

// Same-event when two claims on different sides of `c` map to one gold
// instance; cross-event when claims on different sides map to instances and
// never to a shared one; unjudged when no such pair maps on both ends.
template <typename GoldOf>
Verdict JudgeConflict(const Conflict& c, const ClaimIndex& index,
                      const GoldOf& gold_of) {
  std::vector<std::vector<std::set<std::string>>> sides;
  for (const ConflictSide& side : c.sides()) {
    sides.emplace_back();
    for (const Claim* claim : index.Resolve(side.claim_ids())) {
      sides.back().push_back(gold_of(*claim).Instances(claim->trigger()));
    }
  }
  bool mapped_pair = false;
  for (size_t i = 0; i < sides.size(); ++i) {
    for (size_t j = i + 1; j < sides.size(); ++j) {
      for (const std::set<std::string>& a : sides[i]) {
        for (const std::set<std::string>& b : sides[j]) {
          if (a.empty() || b.empty()) continue;
          mapped_pair = true;
          for (const std::string& id : a) {
            if (b.count(id)) return Verdict::kSameEvent;
          }
        }
      }
    }
  }
  return mapped_pair ? Verdict::kCrossEvent : Verdict::kUnjudged;
}

}  // namespace

void ClusterScore::Add(const ClusterScore& o) {
  documents += o.documents;
  claims += o.claims;
  facts += o.facts;
  conflicts += o.conflicts;
  aligned_pairs += o.aligned_pairs;
  judged_pairs += o.judged_pairs;
  correct_pairs += o.correct_pairs;
  gold_instances += o.gold_instances;
  found_instances += o.found_instances;
  conflicts_same_event += o.conflicts_same_event;
  conflicts_cross_event += o.conflicts_cross_event;
  possible_conflicts += o.possible_conflicts;
  possible_same_event += o.possible_same_event;
  possible_cross_event += o.possible_cross_event;
}

void ScoreCluster(const GoldCluster& gold, ClusterResult* r) {
  std::map<std::string, const std::string*> texts;
  for (const Document& d : r->inputs.documents) texts[d.id()] = &d.text();
  std::map<std::string, DocGold> docs;
  // instance -> documents with an ACTION mention of it.
  std::map<std::string, std::set<std::string>> instance_docs;
  std::map<std::string, std::set<std::string>> instance_words;
  for (const GoldMention& m : gold.mentions) {
    DocGold& dg = docs[m.doc];
    auto t = texts.find(m.doc);
    if (t != texts.end()) {
      const Range line = LineAt(*t->second, m.begin);
      bool seen = false;
      for (const Range& l : dg.lines) seen |= l.begin == line.begin;
      if (!seen) dg.lines.push_back(line);
    }
    if (IsAction(m)) {
      dg.actions.push_back(&m);
      if (IsCrossDocInstance(m.instance)) {
        instance_docs[m.instance].insert(m.doc);
        instance_words[m.instance].insert(m.text);
      }
    }
  }
  std::set<std::string> gold_instances;
  for (const auto& [id, in_docs] : instance_docs) {
    if (in_docs.size() >= 2) gold_instances.insert(id);
  }

  ClusterScore& s = r->score;
  s = ClusterScore();
  s.name = gold.name;
  s.documents = static_cast<int>(r->inputs.documents.size());
  s.claims = static_cast<int>(r->inputs.claims.size());
  s.facts = r->report.facts_size();
  s.conflicts =
      r->report.conflicts_size() + r->report.possible_conflicts_size();
  s.possible_conflicts = r->report.possible_conflicts_size();
  s.gold_instances = static_cast<int>(gold_instances.size());
  r->pairs.clear();
  std::set<std::string> found;
  static const DocGold kNoGold;
  auto gold_of = [&](const Claim& c) -> const DocGold& {
    auto it = docs.find(c.trigger().doc_id());
    return it == docs.end() ? kNoGold : it->second;
  };
  const ClaimIndex index(r->report);
  for (int f = 0; f < r->report.facts_size(); ++f) {
    const std::vector<const Claim*> claims =
        index.Resolve(r->report.facts(f).claim_ids());
    const int n = static_cast<int>(claims.size());
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) {
        const Claim& a = *claims[i];
        const Claim& b = *claims[j];
        if (a.trigger().doc_id() == b.trigger().doc_id()) continue;
        AlignedPair p;
        p.fact = f;
        p.a = i;
        p.b = j;
        const DocGold& ga = gold_of(a);
        const DocGold& gb = gold_of(b);
        p.judged = ga.Judged(a.trigger()) && gb.Judged(b.trigger());
        if (p.judged) {
          const std::set<std::string> ia = ga.Instances(a.trigger());
          const std::set<std::string> ib = gb.Instances(b.trigger());
          p.gold_a.assign(ia.begin(), ia.end());
          p.gold_b.assign(ib.begin(), ib.end());
          for (const std::string& id : ia) {
            if (ib.count(id)) {
              p.correct = true;
              p.instance = id;
              found.insert(id);
              break;
            }
          }
        }
        ++s.aligned_pairs;
        s.judged_pairs += p.judged;
        s.correct_pairs += p.correct;
        r->pairs.push_back(std::move(p));
      }
    }
  }
  for (const Conflict& c : r->report.conflicts()) {
    switch (JudgeConflict(c, index, gold_of)) {
      case Verdict::kSameEvent:
        ++s.conflicts_same_event;
        break;
      case Verdict::kCrossEvent:
        ++s.conflicts_cross_event;
        break;
      case Verdict::kUnjudged:
        break;
    }
  }
  for (const Conflict& c : r->report.possible_conflicts()) {
    switch (JudgeConflict(c, index, gold_of)) {
      case Verdict::kSameEvent:
        ++s.conflicts_same_event;
        ++s.possible_same_event;
        break;
      case Verdict::kCrossEvent:
        ++s.conflicts_cross_event;
        ++s.possible_cross_event;
        break;
      case Verdict::kUnjudged:
        break;
    }
  }
  // instance -> documents where some claim's trigger overlaps a mention of
  // it, and whether those claims are generic: a missed instance is an
  // extraction miss (claimed in fewer than two documents) or an alignment
  // miss (claimed in two or more, never in one fact).
  std::map<std::string, std::set<std::string>> claimed_docs;
  std::map<std::string, std::set<std::string>> claimed_frames;
  for (const Claim& c : r->inputs.claims) {
    for (const std::string& id : gold_of(c).Instances(c.trigger())) {
      claimed_docs[id].insert(c.trigger().doc_id());
      claimed_frames[id].insert(c.frame());
    }
  }
  r->missed.clear();
  for (const std::string& id : gold_instances) {
    if (found.count(id)) {
      ++s.found_instances;
    } else {
      r->missed.push_back(
          absl::StrCat(id, " {", absl::StrJoin(instance_words[id], ", "),
                       "} in ", instance_docs[id].size(), " docs, claimed in ",
                       claimed_docs[id].size(), " (",
                       absl::StrJoin(claimed_frames[id], ","), ")"));
    }
  }
}

absl::StatusOr<ClusterResult> RunCluster(const Extractor& extractor,
                                         const GoldCluster& gold) {
  if (gold.files.empty()) {
    return absl::NotFoundError(absl::StrCat(gold.name, ": no .txt files"));
  }
  Pipeline pipeline(&extractor, PipelineOptions());
  ClusterResult r;
  r.inputs = pipeline.Load(gold.files);
  if (!r.inputs.errors.empty()) {
    return absl::InternalError(absl::StrCat(r.inputs.errors[0].path(), ": ",
                                            r.inputs.errors[0].message()));
  }
  r.report = pipeline.Reconcile(r.inputs);
  ScoreCluster(gold, &r);
  return r;
}

std::string FormatScore(const ClusterScore& s) {
  return absl::StrFormat(
      "%-8s docs %2d  claims %4d  facts %4d  conflicts %3d (same %d cross "
      "%d; confident %d: same %d cross %d; possible %d: same %d cross %d)  "
      "pairs %4d  judged %4d  correct %4d  P %.3f  instances %2d/%-2d  "
      "R %.3f",
      s.name, s.documents, s.claims, s.facts, s.conflicts,
      s.conflicts_same_event, s.conflicts_cross_event,
      s.conflicts - s.possible_conflicts,
      s.conflicts_same_event - s.possible_same_event,
      s.conflicts_cross_event - s.possible_cross_event, s.possible_conflicts,
      s.possible_same_event, s.possible_cross_event, s.aligned_pairs,
      s.judged_pairs, s.correct_pairs, s.precision(), s.found_instances,
      s.gold_instances, s.recall());
}

namespace {}  // namespace

std::string FormatDetails(const ClusterResult& r) {
  std::string out = absl::StrCat("== ", r.score.name, "\n");
  const ClaimIndex index(r.report);
  for (const AlignedPair& p : r.pairs) {
    const Fact& f = r.report.facts(p.fact);
    const std::vector<const Claim*> claims = index.Resolve(f.claim_ids());
    absl::StrAppend(&out, "  pair ",
                    !p.judged   ? "unjudged"
                    : p.correct ? "CORRECT "
                                : "WRONG   ",
                    " ", f.id(), "\n    ", ClaimLine(*claims[p.a]), "\n    ",
                    ClaimLine(*claims[p.b]), "\n");
    if (p.judged && !p.correct) {
      // Why: a side that is no annotated cross-document event, or two
      // different events.
      absl::StrAppend(
          &out, "    gold ",
          p.gold_a.empty() || p.gold_b.empty() ? "unannotated" : "different",
          " {", absl::StrJoin(p.gold_a, ","), "} {",
          absl::StrJoin(p.gold_b, ","), "}\n");
    }
  }
  for (const std::string& m : r.missed) {
    absl::StrAppend(&out, "  missed ", m, "\n");
  }
  absl::StrAppend(&out, ConflictDetails(r.report, index));
  return out;
}

}  // namespace ecb
}  // namespace accord

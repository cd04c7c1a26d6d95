#include "tools/gvc/scorer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/extract/control_complements.h"
#include "engine/reconcile/event_anchors.h"
#include "engine/report/claim_index.h"
#include "proto/claim_args.h"
#include "tools/eval/report_text.h"

namespace accord {
namespace gvc {
namespace {

// Outlets with dependent sources merged: Find(source id) names the witness
// a source counts as.
class Witnesses {
 public:
  explicit Witnesses(const Report& report) {
    for (const SourceSummary& s : report.sources()) {
      outlet_[s.source().id()] =
          s.source().name().empty() ? s.source().id() : s.source().name();
    }
    for (const SourceSummary& s : report.sources()) {
      for (const std::string& d : s.depends_on()) {
        Union(Outlet(s.source().id()), Outlet(d));
      }
    }
  }

  std::string Find(const std::string& source_id) {
    return Root(Outlet(source_id));
  }

 private:
  std::string Outlet(const std::string& id) const {
    auto it = outlet_.find(id);
    return it == outlet_.end() ? id : it->second;
  }
  std::string Root(std::string k) {
    while (true) {
      auto it = parent_.find(k);
      if (it == parent_.end() || it->second == k) return k;
      k = it->second;
    }
  }
  void Union(const std::string& a, const std::string& b) {
    const std::string ra = Root(a), rb = Root(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }

  std::map<std::string, std::string> outlet_;
  std::map<std::string, std::string> parent_;
};

}  // namespace

std::set<std::string> TotalFacts(const Report& report, const Inputs& inputs,
                                 const Lexicon& lexicon) {
  const EventAnchors anchors(EventCues::Default(), lexicon, inputs.documents,
                             inputs.claims);
  const absl::string_view unrealized =
      ControlComplements::EpisodeName(ControlComplements::kUnrealized);
  std::map<std::string, bool> total;  // claim id -> all its claims totals
  for (const Claim& c : inputs.claims) {
    auto [it, added] = total.try_emplace(c.id(), true);
    const Value* episode = ArgValue(c, "episode");
    it->second =
        it->second && (anchors.Of(c).total ||
                       (episode != nullptr && episode->text() == unrealized));
  }
  std::set<std::string> out;
  for (const Fact& f : report.facts()) {
    bool all = f.claim_ids_size() > 0;
    for (const std::string& id : f.claim_ids()) {
      auto it = total.find(id);
      all = all && it != total.end() && it->second;
    }
    if (all) out.insert(f.id());
  }
  return out;
}

std::vector<CountCandidate> CountCandidates(
    const Report& report, const std::set<std::string>& frames,
    const std::set<std::string>& totals) {
  Witnesses witnesses(report);
  // What the facts of `frames` state: each distinct number or bound with
  // its witnesses and claims.
  struct Statement {
    double low = 0, high = 0;
    std::set<std::string> witnesses;
    std::set<std::string> claims;
  };
  std::map<std::pair<double, double>, Statement> statements;
  std::set<long long> exact_values, bound_values;
  for (const Fact& f : report.facts()) {
    // A total over several events or a period states no figure of this
    // incident.
    if (frames.count(f.frame()) == 0 || totals.count(f.id()) > 0) continue;
    for (const Slot& slot : f.slots()) {
      if (slot.role() != "count") continue;
      for (const Candidate& c : slot.candidates()) {
        if (!c.value().has_quantity()) continue;
        const Quantity& q = c.value().quantity();
        double low = q.low(), high = q.high();
        if (low == 0 && high == 0) low = high = q.value();
        (low == high ? exact_values : bound_values)
            .insert(std::llround(q.value()));
        Statement& st = statements[{low, high}];
        st.low = low;
        st.high = high;
        for (int i : c.source_indexes()) {
          if (i >= 0 && i < f.source_ids_size()) {
            st.witnesses.insert(witnesses.Find(f.source_ids(i)));
          }
        }
        for (int i : c.claim_indexes()) {
          if (i >= 0 && i < f.claim_ids_size()) {
            st.claims.insert(f.claim_ids(i));
          }
        }
      }
    }
  }
  // The numbers stated exactly are the candidates (bounds only when no
  // number is); every statement a number satisfies supports it.
  const std::set<long long>& values =
      exact_values.empty() ? bound_values : exact_values;
  std::vector<CountCandidate> out;
  for (long long v : values) {
    std::set<std::string> w, c;
    for (const auto& [range, st] : statements) {
      if (st.low <= v && v <= st.high) {
        w.insert(st.witnesses.begin(), st.witnesses.end());
        c.insert(st.claims.begin(), st.claims.end());
      }
    }
    out.push_back({v, static_cast<int>(w.size()), static_cast<int>(c.size())});
  }
  std::sort(out.begin(), out.end(),
            [](const CountCandidate& a, const CountCandidate& b) {
              if (a.sources != b.sources) return a.sources > b.sources;
              if (a.claims != b.claims) return a.claims > b.claims;
              return a.value > b.value;
            });
  return out;
}

void GvcScore::Frame::Add(const Frame& o) {
  given += o.given;
  correct += o.correct;
  gold_positive += o.gold_positive;
  given_gold_positive += o.given_gold_positive;
}

void GvcScore::Add(const GvcScore& o) {
  incidents += o.incidents;
  documents += o.documents;
  claims += o.claims;
  conflicts += o.conflicts;
  possible_conflicts += o.possible_conflicts;
  kill.Add(o.kill);
  injure.Add(o.injure);
}

namespace {

GvcScore::Frame ScoreFrame(const std::vector<CountCandidate>& candidates,
                           int gold) {
  GvcScore::Frame f;
  f.given = candidates.empty() ? 0 : 1;
  f.correct = !candidates.empty() && candidates[0].value == gold;
  f.gold_positive = gold > 0;
  f.given_gold_positive = gold > 0 && !candidates.empty();
  return f;
}

}  // namespace

void ScoreIncident(IncidentResult* r) {
  r->kill = CountCandidates(r->report, r->death_frames, r->totals);
  r->injure = CountCandidates(r->report, {"INJURE"}, r->totals);
  GvcScore& s = r->score;
  s = GvcScore();
  s.name = r->gold.id;
  s.incidents = 1;
  s.documents = static_cast<int>(r->inputs.documents.size());
  s.claims = static_cast<int>(r->inputs.claims.size());
  s.conflicts =
      r->report.conflicts_size() + r->report.possible_conflicts_size();
  s.possible_conflicts = r->report.possible_conflicts_size();
  s.kill = ScoreFrame(r->kill, r->gold.killed);
  s.injure = ScoreFrame(r->injure, r->gold.injured);
}

absl::StatusOr<IncidentResult> RunIncident(const Extractor& extractor,
                                           const GvcIncident& gold,
                                           const PipelineOptions& options) {
  if (gold.files.empty()) {
    return absl::NotFoundError(absl::StrCat(gold.id, ": no .txt files"));
  }
  Pipeline pipeline(&extractor, options);
  IncidentResult r;
  r.gold = gold;
  r.death_frames = {extractor.count_cues().death_frames().begin(),
                    extractor.count_cues().death_frames().end()};
  if (r.death_frames.empty()) r.death_frames = {"KILL"};
  r.inputs = pipeline.Load(gold.files);
  if (!r.inputs.errors.empty()) {
    return absl::InternalError(absl::StrCat(r.inputs.errors[0].path(), ": ",
                                            r.inputs.errors[0].message()));
  }
  r.report = pipeline.Reconcile(r.inputs);
  r.totals = TotalFacts(r.report, r.inputs, extractor.lexicon());
  ScoreIncident(&r);
  return r;
}

std::string FormatScore(const GvcScore& s) {
  auto frame = [](absl::string_view name, const GvcScore::Frame& f) {
    return absl::StrFormat(
        "%s given %3d correct %3d (%.3f) coverage %3d/%-3d (%.3f)", name,
        f.given, f.correct, f.accuracy(), f.given_gold_positive,
        f.gold_positive, f.coverage());
  };
  return absl::StrFormat(
      "%-8s incidents %3d  docs %4d  claims %5d  conflicts %4d (%.2f/inc; "
      "confident %d, %.2f/inc; possible %d, %.2f/inc)  %s  %s",
      s.name, s.incidents, s.documents, s.claims, s.conflicts,
      s.conflicts_per_incident(), s.conflicts - s.possible_conflicts,
      s.confident_per_incident(), s.possible_conflicts,
      s.possible_per_incident(), frame("KILL", s.kill),
      frame("INJURE", s.injure));
}

namespace {

std::string Candidates(const std::vector<CountCandidate>& cs) {
  if (cs.empty()) return "none";
  std::string out;
  for (const CountCandidate& c : cs) {
    absl::StrAppend(&out, out.empty() ? "" : ", ", c.value, " (", c.sources,
                    " src, ", c.claims, " claims)");
  }
  return out;
}

}  // namespace

std::string FormatDetails(const IncidentResult& r) {
  std::string out = absl::StrCat(
      "== ", r.gold.id, " ", r.gold.date, " ", r.gold.city, ", ", r.gold.state,
      "  gold killed ", r.gold.killed, " injured ", r.gold.injured, "\n");
  absl::StrAppend(&out, "  KILL   ", Candidates(r.kill), "\n");
  absl::StrAppend(&out, "  INJURE ", Candidates(r.injure), "\n");
  const ClaimIndex index(r.report);
  for (const Fact& f : r.report.facts()) {
    if (r.death_frames.count(f.frame()) == 0 && f.frame() != "INJURE") {
      continue;
    }
    for (const Slot& slot : f.slots()) {
      if (slot.role() != "count") continue;
      for (const Candidate& c : slot.candidates()) {
        if (!c.value().has_quantity()) continue;
        for (int i : c.claim_indexes()) {
          if (i < 0 || i >= f.claim_ids_size()) continue;
          for (const Claim* claim : index.Find(f.claim_ids(i))) {
            absl::StrAppend(&out, "  count ", f.frame(), " ",
                            c.value().quantity().value(),
                            r.totals.count(f.id()) > 0 ? " (total)" : "", ": ",
                            ClaimLine(*claim), "\n");
          }
        }
      }
    }
  }
  absl::StrAppend(&out, ConflictDetails(r.report, index));
  return out;
}

}  // namespace gvc
}  // namespace accord

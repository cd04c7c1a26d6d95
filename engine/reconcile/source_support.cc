#include "engine/reconcile/source_support.h"

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "engine/truth/observation.h"
#include "engine/truth/resolve.h"

namespace accord {
namespace {

std::string Witness(const std::string& source, const IndependenceGroups& groups,
                    bool merge) {
  if (!merge) return source;
  auto it = groups.find(source);
  return it == groups.end() ? source : it->second;
}

// The attribute under which a conflict's sides are observed.
std::string ConflictAttribute(const Conflict& c) {
  return absl::StrCat(c.role(), "/", ConflictKind_Name(c.kind()));
}

}  // namespace

void WeighConflicts(const SupportOptions& options,
                    const IndependenceGroups& groups,
                    const ValueComparator& comparator, Report* report) {
  if (report->conflicts_size() == 0) return;
  std::vector<truth::Observation> obs;
  std::set<std::pair<std::string, std::string>> disputed;  // fact, role
  // Dependent sources that take different sides of a conflict are not
  // copying each other on that point: there they are separate witnesses.
  std::vector<std::set<std::string>> split_groups;
  for (const Conflict& c : report->conflicts()) {
    std::map<std::string, std::set<int>> sides_of_group;
    for (int i = 0; i < c.sides_size(); ++i) {
      for (const std::string& s : c.sides(i).source_ids()) {
        sides_of_group[Witness(s, groups, true)].insert(i);
      }
    }
    std::set<std::string> split;
    for (const auto& [g, sides] : sides_of_group) {
      if (sides.size() > 1) split.insert(g);
    }
    split_groups.push_back(split);
  }
  auto conflict_witness = [&](int k, const std::string& s) {
    const std::string w = Witness(s, groups, options.merge_dependent);
    return split_groups[k].count(w) ? s : w;
  };
  for (int k = 0; k < report->conflicts_size(); ++k) {
    const Conflict& c = report->conflicts(k);
    disputed.insert({c.fact_id(), c.role()});
    for (int i = 0; i < c.sides_size(); ++i) {
      for (const std::string& s : c.sides(i).source_ids()) {
        obs.push_back({conflict_witness(k, s), c.fact_id(),
                       ConflictAttribute(c), absl::StrCat("side", i)});
      }
    }
  }
  // Agreement elsewhere is what tells reliable sources apart.
  for (const Fact& f : report->facts()) {
    if (f.source_ids_size() < 2) continue;
    for (const Slot& slot : f.slots()) {
      if (disputed.count({f.id(), slot.role()})) continue;
      for (const Candidate& cand : slot.candidates()) {
        for (int i : cand.source_indexes()) {
          const std::string& s = f.source_ids(i);
          obs.push_back({Witness(s, groups, options.merge_dependent), f.id(),
                         slot.role(), comparator.Key(cand.value(), true)});
        }
      }
    }
  }
  const truth::ValueModel exact;
  auto problem = truth::BuildProblem(obs, exact);
  if (!problem.ok()) return;
  truth::Options topts;
  topts.method = options.method;
  const truth::Result result = truth::Resolve(*problem, topts);
  report->set_support_method(truth::MethodName(options.method));

  for (int k = 0; k < report->conflicts_size(); ++k) {
    Conflict& c = *report->mutable_conflicts(k);
    c.set_preferred_side(-1);
    const int item =
        truth::ItemIndex(*problem, c.fact_id(), ConflictAttribute(c));
    if (item < 0) continue;
    const truth::Item& it = problem->items[item];
    const truth::ItemResult& r = result.items[item];
    for (const truth::ValueScore& v : r.values) {
      const std::string& name = it.candidates[v.candidate].value;
      int side = -1;
      if (sscanf(name.c_str(), "side%d", &side) == 1 && side >= 0 &&
          side < c.sides_size()) {
        c.mutable_sides(side)->set_support(v.confidence);
      }
    }
    const bool tied = r.values.size() >= 2 &&
                      r.values[0].confidence - r.values[1].confidence < 1e-9;
    int best = -1;
    if (!r.values.empty() && !tied &&
        sscanf(it.candidates[r.values[0].candidate].value.c_str(), "side%d",
               &best) != 1) {
      best = -1;
    }
    if (best >= c.sides_size()) best = -1;
    c.set_preferred_side(best);
    // Every side, best first: its confidence and its weighted supporters.
    std::vector<std::string> lines;
    for (const truth::ValueScore& v : r.values) {
      int side = -1;
      sscanf(it.candidates[v.candidate].value.c_str(), "side%d", &side);
      if (side < 0 || side >= c.sides_size()) continue;
      std::vector<std::string> who;
      for (const truth::Support& sup : v.supporters) {
        std::string w = absl::StrFormat(
            "%s weight %.2f", problem->sources[sup.source], sup.weight);
        if (sup.independence < 0.995 && sup.depends_on >= 0) {
          absl::StrAppend(
              &w, absl::StrFormat(" x%.2f (depends on %s)", sup.independence,
                                  problem->sources[sup.depends_on]));
        }
        who.push_back(w);
      }
      lines.push_back(
          absl::StrFormat("%s: confidence %.2f from %s",
                          comparator.Describe(c.sides(side).value()),
                          v.confidence, absl::StrJoin(who, ", ")));
    }
    std::vector<std::string> notes;
    for (const ConflictSide& side : c.sides()) {
      for (const std::string& src : side.source_ids()) {
        const std::string w = conflict_witness(k, src);
        if (w != src) notes.push_back(absl::StrCat(src, " counted with ", w));
      }
    }
    std::string head =
        best < 0 ? absl::StrFormat("No side is better supported (%s).",
                                   truth::MethodName(options.method))
                 : absl::StrFormat("Better supported: %s (%s).",
                                   comparator.Describe(c.sides(best).value()),
                                   truth::MethodName(options.method));
    if (!notes.empty()) {
      absl::StrAppend(&head,
                      " Dependent sources merged: ", absl::StrJoin(notes, "; "),
                      ".");
    }
    const std::string why = absl::StrJoin(lines, "\n");
    c.set_support_explanation(absl::StrCat(head, "\n", why));
  }
}

}  // namespace accord

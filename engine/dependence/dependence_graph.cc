#include "engine/dependence/dependence_graph.h"

#include <set>

namespace accord {
namespace dependence {

DependenceGraph DependenceGraph::FromPairs(
    const std::vector<SourceDependence>& pairs) {
  DependenceGraph g;
  for (const SourceDependence& p : pairs) {
    if (p.dependent) g.AddDependence(p.source_a, p.source_b);
  }
  return g;
}

std::string DependenceGraph::Find(const std::string& s) const {
  auto it = parent_.find(s);
  if (it == parent_.end()) return s;
  std::string root = s;
  while (parent_.at(root) != root) root = parent_.at(root);
  // Path compression.
  std::string cur = s;
  while (parent_.at(cur) != root) {
    std::string next = parent_.at(cur);
    parent_[cur] = root;
    cur = next;
  }
  return root;
}

void DependenceGraph::AddDependence(const std::string& a,
                                    const std::string& b) {
  parent_.emplace(a, a);
  parent_.emplace(b, b);
  std::string ra = Find(a), rb = Find(b);
  if (ra == rb) return;
  // The smaller id is the root, so representatives are deterministic.
  if (rb < ra) std::swap(ra, rb);
  parent_[rb] = ra;
}

std::string DependenceGraph::Representative(const std::string& source) const {
  return Find(source);
}

int DependenceGraph::IndependentSupport(
    const std::vector<std::string>& source_ids) const {
  std::set<std::string> roots;
  for (const std::string& s : source_ids) roots.insert(Find(s));
  return static_cast<int>(roots.size());
}

std::vector<std::vector<std::string>> DependenceGraph::Clusters() const {
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& kv : parent_) groups[Find(kv.first)].push_back(kv.first);
  std::vector<std::vector<std::string>> out;
  for (auto& kv : groups) {
    if (kv.second.size() > 1) out.push_back(std::move(kv.second));
  }
  return out;
}

}  // namespace dependence
}  // namespace accord

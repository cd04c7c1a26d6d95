// Independence clusters of sources: sources linked by a dependence (shared
// wire copy, copying) are merged with union-find, so a tally can count
// independent witnesses instead of outlets.
//
//   DependenceGraph g = DependenceGraph::FromPairs(DetectTextDependence(docs,
//   {})); int n = g.IndependentSupport({"reuters", "yahoo", "bbc"});  // e.g. 2
#ifndef ACCORD_ENGINE_DEPENDENCE_DEPENDENCE_GRAPH_H_
#define ACCORD_ENGINE_DEPENDENCE_DEPENDENCE_GRAPH_H_

#include <map>
#include <string>
#include <vector>

#include "engine/dependence/text_dependence.h"

namespace accord {
namespace dependence {

class DependenceGraph {
 public:
  // A graph linking the pairs marked dependent.
  static DependenceGraph FromPairs(const std::vector<SourceDependence>& pairs);

  // Links two sources (adding them if new).
  void AddDependence(const std::string& a, const std::string& b);

  // The cluster representative of `source`: the smallest source id in its
  // cluster; a source never linked is its own representative.
  std::string Representative(const std::string& source) const;

  // Number of distinct clusters among `source_ids` (duplicates and
  // dependent sources count once).
  int IndependentSupport(const std::vector<std::string>& source_ids) const;

  // Clusters with more than one source, each sorted, ordered by first id.
  std::vector<std::vector<std::string>> Clusters() const;

 private:
  std::string Find(const std::string& s) const;
  mutable std::map<std::string, std::string> parent_;
};

}  // namespace dependence
}  // namespace accord

#endif  // ACCORD_ENGINE_DEPENDENCE_DEPENDENCE_GRAPH_H_

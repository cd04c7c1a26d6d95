#include "engine/truth/observation.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace truth {

absl::StatusOr<Problem> BuildProblem(const std::vector<Observation>& obs,
                                     const ValueModel& model) {
  for (size_t i = 0; i < obs.size(); ++i) {
    const Observation& o = obs[i];
    if (o.source.empty() || o.object.empty() || o.attribute.empty() ||
        o.value.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("observation ", i, " has an empty field (source='",
                       o.source, "' object='", o.object, "' attribute='",
                       o.attribute, "' value='", o.value, "')"));
    }
  }
  Problem problem;
  for (const Observation& o : obs) problem.sources.push_back(o.source);
  std::sort(problem.sources.begin(), problem.sources.end());
  problem.sources.erase(
      std::unique(problem.sources.begin(), problem.sources.end()),
      problem.sources.end());
  problem.source_claims.resize(problem.sources.size());

  // Group observations by item, then by source, keeping input order.
  std::vector<int> order(obs.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Observation& x = obs[a];
    const Observation& y = obs[b];
    int c = x.object.compare(y.object);
    if (c != 0) return c < 0;
    c = x.attribute.compare(y.attribute);
    if (c != 0) return c < 0;
    c = x.source.compare(y.source);
    if (c != 0) return c < 0;
    return a < b;
  });

  size_t i = 0;
  while (i < order.size()) {
    size_t j = i;
    const Observation& first = obs[order[i]];
    while (j < order.size() && obs[order[j]].object == first.object &&
           obs[order[j]].attribute == first.attribute) {
      ++j;
    }
    // One value per source: most frequent, ties by first occurrence.
    std::vector<std::pair<int, std::string>> source_value;  // (source, value)
    size_t k = i;
    while (k < j) {
      size_t l = k;
      const std::string& src = obs[order[k]].source;
      while (l < j && obs[order[l]].source == src) ++l;
      std::string best;
      int best_count = 0;
      for (size_t m = k; m < l; ++m) {
        const std::string& v = obs[order[m]].value;
        int count = 0;
        for (size_t n = k; n < l; ++n) count += obs[order[n]].value == v;
        if (count > best_count) {  // strict: first occurrence wins ties
          best_count = count;
          best = v;
        }
      }
      int s = SourceIndex(problem, src);
      source_value.emplace_back(s, best);
      k = l;
    }
    // Distinct values by decreasing support, ties by bytes.
    std::map<std::string, int> counts;
    for (const auto& sv : source_value) ++counts[sv.second];
    std::vector<std::pair<int, std::string>> distinct;
    for (const auto& c : counts) distinct.emplace_back(-c.second, c.first);
    std::sort(distinct.begin(), distinct.end());

    Item item;
    item.object = first.object;
    item.attribute = first.attribute;
    std::vector<int> support;
    std::map<std::string, int> value_to_candidate;
    for (const auto& d : distinct) {
      int found = -1;
      for (size_t c = 0; c < item.candidates.size(); ++c) {
        if (model.Same(item.attribute, d.second, item.candidates[c].value)) {
          found = static_cast<int>(c);
          break;
        }
      }
      if (found < 0) {
        found = static_cast<int>(item.candidates.size());
        item.candidates.push_back(Candidate{d.second, {}});
        support.push_back(0);
      }
      item.candidates[found].members.push_back(d.second);
      support[found] += -d.first;
      value_to_candidate[d.second] = found;
    }
    // Order candidates by decreasing support, ties by representative.
    std::vector<int> perm(item.candidates.size());
    std::iota(perm.begin(), perm.end(), 0);
    std::sort(perm.begin(), perm.end(), [&](int a, int b) {
      if (support[a] != support[b]) return support[a] > support[b];
      return item.candidates[a].value < item.candidates[b].value;
    });
    std::vector<int> inverse(perm.size());
    std::vector<Candidate> sorted;
    for (size_t p = 0; p < perm.size(); ++p) {
      inverse[perm[p]] = static_cast<int>(p);
      sorted.push_back(std::move(item.candidates[perm[p]]));
      std::sort(sorted.back().members.begin(), sorted.back().members.end());
    }
    item.candidates = std::move(sorted);
    for (const auto& sv : source_value) {
      item.claims.emplace_back(sv.first,
                               inverse[value_to_candidate[sv.second]]);
    }
    const size_t n = item.candidates.size();
    item.similarity.assign(n, std::vector<double>(n, 1.0));
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        double s = model.Similarity(item.attribute, item.candidates[a].value,
                                    item.candidates[b].value);
        s = std::min(1.0, std::max(0.0, s));
        item.similarity[a][b] = item.similarity[b][a] = s;
      }
    }
    const int item_index = static_cast<int>(problem.items.size());
    for (const auto& claim : item.claims) {
      problem.source_claims[claim.first].emplace_back(item_index, claim.second);
    }
    problem.items.push_back(std::move(item));
    i = j;
  }
  return problem;
}

int SourceIndex(const Problem& problem, absl::string_view source) {
  auto it = std::lower_bound(
      problem.sources.begin(), problem.sources.end(), source,
      [](const std::string& a, absl::string_view b) { return a < b; });
  if (it == problem.sources.end() || *it != source) return -1;
  return static_cast<int>(it - problem.sources.begin());
}

int ItemIndex(const Problem& problem, absl::string_view object,
              absl::string_view attribute) {
  auto less = [](const Item& item,
                 const std::pair<absl::string_view, absl::string_view>& key) {
    int c = absl::string_view(item.object).compare(key.first);
    if (c != 0) return c < 0;
    return absl::string_view(item.attribute) < key.second;
  };
  auto key = std::make_pair(object, attribute);
  auto it =
      std::lower_bound(problem.items.begin(), problem.items.end(), key, less);
  if (it == problem.items.end() || it->object != object ||
      it->attribute != attribute) {
    return -1;
  }
  return static_cast<int>(it - problem.items.begin());
}

}  // namespace truth
}  // namespace accord

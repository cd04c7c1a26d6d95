#include "engine/rules/literal_prefilter.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "re2/filtered_re2.h"

namespace accord {
namespace {

// Above this many literals the search below (quadratic in them per clause)
// is skipped for the one clause "some literal of the pattern", which is
// still necessary (the formula is false when none is present).
constexpr int kMaxSearchedAtoms = 512;

}  // namespace

absl::StatusOr<LiteralCnf> LiteralClauses(const std::string& pattern,
                                          const RE2::Options& options) {
  re2::FilteredRE2 filter;
  int id = -1;
  if (filter.Add(pattern, options, &id) != RE2::NoError) {
    const RE2 failed(pattern, options);
    return absl::InvalidArgumentError(failed.error());
  }
  LiteralCnf cnf;
  filter.Compile(&cnf.atoms);
  const int n = static_cast<int>(cnf.atoms.size());
  // The formula, evaluated on the literals marked present.
  std::vector<int> present;
  std::vector<int> matched;
  auto holds = [&](const std::vector<bool>& is_present) {
    present.clear();
    for (int i = 0; i < n; ++i) {
      if (is_present[i]) present.push_back(i);
    }
    filter.AllPotentials(present, &matched);
    return !matched.empty();
  };
  if (holds(std::vector<bool>(n, false))) return cnf;  // always run
  if (!holds(std::vector<bool>(n, true))) {
    // FilteredRE2 would never offer the pattern; neither do we.
    cnf.clauses.emplace_back();
    return cnf;
  }
  if (n > kMaxSearchedAtoms) {
    cnf.clauses.emplace_back(n);
    for (int i = 0; i < n; ++i) cnf.clauses.back()[i] = i;
    return cnf;
  }
  // One minimal clause per literal not yet in a clause. For a seed literal:
  // shrink "every literal" to a minimal set T that still satisfies the
  // formula and keeps the seed; if the seed is needed in T, grow P = T minus
  // the seed to a maximal set that does not satisfy it and lacks the seed.
  // Then the literals outside P form a clause (the formula is false on P,
  // and monotone), it contains the seed, and it is minimal (P is maximal).
  // For an AND of ORs this finds exactly the OR that holds the seed.
  std::set<std::vector<int>> clauses;
  std::vector<bool> covered(n, false);
  for (int seed = 0; seed < n; ++seed) {
    if (covered[seed]) continue;
    covered[seed] = true;
    std::vector<bool> in(n, true);
    for (int a = 0; a < n; ++a) {
      if (a == seed) continue;
      in[a] = false;
      if (!holds(in)) in[a] = true;
    }
    in[seed] = false;
    if (holds(in)) continue;  // the seed is not needed: in no clause
    for (int a = 0; a < n; ++a) {
      if (a == seed || in[a]) continue;
      in[a] = true;
      if (holds(in)) in[a] = false;
    }
    std::vector<int> clause;
    for (int a = 0; a < n; ++a) {
      if (!in[a]) {
        clause.push_back(a);
        covered[a] = true;
      }
    }
    clauses.insert(std::move(clause));
  }
  cnf.clauses.assign(clauses.begin(), clauses.end());
  return cnf;
}

}  // namespace accord

// LiteralClauses computes a literal prefilter for one RE2 pattern: a list of
// clauses, each a set of literal strings, such that any text the pattern
// matches contains at least one literal of every clause (a necessary
// condition in conjunctive normal form).
//
// It is what lets RuleSet decide which rules a sentence needs without having
// compiled them: the clauses are computed once (at build time for the
// shipped rules, //engine/rules:embedded_rule_table) and evaluated on the
// literals an Aho-Corasick pass finds.
//
//   ACCORD_ASSIGN_OR_RETURN(LiteralCnf cnf,
//                           LiteralClauses("(?:visit|tour)ed ⟦GPE", options));
//   // cnf.clauses == {{"toured ⟦gpe", "visited ⟦gpe"}} (up to order)
//
// The literals and their boolean structure come from re2::FilteredRE2 run on
// the pattern alone; its formula is read back through AllPotentials (the
// only view its API gives) as a set of minimal clauses: each is a set C of
// literals such that the formula is false when every literal outside C is
// present, so C is a necessary condition. Every clause is checked this way,
// so the result is sound whatever the formula's shape: it never skips a
// pattern FilteredRE2 would offer. Each literal the formula needs lands in at
// least one clause; for an AND of ORs (the usual shape of a rule) the clauses
// are exactly the ORs, for other shapes they may admit more texts.
#ifndef ACCORD_ENGINE_RULES_LITERAL_PREFILTER_H_
#define ACCORD_ENGINE_RULES_LITERAL_PREFILTER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "re2/re2.h"

namespace accord {

struct LiteralCnf {
  // Lower-case literals (FilteredRE2's atoms; ASCII case is to be folded in
  // the text before looking for them).
  std::vector<std::string> atoms;
  // Each clause: ascending indices into `atoms`. No clauses: the pattern has
  // no usable literal and must always be run. An empty clause: the pattern
  // can never match.
  std::vector<std::vector<int>> clauses;
};

// Computes the clauses of `pattern` compiled with `options`. Deterministic:
// the same pattern and options give the same result. Errors if the pattern
// does not compile. Thread-compatible (no shared state).
absl::StatusOr<LiteralCnf> LiteralClauses(const std::string& pattern,
                                          const RE2::Options& options);

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_LITERAL_PREFILTER_H_

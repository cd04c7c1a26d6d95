// The shipped rules (engine/data/rules.textproto, expanded with
// engine/data/lexicon.textproto) as a serialized CompiledRuleTable, and the
// automaton of its literals, computed at build time by rule_table_gen so
// that start-up compiles no rule and builds no automaton.
//
//   auto rules = RuleSet::FromTable(embedded::kRuleTable, *lexicon, {},
//                                   embedded::kAtomAutomaton);
#ifndef ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_
#define ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_

#include "absl/strings/string_view.h"

namespace accord {
namespace embedded {

extern const absl::string_view kRuleTable;  // CompiledRuleTable, binary
// AtomMatcher::Serialize() of kRuleTable's atoms; 8-byte aligned (tools/embed)
// so that it is used in place.
extern const absl::string_view kAtomAutomaton;

}  // namespace embedded
}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_

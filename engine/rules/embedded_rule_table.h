// The shipped rules (engine/data/rules.textproto, expanded with
// engine/data/lexicon.textproto) as a serialized CompiledRuleTable, computed
// at build time by rule_table_gen so that start-up compiles no rule.
//
//   auto rules = RuleSet::FromTable(accord::embedded::kRuleTable, *lexicon);
#ifndef ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_
#define ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_

#include "absl/strings/string_view.h"

namespace accord {
namespace embedded {

extern const absl::string_view kRuleTable;  // CompiledRuleTable, binary

}  // namespace embedded
}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_EMBEDDED_RULE_TABLE_H_

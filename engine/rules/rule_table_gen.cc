// rule_table_gen: compiles a rule file against a lexicon and writes the
// resulting CompiledRuleTable (binary) and the automaton of its literals
// (AtomMatcher::Serialize) for embedding; run by Bazel
// (//engine/rules:rule_table_binarypb) whenever the rules or lexicon change.
//
// Usage: rule_table_gen RULES.textproto LEXICON.textproto OUT.binarypb
//            OUT_AUTOMATON.bin
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "engine/base/file_util.h"
#include "engine/io/bounded_parse.h"
#include "engine/rules/atom_matcher.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"
#include "proto/rule_table.pb.h"
#include "proto/rules.pb.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr,
                 "usage: rule_table_gen RULES.textproto LEXICON.textproto "
                 "OUT.binarypb OUT_AUTOMATON.bin\n");
    return 2;
  }
  auto lexicon = accord::Lexicon::FromFile(argv[2]);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "rule_table_gen: %s\n",
                 std::string(lexicon.status().message()).c_str());
    return 1;
  }
  auto rules = accord::RuleSet::FromFile(argv[1], **lexicon);
  if (!rules.ok()) {
    std::fprintf(stderr, "rule_table_gen: %s\n",
                 std::string(rules.status().message()).c_str());
    return 1;
  }
  const accord::CompiledRuleTable table = (*rules)->ToTable();
  std::string bytes;
  if (!table.SerializeToString(&bytes)) {
    std::fprintf(stderr, "rule_table_gen: cannot serialize the table\n");
    return 1;
  }
  std::ofstream out(argv[3], std::ios::binary);
  out << bytes;
  const std::vector<std::string> atoms(table.atoms().begin(),
                                       table.atoms().end());
  std::ofstream automaton(argv[4], std::ios::binary);
  automaton << accord::AtomMatcher(atoms).Serialize();
  return out && automaton ? 0 : 1;
}

// libFuzzer target: RuleSet::Compile with a fuzzed macro and rule pattern,
// then Match on fuzzed tagged text. Compile may reject the rule; it must
// never crash or exceed the memory budget.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"
#include "fuzzer/FuzzedDataProvider.h"

namespace {

const accord::Lexicon& TheLexicon() {
  static const accord::Lexicon* const kLexicon =
      accord::Lexicon::FromTextproto(R"pb(
        frames {
          name: "VISIT"
          verbs: [ "visit", "travel to" ]
          nouns: [ "visit" ]
          subject_role: "agent"
          object_role: "destination"
          roles { name: "agent" kind: KEY }
          roles { name: "destination" kind: FUNCTIONAL }
        }
      )pb")
          .value()
          .release();
  return *kLexicon;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  accord::RuleFile file;
  accord::Macro* macro = file.add_macros();
  macro->set_name(in.ConsumeBool() ? "X" : in.ConsumeRandomLengthString(8));
  macro->set_pattern(in.ConsumeRandomLengthString(256));
  accord::Rule* rule = file.add_rules();
  rule->set_name("fuzz");
  rule->add_frames(in.ConsumeBool() ? "VISIT" : "NOPE");
  rule->set_pattern(in.ConsumeRandomLengthString(512));
  rule->set_subject_from_sentence(in.ConsumeBool());
  const std::string tagged = in.ConsumeRemainingBytesAsString();
  accord::RuleLimits limits;
  limits.max_pattern_memory = 1 << 20;
  auto rules = accord::RuleSet::Compile(file, TheLexicon(), limits);
  if (rules.ok()) {
    for (const accord::RuleMatch& m : (*rules)->Match(tagged)) {
      if (m.begin < 0 || m.end < m.begin ||
          static_cast<size_t>(m.end) > tagged.size()) {
        __builtin_trap();
      }
    }
  }
  return 0;
}

// Compiled extraction rules: RE2 patterns over tagged sentences, with one
// RE2::Set over all of them as a prefilter, so a sentence runs only the rules
// that can match it and the cost barely grows with the number of rules.
//
//   ACCORD_ASSIGN_OR_RETURN(auto rules, RuleSet::Compile(rule_file, *lexicon));
//   for (const RuleMatch& m : rules->Match(tagged.text())) ...
//
// Pattern syntax: RE2, plus {NAME} for a macro of the rule file, {VERB} for
// the inflected verbs of the frame being expanded and {NOUN} for its nouns.
// Named groups become roles; "subj" and "obj" are renamed to the frame's
// subject_role and object_role, and "trigger" marks the words that state
// the event.
#ifndef ACCORD_ENGINE_RULES_RULE_SET_H_
#define ACCORD_ENGINE_RULES_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace accord {

struct RuleLimits {
  // Rule files with more rules (after frame expansion) are rejected.
  int max_rules = 5000;
  // Memory budget per compiled pattern.
  int64_t max_pattern_memory = 64 << 20;
};

// One match of one rule: the frame and the byte ranges of its role groups in
// the tagged text.
struct RuleMatch {
  std::string rule;
  const FrameSpec* frame = nullptr;
  struct Group {
    std::string role;
    int begin = 0;
    int end = 0;
  };
  std::vector<Group> groups;
  int begin = 0;  // the whole match
  int end = 0;
  bool subject_from_sentence = false;
};

class RuleSet {
 public:
  // Expands and compiles every rule. Errors name the rule and say what is
  // wrong (unknown macro or frame, bad RE2 syntax, too many rules).
  static absl::StatusOr<std::unique_ptr<RuleSet>> Compile(
      const RuleFile& file, const Lexicon& lexicon,
      const RuleLimits& limits = {});

  // Parses a RuleFile textproto at `path` and compiles it.
  static absl::StatusOr<std::unique_ptr<RuleSet>> FromFile(
      const std::string& path, const Lexicon& lexicon,
      const RuleLimits& limits = {});

  // All matches of all rules in `tagged`, ordered by rule order and then
  // position. Matches of one rule do not overlap each other.
  std::vector<RuleMatch> Match(absl::string_view tagged) const;

  // Number of compiled (frame-expanded) patterns.
  int size() const { return static_cast<int>(compiled_.size()); }

  // Expands macros in `pattern` (exposed for tests and `accord explain`).
  static absl::StatusOr<std::string> Expand(const std::string& pattern,
                                            const RuleFile& file,
                                            const FrameSpec* frame);

 private:
  struct Compiled {
    std::string name;
    const FrameSpec* frame;
    std::unique_ptr<RE2> re;
    std::vector<std::pair<int, std::string>> groups;  // capture index, role
    bool subject_from_sentence;
  };
  RuleSet() = default;

  std::vector<Compiled> compiled_;
  std::unique_ptr<RE2::Set> prefilter_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_RULE_SET_H_

// Compiled extraction rules: RE2 patterns over tagged sentences, with a
// literal prefilter so that a sentence runs only the rules that can match it.
//
// Each frame-expanded rule carries a necessary condition over literals in
// conjunctive normal form (LiteralClauses: its trigger verbs and nouns, tag
// prefixes such as "⟦per#", function words); an AtomMatcher (Aho-Corasick)
// finds which of those literals a sentence holds in one linear pass, and only
// the rules whose clauses all hold are run, each anchored at the starts
// where its first bytes (FirstBytes) occur. Neither stage has a lazily built
// cache, so the cost per byte does not depend on the vocabulary the text
// brings (an RE2::Set over all rules did: its DFA cache thrashed on real
// news, docs/performance.md). Each candidate rule then runs as an ordinary
// RE2, which falls back from its DFA to the NFA by itself if its own memory
// budget is exhausted: no match is ever lost to a memory failure.
//
// The expanded patterns, their groups' roles and their clauses form a
// CompiledRuleTable. Compile() computes it from a rule file (and compiles
// every pattern, to report errors); FromTable() loads one computed at build
// time (//engine/rules:embedded_rule_table) and compiles each pattern only
// when a sentence first makes it a candidate, so start-up compiles nothing;
// given the literals' automaton built at build time as well
// (AtomMatcher::Serialize), it uses that in place instead of building it.
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

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/base/call_once.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/atom_matcher.h"
#include "engine/rules/first_bytes.h"
#include "engine/rules/lexicon.h"
#include "proto/rule_table.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

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
  // The rule's context_role and context_tag (proto/rules.proto).
  std::string context_role;
  std::string context_tag;
};

class RuleSet {
 public:
  // Expands and compiles every rule and computes its prefilter clauses.
  // Errors name the rule and say what is wrong (unknown macro or frame, bad
  // RE2 syntax, too many rules). The set points into `lexicon`'s frames:
  // `lexicon` must outlive it (likewise for FromTable and FromFile).
  static absl::StatusOr<std::unique_ptr<RuleSet>> Compile(
      const RuleFile& file, const Lexicon& lexicon,
      const RuleLimits& limits = {});

  // Loads a table that ToTable() serialized (for the same `lexicon`, whose
  // frames it names) without compiling any pattern: each is compiled on its
  // first use by Match(). Errors on a malformed table, an unknown frame or
  // more than limits.max_rules rules, and if limits.max_pattern_memory is
  // smaller than the budget the table was compiled with (then a pattern
  // might not compile; use Compile()).
  // `atom_automaton`, if not empty, is AtomMatcher::Serialize() of the
  // table's atoms: it is used in place (it must outlive the set) instead of
  // building the automaton, and one built for other atoms is an error.
  static absl::StatusOr<std::unique_ptr<RuleSet>> FromTable(
      absl::string_view serialized_table, const Lexicon& lexicon,
      const RuleLimits& limits = {}, absl::string_view atom_automaton = {});

  // The expanded rules and their prefilter clauses; deterministic, so a
  // table computed at build time can be compared with a fresh one.
  CompiledRuleTable ToTable() const;

  // Parses a RuleFile textproto at `path` and compiles it.
  static absl::StatusOr<std::unique_ptr<RuleSet>> FromFile(
      const std::string& path, const Lexicon& lexicon,
      const RuleLimits& limits = {});

  // All matches of all rules in `tagged`, ordered by rule order and then
  // position. Matches of one rule do not overlap each other. Const: safe to
  // call from many threads at once.
  std::vector<RuleMatch> Match(absl::string_view tagged) const;

  // The indices of the rules that the prefilter lets through for `tagged`,
  // ascending: every rule that can match is among them (exposed for tests
  // and benchmarks).
  std::vector<int> Candidates(absl::string_view tagged) const;

  // Number of literals the prefilter looks for.
  int num_atoms() const { return num_atoms_; }

  // Number of frame-expanded patterns.
  int size() const { return static_cast<int>(compiled_.size()); }

  // Number of patterns compiled so far (all after Compile(); those that
  // sentences have needed after FromTable()).
  int num_compiled() const { return num_compiled_.load(); }

  // Expands macros in `pattern` (exposed for tests and `accord explain`).
  static absl::StatusOr<std::string> Expand(const std::string& pattern,
                                            const RuleFile& file,
                                            const FrameSpec* frame);

 private:
  struct Compiled {
    std::string name;
    const FrameSpec* frame = nullptr;
    bool subject_from_sentence = false;
    std::string context_role, context_tag;
    std::string pattern;                              // expanded
    std::vector<std::pair<int, std::string>> groups;  // capture index, role
    std::vector<std::vector<int>> clauses;            // over atoms_
    FirstBytes first = FirstBytes::Any();             // where a match can begin
    mutable absl::once_flag once;
    mutable std::unique_ptr<const RE2> re;  // set once, under `once`
  };
  RuleSet() = default;

  // Builds the set from a table; `re`, if given, holds every pattern already
  // compiled (in table order).
  // `atom_automaton` as for FromTable.
  static absl::StatusOr<std::unique_ptr<RuleSet>> Build(
      const CompiledRuleTable& table, const Lexicon& lexicon,
      const RuleLimits& limits, std::vector<std::unique_ptr<const RE2>> re,
      absl::string_view atom_automaton = {});

  // The compiled pattern of `c`, compiling it on first use. Thread-safe.
  const RE2& Regexp(const Compiled& c) const;

  // A rule the prefilter lets through, and the last byte offset at which a
  // match of it can start (every clause has a literal at or after it).
  struct Candidate {
    int rule;
    int last_start;
  };
  std::vector<Candidate> BoundedCandidates(absl::string_view tagged) const;

  // Appends the non-overlapping matches of rule `idx` that start at or
  // before `last_start` to *out.
  void MatchRule(int idx, absl::string_view tagged, int last_start,
                 std::vector<RuleMatch>* out) const;

  std::vector<std::unique_ptr<Compiled>> compiled_;
  std::vector<std::string> atom_strings_;
  std::unique_ptr<AtomMatcher> atoms_;
  int num_atoms_ = 0;
  // Every rule's clauses numbered in rule order: the clauses each atom
  // appears in, and the rule each clause belongs to.
  std::vector<std::vector<int>> clauses_of_atom_;
  std::vector<int> rule_of_clause_;
  std::vector<int> first_clause_;  // rule -> its first clause's number
  int num_clauses_ = 0;
  RE2::Options options_;
  mutable std::atomic<int> num_compiled_{0};
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_RULE_SET_H_

#include "engine/rules/rule_set.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "engine/io/bounded_parse.h"
#include "engine/rules/literal_prefilter.h"

namespace accord {
namespace {

std::string Alternation(const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const std::string& w : words) quoted.push_back(RE2::QuoteMeta(w));
  return absl::StrCat("(?:", absl::StrJoin(quoted, "|"), ")");
}

RE2::Options PatternOptions(const RuleLimits& limits) {
  RE2::Options options;
  options.set_max_mem(limits.max_pattern_memory);
  options.set_log_errors(false);
  return options;
}

// Expanded patterns longer than this are rejected before they are built
// whole (RE2's max_mem bounds only the compiled program).
constexpr size_t kMaxExpandedPatternBytes = 1 << 20;

}  // namespace

absl::StatusOr<std::string> RuleSet::Expand(const std::string& pattern,
                                            const RuleFile& file,
                                            const FrameSpec* frame) {
  absl::flat_hash_map<std::string, std::string> macros;
  for (const Macro& m : file.macros()) macros[m.name()] = m.pattern();
  std::string out = pattern;
  // Macros may use macros; bound the depth so a cycle is an error.
  for (int depth = 0; depth < 16; ++depth) {
    std::string next;
    bool changed = false;
    size_t i = 0;
    while (i < out.size()) {
      if (out[i] == '{') {
        const size_t close = out.find('}', i);
        if (close != std::string::npos) {
          const std::string name = out.substr(i + 1, close - i - 1);
          const bool is_name =
              !name.empty() &&
              std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'A' && c <= 'Z') || c == '_';
              });
          if (is_name) {
            if (name == "VERB" || name == "NOUN") {
              if (frame == nullptr) {
                return absl::InvalidArgumentError(
                    absl::StrCat("{", name, "} used by a rule with no frames"));
              }
              const std::vector<std::string> forms =
                  name == "VERB" ? Lexicon::VerbForms(*frame)
                                 : Lexicon::NounForms(*frame);
              if (forms.empty()) {
                return absl::InvalidArgumentError(
                    absl::StrCat("frame ", frame->name(), " has no ",
                                 name == "VERB" ? "verbs" : "nouns"));
              }
              next += Alternation(forms);
            } else {
              auto it = macros.find(name);
              if (it == macros.end()) {
                return absl::InvalidArgumentError(
                    absl::StrCat("unknown macro {", name, "}"));
              }
              next += absl::StrCat("(?:", it->second, ")");
            }
            if (next.size() > kMaxExpandedPatternBytes) {
              // Nested macros grow exponentially; stop before memory does.
              return absl::InvalidArgumentError(
                  absl::StrCat("pattern longer than ", kMaxExpandedPatternBytes,
                               " bytes after macro expansion"));
            }
            changed = true;
            i = close + 1;
            continue;
          }
        }
      }
      next.push_back(out[i]);
      ++i;
    }
    out = std::move(next);
    if (!changed) return out;
  }
  return absl::InvalidArgumentError("macro expansion too deep (a cycle?)");
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::Compile(
    const RuleFile& file, const Lexicon& lexicon, const RuleLimits& limits) {
  const RE2::Options options = PatternOptions(limits);
  CompiledRuleTable table;
  std::vector<std::unique_ptr<const RE2>> compiled;
  absl::flat_hash_map<std::string, int> atom_index;
  for (const Rule& rule : file.rules()) {
    std::vector<const FrameSpec*> frames;
    std::vector<std::string> names(rule.frames().begin(), rule.frames().end());
    if (!rule.frame().empty()) names.push_back(rule.frame());
    if (names.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("rule ", rule.name(), ": no frame"));
    }
    if (rule.context_role().empty() != rule.context_tag().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rule ", rule.name(), ": context_role and context_tag go together"));
    }
    for (const std::string& n : names) {
      const FrameSpec* f = lexicon.Find(n);
      if (f == nullptr) {
        return absl::InvalidArgumentError(
            absl::StrCat("rule ", rule.name(), ": unknown frame ", n));
      }
      frames.push_back(f);
    }
    for (const FrameSpec* frame : frames) {
      auto expanded = Expand(rule.pattern(), file, frame);
      if (!expanded.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "rule ", rule.name(), ": ", expanded.status().message()));
      }
      auto re = std::make_unique<const RE2>(*expanded, options);
      if (!re->ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "rule ", rule.name(), " (", frame->name(), "): ", re->error()));
      }
      CompiledRule* out = table.add_rules();
      out->set_name(rule.name());
      out->set_frame(frame->name());
      out->set_subject_from_sentence(rule.subject_from_sentence());
      out->set_context_role(rule.context_role());
      out->set_context_tag(rule.context_tag());
      out->set_pattern(*expanded);
      out->set_first_bytes(FirstBytes::Of(*expanded).Serialize());
      std::vector<std::pair<int, std::string>> groups;
      for (const auto& [group, index] : re->NamedCapturingGroups()) {
        std::string role = group;
        if (role == "subj") role = frame->subject_role();
        if (role == "obj") role = frame->object_role();
        if (role.empty()) {
          return absl::InvalidArgumentError(
              absl::StrCat("rule ", rule.name(), ": frame ", frame->name(),
                           " has no role for group ", group));
        }
        groups.push_back({index, role});
      }
      std::sort(groups.begin(), groups.end());
      for (const auto& [index, role] : groups) {
        CaptureRole* g = out->add_groups();
        g->set_index(index);
        g->set_role(role);
      }
      if (table.rules_size() > limits.max_rules) {
        return absl::ResourceExhaustedError(absl::StrCat(
            "more than ", limits.max_rules, " rules (--max_rules)"));
      }
      ACCORD_ASSIGN_OR_RETURN(LiteralCnf cnf,
                              LiteralClauses(*expanded, options));
      std::vector<int> global(cnf.atoms.size());
      for (size_t i = 0; i < cnf.atoms.size(); ++i) {
        auto [it, added] =
            atom_index.try_emplace(cnf.atoms[i], table.atoms_size());
        if (added) table.add_atoms(cnf.atoms[i]);
        global[i] = it->second;
      }
      for (const std::vector<int>& clause : cnf.clauses) {
        std::vector<int> atoms;
        for (int a : clause) atoms.push_back(global[a]);
        std::sort(atoms.begin(), atoms.end());
        out->add_clauses()->mutable_atoms()->Add(atoms.begin(), atoms.end());
      }
      compiled.push_back(std::move(re));
    }
  }
  table.set_max_pattern_memory(limits.max_pattern_memory);
  return Build(table, lexicon, limits, std::move(compiled));
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::FromTable(
    absl::string_view serialized_table, const Lexicon& lexicon,
    const RuleLimits& limits, absl::string_view atom_automaton) {
  CompiledRuleTable table;
  if (!table.ParseFromArray(serialized_table.data(),
                            static_cast<int>(serialized_table.size()))) {
    return absl::InvalidArgumentError("rule table: malformed");
  }
  if (limits.max_pattern_memory < table.max_pattern_memory()) {
    return absl::InvalidArgumentError(
        absl::StrCat("rule table: compiled with a pattern memory budget of ",
                     table.max_pattern_memory(), " bytes; this one is ",
                     limits.max_pattern_memory));
  }
  return Build(table, lexicon, limits, {}, atom_automaton);
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::Build(
    const CompiledRuleTable& table, const Lexicon& lexicon,
    const RuleLimits& limits, std::vector<std::unique_ptr<const RE2>> re,
    absl::string_view atom_automaton) {
  if (table.rules_size() > limits.max_rules) {
    return absl::ResourceExhaustedError(
        absl::StrCat("more than ", limits.max_rules, " rules (--max_rules)"));
  }
  std::unique_ptr<RuleSet> set(new RuleSet());
  set->options_ = PatternOptions(limits);
  set->atom_strings_.assign(table.atoms().begin(), table.atoms().end());
  set->num_atoms_ = table.atoms_size();
  for (int i = 0; i < table.rules_size(); ++i) {
    const CompiledRule& r = table.rules(i);
    auto c = std::make_unique<Compiled>();
    c->name = r.name();
    c->frame = lexicon.Find(r.frame());
    if (c->frame == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rule table: rule ", r.name(), ": unknown frame ", r.frame()));
    }
    c->subject_from_sentence = r.subject_from_sentence();
    c->context_role = r.context_role();
    c->context_tag = r.context_tag();
    c->pattern = r.pattern();
    absl::StatusOr<FirstBytes> first = FirstBytes::Deserialize(r.first_bytes());
    if (!first.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rule table: rule ", r.name(), ": ", first.status().message()));
    }
    c->first = *first;
    for (const CaptureRole& g : r.groups()) {
      c->groups.push_back({g.index(), g.role()});
    }
    for (const AtomClause& clause : r.clauses()) {
      for (int a : clause.atoms()) {
        if (a < 0 || a >= set->num_atoms_) {
          return absl::InvalidArgumentError(absl::StrCat(
              "rule table: rule ", r.name(), ": atom ", a, " out of range"));
        }
      }
      c->clauses.emplace_back(clause.atoms().begin(), clause.atoms().end());
    }
    if (i < static_cast<int>(re.size())) {
      Compiled* target = c.get();
      absl::call_once(c->once, [&] { target->re = std::move(re[i]); });
      ++set->num_compiled_;
    }
    set->compiled_.push_back(std::move(c));
  }
  if (atom_automaton.empty()) {
    set->atoms_ = std::make_unique<AtomMatcher>(set->atom_strings_);
  } else {
    auto atoms = AtomMatcher::View(atom_automaton, set->atom_strings_);
    if (!atoms.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("rule table: ", atoms.status().message()));
    }
    set->atoms_ = *std::move(atoms);
  }
  set->clauses_of_atom_.resize(set->num_atoms_);
  for (int i = 0; i < static_cast<int>(set->compiled_.size()); ++i) {
    set->first_clause_.push_back(set->num_clauses_);
    for (const std::vector<int>& clause : set->compiled_[i]->clauses) {
      for (int a : clause) {
        set->clauses_of_atom_[a].push_back(set->num_clauses_);
      }
      set->rule_of_clause_.push_back(i);
      ++set->num_clauses_;
    }
  }
  return set;
}

CompiledRuleTable RuleSet::ToTable() const {
  CompiledRuleTable table;
  table.set_max_pattern_memory(options_.max_mem());
  for (const std::string& a : atom_strings_) table.add_atoms(a);
  for (const auto& c : compiled_) {
    CompiledRule* r = table.add_rules();
    r->set_name(c->name);
    r->set_frame(c->frame->name());
    r->set_subject_from_sentence(c->subject_from_sentence);
    r->set_context_role(c->context_role);
    r->set_context_tag(c->context_tag);
    r->set_pattern(c->pattern);
    r->set_first_bytes(c->first.Serialize());
    for (const auto& [index, role] : c->groups) {
      CaptureRole* g = r->add_groups();
      g->set_index(index);
      g->set_role(role);
    }
    for (const std::vector<int>& clause : c->clauses) {
      r->add_clauses()->mutable_atoms()->Add(clause.begin(), clause.end());
    }
  }
  return table;
}

const RE2& RuleSet::Regexp(const Compiled& c) const {
  absl::call_once(c.once, [&] {
    c.re = std::make_unique<const RE2>(c.pattern, options_);
    ++num_compiled_;
  });
  return *c.re;
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::FromFile(
    const std::string& path, const Lexicon& lexicon, const RuleLimits& limits) {
  ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 16 << 20));
  RuleFile file;
  if (const absl::Status s = ParseTextproto(text, &file); !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": malformed rule file: ", s.message()));
  }
  auto set = Compile(file, lexicon, limits);
  if (!set.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", set.status().message()));
  }
  return set;
}

std::vector<RuleSet::Candidate> RuleSet::BoundedCandidates(
    absl::string_view tagged) const {
  std::vector<Candidate> candidates;
  if (compiled_.empty()) return candidates;
  std::vector<int> found;
  std::vector<int> last_start;
  atoms_->FindAllLast(tagged, &found, &last_start);
  // Walk only the clauses that hold a literal found here, keeping for each
  // the last place where one of its literals starts: a rule is a candidate
  // when all its clauses hold. Every match contains a literal of each clause
  // (the clauses are necessary conditions on the matched text), so no match
  // starts after the earliest of those places.
  std::vector<int> clause_last(num_clauses_, -1);
  for (size_t i = 0; i < found.size(); ++i) {
    for (int clause : clauses_of_atom_[found[i]]) {
      clause_last[clause] = std::max(clause_last[clause], last_start[i]);
    }
  }
  for (int i = 0; i < static_cast<int>(compiled_.size()); ++i) {
    int bound = static_cast<int>(tagged.size());
    const int first = first_clause_[i];
    const int end = first + static_cast<int>(compiled_[i]->clauses.size());
    for (int clause = first; clause < end && bound >= 0; ++clause) {
      bound = std::min(bound, clause_last[clause]);
    }
    if (bound >= 0) candidates.push_back({i, bound});
  }
  return candidates;
}

std::vector<int> RuleSet::Candidates(absl::string_view tagged) const {
  std::vector<int> rules;
  for (const Candidate& c : BoundedCandidates(tagged)) rules.push_back(c.rule);
  return rules;
}

std::vector<RuleMatch> RuleSet::Match(absl::string_view tagged) const {
  std::vector<RuleMatch> out;
  for (const Candidate& c : BoundedCandidates(tagged)) {
    MatchRule(c.rule, tagged, c.last_start, &out);
  }
  return out;
}

void RuleSet::MatchRule(int idx, absl::string_view tagged, int last_start,
                        std::vector<RuleMatch>* out) const {
  const re2::StringPiece input(tagged.data(), tagged.size());
  const Compiled& c = *compiled_[idx];
  const RE2& re = Regexp(c);
  // Cannot fail: Compile() compiled every pattern with options_, and
  // FromTable() accepts a table only under a memory budget at least as large
  // as the one it was compiled with.
  if (!re.ok()) return;
  const int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(ngroups);
  const size_t size = tagged.size();
  const size_t max_start = static_cast<size_t>(last_start);
  size_t pos = 0;
  // The leftmost match at or after `pos`, exactly as RE2's unanchored search
  // finds it: the first start from which an anchored match exists, ended
  // where the anchored (leftmost-first) DFA ends it, its groups taken on
  // that span as RE2 takes them after its own DFA passes. An unanchored DFA
  // tracks a thread begun at every byte, and on unseen text it keeps
  // building states for their combinations (docs/performance.md); anchored
  // runs track one start, and most die on their first word.
  re2::StringPiece whole;
  auto next = [&]() {
    for (size_t start = pos; start <= max_start; ++start) {
      // No match begins with a byte outside the rule's first bytes.
      if (!c.first.CanStartAt(tagged, start)) continue;
      if (re.Match(input, start, size, RE2::ANCHOR_START, &whole, 1)) {
        const size_t end =
            static_cast<size_t>(whole.data() - input.data()) + whole.size();
        return re.Match(input, start, end, RE2::ANCHOR_BOTH, sub.data(),
                        ngroups);
      }
    }
    return false;
  };
  while (pos <= max_start && next()) {
    RuleMatch m;
    m.rule = c.name;
    m.frame = c.frame;
    m.subject_from_sentence = c.subject_from_sentence;
    m.context_role = c.context_role;
    m.context_tag = c.context_tag;
    m.begin = static_cast<int>(sub[0].data() - tagged.data());
    m.end = m.begin + static_cast<int>(sub[0].size());
    for (const auto& [index, role] : c.groups) {
      if (sub[index].data() == nullptr) continue;
      const int b = static_cast<int>(sub[index].data() - tagged.data());
      m.groups.push_back({role, b, b + static_cast<int>(sub[index].size())});
    }
    pos = m.end > static_cast<int>(pos) ? m.end : pos + 1;
    out->push_back(std::move(m));
  }
}

}  // namespace accord

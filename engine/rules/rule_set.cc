#include "engine/rules/rule_set.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "google/protobuf/text_format.h"

namespace accord {
namespace {

std::string Alternation(const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const std::string& w : words) quoted.push_back(RE2::QuoteMeta(w));
  return absl::StrCat("(?:", absl::StrJoin(quoted, "|"), ")");
}

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
  std::unique_ptr<RuleSet> set(new RuleSet());
  RE2::Options options;
  options.set_max_mem(limits.max_pattern_memory);
  options.set_log_errors(false);
  for (const Rule& rule : file.rules()) {
    std::vector<const FrameSpec*> frames;
    std::vector<std::string> names(rule.frames().begin(), rule.frames().end());
    if (!rule.frame().empty()) names.push_back(rule.frame());
    if (names.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("rule ", rule.name(), ": no frame"));
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
      Compiled c;
      c.name = rule.name();
      c.frame = frame;
      c.subject_from_sentence = rule.subject_from_sentence();
      int id = -1;
      if (set->filter_.Add(*expanded, options, &id) != RE2::NoError) {
        // FilteredRE2 keeps no failed RE2; compile one to say why.
        const RE2 failed(*expanded, options);
        return absl::InvalidArgumentError(absl::StrCat(
            "rule ", rule.name(), " (", frame->name(), "): ", failed.error()));
      }
      c.re = &set->filter_.GetRE2(id);
      for (const auto& [group, index] : c.re->NamedCapturingGroups()) {
        std::string role = group;
        if (role == "subj") role = frame->subject_role();
        if (role == "obj") role = frame->object_role();
        if (role.empty()) {
          return absl::InvalidArgumentError(
              absl::StrCat("rule ", rule.name(), ": frame ", frame->name(),
                           " has no role for group ", group));
        }
        c.groups.push_back({index, role});
      }
      std::sort(c.groups.begin(), c.groups.end());
      set->compiled_.push_back(std::move(c));
      if (static_cast<int>(set->compiled_.size()) > limits.max_rules) {
        return absl::ResourceExhaustedError(absl::StrCat(
            "more than ", limits.max_rules, " rules (--max_rules)"));
      }
    }
  }
  std::vector<std::string> atoms;
  // FilteredRE2::Compile logs an error when it has no regexps.
  if (!set->compiled_.empty()) set->filter_.Compile(&atoms);
  set->num_atoms_ = static_cast<int>(atoms.size());
  set->atoms_ = std::make_unique<AtomMatcher>(atoms);
  return set;
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::FromFile(
    const std::string& path, const Lexicon& lexicon, const RuleLimits& limits) {
  ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 16 << 20));
  RuleFile file;
  if (!google::protobuf::TextFormat::ParseFromString(text, &file)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": malformed rule file"));
  }
  auto set = Compile(file, lexicon, limits);
  if (!set.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", set.status().message()));
  }
  return set;
}

std::vector<int> RuleSet::Candidates(absl::string_view tagged) const {
  std::vector<int> candidates;
  if (compiled_.empty()) return candidates;
  std::vector<int> found;
  atoms_->FindAll(tagged, &found);
  filter_.AllPotentials(found, &candidates);
  std::sort(candidates.begin(), candidates.end());
  return candidates;
}

std::vector<RuleMatch> RuleSet::Match(absl::string_view tagged) const {
  std::vector<RuleMatch> out;
  for (int idx : Candidates(tagged)) MatchRule(idx, tagged, &out);
  return out;
}

void RuleSet::MatchRule(int idx, absl::string_view tagged,
                        std::vector<RuleMatch>* out) const {
  const re2::StringPiece input(tagged.data(), tagged.size());
  const Compiled& c = compiled_[idx];
  const int ngroups = c.re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(ngroups);
  size_t pos = 0;
  while (pos <= tagged.size() &&
         c.re->Match(input, pos, tagged.size(), RE2::UNANCHORED, sub.data(),
                     ngroups)) {
    RuleMatch m;
    m.rule = c.name;
    m.frame = c.frame;
    m.subject_from_sentence = c.subject_from_sentence;
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

#include "engine/rules/rule_set.h"

#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_split.h"
#include "engine/base/file_util.h"
#include "engine/data/embedded_data.h"
#include "engine/rules/atom_matcher.h"
#include "engine/rules/embedded_rule_table.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::unique_ptr<Lexicon> TestLexicon() {
  return Lexicon::FromTextproto(R"pb(
           frames {
             name: "VISIT"
             verbs: "visit"
             verbs: "travel to"
             subject_role: "agent"
             object_role: "destination"
             roles { name: "agent" kind: KEY }
             roles { name: "destination" kind: FUNCTIONAL }
           }
         )pb")
      .value();
}

RuleFile Parse(const std::string& text) {
  RuleFile file;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &file));
  return file;
}

TEST(RuleSetTest, ExpandsMacrosAndVerbsAndMapsGroupsToRoles) {
  auto lex = TestLexicon();
  auto rules = RuleSet::Compile(
      Parse(R"pb(
        macros { name: "PER" pattern: "⟦PER#\\d+⟧" }
        macros { name: "GPE" pattern: "⟦GPE#\\d+⟧" }
        rules {
          name: "svo"
          frames: "VISIT"
          pattern: "(?P<subj>{PER}) will (?P<trigger>{VERB}) (?P<obj>{GPE})"
        }
      )pb"),
      *lex);
  ASSERT_TRUE(rules.ok()) << rules.status();
  const std::string tagged = "⟦PER#0⟧ will travel to ⟦GPE#1⟧ soon";
  const std::vector<RuleMatch> matches = (*rules)->Match(tagged);
  ASSERT_EQ(matches.size(), 1u);
  const RuleMatch& m = matches[0];
  EXPECT_EQ(m.rule, "svo");
  EXPECT_EQ(m.frame->name(), "VISIT");
  std::vector<std::string> roles;
  for (const RuleMatch::Group& g : m.groups) {
    roles.push_back(g.role + "=" + tagged.substr(g.begin, g.end - g.begin));
  }
  EXPECT_EQ(roles,
            (std::vector<std::string>{"agent=⟦PER#0⟧", "trigger=travel to",
                                      "destination=⟦GPE#1⟧"}));
  EXPECT_TRUE((*rules)->Match("nothing here").empty());
}

TEST(RuleSetTest, ErrorsNameTheRule) {
  auto lex = TestLexicon();
  const std::string bad[] = {
      R"pb(rules { name: "r1" frames: "VISIT" pattern: "{NOPE}" })pb",
      R"pb(rules { name: "r1" frames: "NOFRAME" pattern: "x" })pb",
      R"pb(rules { name: "r1" frames: "VISIT" pattern: "(unclosed" })pb",
      R"pb(rules { name: "r1" pattern: "x" })pb",
      R"pb(macros { name: "A" pattern: "{B}" }
           macros { name: "B" pattern: "{A}" }
           rules { name: "r1" frames: "VISIT" pattern: "{A}" })pb",
  };
  for (const std::string& text : bad) {
    auto rules = RuleSet::Compile(Parse(text), *lex);
    ASSERT_FALSE(rules.ok()) << text;
    EXPECT_NE(rules.status().message().find("r1"), std::string::npos)
        << rules.status();
  }
}

// Each macro uses the next eight times: 8^16 bytes if expanded whole. Used
// to exhaust memory before RE2's limit was ever consulted.
TEST(RuleSetTest, ExponentialMacroExpansionIsAnError) {
  std::string text;
  for (int i = 0; i < 16; ++i) {
    std::string next = "{M" + std::string(1, 'A' + i + 1) + "}";
    std::string uses;
    for (int k = 0; k < 8; ++k) uses += next;
    text += "macros { name: \"M" + std::string(1, 'A' + i) + "\" pattern: \"" +
            uses + "\" }\n";
  }
  text += "macros { name: \"MQ\" pattern: \"x\" }\n";
  text += R"pb(rules { name: "r1" frames: "VISIT" pattern: "{MA}" })pb";
  auto rules = RuleSet::Compile(Parse(text), *TestLexicon());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("after macro expansion"),
            std::string::npos)
      << rules.status();
}

TEST(RuleSetTest, RuleLimitIsEnforced) {
  auto lex = TestLexicon();
  RuleLimits limits;
  limits.max_rules = 1;
  auto rules =
      RuleSet::Compile(Parse(R"pb(
                         rules { name: "a" frames: "VISIT" pattern: "x" }
                         rules { name: "b" frames: "VISIT" pattern: "y" }
                       )pb"),
                       *lex, limits);
  EXPECT_EQ(rules.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(RuleSetTest, ShippedRulesCompileAgainstShippedLexicon) {
  auto lex = Lexicon::FromTextproto(embedded::kLexicon);
  ASSERT_TRUE(lex.ok()) << lex.status();
  RuleFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      std::string(embedded::kRules), &file));
  auto rules = RuleSet::Compile(file, **lex);
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_GT((*rules)->size(), file.rules_size());
  for (const Rule& r : file.rules()) {
    EXPECT_FALSE(r.comment().empty()) << r.name() << " needs an example";
  }
}

// The shipped rules and lexicon.
struct Shipped {
  std::unique_ptr<Lexicon> lexicon;
  RuleFile file;
};

Shipped LoadShipped() {
  Shipped s;
  s.lexicon = Lexicon::FromTextproto(embedded::kLexicon).value();
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(
      std::string(embedded::kRules), &s.file));
  return s;
}

std::vector<std::string> TaggedFixture() {
  const std::string text =
      ReadFileToString("engine/rules/testdata/tagged_sentences.txt", 1 << 20)
          .value();
  std::vector<std::string> out;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (!line.empty() && line[0] != '#') out.emplace_back(line);
  }
  return out;
}

// "rule frame begin-end" for each match, the identity of a match.
std::vector<std::string> Keys(const std::vector<RuleMatch>& matches) {
  std::vector<std::string> keys;
  for (const RuleMatch& m : matches) {
    std::string key =
        absl::StrCat(m.rule, " ", m.frame->name(), " ", m.begin, "-", m.end);
    for (const RuleMatch::Group& g : m.groups) {
      absl::StrAppend(&key, " ", g.role, "=", g.begin, "-", g.end);
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

// The reference: every expanded rule run on the whole sentence, no prefilter.
struct ReferenceRule {
  std::string key;  // "rule frame"
  std::unique_ptr<RE2> re;
  std::vector<std::pair<int, std::string>> groups;  // capture index, role
};

std::vector<ReferenceRule> ReferenceRules(const Shipped& s) {
  std::vector<ReferenceRule> out;
  for (const Rule& rule : s.file.rules()) {
    std::vector<std::string> names(rule.frames().begin(), rule.frames().end());
    if (!rule.frame().empty()) names.push_back(rule.frame());
    for (const std::string& n : names) {
      const FrameSpec* frame = s.lexicon->Find(n);
      ReferenceRule r;
      r.key = absl::StrCat(rule.name(), " ", n);
      r.re = std::make_unique<RE2>(
          RuleSet::Expand(rule.pattern(), s.file, frame).value());
      for (const auto& [name, index] : r.re->NamedCapturingGroups()) {
        std::string role = name;
        if (role == "subj") role = frame->subject_role();
        if (role == "obj") role = frame->object_role();
        r.groups.push_back({index, role});
      }
      std::sort(r.groups.begin(), r.groups.end());
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::vector<std::string> ReferenceKeys(const std::vector<ReferenceRule>& rules,
                                       const std::string& tagged) {
  std::vector<std::string> keys;
  for (const ReferenceRule& r : rules) {
    std::vector<re2::StringPiece> sub(r.re->NumberOfCapturingGroups() + 1);
    size_t pos = 0;
    while (pos <= tagged.size() &&
           r.re->Match(tagged, pos, tagged.size(), RE2::UNANCHORED, sub.data(),
                       static_cast<int>(sub.size()))) {
      const int b = static_cast<int>(sub[0].data() - tagged.data());
      const int e = b + static_cast<int>(sub[0].size());
      std::string key = absl::StrCat(r.key, " ", b, "-", e);
      for (const auto& [index, role] : r.groups) {
        if (sub[index].data() == nullptr) continue;
        const int gb = static_cast<int>(sub[index].data() - tagged.data());
        absl::StrAppend(&key, " ", role, "=", gb, "-",
                        gb + static_cast<int>(sub[index].size()));
      }
      keys.push_back(std::move(key));
      pos = e > static_cast<int>(pos) ? e : pos + 1;
    }
  }
  return keys;
}

// The prefilter may only skip rules that cannot match: on real tagged
// sentences Match() returns exactly what running every rule returns.
TEST(RuleSetTest, PrefilterLosesNoMatchOfTheShippedRules) {
  const Shipped s = LoadShipped();
  auto rules = RuleSet::Compile(s.file, *s.lexicon).value();
  EXPECT_GT(rules->num_atoms(), 0);
  const std::vector<ReferenceRule> reference = ReferenceRules(s);
  int total = 0;
  int skipped = 0;
  for (const std::string& tagged : TaggedFixture()) {
    const std::vector<std::string> got = Keys(rules->Match(tagged));
    EXPECT_EQ(got, ReferenceKeys(reference, tagged)) << tagged;
    total += static_cast<int>(got.size());
    skipped +=
        rules->size() - static_cast<int>(rules->Candidates(tagged).size());
  }
  EXPECT_GT(total, 50);   // the fixture exercises many rules
  EXPECT_GT(skipped, 0);  // and the prefilter does skip rules
}

// Match() runs each candidate rule anchored at successive starts, up to the
// last start its literals allow, instead of one unanchored search. On
// sentences written for the corners of RE2's unanchored, leftmost-first
// search it must find exactly what that search finds.
TEST(RuleSetTest, AnchoredStartsFindWhatUnanchoredSearchFinds) {
  Shipped s;
  s.lexicon = TestLexicon();
  s.file = Parse(R"pb(
    macros { name: "PER" pattern: "⟦PER#\\d+⟧" }
    macros { name: "GPE" pattern: "⟦GPE#\\d+⟧" }
    # Starts inside a word: "the" in "bathe".
    rules {
      name: "the_person"
      frames: "VISIT"
      pattern: "the (?P<subj>{PER}) (?P<trigger>{VERB})"
    }
    # Leftmost-first: the first alternative wins where both match, and the
    # lazy repeat takes as few words as it can.
    rules {
      name: "alternatives"
      frames: "VISIT"
      pattern: "(?P<subj>{PER}|{PER} and {PER})(?: [a-z]+){0,3}? (?P<trigger>{VERB}) (?P<obj>{GPE})"
    }
    # Word boundaries look outside the match: "visit" but not "visits".
    rules {
      name: "bounded"
      frames: "VISIT"
      pattern: "\\b(?P<trigger>{VERB})\\b"
    }
    # May match the empty string: no literal bounds its start.
    rules { name: "empty" frames: "VISIT" pattern: "(?P<trigger>{VERB})?" }
    # A literal far from the start ("soon"), occurring more than once.
    rules {
      name: "far_literal"
      frames: "VISIT"
      pattern: "(?P<subj>{PER})[^.]{0,60}? soon"
    }
  )pb");
  auto rules = RuleSet::Compile(s.file, *s.lexicon);
  ASSERT_TRUE(rules.ok()) << rules.status();
  const std::vector<ReferenceRule> reference = ReferenceRules(s);
  const std::string sentences[] = {
      "to bathe ⟦PER#1⟧ visit ⟦GPE#2⟧ soon",
      "⟦PER#1⟧ and ⟦PER#2⟧ will visit ⟦GPE#3⟧",
      "⟦PER#1⟧ visits ⟦GPE#2⟧ and ⟦PER#3⟧ will visit ⟦GPE#4⟧ soon",
      "⟦PER#1⟧ said soon that ⟦PER#2⟧ would travel to ⟦GPE#3⟧ soon, soon",
      "the ⟦PER#1⟧ visit the ⟦PER#2⟧ visit",
      "",
      "visit",
  };
  int total = 0;
  for (const std::string& tagged : sentences) {
    const std::vector<std::string> got = Keys((*rules)->Match(tagged));
    EXPECT_EQ(got, ReferenceKeys(reference, tagged)) << tagged;
    total += static_cast<int>(got.size());
  }
  EXPECT_GT(total, 20);
}

// A rule whose DFA cannot get memory still matches (RE2 falls back to its
// NFA): with this budget, 64 of the shipped patterns run out of DFA memory on
// the fixture (counted once with log_errors on) and the matches are the same.
TEST(RuleSetTest, TinyMemoryBudgetLosesNoMatch) {
  const Shipped s = LoadShipped();
  auto normal = RuleSet::Compile(s.file, *s.lexicon).value();
  RuleLimits tiny;
  tiny.max_pattern_memory = 1 << 17;
  auto starved = RuleSet::Compile(s.file, *s.lexicon, tiny);
  ASSERT_TRUE(starved.ok()) << starved.status();
  for (const std::string& tagged : TaggedFixture()) {
    EXPECT_EQ(Keys((*starved)->Match(tagged)), Keys(normal->Match(tagged)))
        << tagged;
  }
}

// The table built into the binaries (rule_table_gen, at build time) is what
// compiling the shipped rule file now gives: a rules or lexicon edit cannot
// leave it stale.
TEST(RuleSetTest, EmbeddedTableIsTheShippedRulesCompiledNow) {
  const Shipped s = LoadShipped();
  auto rules = RuleSet::Compile(s.file, *s.lexicon).value();
  std::string fresh;
  ASSERT_TRUE(rules->ToTable().SerializeToString(&fresh));
  EXPECT_TRUE(fresh == embedded::kRuleTable)
      << "engine/rules:embedded_rule_table differs from a fresh compile";
  CompiledRuleTable table;
  ASSERT_TRUE(table.ParseFromArray(embedded::kRuleTable.data(),
                                   embedded::kRuleTable.size()));
  EXPECT_EQ(table.rules_size(), rules->size());
  EXPECT_GT(table.atoms_size(), 100);
  // And the literals' automaton built into the binaries is the one built
  // now from the table's atoms.
  const std::vector<std::string> atoms(table.atoms().begin(),
                                       table.atoms().end());
  EXPECT_TRUE(AtomMatcher(atoms).Serialize() == embedded::kAtomAutomaton)
      << "engine/rules:embedded_rule_table's automaton differs from a fresh "
         "build";
}

// With the embedded automaton used in place, the set finds the same
// candidates and matches as with one built at load; an automaton of other
// atoms is refused with an error.
TEST(RuleSetTest, TableWithPrebuiltAutomatonMatchesTheSame) {
  const Shipped s = LoadShipped();
  auto built = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon);
  auto viewed = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon, {},
                                   embedded::kAtomAutomaton);
  ASSERT_TRUE(built.ok()) << built.status();
  ASSERT_TRUE(viewed.ok()) << viewed.status();
  for (const std::string& tagged : TaggedFixture()) {
    EXPECT_EQ((*viewed)->Candidates(tagged), (*built)->Candidates(tagged));
    EXPECT_EQ(Keys((*viewed)->Match(tagged)), Keys((*built)->Match(tagged)))
        << tagged;
  }
  const std::string other = AtomMatcher({"visit", "attend"}).Serialize();
  auto wrong = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon, {}, other);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("rule table: atom automaton"),
            absl::string_view::npos)
      << wrong.status();
}

// FromTable compiles nothing up front and, compiling each rule on first use,
// matches exactly what the eagerly compiled set matches.
TEST(RuleSetTest, TableLoadedRulesCompileLazilyAndMatchTheSame) {
  const Shipped s = LoadShipped();
  auto eager = RuleSet::Compile(s.file, *s.lexicon).value();
  EXPECT_EQ(eager->num_compiled(), eager->size());
  auto lazy = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon);
  ASSERT_TRUE(lazy.ok()) << lazy.status();
  EXPECT_EQ((*lazy)->num_compiled(), 0);
  EXPECT_EQ((*lazy)->size(), eager->size());
  const std::vector<std::string> fixture = TaggedFixture();
  EXPECT_TRUE((*lazy)->Match(fixture[0]).empty() ||
              (*lazy)->num_compiled() > 0);
  EXPECT_LT((*lazy)->num_compiled(), (*lazy)->size());
  for (const std::string& tagged : fixture) {
    EXPECT_EQ(Keys((*lazy)->Match(tagged)), Keys(eager->Match(tagged)))
        << tagged;
    EXPECT_EQ((*lazy)->Candidates(tagged), eager->Candidates(tagged));
  }
}

// Several threads meeting the same uncompiled rules at once (the CLI's
// --jobs) each get every match.
TEST(RuleSetTest, LazyCompilationIsSafeAcrossThreads) {
  const Shipped s = LoadShipped();
  auto eager = RuleSet::Compile(s.file, *s.lexicon).value();
  auto lazy = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon).value();
  const std::vector<std::string> fixture = TaggedFixture();
  std::vector<std::vector<std::string>> want;
  for (const std::string& tagged : fixture) {
    want.push_back(Keys(eager->Match(tagged)));
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < fixture.size(); ++i) {
        if (Keys(lazy->Match(fixture[i])) != want[i]) ++mismatches[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(RuleSetTest, BadTablesAreRefused) {
  const Shipped s = LoadShipped();
  EXPECT_FALSE(RuleSet::FromTable("\xff\xff not a table", *s.lexicon).ok());
  RuleLimits smaller;
  smaller.max_pattern_memory = RuleLimits().max_pattern_memory / 2;
  auto starved = RuleSet::FromTable(embedded::kRuleTable, *s.lexicon, smaller);
  ASSERT_FALSE(starved.ok());
  EXPECT_NE(starved.status().message().find("memory budget"), std::string::npos)
      << starved.status();
  RuleLimits few;
  few.max_rules = 3;
  EXPECT_EQ(
      RuleSet::FromTable(embedded::kRuleTable, *s.lexicon, few).status().code(),
      absl::StatusCode::kResourceExhausted);
  // A table naming a frame the lexicon lacks.
  auto lex = TestLexicon();
  auto other = RuleSet::FromTable(embedded::kRuleTable, *lex);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("unknown frame"), std::string::npos)
      << other.status();
}

}  // namespace
}  // namespace accord

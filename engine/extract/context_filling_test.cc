#include "engine/extract/context_filling.h"

#include <memory>
#include <string>
#include <vector>

#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"
#include "engine/rules/tagged_sentence.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

constexpr char kLexicon[] = R"pb(
  frames {
    name: "ATTEND"
    verbs: [ "attend" ]
    subject_role: "agent"
    object_role: "event"
    roles { name: "agent" kind: SET }
    roles { name: "event" kind: KEY }
  }
)pb";

// A document written for this test, with its mentions given by hand: the
// occasion is named in the first sentence, the guests in the second.
struct Fixture {
  Document doc;
  std::vector<AnnotatedSentence> sentences;

  // Adds a sentence; `mentions` are (word, tag, entity id) of words in it.
  void Add(const std::string& text,
           const std::vector<std::vector<std::string>>& mentions) {
    const int begin = static_cast<int>(doc.text().size());
    doc.set_text(doc.text() + text + " ");
    AnnotatedSentence s;
    s.index = static_cast<int>(sentences.size());
    s.bounds.begin = begin;
    s.bounds.end = begin + static_cast<int>(text.size());
    for (const std::vector<std::string>& m : mentions) {
      Mention mention;
      mention.begin = begin + static_cast<int>(text.find(m[0]));
      mention.end = mention.begin + static_cast<int>(m[0].size());
      mention.tag = m[1];
      mention.value.set_entity_id(m[2]);
      mention.value.set_surface(m[0]);
      s.mentions.push_back(mention);
    }
    sentences.push_back(s);
  }
};

TEST(DocumentContextTest, LatestAndFirstSkipAnaphors) {
  Fixture f;
  f.Add("The summit opened.", {{"summit", "EVT", "summit_a"}});
  f.Add("The parade follows.", {{"parade", "EVT", "@occasion"}});
  f.Add("Then the gala.", {{"gala", "EVT", "gala_c"}});
  const DocumentContext context(&f.sentences);
  EXPECT_EQ(context.LatestUpTo("EVT", 0), "summit_a");
  EXPECT_EQ(context.LatestUpTo("EVT", 1), "summit_a");  // not "@occasion"
  EXPECT_EQ(context.LatestUpTo("EVT", 2), "gala_c");
  EXPECT_EQ(context.LatestUpTo("ORG", 2), "");
  ASSERT_NE(context.FirstFrom("EVT", 1), nullptr);
  EXPECT_EQ(*context.FirstFrom("EVT", 1), "gala_c");
  EXPECT_EQ(context.FirstFrom("EVT", 3), nullptr);
}

// A rule's context_role takes the context_tag mention of the sentence, else
// the latest one before it, and stays empty when there is none.
TEST(ContextFillerTest, FillsTheRuleContextRole) {
  auto lexicon = Lexicon::FromTextproto(kLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  const FrameSpec* attend = (*lexicon)->Find("ATTEND");
  Fixture f;
  f.Add("The summit opened.", {{"summit", "EVT", "summit_a"}});
  f.Add("Ministers will attend.", {});
  f.Add("Kings will attend the gala.", {{"gala", "EVT", "gala_c"}});
  const DocumentContext context(&f.sentences);
  const Gazetteer* no_gazetteer = nullptr;
  const ContextFiller filler(no_gazetteer);
  struct Case {
    int sentence;
    const char* role;
    const char* tag;
    const char* want;  // the role's entity id, "" for none
  };
  const Case cases[] = {
      {1, "event", "EVT", "summit_a"},  // from the sentence before
      {2, "event", "EVT", "gala_c"},    // the sentence's own
      {0, "event", "ORG", ""},          // no mention of that tag
      {1, "", "", ""},                  // the rule has no context role
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sentence);
    const TaggedSentence tagged =
        TaggedSentence::Render(f.doc.text(), f.sentences[c.sentence]);
    const SentenceView view{&f.doc, f.doc.text(), &f.sentences[c.sentence],
                            &tagged};
    RuleMatch match;
    match.frame = attend;
    match.context_role = c.role;
    match.context_tag = c.tag;
    ClaimDraft draft;
    filler.FillContextRole(view, match, context, &draft);
    std::string got;
    for (const Argument& a : draft.claim.args()) {
      if (a.role() == c.role) got = a.value().entity_id();
    }
    EXPECT_EQ(got, c.want);
  }
}

// The rule set carries the fields to each match, through the build-time
// table too, and refuses one without the other.
TEST(ContextFillerTest, RuleSetCarriesContextFields) {
  auto lexicon = Lexicon::FromTextproto(kLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  RuleFile file;
  Rule* rule = file.add_rules();
  rule->set_name("guests");
  rule->set_frame("ATTEND");
  rule->set_pattern("(?P<subj>ministers) will (?P<trigger>attend)");
  rule->set_context_role("event");
  rule->set_context_tag("EVT");
  auto compiled = RuleSet::Compile(file, **lexicon);
  ASSERT_TRUE(compiled.ok()) << compiled.status();
  auto loaded =
      RuleSet::FromTable((*compiled)->ToTable().SerializeAsString(), **lexicon);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  for (const RuleSet* set : {compiled->get(), loaded->get()}) {
    const std::vector<RuleMatch> matches = set->Match("ministers will attend.");
    ASSERT_EQ(matches.size(), 1u);
    EXPECT_EQ(matches[0].context_role, "event");
    EXPECT_EQ(matches[0].context_tag, "EVT");
  }
  rule->clear_context_tag();
  EXPECT_FALSE(RuleSet::Compile(file, **lexicon).ok());
}

}  // namespace
}  // namespace accord

#include "engine/rules/lexicon.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using ::testing::IsSupersetOf;

struct Case {
  std::string verb;
  std::vector<std::string> forms;
};

TEST(LexiconTest, InflectsRegularVerbsAndPhrases) {
  const Case cases[] = {
      {"travel to",
       {"travel to", "travels to", "traveled to", "travelled to",
        "traveling to", "travelling to"}},
      {"reject", {"reject", "rejects", "rejected", "rejecting"}},
      {"propose", {"propose", "proposes", "proposed", "proposing"}},
      {"accuse", {"accuses", "accused", "accusing"}},
      {"rebuff", {"rebuffs", "rebuffed", "rebuffing"}},
      {"push for", {"pushes for", "pushed for", "pushing for"}},
      {"deny", {"denies", "denied", "denying"}},
      {"stop", {"stops", "stopped", "stopping"}},
  };
  for (const Case& c : cases) {
    FrameSpec f;
    f.add_verbs(c.verb);
    EXPECT_THAT(Lexicon::VerbForms(f), IsSupersetOf(c.forms)) << c.verb;
  }
}

TEST(LexiconTest, FormsAreLongestFirstSoAlternationsPreferThem) {
  FrameSpec f;
  f.add_verbs("meet");
  f.add_verbs("meet with");
  f.add_forms("met with");
  f.add_forms("met");
  const std::vector<std::string> forms = Lexicon::VerbForms(f);
  for (size_t i = 1; i < forms.size(); ++i) {
    EXPECT_GE(forms[i - 1].size(), forms[i].size());
  }
}

TEST(LexiconTest, RoleKindsAndValidation) {
  auto lex = Lexicon::FromTextproto(R"pb(
    frames {
      name: "VISIT"
      verbs: "visit"
      subject_role: "agent"
      object_role: "destination"
      roles { name: "agent" kind: KEY }
      roles { name: "destination" kind: FUNCTIONAL }
    }
  )pb");
  ASSERT_TRUE(lex.ok()) << lex.status();
  const FrameSpec* visit = (*lex)->Find("VISIT");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ((*lex)->KindOf(*visit, "agent"), KEY);
  EXPECT_EQ((*lex)->KindOf(*visit, "destination"), FUNCTIONAL);
  EXPECT_EQ((*lex)->KindOf(*visit, "undeclared"), INFO);
  EXPECT_EQ((*lex)->Find("NOPE"), nullptr);

  const std::string bad[] = {
      R"pb(frames { name: "A" }
           frames { name: "A" })pb",
      R"pb(frames {
             name: "A"
             roles { name: "x" }
           })pb",
      R"pb(frames { name: "A" subject_role: "who" })pb",
      "frames {",
  };
  for (const std::string& text : bad) {
    EXPECT_FALSE(Lexicon::FromTextproto(text).ok()) << text;
  }
}

}  // namespace
}  // namespace accord

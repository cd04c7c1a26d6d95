#include "engine/extract/control_complements.h"

#include <string>

#include "engine/data/english.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using Kind = ControlComplements::Kind;

// `marked` is a tagged sentence with '*' right before the trigger.
Kind KindOf(const std::string& marked) {
  static const ControlComplements* const kComplements =
      new ControlComplements(English::Default().words());
  const size_t star = marked.find('*');
  EXPECT_NE(star, std::string::npos) << marked;
  std::string t = marked;
  t.erase(star, 1);
  return kComplements->Of(t, static_cast<int>(star));
}

struct Case {
  const char* marked;
  Kind want;
};

TEST(ControlComplementsTest, HeadOfTheInfinitive) {
  const Case cases[] = {
      // Threats, orders, wishes and plots: no occurrence.
      {"⟦PER#0⟧ threatened to *kill his neighbour",
       ControlComplements::kUnrealized},
      {"she threatens to *sue the council", ControlComplements::kUnrealized},
      {"the gang leader directed ⟦PER#0⟧ to *shoot the guard",
       ControlComplements::kUnrealized},
      {"the colonel ordered his two sergeants to *fire",
       ControlComplements::kUnrealized},
      {"he hired a hit man to *murder his partner",
       ControlComplements::kUnrealized},
      {"the men plotted to *bomb a bridge", ControlComplements::kUnrealized},
      {"he is accused of plotting to *attack the base",
       ControlComplements::kUnrealized},
      {"she wanted to *shoot someone", ControlComplements::kUnrealized},
      {"he did not mean to *hurt his father", ControlComplements::kUnrealized},
      {"threats to *kill the mayor were posted online",
       ControlComplements::kUnrealized},
      {"a plot to *kidnap the governor", ControlComplements::kUnrealized},
      {"they conspired to rob and *kill", ControlComplements::kUnrealized},
      {"the cell conspired to carry out an *attack",
       ControlComplements::kUnrealized},
      {"he threatened to brutally *kill her", ControlComplements::kUnrealized},
      // Attempts are occurrences of their own.
      {"the suspect tried to *kill an officer", ControlComplements::kAttempted},
      {"an attempt to *rob a bank", ControlComplements::kAttempted},
      {"they were seeking to *seize the ship", ControlComplements::kAttempted},
      {"he wanted to try to *escape", ControlComplements::kAttempted},
      // Implicative verbs: the event happened.
      {"the driver managed to *escape", ControlComplements::kAchieved},
      {"she succeeded in persuading him and managed to *flee",
       ControlComplements::kAchieved},
      // No control head.
      {"police *arrested the man", ControlComplements::kNone},
      {"he went to the house to *kill her", ControlComplements::kNone},
      {"he drove there in order to *kill her", ControlComplements::kNone},
      {"officers were called to the *shooting", ControlComplements::kNone},
      // The trigger is another verb's object, not the infinitive's event.
      {"callers are asked to mention the *shooting", ControlComplements::kNone},
      {"he urged reporters not to describe the *attacks as revenge",
       ControlComplements::kNone},
      {"she wanted to file *charges", ControlComplements::kUnrealized},
      {"officers responded to *shootings", ControlComplements::kNone},
      {"he threatened the clerk , then went on to *shoot",
       ControlComplements::kNone},
      {"the company agreed to *acquire its rival", ControlComplements::kNone},
      {"he is expected to be *sentenced", ControlComplements::kNone},
      {"the chipmaker intends to *acquire a rival", ControlComplements::kNone},
      {"the party announced its intention to *merge",
       ControlComplements::kNone},
      {"*killed", ControlComplements::kNone},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(KindOf(c.marked), c.want) << c.marked;
  }
}

TEST(ControlComplementsTest, MarkSetsEpisodeOrModality) {
  const ControlComplements complements(English::Default().words());
  const std::string t = "he threatened to kill her";
  const int trigger = static_cast<int>(t.find("kill"));
  Claim claim;
  claim.set_modality(PLANNED);
  Argument* earlier = claim.add_args();
  earlier->set_role("episode");
  earlier->mutable_value()->set_text("earlier");
  EXPECT_EQ(complements.Mark(t, trigger, true, &claim),
            ControlComplements::kUnrealized);
  ASSERT_EQ(claim.args_size(), 1);
  EXPECT_EQ(claim.args(0).value().text(), "intended");

  Claim no_role;
  complements.Mark(t, trigger, false, &no_role);
  EXPECT_EQ(no_role.args_size(), 0);

  const std::string managed = "she managed to escape";
  Claim escaped;
  escaped.set_modality(PLANNED);
  EXPECT_EQ(complements.Mark(managed, static_cast<int>(managed.find("escape")),
                             true, &escaped),
            ControlComplements::kAchieved);
  EXPECT_EQ(escaped.modality(), ASSERTED);
  EXPECT_EQ(escaped.args_size(), 0);
}

}  // namespace
}  // namespace accord

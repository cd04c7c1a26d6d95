#include "engine/extract/passive_reading.h"

#include <memory>
#include <string>

#include "engine/data/embedded_data.h"
#include "engine/io/bounded_parse.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// A match of `t` with a subject group over `subj` and a trigger group over
// `trigger` (the first occurrences of each).
RuleMatch Match(const std::string& t, const std::string& subj,
                const std::string& trigger) {
  static const FrameSpec* frame = [] {
    auto* f = new FrameSpec;
    f->set_name("ARREST");
    f->set_subject_role("agent");
    return f;
  }();
  RuleMatch m;
  m.frame = frame;
  const int s = static_cast<int>(t.find(subj));
  const int g = static_cast<int>(t.find(trigger, s + subj.size()));
  m.groups.push_back({"agent", s, s + static_cast<int>(subj.size())});
  m.groups.push_back({"trigger", g, g + static_cast<int>(trigger.size())});
  m.begin = s;
  m.end = g + static_cast<int>(trigger.size());
  return m;
}

TEST(PassiveReadingTest, BeBeforeAPastParticipleIsPassive) {
  GenericEventFile file;
  ASSERT_TRUE(ParseTextproto(embedded::kGenericEvents, &file).ok());
  const std::unique_ptr<PassiveReading> passive = PassiveReading::Create(file);
  struct Case {
    const char* t;
    const char* subj;
    const char* trigger;
    bool misread;
  } cases[] = {
      {"the driver was arrested on tuesday.", "the driver", "arrested", true},
      {"two guards were reportedly injured.", "two guards", "injured", true},
      {"the clerk has been taken hostage.", "the clerk", "taken", true},
      {"the courier got robbed twice.", "the courier", "robbed", true},
      // Active clauses, perfect and progressive.
      {"police arrested the driver.", "police", "arrested", false},
      {"police have arrested the driver.", "police", "arrested", false},
      {"rebels were attacking the town.", "rebels", "attacking", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(passive->MisreadActive(c.t, Match(c.t, c.subj, c.trigger)),
              c.misread)
        << c.t;
  }
  // No subject group before the trigger: nothing to misread.
  RuleMatch verb_only;
  verb_only.groups.push_back({"trigger", 4, 12});
  EXPECT_FALSE(passive->MisreadActive("was arrested", verb_only));
}

}  // namespace
}  // namespace accord

#include "engine/extract/compound_sense.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(CompoundSenseTest, SentencesWrittenForTheRule) {
  const CompoundSense compounds(&NounKinds::Default());
  // The frame's nouns, as the lexicon would give them.
  const absl::flat_hash_set<std::string> shoot = {"shooting", "shootings",
                                                  "shooting spree"};
  const absl::flat_hash_set<std::string> injure = {"wound", "wounds"};
  const absl::flat_hash_set<std::string> kill = {"murder", "murders"};
  const absl::flat_hash_set<std::string> charge = {"charges"};
  const absl::flat_hash_set<std::string> none;
  struct Case {
    std::string sentence, trigger;
    const absl::flat_hash_set<std::string>* nouns;
    bool other;
  };
  const std::vector<Case> cases = {
      // A compound that names something else.
      {"Police released his mug shot on Monday.", "shot", &shoot, true},
      {"The big shot arrived late.", "shot", &shoot, true},
      {"He signed as a free agent in March.", "free", &none, true},
      {"He scored on a free throw.", "free", &none, true},
      // A compound that modifies a noun is written with a hyphen.
      {"He signed a free-agent deal in March.", "free", &none, true},
      {"Police released his mug-shot photo.", "shot", &shoot, true},
      // The event itself.
      {"He shot a man on Monday.", "shot", &shoot, false},
      {"The man was shot twice.", "shot", &shoot, false},
      {"The shooting spree ended at noon.", "shooting", &shoot, false},
      {"He suffered a flesh wound.", "wound", &injure, false},
      // A noun of the frame names its event in a compound too.
      {"He now faces a murder charge.", "murder", &kill, false},
      {"He now faces a murder charge.", "charge", &charge, false},
      {"They saw a shooting star.", "shooting", &shoot, false},
      {"Police freed the hostages.", "freed", &none, false},
      {"The suspect was re-shot by police.", "shot", &shoot, false},
      // Punctuation between is no compound.
      {"It was big, shot through with light.", "shot", &shoot, false},
  };
  for (const Case& c : cases) {
    const size_t at = c.sentence.find(c.trigger);
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(compounds.PartOfOtherNoun(c.sentence, static_cast<int>(at),
                                        static_cast<int>(at + c.trigger.size()),
                                        *c.nouns),
              c.other)
        << c.sentence;
  }
}

TEST(CompoundSenseTest, SeveralWordTriggersAndBadSpansAreNotCompounds) {
  const CompoundSense compounds(&NounKinds::Default());
  const std::string s = "He opened fire on a mug shot.";
  EXPECT_FALSE(compounds.PartOfOtherNoun(s, 3, 14, {}));  // "opened fire"
  EXPECT_FALSE(compounds.PartOfOtherNoun(s, -1, 2, {}));
  EXPECT_FALSE(compounds.PartOfOtherNoun(s, 5, 100, {}));
  EXPECT_FALSE(compounds.PartOfOtherNoun(s, 5, 5, {}));
}

}  // namespace
}  // namespace accord

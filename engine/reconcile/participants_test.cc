#include "engine/reconcile/participants.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/extract/patient_age.h"
#include "engine/extract/patient_kind.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// A frame whose "victim" identifies the occurrence.
FrameSpec DeathFrame() {
  FrameSpec f;
  f.set_name("DIE");
  f.add_participant_roles("victim");
  return f;
}

// A claim of `doc` whose sentence is `sentence` and whose victim is the
// entity `id` said as `surface` (none when `id` is empty).
Claim MakeClaim(const std::string& doc, const std::string& sentence,
                const std::string& id, const std::string& surface) {
  Claim c;
  c.set_id(doc + "/" + sentence);
  c.set_frame("DIE");
  c.set_source_id(doc);
  c.mutable_sentence()->set_text(sentence);
  if (!id.empty()) {
    Argument* a = c.add_args();
    a->set_role("victim");
    a->mutable_value()->set_entity_id(id);
    a->mutable_value()->set_surface(surface);
  }
  return c;
}

class ParticipantsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = Lexicon::FromTextproto(embedded::kLexicon).value();
  }
  // The number of occurrences the claims split into, and whether claims
  // `a` and `b` (indices) share one.
  std::pair<int, bool> Split(const std::vector<Claim>& claims, int a,
                             int b) const {
    std::vector<const Claim*> part;
    for (const Claim& c : claims) part.push_back(&c);
    ParticipantSplitter splitter(lexicon_.get());
    const auto out = splitter.Split(part, DeathFrame());
    bool together = false;
    for (const auto& o : out) {
      bool has_a = false, has_b = false;
      for (const Claim* c : o) {
        has_a |= c == &claims[a];
        has_b |= c == &claims[b];
      }
      together |= has_a && has_b;
    }
    return {static_cast<int>(out.size()), together};
  }
  std::unique_ptr<Lexicon> lexicon_;
};

TEST_F(ParticipantsTest, NameOfTellsNamesFromDescriptionsAndPronouns) {
  ParticipantSplitter splitter(lexicon_.get());
  struct Case {
    std::string id, surface;
    bool named;
  } cases[] = {
      {"maria_lindqvist", "Maria Lindqvist", true},
      {"the_miner", "the miner", false},  // a description
      {"sheriff_s_deputy", "Sheriff's Deputy", false},
      {"he", "He", false},                // unresolved pronoun
      {"maria_lindqvist", "she", false},  // resolved, said as one
      {"lindqvist", "Lindqvist", true},
  };
  for (const Case& c : cases) {
    Value v;
    v.set_entity_id(c.id);
    v.set_surface(c.surface);
    EXPECT_EQ(!splitter.NameOf(v).empty(), c.named) << c.surface;
  }
  Value count;
  count.mutable_quantity()->set_value(2);
  EXPECT_TRUE(splitter.NameOf(count).empty());
}

TEST_F(ParticipantsTest, DifferentNamedVictimsAreDifferentDeaths) {
  const std::vector<Claim> claims = {
      MakeClaim("a", "Maria Lindqvist died on the ridge.", "maria_lindqvist",
                "Maria Lindqvist"),
      MakeClaim("b", "Tomas Okafor died a day later.", "tomas_okafor",
                "Tomas Okafor"),
      MakeClaim("c", "Lindqvist died after a fall.", "lindqvist", "Lindqvist"),
  };
  const auto [n, together] = Split(claims, 0, 1);
  EXPECT_EQ(n, 2);
  EXPECT_FALSE(together);
  EXPECT_TRUE(Split(claims, 0, 2).second);  // a surname is the full name
}

TEST_F(ParticipantsTest, WeakMentionsAreCompatible) {
  struct Case {
    const char* what;
    Claim other;
  } cases[] = {
      {"description",
       MakeClaim("b", "A climber died on the ridge.", "climber", "A climber")},
      {"pronoun", MakeClaim("b", "He died on the ridge.", "he", "He")},
      {"no victim", MakeClaim("b", "Two died on the ridge.", "", "")},
      {"spelling", MakeClaim("b", "Mariah Lindqvist died.", "mariah_lindqvist",
                             "Mariah Lindqvist")},
      {"coordination",
       MakeClaim("b", "The deaths of Tomas Okafor and Maria Lindqvist.",
                 "tomas_okafor", "Tomas Okafor")},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = {
        MakeClaim("a", "Maria Lindqvist died on the ridge.", "maria_lindqvist",
                  "Maria Lindqvist"),
        c.other};
    const auto [n, together] = Split(claims, 0, 1);
    EXPECT_EQ(n, 1) << c.what;
    EXPECT_TRUE(together) << c.what;
  }
}

// A claim whose patient extraction found to be an animal.
Claim AnimalClaim(const std::string& doc, const std::string& sentence) {
  Claim c = MakeClaim(doc, sentence, "", "");
  Argument* a = c.add_args();
  a->set_role(std::string(kPatientKindRole));
  a->mutable_value()->set_text(std::string(kAnimalPatient));
  return c;
}

TEST_F(ParticipantsTest, AnAnimalsDeathIsNeverAPersons) {
  const std::vector<Claim> claims = {
      MakeClaim("a", "Maria Lindqvist died.", "maria_lindqvist",
                "Maria Lindqvist"),
      MakeClaim("b", "The climber died.", "", ""),
      AnimalClaim("c", "Her dog died too."),
      AnimalClaim("d", "The dog's death saddened them."),
  };
  // Unnamed claims join the people; the animals are one death apart.
  const auto [n, together] = Split(claims, 0, 2);
  EXPECT_EQ(n, 2);
  EXPECT_FALSE(together);
  EXPECT_FALSE(Split(claims, 1, 2).second);
  EXPECT_TRUE(Split(claims, 2, 3).second);
  EXPECT_TRUE(Split(claims, 0, 1).second);
  // Animals alone are not split.
  EXPECT_EQ(Split({claims[2], claims[3]}, 0, 1).first, 1);
}

// A claim whose one victim is told with an age.
Claim AgedClaim(const std::string& doc, const std::string& sentence,
                const std::string& age) {
  Claim c = MakeClaim(doc, sentence, "", "");
  Argument* a = c.add_args();
  a->set_role(std::string(kPatientAgeRole));
  a->mutable_value()->set_text(age);
  return c;
}

TEST_F(ParticipantsTest, VictimsOfDifferentAgesAreDifferentDeaths) {
  const std::vector<Claim> claims = {
      AgedClaim("a", "A 31-year-old man died on Friday.", "31"),
      AgedClaim("b", "A 31-year-old man died after the crash.", "31"),
      AgedClaim("c", "A 6-year-old girl died Sunday.", "6"),
      MakeClaim("d", "The victim died at the hospital.", "", ""),
      MakeClaim("e", "Maria Lindqvist died.", "maria_lindqvist",
                "Maria Lindqvist"),
  };
  EXPECT_TRUE(Split(claims, 0, 1).second);   // the same age
  EXPECT_FALSE(Split(claims, 0, 2).second);  // another age
  EXPECT_TRUE(Split(claims, 0, 3).second);   // no age joins the largest
  // A name and an age are never compared with each other.
  EXPECT_TRUE(Split({claims[0], claims[4]}, 0, 1).second);
}

TEST_F(ParticipantsTest, UnnamedClaimsJoinTheLargestOccurrence) {
  const std::vector<Claim> claims = {
      MakeClaim("a", "Maria Lindqvist died.", "maria_lindqvist",
                "Maria Lindqvist"),
      MakeClaim("b", "Lindqvist died.", "lindqvist", "Lindqvist"),
      MakeClaim("c", "Tomas Okafor died.", "tomas_okafor", "Tomas Okafor"),
      MakeClaim("d", "The climber died.", "", ""),
  };
  EXPECT_TRUE(Split(claims, 0, 3).second);
  EXPECT_FALSE(Split(claims, 2, 3).second);
}

TEST_F(ParticipantsTest, FramesWithoutParticipantRolesAreNotSplit) {
  const std::vector<Claim> claims = {
      MakeClaim("a", "Maria Lindqvist died.", "maria_lindqvist",
                "Maria Lindqvist"),
      MakeClaim("b", "Tomas Okafor died.", "tomas_okafor", "Tomas Okafor"),
  };
  std::vector<const Claim*> part = {&claims[0], &claims[1]};
  ParticipantSplitter splitter(lexicon_.get());
  EXPECT_EQ(splitter.Split(part, FrameSpec()).size(), 1u);
}

}  // namespace
}  // namespace accord

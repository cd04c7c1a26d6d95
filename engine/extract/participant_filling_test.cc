// Participant filling through the default extractor, on sentences written
// for this test: which named person each frame claim must (or must not)
// name in its participant role.
#include "engine/extract/participant_filling.h"

#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  const char* sentence;
  const char* frame;
  const char* role;
  const char* entity;  // "" = the role must stay empty
};

TEST(ParticipantFillingTest, NamedParticipant) {
  const Case cases[] = {
      // The subject of an intransitive verb, across an apposition.
      {"Harold Finch, 61, died in a hospital in Leeds.", "DIE", "person",
       "harold_finch"},
      {"Maria Lopes, a nurse from Porto, died after the fall.", "DIE", "person",
       "maria_lopes"},
      // The subject of a passive verb, across an apposition.
      {"Peter Quill, 45, was arrested at the airport.", "ARREST", "suspect",
       "peter_quill"},
      {"Anna Berg was badly injured in the blast.", "INJURE", "victim",
       "anna_berg"},
      // The possessive and the of-phrase of an event noun (the annotator
      // knows a name without a title once it was written before a comma).
      {"Harold Finch, a teacher, lived in Leeds. Harold Finch's death "
       "stunned the village.",
       "DIE", "person", "harold_finch"},
      {"Tomas Ruiz, 30, ran a bakery. The killing of Tomas Ruiz remains "
       "unsolved.",
       "KILL", "victim", "tomas_ruiz"},
      {"Peter Quill, 45, left the country. Officers announced Peter "
       "Quill's arrest on Monday.",
       "ARREST", "suspect", "peter_quill"},
      // The subject of an active transitive verb is its agent.
      {"Peter Quill killed a guard in the raid.", "KILL", "victim", ""},
      // A possessive with an of-phrase after the noun is the agent.
      {"Peter Quill's killing of a guard shocked the town.", "KILL", "victim",
       ""},
      // The last of several subjects is not the only one.
      {"Harold Finch and Maria Lopes died in the crash.", "DIE", "person", ""},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = ExtractText(c.sentence);
    const Claim* found = nullptr;
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame) found = &claim;
    }
    EXPECT_NE(found, nullptr) << c.sentence;
    if (found == nullptr) continue;
    std::string entity;
    for (const Argument& a : found->args()) {
      if (a.role() == c.role) entity = a.value().entity_id();
    }
    EXPECT_EQ(entity, c.entity) << c.sentence;
  }
}

}  // namespace
}  // namespace accord

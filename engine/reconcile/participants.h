// Participants as occurrence roles of frame facts: two claims of one frame
// whose victims (or whoever FrameSpec.participant_roles lists) are
// different named people state different occurrences. "Duncan Rait died"
// and "Robert Buckley died" are two deaths, however close in time, and an
// undated article (no publication date, so no time to split by) needs this
// most. Outlets name people differently or not at all, so only two proper
// names tell apart; everything weaker is compatible with anything:
//   - a pronoun ("he", even when resolution left it unresolved),
//   - a description made of common nouns ("a climber", "Sheriff's Deputy",
//     "the driver"): WordNet knows every word of it,
//   - a set ("Alice and Kathryn"), which may contain the other,
//   - names that share a word ("Bettie Page", "Betty Page"; "Cheeks",
//     "Maurice Cheeks"),
//   - a name that the other claim's sentence mentions too ("the murders of
//     Alice McMeekin and Kathryn Jenkin": extraction may keep the first
//     of a coordination only).
// The patient's kind is stronger: claims whose patient is an animal
// ("patient_kind" = "animal", engine/extract/patient_kinds.h: "the family
// dog was also killed") are never an occurrence with the others, named or
// not; the killing of a dog is not the killing of a person. The one
// victim's age ("patient_age", engine/extract/patient_ages.h: "a
// 27-year-old man died", "a 4-year-old child died") tells deaths apart
// like a name: two different ages are two victims.
//
//   ParticipantSplitter splitter(&lexicon);
//   for (auto& occurrence : splitter.Split(part, frame)) ...
#ifndef ACCORD_ENGINE_RECONCILE_PARTICIPANTS_H_
#define ACCORD_ENGINE_RECONCILE_PARTICIPANTS_H_

#include <set>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

class ParticipantSplitter {
 public:
  // `lexicon` (its pronouns) must outlive the splitter.
  explicit ParticipantSplitter(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Splits `part` (claims of `frame`, one occurrence so far) into
  // occurrences: first the claims with an animal patient from the others
  // (when both exist), then each by the frame's participant_roles: claims
  // naming the most
  // participants are placed first, each into the largest occurrence whose
  // named participants are all compatible with its own (else a new one);
  // claims naming none join the largest occurrence. With no participant
  // roles, or no two incompatible names, returns {part}. Claim pointers
  // are not owned. Const and thread-safe.
  std::vector<std::vector<const Claim*>> Split(
      const std::vector<const Claim*>& part, const FrameSpec& frame) const;

  // The words of the proper name `v` states, lower case ("Robert Buckley"
  // -> {buckley, robert}), or empty when `v` is no entity, a pronoun or a
  // description whose every word WordNet lists as a common noun. Exposed
  // for tests.
  std::set<std::string> NameOf(const Value& v) const;

 private:
  // Split by participant names alone.
  std::vector<std::vector<const Claim*>> SplitByName(
      const std::vector<const Claim*>& part, const FrameSpec& frame) const;

  const Lexicon* lexicon_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_PARTICIPANTS_H_

// Survivors: how many of a sentence's victims were hurt and lived. English
// casualty reports give a total of the people hit and then its fatal part:
// "Five people were shot, one fatally", "six people wounded -- two of them
// mortally", "9 shot, 1 fatally". The fatal part is a claim of a death frame
// whose trigger is a fatal adverb (rules.textproto's partitive_fatally); the
// people hit who lived are the total less it. accord's survivor frame
// (INJURE) counts those people, as "one killed and four injured" states it
// and as the Gun Violence Archive counts "injured", so this pass
//   * sets a survivor-frame claim's count N to N - M ("six wounded, two of
//     them mortally": INJURE 4), and
//   * adds a survivor-frame claim of N - M beside a claim of another
//     wounding frame that counts N ("five shot, one fatally": SHOOT 5 stays
//     and INJURE 4 is added, with the same trigger and arguments).
// Only exact counts take part, and only a fatal part smaller than the total
// that follows it in the sentence with no other total of its frame between.
// The frames and the fatal adverbs are language data (counts.textproto:
// survivor_frame, wounding_frames, death_frames, fatal_adverbs).
//
//   Survivors survivors(count_cues->proto());
//   survivors.CountPartitive(&kept);  // after KeepMostSpecific
//   survivors.DropGraveConditions(&all_claims);  // every report of a story
//   survivors.CountUnnumbered(&all_claims);
#ifndef ACCORD_ENGINE_EXTRACT_SURVIVORS_H_
#define ACCORD_ENGINE_EXTRACT_SURVIVORS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/extract/claim_building.h"
#include "proto/rules.pb.h"

namespace accord {

class Survivors {
 public:
  // Reads the frames and fatal adverbs of `cues`. With no survivor_frame
  // the pass does nothing.
  explicit Survivors(const CountCueFile& cues);

  // Rewrites and extends `kept`, the claims of one sentence in trigger
  // order (as KeepMostSpecific leaves them), as the top comment says; added
  // claims keep trigger order. Thread-safe (const, no shared state).
  void CountPartitive(std::vector<ClaimCandidate>* kept) const;

  // The people the reports say were hit, when none of them tells of a
  // death, lived: "A 3-year-old boy was shot in the mouth" is one person
  // hurt when no report of the set has a claim of a death frame. For each
  // affirmative claim of a wounding frame other than the survivor frame
  // that carries a count (exact, or implied by its patient: "a man" is
  // one, "Lee and Ruiz" two) in `claims`, appends a survivor-frame claim
  // with the same trigger, arguments and count, numbered after the claims
  // of its sentence (ids "doc/sentence/n"; the caller re-sorts). Does
  // nothing when any claim is of a death frame: a victim reported shot in
  // one article may be the one another article, or a later one, says
  // died ("shot in the head ... in critical condition" on the first day).
  // Thread-safe.
  void CountUnnumbered(std::vector<Claim>* claims) const;

  // A person reported in a grave condition ("was rushed to a hospital in
  // critical condition") may be the one another report, or a later one,
  // says died. When any claim of `claims` (every report of a story) is of a
  // death frame, removes the survivor-frame claims whose trigger is a
  // grave condition (counts.textproto: grave_conditions), keeping the
  // order of the others; a condition that tells recovery ("stable",
  // "serious") stays. Call before CountUnnumbered. Thread-safe.
  void DropGraveConditions(std::vector<Claim>* claims) const;

 private:
  std::string survivor_frame_;
  absl::flat_hash_set<std::string> wounding_frames_, death_frames_,
      fatal_adverbs_, grave_conditions_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_SURVIVORS_H_

// TimeAttachment tells which claims carry a time that belongs to another
// claim of their sentence. Extraction gives a claim the time phrase it
// finds near its trigger, so several claims of one sentence often carry
// the same phrase, though English attaches a time adverbial to one verb:
// in "the girl died after being shot two weeks ago", "two weeks ago" is
// when she was shot, not when she died; in "he turned himself in to
// detectives Tuesday to face murder charges", Tuesday is the surrender,
// not the charge. A story's sub-events (the shooting, a death days later,
// an arrest, a charge) happen on different days, so a time read from
// another clause makes a false time conflict.
//
// The rule: when claims of one sentence share a time phrase that follows
// at least one of their triggers, the phrase belongs to the nearest
// trigger before it (with the triggers coordinated with it: "arrested and
// charged ... Tuesday"); the others' times are another claim's. A time
// that opens the sentence, before every trigger ("On Tuesday, police
// arrested ... and charged ..."), scopes over the whole sentence and stays
// with every claim.
//
//   std::vector<bool> foreign = TimesOfOtherClaims(claims);
//   if (foreign[i]) ...  // claims[i]'s time is not its own: compare none
#ifndef ACCORD_ENGINE_RECONCILE_TIME_ATTACHMENT_H_
#define ACCORD_ENGINE_RECONCILE_TIME_ATTACHMENT_H_

#include <vector>

#include "proto/accord.pb.h"

namespace accord {

// The value of `c`'s "time" argument when it holds a time, or null. The
// pointer is into `c`. Thread-safe.
const Value* ClaimTime(const Claim& c);

// For each claim of `claims` (by index), whether its "time" argument is
// the time of another claim of its sentence (the rule above). Claims
// without a time, or whose time phrase (Value.surface) is not found in
// their sentence, are false. Pure function of its input; thread-safe.
std::vector<bool> TimesOfOtherClaims(const std::vector<Claim>& claims);

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_TIME_ATTACHMENT_H_

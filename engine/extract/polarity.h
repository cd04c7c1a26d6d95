// The polarity of a claim from the verb group right before its trigger:
// "did not attend", "has not committed to traveling", "was never charged"
// are NEGATIVE; a negation elsewhere in the clause governs another verb.
// The words are data (engine/data/english.textproto).
//
//   Polarity p = PolarityOf(tagged_text_before_trigger);
#ifndef ACCORD_ENGINE_EXTRACT_POLARITY_H_
#define ACCORD_ENGINE_EXTRACT_POLARITY_H_

#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

// Whether a negation governs the trigger that starts at the end of `before`
// (the tagged text up to the trigger). Only the verb group right before the
// trigger counts: a negator ("not", "never", "n't", "no longer", "refused
// to") followed by nothing but auxiliaries, control verbs and adverbs ("did
// not attend", "has not committed to traveling", "was never charged").
// A negation elsewhere in the clause governs another verb ("He did not say
// when she entered"), and "not only" does not negate. Thread-safe.
Polarity PolarityOf(absl::string_view before);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_POLARITY_H_

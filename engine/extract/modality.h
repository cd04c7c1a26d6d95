// The modality of a claim from the clause before its trigger.
//
//   Modality m = ModalityOf(window);  // "is expected to" -> PLANNED
//
// ModalityOf is a word scan with exactly the results of the three regular
// expressions it replaced; modality_test keeps them as the reference and
// compares the two.

#ifndef ACCORD_ENGINE_EXTRACT_MODALITY_H_
#define ACCORD_ENGINE_EXTRACT_MODALITY_H_

#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

// REPORTED when `window` holds "reportedly", "allegedly" or "was/were/is/are
// reported/said to"; else HEDGED for "may", "might", "could", ...; else
// PLANNED for "will", "expected to", "to", ...; else ASSERTED. Words are
// case-sensitive and delimited as RE2's \b delimits them (ASCII letters,
// digits and '_').
Modality ModalityOf(absl::string_view window);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_MODALITY_H_

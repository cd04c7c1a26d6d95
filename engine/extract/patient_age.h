// The argument that carries the age of a claim's one patient (engine/
// extract/patient_ages.h), shared by extraction and reconciliation
// (engine/reconcile/participants.h) without a dependency between them.
//
//   const Value* age = ArgValue(claim, kPatientAgeRole);  // text "27"
#ifndef ACCORD_ENGINE_EXTRACT_PATIENT_AGE_H_
#define ACCORD_ENGINE_EXTRACT_PATIENT_AGE_H_

#include "absl/strings/string_view.h"

namespace accord {

inline constexpr absl::string_view kPatientAgeRole = "patient_age";

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PATIENT_AGE_H_

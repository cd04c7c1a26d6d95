// The argument that marks a claim whose patient is an animal (engine/
// extract/patient_kinds.h), shared by extraction and reconciliation
// (engine/reconcile/participants.h) without a dependency between them.
//
//   const Value* kind = ArgValue(claim, kPatientKindRole);
//   if (kind != nullptr && kind->text() == kAnimalPatient) ...
#ifndef ACCORD_ENGINE_EXTRACT_PATIENT_KIND_H_
#define ACCORD_ENGINE_EXTRACT_PATIENT_KIND_H_

#include "absl/strings/string_view.h"

namespace accord {

inline constexpr absl::string_view kPatientKindRole = "patient_kind";
inline constexpr absl::string_view kAnimalPatient = "animal";

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PATIENT_KIND_H_

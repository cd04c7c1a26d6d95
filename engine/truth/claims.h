// Adapter from accord::Claim protos to truth-discovery observations.
//
// Convention:
//   attribute = claim.frame
//   object    = the text of the argument with role "object"; when there is
//               none, the Fact-like key of all other arguments except
//               "value": "role=value;role=value" sorted by role
//   value     = the argument with role "value"
//   source    = claim.source_id
// Values are rendered as text (ValueText). Claims with NEGATIVE polarity,
// without a source, or without a "value" argument are skipped: they do not
// assert a value.
//
//   int skipped = 0;
//   auto obs = accord::truth::ObservationsFromClaims(claim_set.claims(),
//                                                    &skipped);
#ifndef ACCORD_ENGINE_TRUTH_CLAIMS_H_
#define ACCORD_ENGINE_TRUTH_CLAIMS_H_

#include <string>
#include <vector>

#include "engine/truth/observation.h"
#include "google/protobuf/repeated_field.h"
#include "proto/accord.pb.h"

namespace accord {
namespace truth {

// Renders a Value as a stable string: entity ids and text as is, times as
// "begin/end", quantities as "<value> <unit>", durations as "<seconds>s",
// ordinals as decimal, sets as sorted members joined by "|". Empty for an
// unset value.
std::string ValueText(const accord::Value& value);

// Converts claims to observations following the convention above; adds the
// number of skipped claims to *skipped when non-null.
std::vector<Observation> ObservationsFromClaims(
    const google::protobuf::RepeatedPtrField<accord::Claim>& claims,
    int* skipped);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_CLAIMS_H_

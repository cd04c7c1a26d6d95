#include "proto/claim_args.h"

namespace accord {

const Value* ArgValue(const Claim& claim, absl::string_view role) {
  for (const Argument& a : claim.args()) {
    if (a.role() == role) return &a.value();
  }
  return nullptr;
}

}  // namespace accord

// A Claim's arguments by role: the one loop that extraction passes and the
// reconciler share to read "the claim's time", "its victim" and the like.
//
//   if (const Value* victim = ArgValue(claim, "victim")) ...
//   if (!HasArg(claim, "episode")) ...
#ifndef ACCORD_PROTO_CLAIM_ARGS_H_
#define ACCORD_PROTO_CLAIM_ARGS_H_

#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

// The value of `claim`'s first argument of `role`, or null. The pointer
// lives as long as the claim's arguments are unchanged. Thread-safe for
// concurrent readers.
const Value* ArgValue(const Claim& claim, absl::string_view role);

// Whether `claim` has an argument of `role`. Thread-safe for concurrent
// readers.
inline bool HasArg(const Claim& claim, absl::string_view role) {
  return ArgValue(claim, role) != nullptr;
}

}  // namespace accord

#endif  // ACCORD_PROTO_CLAIM_ARGS_H_

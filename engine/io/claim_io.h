// Reads and writes ClaimSet files in the three interchange encodings, chosen
// by file extension: binary (.pb, .binpb), textproto (.textproto, .txtpb,
// .pbtxt) and JSON (.json, proto3 JSON mapping).
//
//   ACCORD_ASSIGN_OR_RETURN(ClaimSet set, ReadClaimSet("claims.json"));
//   ACCORD_RETURN_IF_ERROR(WriteClaimSet(set, "out.textproto"));
#ifndef ACCORD_ENGINE_IO_CLAIM_IO_H_
#define ACCORD_ENGINE_IO_CLAIM_IO_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

enum class ClaimFormat { kBinary, kText, kJson };

// The format a path's extension names, or NOT_FOUND when it names none (an
// article, for instance).
absl::StatusOr<ClaimFormat> ClaimFormatForPath(absl::string_view path);

// Parses `bytes` in `format`. Errors name `path` and say what is malformed.
absl::StatusOr<ClaimSet> ParseClaimSet(const std::string& path,
                                       absl::string_view bytes,
                                       ClaimFormat format);

// Reads the claim file at `path` (at most `max_bytes`).
absl::StatusOr<ClaimSet> ReadClaimSet(const std::string& path,
                                      int64_t max_bytes = 256 << 20);

// Serializes `message` in `format`; textproto and JSON end with a newline.
absl::StatusOr<std::string> SerializeMessage(
    const google::protobuf::Message& message, ClaimFormat format);

// Writes `set` to `path` atomically in the format its extension names.
absl::Status WriteClaimSet(const ClaimSet& set, const std::string& path);

}  // namespace accord

#endif  // ACCORD_ENGINE_IO_CLAIM_IO_H_

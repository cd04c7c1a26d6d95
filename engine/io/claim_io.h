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

// Bounds on what one claim file may hold; a file over a bound is rejected
// whole, before (bytes, binary claim count) or right after parsing.
struct ClaimFileLimits {
  // File size (--max_claim_file_bytes). Parsed claims take about 10-30 times
  // their encoded size in memory.
  int64_t max_bytes = 64 << 20;
  // Claims per document (--max_claims, as for articles): a file may hold at
  // most this many claims times max(1, its number of documents).
  int64_t max_claims_per_document = 10000;
};

// Parses `bytes` in `format` and checks what readers rely on: nesting at most
// kMaxParseDepth (engine/io/bounded_parse.h), every claim with a frame and a
// source, unique claim and document ids, span offsets with 0 <= begin <= end
// (and inside the document's text when the file holds that document), and
// the claim count limit. Errors name `path` and say what is wrong.
absl::StatusOr<ClaimSet> ParseClaimSet(
    const std::string& path, absl::string_view bytes, ClaimFormat format,
    const ClaimFileLimits& limits = ClaimFileLimits());

// Reads the claim file at `path` (a regular file of at most
// `limits.max_bytes`) and parses it.
absl::StatusOr<ClaimSet> ReadClaimSet(
    const std::string& path, const ClaimFileLimits& limits = ClaimFileLimits());

// Serializes `message` in `format`; textproto and JSON end with a newline.
absl::StatusOr<std::string> SerializeMessage(
    const google::protobuf::Message& message, ClaimFormat format);

// Writes `set` to `path` atomically in the format its extension names.
absl::Status WriteClaimSet(const ClaimSet& set, const std::string& path);

}  // namespace accord

#endif  // ACCORD_ENGINE_IO_CLAIM_IO_H_

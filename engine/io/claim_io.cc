#include "engine/io/claim_io.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "engine/io/bounded_parse.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/wire_format_lite.h"

namespace accord {
namespace {

// Top-level field counts of a binary ClaimSet, found without parsing the
// messages, so an oversized file is refused before it is materialized.
struct BinaryCounts {
  bool ok = true;  // false: not well-formed at the top level
  int64_t documents = 0;
  int64_t claims = 0;
};

BinaryCounts CountBinary(absl::string_view bytes) {
  using google::protobuf::internal::WireFormatLite;
  google::protobuf::io::CodedInputStream in(
      reinterpret_cast<const uint8_t*>(bytes.data()),
      static_cast<int>(bytes.size()));
  BinaryCounts counts;
  while (const uint32_t tag = in.ReadTag()) {
    const int field = WireFormatLite::GetTagFieldNumber(tag);
    counts.documents += field == ClaimSet::kDocumentsFieldNumber;
    counts.claims += field == ClaimSet::kClaimsFieldNumber;
    if (!WireFormatLite::SkipField(&in, tag)) {
      counts.ok = false;
      break;
    }
  }
  return counts;
}

int64_t MaxClaims(const ClaimFileLimits& limits, int64_t documents) {
  return limits.max_claims_per_document * std::max<int64_t>(1, documents);
}

absl::Status TooManyClaims(const std::string& path, int64_t claims,
                           int64_t max_claims) {
  return absl::ResourceExhaustedError(
      absl::StrCat(path, ": ", claims, " claims is over the limit of ",
                   max_claims, " (--max_claims per document)"));
}

absl::Status CheckSpan(
    const std::string& path, const Claim& c, const char* which, const Span& s,
    const absl::flat_hash_map<std::string, size_t>& text_size) {
  if (s.begin() < 0 || s.end() < s.begin()) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": claim '", c.id(), "' has a ", which,
        " span with bad offsets [", s.begin(), ", ", s.end(), ")"));
  }
  auto it = text_size.find(s.doc_id());
  if (it != text_size.end() && static_cast<size_t>(s.end()) > it->second) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": claim '", c.id(), "' has a ", which, " span ending at ",
        s.end(), ", past the end of document '", s.doc_id(), "' (", it->second,
        " bytes)"));
  }
  return absl::OkStatus();
}

absl::Status Validate(const std::string& path, const ClaimSet& set,
                      const ClaimFileLimits& limits) {
  const int64_t max_claims = MaxClaims(limits, set.documents_size());
  if (set.claims_size() > max_claims) {
    return TooManyClaims(path, set.claims_size(), max_claims);
  }
  absl::flat_hash_map<std::string, size_t> text_size;
  for (const Document& d : set.documents()) {
    if (!text_size.emplace(d.id(), d.text().size()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": document id '", d.id(), "' appears twice"));
    }
  }
  absl::flat_hash_set<absl::string_view> ids;
  for (const Claim& c : set.claims()) {
    if (c.frame().empty() || c.source_id().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": claim '", c.id(), "' lacks a frame or source_id"));
    }
    if (!ids.insert(c.id()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": claim id '", c.id(), "' appears twice"));
    }
    ACCORD_RETURN_IF_ERROR(
        CheckSpan(path, c, "sentence", c.sentence(), text_size));
    ACCORD_RETURN_IF_ERROR(
        CheckSpan(path, c, "trigger", c.trigger(), text_size));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<ClaimFormat> ClaimFormatForPath(absl::string_view path) {
  if (absl::EndsWith(path, ".pb") || absl::EndsWith(path, ".binpb")) {
    return ClaimFormat::kBinary;
  }
  if (absl::EndsWith(path, ".textproto") || absl::EndsWith(path, ".txtpb") ||
      absl::EndsWith(path, ".pbtxt")) {
    return ClaimFormat::kText;
  }
  if (absl::EndsWith(path, ".json")) return ClaimFormat::kJson;
  return absl::NotFoundError(absl::StrCat(path, ": not a claim file"));
}

absl::StatusOr<ClaimSet> ParseClaimSet(const std::string& path,
                                       absl::string_view bytes,
                                       ClaimFormat format,
                                       const ClaimFileLimits& limits) {
  ClaimSet set;
  switch (format) {
    case ClaimFormat::kBinary: {
      const BinaryCounts counts = CountBinary(bytes);
      if (counts.ok && counts.claims > MaxClaims(limits, counts.documents)) {
        return TooManyClaims(path, counts.claims,
                             MaxClaims(limits, counts.documents));
      }
      if (!counts.ok ||
          !set.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ": malformed binary ClaimSet"));
      }
      break;
    }
    case ClaimFormat::kText: {
      const absl::Status status = ParseTextproto(bytes, &set);
      if (!status.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": malformed textproto ClaimSet: ", status.message()));
      }
      break;
    }
    case ClaimFormat::kJson: {
      absl::Status status = CheckJsonNesting(bytes);
      if (status.ok()) {
        const auto parsed = google::protobuf::util::JsonStringToMessage(
            std::string(bytes), &set);
        if (!parsed.ok()) {
          status = absl::InvalidArgumentError(std::string(parsed.message()));
        }
      }
      if (!status.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": malformed JSON ClaimSet: ", status.message()));
      }
      break;
    }
  }
  ACCORD_RETURN_IF_ERROR(Validate(path, set, limits));
  return set;
}

absl::StatusOr<ClaimSet> ReadClaimSet(const std::string& path,
                                      const ClaimFileLimits& limits) {
  ACCORD_ASSIGN_OR_RETURN(ClaimFormat format, ClaimFormatForPath(path));
  ACCORD_ASSIGN_OR_RETURN(std::string bytes,
                          ReadFileToString(path, limits.max_bytes));
  return ParseClaimSet(path, bytes, format, limits);
}

absl::StatusOr<std::string> SerializeMessage(
    const google::protobuf::Message& message, ClaimFormat format) {
  std::string out;
  switch (format) {
    case ClaimFormat::kBinary:
      if (!message.SerializeToString(&out)) {
        return absl::InternalError("cannot serialize");
      }
      break;
    case ClaimFormat::kText:
      if (!google::protobuf::TextFormat::PrintToString(message, &out)) {
        return absl::InternalError("cannot print textproto");
      }
      break;
    case ClaimFormat::kJson: {
      google::protobuf::util::JsonPrintOptions options;
      options.add_whitespace = true;
      options.preserve_proto_field_names = true;
      // Consumers (jq, Python) must find empty lists and zero counts:
      // `.conflicts[]` on a report without conflicts is an empty stream,
      // not an error (docs/json.md).
      options.always_print_primitive_fields = true;
      const auto status =
          google::protobuf::util::MessageToJsonString(message, &out, options);
      if (!status.ok()) {
        return absl::InternalError(std::string(status.message()));
      }
      break;
    }
  }
  return out;
}

absl::Status WriteClaimSet(const ClaimSet& set, const std::string& path) {
  ACCORD_ASSIGN_OR_RETURN(ClaimFormat format, ClaimFormatForPath(path));
  ACCORD_ASSIGN_OR_RETURN(std::string bytes, SerializeMessage(set, format));
  return WriteFileAtomically(path, bytes);
}

}  // namespace accord

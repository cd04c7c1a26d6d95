#include "engine/io/claim_io.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"

namespace accord {
namespace {

// Collects the first textproto parse error instead of logging it.
class ErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, int column, const std::string& message) override {
    if (first_.empty()) {
      first_ = absl::StrCat("line ", line + 1, ":", column + 1, ": ", message);
    }
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

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
                                       ClaimFormat format) {
  ClaimSet set;
  switch (format) {
    case ClaimFormat::kBinary:
      if (!set.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ": malformed binary ClaimSet"));
      }
      break;
    case ClaimFormat::kText: {
      google::protobuf::TextFormat::Parser parser;
      ErrorCollector errors;
      parser.RecordErrorsTo(&errors);
      if (!parser.ParseFromString(std::string(bytes), &set)) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": malformed textproto ClaimSet: ", errors.first()));
      }
      break;
    }
    case ClaimFormat::kJson: {
      const auto status =
          google::protobuf::util::JsonStringToMessage(std::string(bytes), &set);
      if (!status.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            path,
            ": malformed JSON ClaimSet: ", std::string(status.message())));
      }
      break;
    }
  }
  for (const Claim& c : set.claims()) {
    if (c.frame().empty() || c.source_id().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": claim '", c.id(), "' lacks a frame or source_id"));
    }
  }
  return set;
}

absl::StatusOr<ClaimSet> ReadClaimSet(const std::string& path,
                                      int64_t max_bytes) {
  ACCORD_ASSIGN_OR_RETURN(ClaimFormat format, ClaimFormatForPath(path));
  ACCORD_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(path, max_bytes));
  return ParseClaimSet(path, bytes, format);
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

#include "tools/worker/worker_loop.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "proto/worker_protocol.pb.h"

namespace accord {
namespace {

constexpr uint32_t kMaxMessageBytes = 64u << 20;

}  // namespace

absl::StatusOr<bool> ReadDelimited(std::istream& in,
                                   google::protobuf::MessageLite* message) {
  // The size: a varint32, low 7 bits first, high bit = more bytes follow.
  uint32_t size = 0;
  for (int shift = 0;; shift += 7) {
    const int c = in.get();
    if (c == std::char_traits<char>::eof()) {
      if (shift == 0) return false;
      return absl::DataLossError("input ends inside a message size");
    }
    if (shift > 28)
      return absl::DataLossError("message size is not a varint32");
    size |= static_cast<uint32_t>(c & 0x7f) << shift;
    if ((c & 0x80) == 0) break;
  }
  if (size > kMaxMessageBytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "message of ", size, " bytes (limit ", kMaxMessageBytes, ")"));
  }
  std::string bytes(size, '\0');
  if (size > 0 && !in.read(&bytes[0], size)) {
    return absl::DataLossError(
        absl::StrCat("input ends inside a message of ", size, " bytes"));
  }
  if (!message->ParseFromString(bytes)) {
    return absl::DataLossError(
        absl::StrCat("cannot parse a ", message->GetTypeName()));
  }
  return true;
}

absl::Status WriteDelimited(const google::protobuf::MessageLite& message,
                            std::ostream& out) {
  const std::string bytes = message.SerializeAsString();
  std::string prefix;
  for (uint32_t n = static_cast<uint32_t>(bytes.size());; n >>= 7) {
    if (n < 0x80) {
      prefix.push_back(static_cast<char>(n));
      break;
    }
    prefix.push_back(static_cast<char>((n & 0x7f) | 0x80));
  }
  out.write(prefix.data(), prefix.size());
  out.write(bytes.data(), bytes.size());
  out.flush();
  if (!out) return absl::DataLossError("cannot write a response");
  return absl::OkStatus();
}

absl::Status RunWorkerLoop(std::istream& in, std::ostream& out,
                           const WorkHandler& handler) {
  for (;;) {
    blaze::worker::WorkRequest request;
    absl::StatusOr<bool> read = ReadDelimited(in, &request);
    if (!read.ok()) return read.status();
    if (!*read) return absl::OkStatus();
    const std::vector<std::string> arguments(request.arguments().begin(),
                                             request.arguments().end());
    blaze::worker::WorkResponse response;
    std::string output;
    response.set_exit_code(handler(arguments, &output));
    response.set_output(std::move(output));
    response.set_request_id(request.request_id());
    if (absl::Status s = WriteDelimited(response, out); !s.ok()) return s;
  }
}

}  // namespace accord

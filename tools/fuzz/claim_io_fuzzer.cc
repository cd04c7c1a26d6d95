// libFuzzer target: ParseClaimSet in all three encodings on arbitrary bytes,
// and a serialize/parse round trip of whatever parses.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/io/claim_io.h"
#include "fuzzer/FuzzedDataProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const accord::ClaimFormat format = in.PickValueInArray(
      {accord::ClaimFormat::kBinary, accord::ClaimFormat::kText,
       accord::ClaimFormat::kJson});
  const std::string bytes = in.ConsumeRemainingBytesAsString();
  auto set = accord::ParseClaimSet("fuzz", bytes, format);
  if (set.ok()) {
    auto out = accord::SerializeMessage(*set, format);
    if (!out.ok()) __builtin_trap();
    auto again = accord::ParseClaimSet("fuzz", *out, format);
    if (!again.ok()) __builtin_trap();
  }
  return 0;
}

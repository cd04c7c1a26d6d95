// libFuzzer target: ParseDocument on arbitrary bytes and metadata.
// Build and run with tools/fuzz/run.sh.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/ingest/document_reader.h"
#include "fuzzer/FuzzedDataProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  accord::ReaderOptions options;
  options.max_bytes = in.ConsumeIntegralInRange<int64_t>(0, 1 << 16);
  options.repeated_line_threshold = in.ConsumeIntegralInRange<int>(0, 5);
  const std::string metadata = in.ConsumeRandomLengthString(512);
  const std::string text = in.ConsumeRemainingBytesAsString();
  auto doc = accord::ParseDocument("fuzz.txt", text, metadata, options);
  if (doc.ok()) {
    // Removed ranges must lie inside the text.
    for (const accord::Removal& r : doc->removed()) {
      if (r.begin() < 0 || r.end() < r.begin() ||
          r.end() > static_cast<int>(doc->text().size())) {
        __builtin_trap();
      }
    }
  }
  return 0;
}

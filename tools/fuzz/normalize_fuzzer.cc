// libFuzzer target: every engine/normalize Find* scanner on arbitrary text.
// Matches must be non-empty byte ranges inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"

namespace {

void Check(const std::vector<accord::ValueMatch>& matches, size_t size) {
  for (const accord::ValueMatch& m : matches) {
    if (m.begin < 0 || m.end < m.begin || static_cast<size_t>(m.end) > size) {
      __builtin_trap();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  Check(accord::FindNumbers(text), size);
  Check(accord::FindOrdinals(text), size);
  Check(accord::FindDurations(text), size);
  Check(accord::FindQuantities(text), size);
  accord::TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 8, 12, 0, 0);
  Check(accord::FindTimes(text, ctx), size);
  ctx.weekday = accord::TimeContext::WeekdayDirection::kNext;
  Check(accord::FindTimes(text, ctx), size);
  return 0;
}

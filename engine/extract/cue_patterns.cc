#include "engine/extract/cue_patterns.h"

namespace accord {

absl::StatusOr<std::unique_ptr<RE2>> CompileCuePattern(
    const std::string& pattern) {
  auto re = std::make_unique<RE2>(pattern);
  if (!re->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("count cues: bad pattern ", pattern, ": ", re->error()));
  }
  return re;
}

absl::Status CompileCuePatterns(absl::Span<const CuePattern> patterns) {
  for (const CuePattern& p : patterns) {
    auto re = CompileCuePattern(p.pattern);
    if (!re.ok()) return re.status();
    *p.out = std::move(*re);
  }
  return absl::OkStatus();
}

}  // namespace accord

// Test support: the default extractor run on one written text.
#include "engine/extract/extract_text.h"

#include <string>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"

namespace accord {

std::vector<Claim> ExtractText(absl::string_view text,
                               absl::string_view published,
                               absl::string_view source) {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  Document doc;
  doc.set_id("t");
  doc.mutable_source()->set_id(std::string(source));
  if (!published.empty()) doc.set_published(std::string(published));
  doc.set_text(std::string(text));
  return kExtractor->Extract(doc).value();
}

std::vector<double> CountsOf(absl::string_view text, absl::string_view frame) {
  std::vector<double> out;
  for (const Claim& c : ExtractText(text)) {
    if (c.frame() != frame) continue;
    double n = 0;
    for (const Argument& a : c.args()) {
      if (a.role() == "count" && a.value().has_quantity()) {
        n = a.value().quantity().value();
      }
    }
    out.push_back(n);
  }
  return out;
}

double FirstCountOf(absl::string_view text, absl::string_view frame) {
  const std::vector<double> counts = CountsOf(text, frame);
  return counts.empty() ? -1 : counts[0];
}

void ExpectFirstCounts(absl::Span<const CountCase> cases) {
  for (const CountCase& c : cases) {
    EXPECT_EQ(FirstCountOf(c.sentence, c.frame), c.count)
        << c.sentence << " " << c.frame;
  }
}

}  // namespace accord

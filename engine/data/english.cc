#include "engine/data/english.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/data/embedded_data.h"
#include "engine/io/bounded_parse.h"
#include "google/protobuf/descriptor.h"
#include "re2/re2.h"

namespace accord {

absl::StatusOr<std::unique_ptr<English>> English::FromTextproto(
    absl::string_view text) {
  std::unique_ptr<English> e(new English());
  if (const absl::Status s = ParseTextproto(text, &e->words_); !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("english words: malformed textproto: ", s.message()));
  }
  // Every field is a list of words: check them all by reflection, so a
  // field added to the proto is checked too.
  const google::protobuf::Descriptor* d = e->words_.GetDescriptor();
  const google::protobuf::Reflection* r = e->words_.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const google::protobuf::FieldDescriptor* f = d->field(i);
    const int n = r->FieldSize(e->words_, f);
    if (n == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("english words: ", f->name(), " is empty"));
    }
    for (int k = 0; k < n; ++k) {
      const std::string w = r->GetRepeatedString(e->words_, f, k);
      if (w.empty() || w != absl::AsciiStrToLower(w)) {
        return absl::InvalidArgumentError(
            absl::StrCat("english words: ", f->name(), ": '", w,
                         "' must be a non-empty lower-case word"));
      }
    }
  }
  return e;
}

const English& English::Default() {
  static const English* const kDefault =
      English::FromTextproto(embedded::kEnglish).value().release();
  return *kDefault;
}

std::string English::Alternation(
    const google::protobuf::RepeatedPtrField<std::string>& words) {
  std::vector<std::string> quoted;
  for (const std::string& w : words) quoted.push_back(RE2::QuoteMeta(w));
  return absl::StrJoin(quoted, "|");
}

}  // namespace accord

// The English words several parts of the engine read (offices, negators,
// stop words, ...), typed once in engine/data/english.textproto
// (proto/english.proto) and parsed once.
//
//   const EnglishWordsFile& w = English::Default().words();
//   RE2 offices(English::Alternation(w.person_offices()));
#ifndef ACCORD_ENGINE_DATA_ENGLISH_H_
#define ACCORD_ENGINE_DATA_ENGLISH_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_field.h"
#include "proto/english.pb.h"

namespace accord {

class English {
 public:
  // Parses an EnglishWordsFile textproto. Every list must hold a word and
  // every word be lower case; errors name the field.
  static absl::StatusOr<std::unique_ptr<English>> FromTextproto(
      absl::string_view text);

  // The embedded words, parsed once on first use (thread-safe; the
  // embedded file is checked by a test, so this never fails).
  static const English& Default();

  const EnglishWordsFile& words() const { return words_; }

  // The words as an RE2 alternation "w1|w2|..." in their order, each
  // word's metacharacters quoted. Pure.
  static std::string Alternation(
      const google::protobuf::RepeatedPtrField<std::string>& words);

 private:
  English() = default;
  EnglishWordsFile words_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_DATA_ENGLISH_H_

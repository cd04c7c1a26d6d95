// The inflected verb forms and the noun forms of every frame of a lexicon,
// as sets, for telling a frame's verb from its noun ("a shot", "the bomb")
// and a clause's verb inside an enumeration ("Two were killed and one").
//
//   FrameForms forms(lexicon);
//   if (forms.IsVerbForm("KILL", "killed")) ...
#ifndef ACCORD_ENGINE_EXTRACT_FRAME_FORMS_H_
#define ACCORD_ENGINE_EXTRACT_FRAME_FORMS_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"

namespace accord {

class FrameForms {
 public:
  // Copies the forms of every frame of `lexicon` (Lexicon::VerbForms and
  // NounForms); keeps no reference to it. Immutable and thread-safe after
  // construction.
  explicit FrameForms(const Lexicon& lexicon);

  // Whether `word` is one of `frame`'s inflected verb forms.
  bool IsVerbForm(absl::string_view frame, absl::string_view word) const;
  // Whether `word` is one of `frame`'s noun forms (singular or plural).
  bool IsNounForm(absl::string_view frame, absl::string_view word) const;
  // Whether `word` is a verb form of any frame.
  bool IsAnyVerbForm(absl::string_view word) const;
  // Whether `word` is a noun form of any frame.
  bool IsAnyNounForm(absl::string_view word) const;
  // `frame`'s noun forms; empty for a frame without nouns.
  const absl::flat_hash_set<std::string>& NounForms(
      absl::string_view frame) const;

 private:
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>>
      verb_forms_, noun_forms_;
  absl::flat_hash_set<std::string> all_verb_forms_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_FRAME_FORMS_H_

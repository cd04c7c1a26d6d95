// The frame lexicon: which words evoke which frame, and how each role of a
// frame is reconciled (key, functional, set, info).
//
//   ACCORD_ASSIGN_OR_RETURN(auto lexicon, Lexicon::FromFile(path));
//   const FrameSpec* visit = lexicon->Find("VISIT");
//   std::vector<std::string> forms = lexicon->VerbForms(*visit);
#ifndef ACCORD_ENGINE_RULES_LEXICON_H_
#define ACCORD_ENGINE_RULES_LEXICON_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/rules.pb.h"

namespace accord {

class Lexicon {
 public:
  // Parses an accord.LexiconFile textproto; fails on duplicate frames, roles
  // without a kind, or subject/object roles the frame does not declare.
  static absl::StatusOr<std::unique_ptr<Lexicon>> FromTextproto(
      absl::string_view textproto);
  static absl::StatusOr<std::unique_ptr<Lexicon>> FromFile(
      const std::string& path);

  // The frame named `name`, or nullptr.
  const FrameSpec* Find(absl::string_view name) const;

  // How `role` of `frame` is reconciled; INFO for undeclared roles.
  RoleKind KindOf(const FrameSpec& frame, absl::string_view role) const;

  // Every inflected form of the frame's verbs, longest first: "travel to"
  // gives "travel to", "travels to", "traveled to", "travelled to",
  // "traveling to", "travelling to"; plus the frame's irregular `forms`.
  static std::vector<std::string> VerbForms(const FrameSpec& frame);

  // Singular and plural forms of the frame's nouns.
  static std::vector<std::string> NounForms(const FrameSpec& frame);

  // Whether `word` (any case) is one of the lexicon's personal pronouns.
  bool IsPronoun(absl::string_view word) const;

  const LexiconFile& proto() const { return lexicon_; }

 private:
  Lexicon() = default;
  LexiconFile lexicon_;
  absl::flat_hash_map<std::string, const FrameSpec*> by_name_;
  absl::flat_hash_set<std::string> pronouns_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_LEXICON_H_

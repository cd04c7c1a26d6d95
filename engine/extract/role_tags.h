// What fills each argument role of a frame claim, read from the lexicon:
// the tags of the mentions a role accepts ("count": NUM, QTY) or, for text
// roles ("content", "charge"), the words themselves. Lexicon data
// (LexiconFile.role_types, default_role_tags, RoleSpec.tags in
// proto/rules.proto), so a rule author's lexicon can retype a role.
//
//   ACCORD_ASSIGN_OR_RETURN(RoleTags tags, RoleTags::FromLexicon(lexicon));
//   for (const std::string& tag : tags.TagsFor(frame, "count")) ...
#ifndef ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_
#define ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "proto/rules.pb.h"

namespace accord {

// Tags of mentions that name an actor: a person, a pronoun resolved to
// one, an organization or a country (the annotator's tag set,
// engine/annotate/mention.h).
bool IsActorTag(absl::string_view tag);

// Actor tags and the other tags whose value is an entity id (events,
// historic events, things, demonyms).
bool IsEntityTag(absl::string_view tag);

class RoleTags {
 public:
  // Reads the role types of `lexicon`. Fails when default_role_tags is
  // empty (a role no entry names would accept nothing), when an entry has
  // no role name, names a role twice, or has neither tags nor text. Keeps
  // pointers to `lexicon`'s frames: it must outlive the result.
  static absl::StatusOr<RoleTags> FromLexicon(const Lexicon& lexicon);

  // The tags `role` of `frame` accepts: the frame's own RoleSpec.tags,
  // else the role_types entry for the name, else default_role_tags.
  // Thread-safe.
  const std::vector<std::string>& TagsFor(const FrameSpec& frame,
                                          absl::string_view role) const;

  // Whether `role` of `frame` takes its words as value: its role_types
  // entry says text and the frame lists no tags of its own. Thread-safe.
  bool IsText(const FrameSpec& frame, absl::string_view role) const;

 private:
  RoleTags() = default;
  // The frame's own tags for `role`, or null.
  const std::vector<std::string>* FrameTags(const FrameSpec& frame,
                                            absl::string_view role) const;

  absl::flat_hash_map<std::string, std::vector<std::string>> by_role_;
  std::vector<std::string> default_;
  absl::flat_hash_set<std::string> text_;
  // Per frame with RoleSpec.tags: role name -> tags.
  absl::flat_hash_map<
      const FrameSpec*,
      absl::flat_hash_map<std::string, std::vector<std::string>>>
      by_frame_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_

// Which mention tags fill which argument role, by the role's name, and the
// roles whose value is the words themselves.
//
//   for (absl::string_view tag : TagsForRole("count")) ...  // NUM, QTY
#ifndef ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_
#define ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace accord {

// Tags of mentions that name an actor: a person, a pronoun resolved to
// one, an organization or a country.
bool IsActorTag(absl::string_view tag);

// Actor tags and the other tags whose value is an entity id (events,
// historic events, things, demonyms).
bool IsEntityTag(absl::string_view tag);

// Tags acceptable for a role, by the role's name. Roles not listed take any
// entity. Thread-safe.
absl::Span<const absl::string_view> TagsForRole(absl::string_view role);

// Roles whose value is the words themselves.
bool IsTextRole(absl::string_view role);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ROLE_TAGS_H_

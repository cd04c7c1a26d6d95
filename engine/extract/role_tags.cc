#include "engine/extract/role_tags.h"

namespace accord {

bool IsActorTag(absl::string_view tag) {
  return tag == "PER" || tag == "PRO" || tag == "ORG" || tag == "GPE";
}

bool IsEntityTag(absl::string_view tag) {
  return IsActorTag(tag) || tag == "EVT" || tag == "HIS" || tag == "THG" ||
         tag == "DEM";
}

// Tags acceptable for a role, by the role's name. Roles not listed take any
// entity.
absl::Span<const absl::string_view> TagsForRole(absl::string_view role) {
  static constexpr absl::string_view kTime[] = {"TIME"};
  static constexpr absl::string_view kDuration[] = {"DUR"};
  static constexpr absl::string_view kOrdinal[] = {"ORD"};
  static constexpr absl::string_view kCount[] = {"NUM", "QTY"};
  static constexpr absl::string_view kTerm[] = {"DUR", "QTY"};
  static constexpr absl::string_view kScope[] = {"TIME", "DUR"};
  static constexpr absl::string_view kEvent[] = {"EVT"};
  static constexpr absl::string_view kOf[] = {"HIS", "EVT"};
  static constexpr absl::string_view kTheme[] = {"THG"};
  static constexpr absl::string_view kPlace[] = {"GPE"};
  static constexpr absl::string_view kTarget[] = {"PER", "PRO", "ORG", "GPE",
                                                  "EVT"};
  static constexpr absl::string_view kEntity[] = {"PER", "PRO", "ORG", "GPE",
                                                  "DEM"};
  if (role == "time") return kTime;
  if (role == "duration") return kDuration;
  if (role == "ordinal") return kOrdinal;
  if (role == "count" || role == "amount" || role == "magnitude") {
    return kCount;
  }
  if (role == "term") return kTerm;
  if (role == "scope") return kScope;
  if (role == "event") return kEvent;
  if (role == "of") return kOf;
  if (role == "theme") return kTheme;
  if (role == "destination" || role == "place") return kPlace;
  if (role == "target") return kTarget;
  return kEntity;
}

// Roles whose value is the words themselves.
bool IsTextRole(absl::string_view role) {
  return role == "text" || role == "content" || role == "charge" ||
         role == "kind" || role == "cue" || role == "facility";
}

}  // namespace accord

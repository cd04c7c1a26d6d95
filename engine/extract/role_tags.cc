#include "engine/extract/role_tags.h"

#include "absl/strings/str_cat.h"

namespace accord {

bool IsActorTag(absl::string_view tag) {
  return tag == "PER" || tag == "PRO" || tag == "ORG" || tag == "GPE";
}

bool IsEntityTag(absl::string_view tag) {
  return IsActorTag(tag) || tag == "EVT" || tag == "HIS" || tag == "THG" ||
         tag == "DEM";
}

absl::StatusOr<RoleTags> RoleTags::FromLexicon(const Lexicon& lexicon) {
  const LexiconFile& file = lexicon.proto();
  RoleTags r;
  if (file.default_role_tags().empty()) {
    return absl::InvalidArgumentError(
        "lexicon: no default_role_tags (the tags a role that role_types does "
        "not list accepts)");
  }
  r.default_.assign(file.default_role_tags().begin(),
                    file.default_role_tags().end());
  for (const RoleType& t : file.role_types()) {
    if (t.role().empty() || (t.tags().empty() && !t.text())) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexicon: role_types entry '", t.role(),
                       "' needs a role name and tags or text: true"));
    }
    if (r.by_role_.contains(t.role()) || r.text_.contains(t.role())) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexicon: role_types lists '", t.role(), "' twice"));
    }
    if (t.text()) r.text_.insert(t.role());
    if (!t.tags().empty()) {
      r.by_role_[t.role()].assign(t.tags().begin(), t.tags().end());
    }
  }
  for (const FrameSpec& f : file.frames()) {
    for (const RoleSpec& spec : f.roles()) {
      if (spec.tags().empty()) continue;
      r.by_frame_[&f][spec.name()].assign(spec.tags().begin(),
                                          spec.tags().end());
    }
  }
  return r;
}

const std::vector<std::string>* RoleTags::FrameTags(
    const FrameSpec& frame, absl::string_view role) const {
  if (by_frame_.empty()) return nullptr;
  auto f = by_frame_.find(&frame);
  if (f == by_frame_.end()) return nullptr;
  auto it = f->second.find(role);
  return it == f->second.end() ? nullptr : &it->second;
}

const std::vector<std::string>& RoleTags::TagsFor(
    const FrameSpec& frame, absl::string_view role) const {
  if (const std::vector<std::string>* own = FrameTags(frame, role)) {
    return *own;
  }
  auto it = by_role_.find(role);
  return it == by_role_.end() ? default_ : it->second;
}

bool RoleTags::IsText(const FrameSpec& frame, absl::string_view role) const {
  return text_.contains(role) && FrameTags(frame, role) == nullptr;
}

}  // namespace accord

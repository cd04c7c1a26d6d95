#include "engine/extract/frame_forms.h"

#include <utility>

namespace accord {

FrameForms::FrameForms(const Lexicon& lexicon) {
  for (const FrameSpec& f : lexicon.proto().frames()) {
    for (std::string& v : Lexicon::VerbForms(f)) {
      all_verb_forms_.insert(v);
      verb_forms_[f.name()].insert(std::move(v));
    }
    for (std::string& n : Lexicon::NounForms(f)) {
      noun_forms_[f.name()].insert(std::move(n));
    }
  }
}

bool FrameForms::IsVerbForm(absl::string_view frame,
                            absl::string_view word) const {
  auto it = verb_forms_.find(frame);
  return it != verb_forms_.end() && it->second.contains(word);
}

bool FrameForms::IsNounForm(absl::string_view frame,
                            absl::string_view word) const {
  auto it = noun_forms_.find(frame);
  return it != noun_forms_.end() && it->second.contains(word);
}

bool FrameForms::IsAnyVerbForm(absl::string_view word) const {
  return all_verb_forms_.contains(word);
}

bool FrameForms::IsAnyNounForm(absl::string_view word) const {
  for (const auto& [name, forms] : noun_forms_) {
    if (forms.contains(word)) return true;
  }
  return false;
}

const absl::flat_hash_set<std::string>& FrameForms::NounForms(
    absl::string_view frame) const {
  static const absl::flat_hash_set<std::string>* const kNone =
      new absl::flat_hash_set<std::string>();
  auto it = noun_forms_.find(frame);
  return it == noun_forms_.end() ? *kNone : it->second;
}

}  // namespace accord

#include "engine/extract/frame_senses.h"

#include <algorithm>

#include "engine/extract/generic_frame.h"
#include "engine/wordnet/word_senses.h"

namespace accord {

FrameSenses::FrameSenses(const Lexicon& lexicon) : lexicon_(&lexicon) {
  for (const FrameSpec& f : lexicon.proto().frames()) {
    if (f.nouns().empty()) continue;
    for (const std::string& v : Lexicon::VerbForms(f)) {
      if (v.find(' ') != std::string::npos) continue;
      WordSenses::Sense sense;
      if (!WordSenses::Find(v, WordSenses::kVerb, &sense)) continue;
      auto [it, added] = frames_.emplace(WordSenses::GroupKey(sense), &f);
      if (!added && it->second != &f) it->second = nullptr;  // two frames
    }
  }
}

const FrameSpec* FrameSenses::FrameOf(const std::string& group) const {
  const auto it = frames_.find(group);
  return it == frames_.end() ? nullptr : it->second;
}

bool FrameSenses::Reframe(Claim* claim) const {
  if (claim->frame() != kGenericFrame || claim->rule() != "generic_noun") {
    return false;
  }
  const FrameSpec* frame = nullptr;
  for (const Argument& a : claim->args()) {
    if (a.role() == "event") frame = FrameOf(a.value().text());
  }
  if (frame == nullptr) return false;
  claim->set_frame(frame->name());
  claim->set_rule("frame_sense_noun");
  auto* args = claim->mutable_args();
  args->erase(std::remove_if(args->begin(), args->end(),
                             [&](const Argument& a) {
                               // The generic group is no value of the frame.
                               if (a.role() == "event") return true;
                               for (const RoleSpec& r : frame->roles()) {
                                 if (r.name() == a.role()) return false;
                               }
                               return true;
                             }),
              args->end());
  return true;
}

}  // namespace accord

#include "engine/extract/passive_reading.h"

#include "absl/strings/ascii.h"
#include "engine/wordnet/word_senses.h"
#include "proto/generic_events.pb.h"

namespace accord {

std::unique_ptr<PassiveReading> PassiveReading::Create(
    const GenericEventFile& file) {
  std::unique_ptr<PassiveReading> p(new PassiveReading());
  p->be_forms_.insert(file.be_forms().begin(), file.be_forms().end());
  return p;
}

bool PassiveReading::MisreadActive(absl::string_view t,
                                   const RuleMatch& match) const {
  const RuleMatch::Group* subj = nullptr;
  const RuleMatch::Group* trigger = nullptr;
  for (const RuleMatch::Group& g : match.groups) {
    if (match.frame != nullptr && g.role == match.frame->subject_role()) {
      subj = &g;
    }
    if (g.role == "trigger") trigger = &g;
  }
  if (subj == nullptr || trigger == nullptr || subj->end > trigger->begin ||
      trigger->begin < 0 || trigger->end > static_cast<int>(t.size())) {
    return false;
  }
  // The trigger's first word must be a past form.
  int e = trigger->begin;
  while (e < trigger->end &&
         absl::ascii_isalpha(static_cast<unsigned char>(t[e]))) {
    ++e;
  }
  WordSenses::Sense sense;
  if (!WordSenses::Find(t.substr(trigger->begin, e - trigger->begin),
                        WordSenses::kVerb, &sense) ||
      sense.form != WordSenses::kPast) {
    return false;
  }
  // The last word before it, skipping an adverb in "-ly".
  int i = trigger->begin;
  for (int words = 0; words < 2; ++words) {
    while (i > subj->end && t[i - 1] == ' ') --i;
    int b = i;
    while (b > subj->end &&
           absl::ascii_isalpha(static_cast<unsigned char>(t[b - 1]))) {
      --b;
    }
    const absl::string_view word = t.substr(b, i - b);
    if (word.empty()) return false;
    if (be_forms_.contains(word)) return true;
    if (word.size() < 3 || word.substr(word.size() - 2) != "ly") return false;
    i = b;
  }
  return false;
}

}  // namespace accord

// Passive clauses read by an active rule: in "Jamal Williams was arrested"
// or "Duncan Rait was killed" a form of "be" (or "get") stands right before
// a past participle, so the subject before it is the patient, not the
// agent. A rule that puts a subject group before its trigger (the active
// "Police arrested the suspect") matches such a clause too, because its
// auxiliaries include "was"; its claim would name the suspect as the one
// who arrested. This pass tells such matches apart so the passive rule's
// reading ("suspect") stands alone.
//
//   auto passive = PassiveReading::Create(generic_event_file);
//   if (passive->MisreadActive(tagged_text, match)) continue;
#ifndef ACCORD_ENGINE_EXTRACT_PASSIVE_READING_H_
#define ACCORD_ENGINE_EXTRACT_PASSIVE_READING_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/rules/rule_set.h"
#include "proto/generic_events.pb.h"

namespace accord {

class PassiveReading {
 public:
  // Reads the forms of "be" from the parsed generic events file `generic`,
  // which need not outlive the result.
  static std::unique_ptr<PassiveReading> Create(
      const GenericEventFile& generic);

  // Whether `match`, a match in the tagged sentence `t`, has a group of its
  // frame's subject role that ends before its "trigger" group, a trigger that
  // is a past form (WordNet: "arrested", "killed", "taken"), and a form of "be"
  // as the last word before the trigger: a passive clause read as active.
  // Thread-safe.
  bool MisreadActive(absl::string_view t, const RuleMatch& match) const;

 private:
  PassiveReading() = default;
  absl::flat_hash_set<std::string> be_forms_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_PASSIVE_READING_H_

// Occurrence roles read from a noun trigger's own phrase. English states
// what tells one occurrence of an event noun from another inside the
// noun's phrase, where no rule's argument group reaches:
//   - a pre-modifier between the phrase's opener and the noun: a measure
//     ("a new 20-year sentence", "three 10-year sentences"), a place ("the
//     Athens riots"), or a word the role lists ("two extra life
//     sentences": term "life", also inside a compound trigger such as
//     "life sentence");
//   - a place in a prepositional phrase right after the noun ("riots in
//     Athens", "the clashes in central Paris").
// Only the frame's occurrence_roles (proto/rules.proto) are filled, only
// when the claim lacks them, and only with mentions whose tag the role
// accepts (engine/extract/role_tags.h) or the role's own words
// (RoleType.words). Verbs are left alone: their arguments come from rules.
//
//   NounPhraseRoles roles(&lexicon, &role_tags, &forms);
//   roles.Fill(view, *frame, trigger_begin, trigger_end, &claim);
#ifndef ACCORD_ENGINE_EXTRACT_NOUN_PHRASE_ROLES_H_
#define ACCORD_ENGINE_EXTRACT_NOUN_PHRASE_ROLES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/role_tags.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"
#include "proto/rules.pb.h"

namespace accord {

class NounPhraseRoles {
 public:
  // Reads the phrase openers (determiners, pronouns, phrase ends) and the
  // role words from `lexicon`. `tags` and `forms` must outlive the result;
  // `lexicon` need not.
  NounPhraseRoles(const Lexicon& lexicon, const RoleTags* tags,
                  const FrameForms* forms);

  // Adds to `claim` (of `frame`, whose trigger is the tagged-text bytes
  // [begin, end) of `view`) the occurrence roles it lacks that the
  // trigger's noun phrase states, by the rules above. Does nothing when
  // the trigger is not one of the frame's noun forms. Thread-safe.
  void Fill(const SentenceView& view, const FrameSpec& frame, int begin,
            int end, Claim* claim) const;

 private:
  // Whether word `w` opens or ends a noun phrase (so no pre-modifier lies
  // before it): a determiner, pronoun, preposition or conjunction, a
  // possessive, or a participle ("serving", "given").
  bool Opens(absl::string_view w) const;

  const RoleTags* tags_;
  const FrameForms* forms_;
  absl::flat_hash_set<std::string> openers_;
  // role name -> the words that fill it (RoleType.words).
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> words_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_NOUN_PHRASE_ROLES_H_

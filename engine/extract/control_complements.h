// Control complements: what the verb or noun that governs a "to"-infinitive
// says of the infinitive's event. A threat, order, wish or plot states no
// occurrence of it ("threatened to kill him", "directed his men to fire",
// "a plot to bomb the embassy"); an attempt is an occurrence of its own,
// not the event attempted ("tried to kill", "an attempt to rob"); an
// implicative verb states that it happened ("managed to escape"). The
// heads are lemmas in engine/data/english.textproto, matched through
// WordNet's lemmatizer, so every inflection counts ("threatens",
// "threatening", "plotted").
//
//   const ControlComplements complements(English::Default().words());
//   switch (complements.Of(tagged_text, trigger_begin)) { ... }
#ifndef ACCORD_ENGINE_EXTRACT_CONTROL_COMPLEMENTS_H_
#define ACCORD_ENGINE_EXTRACT_CONTROL_COMPLEMENTS_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"
#include "proto/english.pb.h"

namespace accord {

class ControlComplements {
 public:
  enum Kind {
    kNone,        // no control head: the trigger's own clause decides
    kUnrealized,  // "threatened to kill", "ordered him to shoot"
    kAttempted,   // "tried to kill", "an attempt to rob"
    kAchieved,    // "managed to escape"
  };

  // Copies the head lists of `words` (which need not outlive this).
  explicit ControlComplements(const EnglishWordsFile& words);

  // The kind of the head that governs the event whose trigger starts at
  // `trigger_begin` in the tagged sentence `t` (lower case, mentions as
  // tags, engine/rules/tagged_sentence.h). The trigger must follow "to",
  // with at most adverbs in -ly, coordinated verbs ("to rob and kill") or
  // a verb that does the event its object names and its particles and
  // determiners ("to carry out an attack", event_object_verbs,
  // infinitive_gap_words) between; before "to", the head is the
  // nearest word whose verb or noun lemma is listed, with at most an
  // object between ("ordered his men to", "directed Lopez to": words and
  // mentions, no punctuation, preposition or coordinator). The nearest
  // head decides ("wanted to try to kill" is an attempt). kNone when no
  // such head exists. Thread-safe.
  Kind Of(absl::string_view t, int trigger_begin) const;

  // Of() applied to `claim`, whose trigger starts at `trigger_begin` in
  // `t`: under an unrealized or attempt head, a claim of a frame with an
  // "episode" role (`has_episode_role`) gets that episode ("intended",
  // "attempted") in place of any other, so it stays out of the fact of the
  // event itself; under an implicative head a PLANNED claim becomes
  // ASSERTED. Returns the kind. Thread-safe.
  Kind Mark(absl::string_view t, int trigger_begin, bool has_episode_role,
            Claim* claim) const;

  // The name of `kind` as an episode of a news frame ("intended",
  // "attempted"; "" for kNone and kAchieved, which are the event itself).
  static absl::string_view EpisodeName(Kind kind);

 private:
  // The kind of one word before "to" when it is a listed head.
  Kind HeadKind(absl::string_view word) const;

  absl::flat_hash_set<std::string> unrealized_, attempt_, achieved_;
  absl::flat_hash_set<std::string> event_object_verbs_;
  absl::flat_hash_set<std::string> gap_words_, coordinators_, prepositions_,
      stops_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CONTROL_COMPLEMENTS_H_

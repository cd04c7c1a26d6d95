// Non-specific uses of event nouns: a noun that names a kind of happening
// or an unspecified set of them states no occurrence, so its claim is
// dropped before alignment. Two English rules, each decided from the words
// around the trigger and WordNet:
//   - a bare plural: an event noun in the plural with no determiner,
//     possessive or number in its noun phrase, in a sentence that is not a
//     title-case headline (headlines drop determiners): "can help prevent
//     successful attacks", "is aware of targeted attacks", ", new clashes
//     started". "The attacks", "Monday's riots", "two attacks" and "the
//     city's demonstrations" are specific.
//   - a noun modifier: a singular event noun followed by a common noun that
//     heads the phrase names a kind of thing ("attack code", "a riot police
//     cordon", "attack tactics"), unless the head is itself an act or event
//     in WordNet ("a murder trial" is about one killing).
// A word read as a verb is left alone: after a pronoun, a name, a noun
// that could be its subject, "to" or an auxiliary.
//
//   auto nonspecific = NonSpecificNouns::Create(lexicon, generic_event_file);
//   if (nonspecific->NonSpecific(tagged_text, begin, end, headline)) ...
#ifndef ACCORD_ENGINE_EXTRACT_NONSPECIFIC_NOUNS_H_
#define ACCORD_ENGINE_EXTRACT_NONSPECIFIC_NOUNS_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "engine/wordnet/word_senses.h"
#include "proto/generic_events.pb.h"

namespace accord {

class NonSpecificNouns {
 public:
  // Reads the function words: determiners, phrase ends and pronouns from
  // `lexicon`; prepositions, auxiliaries and verb openers from the parsed
  // generic events file `generic`. Neither need outlive the result.
  static std::unique_ptr<NonSpecificNouns> Create(
      const Lexicon& lexicon, const GenericEventFile& generic);

  // Whether the one-word trigger at bytes [begin, end) of the tagged
  // sentence `t` (lower-case words and mention tags, TaggedSentence) is a
  // non-specific use of an event noun by the rules above. `headline`: the
  // sentence is a title-case headline. `frame_nouns`: the frame's noun
  // forms (lower case), which count as nouns even when WordNet's compiled
  // table lacks them. False for triggers of several words. Thread-safe.
  bool NonSpecific(absl::string_view t, int begin, int end, bool headline,
                   const absl::flat_hash_set<std::string>& frame_nouns) const;

  // Whether the original text of a sentence is a title-case headline:
  // at least half of its words of four letters or more are capitalized.
  static bool IsHeadline(absl::string_view text);

 private:
  NonSpecificNouns() = default;

  // Whether word `w` opens or closes a noun phrase before a head:
  // determiners and possessives (true, a specific phrase).
  bool Determines(absl::string_view w) const;

  // Whether WordNet's most frequent sense of noun `w` is an event or a
  // state (the cue file's noun_lexfiles and light_object_lexfiles; the
  // WordNet table also lists nouns of communication, which are not).
  bool IsEventNoun(absl::string_view w, WordSenses::Sense* sense) const;

  absl::flat_hash_set<std::string> determiners_, phrase_ends_, pronouns_,
      auxiliaries_, generic_verbs_;
  uint64_t event_noun_lexfiles_ = 0;  // bit N: lexicographer file N
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_NONSPECIFIC_NOUNS_H_
